// sdkgen writes this package's SDKs for Go, Python and Node.js from its schema.json with Pulumi's
// own generators (github.com/pulumi/pulumi/pkg/v3/codegen). `pulumi package gen-sdk` needs language
// plugins the module proxy here does not serve; the generators themselves are in pkg/v3.
//
//	sdkgen <schema.json> <out-dir>   writes <out-dir>/go, <out-dir>/python, <out-dir>/nodejs
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/blang/semver"

	gogen "github.com/pulumi/pulumi/pkg/v3/codegen/go"
	nodejsgen "github.com/pulumi/pulumi/pkg/v3/codegen/nodejs"
	pythongen "github.com/pulumi/pulumi/pkg/v3/codegen/python"
	"github.com/pulumi/pulumi/pkg/v3/codegen/schema"
)

const tool = "pulumi-megaport sdkgen"

// noPackages is the loader for a schema that references no other package: any load is an error.
type noPackages struct{}

func (noPackages) LoadPackage(pkg string, _ *semver.Version) (*schema.Package, error) {
	return nil, fmt.Errorf("the megaport schema references no other package (asked for %s)", pkg)
}

func (noPackages) LoadPackageV2(_ context.Context, d *schema.PackageDescriptor) (*schema.Package, error) {
	return nil, fmt.Errorf("the megaport schema references no other package (asked for %s)", d.Name)
}

func (noPackages) LoadPackageReference(pkg string, _ *semver.Version) (schema.PackageReference, error) {
	return nil, fmt.Errorf("the megaport schema references no other package (asked for %s)", pkg)
}

func (noPackages) LoadPackageReferenceV2(
	_ context.Context, d *schema.PackageDescriptor,
) (schema.PackageReference, error) {
	return nil, fmt.Errorf("the megaport schema references no other package (asked for %s)", d.Name)
}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: sdkgen <schema.json> <out-dir>")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, "sdkgen:", err)
		os.Exit(1)
	}
}

func run(schemaPath, outDir string) error {
	text, err := os.ReadFile(schemaPath)
	if err != nil {
		return err
	}
	var spec schema.PackageSpec
	if err := json.Unmarshal(text, &spec); err != nil {
		return err
	}
	pkg, diags, err := schema.BindSpec(spec, noPackages{}, schema.ValidationOptions{})
	if err != nil {
		return err
	}
	if diags.HasErrors() {
		return diags
	}
	generators := map[string]func() (map[string][]byte, error){
		"go":     func() (map[string][]byte, error) { return gogen.GeneratePackage(tool, pkg, nil) },
		"python": func() (map[string][]byte, error) { return pythongen.GeneratePackage(tool, pkg, nil, noPackages{}) },
		"nodejs": func() (map[string][]byte, error) {
			return nodejsgen.GeneratePackage(tool, pkg, nil, nil, false, noPackages{})
		},
	}
	for lang, generate := range generators {
		files, err := generate()
		if err != nil {
			return fmt.Errorf("%s: %w", lang, err)
		}
		for name, content := range files {
			path := filepath.Join(outDir, lang, name)
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				return err
			}
			if err := os.WriteFile(path, content, 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}
