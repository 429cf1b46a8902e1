// The house rules a reader relies on, checked on the source: no import cycles (type-only imports
// included), no product folder importing a sibling product folder, the emulator
// standing apart from the provider it stands in the way of, its files by product and short, and
// nothing reading outside the repository.
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import * as ts from "typescript";
import { repo } from "./support/engine";

const ROOTS = ["sdk", "provider", "emulator", "demo", "toolchain", "docs"];
const PRODUCTS = [
  "port",
  "mcr",
  "mve",
  "vxc",
  "ix",
  "serviceKey",
  "mcrPrefixFilterList",
  "mcrIpsecAddOn",
  "natGateway",
];

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

/** The repository files a module imports (types included). */
function runtimeImports(file: string): string[] {
  const src = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  for (const stmt of src.statements) {
    let spec: string | undefined;
    // Type-only imports count too: two modules that need each other's types are one concept split.
    if (ts.isImportDeclaration(stmt)) spec = (stmt.moduleSpecifier as ts.StringLiteral).text;
    if (ts.isExportDeclaration(stmt) && stmt.moduleSpecifier)
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

test("the emulator imports nothing of the provider: it must not agree with it by sharing code", () => {
  const shared = files
    .filter((f) => rel(f).startsWith("emulator/"))
    .flatMap((f) =>
      (graph.get(f) ?? [])
        .filter((g) => !rel(g).startsWith("emulator/"))
        .map((g) => `${rel(f)} -> ${rel(g)}`),
    );
  expect(shared).toEqual([]);
});

test("the emulator's files stay readable: none over 400 lines but its data", () => {
  const long = files
    .filter((f) => rel(f).startsWith("emulator/") && !rel(f).startsWith("emulator/data/"))
    .map((f) => [rel(f), readFileSync(f, "utf8").split("\n").length] as const)
    .filter(([, lines]) => lines > 400);
  expect(long).toEqual([]);
});

test("the emulator keeps each product's order rules, update rules and view in one file", () => {
  // A newcomer looks for a VXC's rules in emulator/products/vxc.ts, and finds them all there.
  for (const product of ["port", "mve", "vxc", "ix"]) {
    const source = readFileSync(join(repo, "emulator", "products", `${product}.ts`), "utf8");
    expect(source).toMatch(/export function order\w+\(/);
    expect(source).toMatch(/export function update\w+\(/);
    expect(source).toMatch(/export function \w+View\(/);
  }
});

/**
 * Paths a file names that lie outside the repository: a literal that climbs out ("../../x"), a
 * join/resolve of __dirname with literal parts that does, or the reference folder beside the
 * repository. A module is also run compiled, from dist/: a path fits if it fits from either place.
 */
function pathsOutside(file: string): string[] {
  const src = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
  const found = new Set<string>();
  const dirs = [dirname(file), dirname(join(repo, "dist", rel(file)))];
  const fits = (parts: string[]) =>
    dirs.some((d) => {
      const p = resolve(d, ...parts);
      return p === repo || p.startsWith(`${repo}/`);
    });
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) && /^\.\.\/|\/\.\.\//.test(node.text) && !fits([node.text]))
      found.add(node.text);
    if (ts.isStringLiteralLike(node) && /(^|[^\w])shared\/reference/.test(node.text)) found.add(node.text);
    if (
      ts.isCallExpression(node) &&
      /^(join|resolve)$/.test(node.expression.getText(src).split(".").pop() ?? "") &&
      node.arguments[0]?.getText(src) === "__dirname" &&
      node.arguments.slice(1).every(ts.isStringLiteralLike) &&
      !fits(node.arguments.slice(1).map((a) => (a as ts.StringLiteral).text))
    )
      found.add(node.getText(src));
    ts.forEachChild(node, visit);
  };
  visit(src);
  return [...found];
}

test("no source or test names a path outside the repository", () => {
  const all = [...ROOTS, "tests", "examples"].flatMap((r) => typescript(join(repo, r), true));
  // This file names such paths on purpose, below.
  const outside = all
    .filter((f) => f !== __filename)
    .flatMap((f) => pathsOutside(f).map((p) => `${rel(f)}: ${p}`));
  expect(outside).toEqual([]);
});

test("the check above finds a path that climbs out, a join of __dirname that does, and the reference folder", () => {
  const probe = join(repo, "tests", "support", "architecture-probe.ts");
  // Built from parts, so that this file itself names no such path.
  const reference = ["shared", "reference", "notes.md"].join("/");
  const climbs = "../../../../elsewhere/notes.md";
  writeFileSync(
    probe,
    [
      'import { join } from "node:path";',
      `export const a = "${climbs}";`,
      `export const r = "${reference}";`,
      'export const b = join(__dirname, "..", "..", "..", "..", "etc");',
      'export const c = join(__dirname, "..", "emulator");',
    ].join("\n"),
  );
  try {
    expect(pathsOutside(probe).sort()).toEqual(
      [climbs, reference, 'join(__dirname, "..", "..", "..", "..", "etc")'].sort(),
    );
  } finally {
    rmSync(probe);
  }
});
