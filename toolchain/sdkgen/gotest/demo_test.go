// The generated Go SDK, exercised with Pulumi's mocks: the demo stack (a port, an MCR and a VXC with
// a vRouter configuration between them, at a location found with a data source) is declared with
// the SDK's types, and what the program sends and receives is checked. Copied next to the generated package by `megaport-dev sdks`.
package megaport_test

import (
	"sync"
	"testing"

	"github.com/pulumi-megaport/pulumi-megaport/sdk/go/megaport"
	"github.com/pulumi/pulumi/sdk/v3/go/common/resource"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi"
)

type mocks struct {
	mu     sync.Mutex
	inputs map[string]resource.PropertyMap
	calls  map[string]resource.PropertyMap
}

func (m *mocks) NewResource(args pulumi.MockResourceArgs) (string, resource.PropertyMap, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.inputs[args.TypeToken+"::"+args.Name] = args.Inputs
	outs := args.Inputs.Copy()
	id := args.Name + "-uid"
	outs["productUid"] = resource.NewStringProperty(id)
	outs["provisioningStatus"] = resource.NewStringProperty("LIVE")
	return id, outs, nil
}

// The one data source the program asks: the location by its name.
func (m *mocks) Call(args pulumi.MockCallArgs) (resource.PropertyMap, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.calls[args.Token] = args.Args
	return resource.PropertyMap{
		"id":   resource.NewNumberProperty(3),
		"name": args.Args["name"],
	}, nil
}

func TestDemoStackWithTheGeneratedSdk(t *testing.T) {
	m := &mocks{inputs: map[string]resource.PropertyMap{}, calls: map[string]resource.PropertyMap{}}
	var vxcUid, vxcStatus string
	err := pulumi.RunErr(func(ctx *pulumi.Context) error {
		sydney, err := megaport.GetLocation(ctx, &megaport.GetLocationArgs{Name: pulumi.StringRef("Global Switch Sydney")})
		if err != nil {
			return err
		}
		port, err := megaport.NewPort(ctx, "port", &megaport.PortArgs{
			ProductName:           pulumi.String("syd-port-1"),
			PortSpeed:             pulumi.Float64(10000),
			LocationId:            pulumi.Int(int(sydney.Id)),
			ContractTermMonths:    pulumi.Float64(12),
			MarketplaceVisibility: pulumi.Bool(false),
		})
		if err != nil {
			return err
		}
		mcr, err := megaport.NewMcr(ctx, "mcr", &megaport.McrArgs{
			ProductName:        pulumi.String("syd-mcr-1"),
			PortSpeed:          pulumi.Float64(1000),
			LocationId:         pulumi.Int(3),
			ContractTermMonths: pulumi.Float64(1),
			Asn:                pulumi.IntPtr(64512),
		})
		if err != nil {
			return err
		}
		vxc, err := megaport.NewVxc(ctx, "port-to-mcr", &megaport.VxcArgs{
			ProductName:        pulumi.String("syd-port-to-mcr"),
			RateLimit:          pulumi.Int(500),
			ContractTermMonths: pulumi.Float64(1),
			AEnd:               megaport.VxcAEndArgs{ProductUid: port.ProductUid, Vlan: pulumi.IntPtr(100)},
			BEnd:               megaport.VxcBEndArgs{ProductUid: mcr.ProductUid},
			BEndPartnerConfig: pulumi.Map{
				"connectType": pulumi.String("VROUTER"),
				"interfaces": pulumi.Array{pulumi.Map{
					"ipAddresses": pulumi.StringArray{pulumi.String("169.254.100.1/30")},
				}},
			},
		})
		if err != nil {
			return err
		}
		pulumi.All(vxc.ProductUid, vxc.ProvisioningStatus).ApplyT(func(all []interface{}) error {
			vxcUid, vxcStatus = all[0].(string), all[1].(string)
			return nil
		})
		return nil
	}, pulumi.WithMocks("megaport-go", "test", m))
	if err != nil {
		t.Fatal(err)
	}
	if vxcUid != "port-to-mcr-uid" || vxcStatus != "LIVE" {
		t.Fatalf("the VXC's outputs: uid %q, status %q", vxcUid, vxcStatus)
	}
	if got := m.calls["megaport:index:getLocation"]["name"].StringValue(); got != "Global Switch Sydney" {
		t.Fatalf("getLocation is asked by name: got %q", got)
	}
	if got := m.inputs["megaport:index:Port::port"]["locationId"].NumberValue(); got != 3 {
		t.Fatalf("the port is at the location the data source answered: got %v", got)
	}
	vxc := m.inputs["megaport:index:Vxc::port-to-mcr"]
	if got := vxc["aEnd"].ObjectValue()["productUid"].StringValue(); got != "port-uid" {
		t.Fatalf("the VXC's A-end is the port's UID: got %q", got)
	}
	config := vxc["bEndPartnerConfig"]
	if config.IsSecret() {
		config = config.SecretValue().Element
	}
	if got := config.ObjectValue()["connectType"].StringValue(); got != "VROUTER" {
		t.Fatalf("the B-end configuration is sent as given: connectType %q", got)
	}
}
