// The house rules a reader relies on, checked on the source: no import cycles (type-only imports
// are erased and do not count), no product folder importing a sibling product folder, and nothing
// reading outside the repository.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import * as ts from "typescript";
import { repo } from "./support/engine";

const ROOTS = ["sdk", "provider", "emulator", "demo", "toolchain"];
const PRODUCTS = ["port", "mcr", "mve", "vxc", "ix", "serviceKey", "mcrPrefixFilterList", "natGateway"];

function typescript(dir: string, withTests: boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules") return [];
    if (statSync(path).isDirectory()) return typescript(path, withTests);
    return name.endsWith(".ts") && !name.endsWith(".d.ts") && (withTests || !name.endsWith(".test.ts"))
      ? [path]
      : [];
  });
}

/** The repository files a module imports at run time. */
function runtimeImports(file: string): string[] {
  const src = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  for (const stmt of src.statements) {
    let spec: string | undefined;
    if (ts.isImportDeclaration(stmt) && !stmt.importClause?.isTypeOnly)
      spec = (stmt.moduleSpecifier as ts.StringLiteral).text;
    if (ts.isExportDeclaration(stmt) && !stmt.isTypeOnly && stmt.moduleSpecifier)
      spec = (stmt.moduleSpecifier as ts.StringLiteral).text;
    if (spec?.startsWith(".")) {
      const base = resolve(dirname(file), spec);
      const target = [`${base}.ts`, join(base, "index.ts")].find((p) => {
        try {
          return statSync(p).isFile();
        } catch {
          return false;
        }
      });
      if (target) found.push(target);
    }
  }
  return found;
}

const files = ROOTS.flatMap((r) => typescript(join(repo, r), false));
const graph = new Map(files.map((f) => [f, runtimeImports(f)]));
const rel = (f: string) => relative(repo, f);

test("no module imports itself through a cycle", () => {
  const cycles: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (f: string, path: string[]) => {
    if (state.get(f) === "done") return;
    if (state.get(f) === "visiting") {
      cycles.push([...path.slice(path.indexOf(f)), f].map(rel).join(" -> "));
      return;
    }
    state.set(f, "visiting");
    for (const g of graph.get(f) ?? []) visit(g, [...path, f]);
    state.set(f, "done");
  };
  for (const f of files) visit(f, []);
  expect(cycles).toEqual([]);
});

test("a product folder imports no other product folder", () => {
  const sideways = files.flatMap((f) => {
    const from = rel(f).split("/");
    if (from[0] !== "provider" || !PRODUCTS.includes(from[1])) return [];
    return (graph.get(f) ?? [])
      .map(rel)
      .filter(
        (g) =>
          g.split("/")[0] === "provider" && PRODUCTS.includes(g.split("/")[1]) && g.split("/")[1] !== from[1],
      )
      .map((g) => `${rel(f)} -> ${g}`);
  });
  expect(sideways).toEqual([]);
});

test("no source or test reads outside the repository", () => {
  const all = [...ROOTS, "tests", "examples"].flatMap((r) => typescript(join(repo, r), true));
  const outside = all.filter(
    (f) => f !== __filename && /shared\/reference|"shared",\s*"reference"/.test(readFileSync(f, "utf8")),
  );
  expect(outside.map(rel)).toEqual([]);
});
