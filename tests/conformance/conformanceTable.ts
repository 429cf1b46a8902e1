// Reads tests/conformance/megaport-api.json (what megaportgo sends and reads, route by route) and
// holds a logged request or reply against it, answering with the problems found, each with its path.
import table from "./megaport-api.json";

type Shapes = Record<string, Record<string, unknown>>;
interface Variant {
  when: Record<string, unknown>;
  shape: string;
}
export interface RouteSpec {
  method: string;
  path: string;
  envelope?: boolean;
  query?: Record<string, string>;
  request?: string;
  response?: string;
  source: string;
}

const shapes = table.shapes as unknown as Shapes;
export const ROUTES = table.routes as RouteSpec[];

/** The table's route for a request, matching {placeholders} as one path segment. */
export function routeFor(method: string, path: string): RouteSpec | undefined {
  return ROUTES.find(
    (r) =>
      r.method === method &&
      new RegExp(`^${r.path.replace(/\{[^}]+\}/g, "[^/]+")}$`).test(path) &&
      // /v2/product/{uid} must not swallow the more specific routes listed beside it.
      !(r.path === "/v2/product/{uid}" && /^\/v2\/product\/(port|ix|megaport|mcr2)\//.test(path)),
  );
}

type Mode = "request" | "response";

function typeOf(v: unknown): string {
  if (Array.isArray(v)) return "array";
  if (v === null) return "null";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}

function variantFor(spec: Record<string, unknown>, v: Record<string, unknown>): string | undefined {
  for (const variant of spec.oneOf as Variant[]) {
    const ok = Object.entries(variant.when).every(([k, want]) =>
      k === "has" ? (want as string) in v : k === "lacks" ? !((want as string) in v) : v[k] === want,
    );
    if (ok) return variant.shape;
  }
  return undefined;
}

/** Problems of `value` against type `type` (see the table's notation), at `path`. */
export function check(type: string, value: unknown, mode: Mode, path = "body"): string[] {
  if (value === null && mode === "response") return [];
  if (value === null) return [`${path}: null is never sent`];
  const alternatives = type.split("|");
  if (alternatives.length > 1) {
    const results = alternatives.map((t) => check(t, value, mode, path));
    return results.some((r) => r.length === 0) ? [] : results[0];
  }
  if (type.endsWith("[]")) {
    if (!Array.isArray(value)) return [`${path}: expected a list (${type}), got ${typeOf(value)}`];
    return value.flatMap((v, i) => check(type.slice(0, -2), v, mode, `${path}[${i}]`));
  }
  if (type.startsWith("@")) return checkShape(type.slice(1), value, mode, path);
  const actual = typeOf(value);
  const fits =
    type === actual ||
    (type === "number" && actual === "integer") ||
    ((type === "object" || type === "map") && actual === "object");
  return fits ? [] : [`${path}: expected ${type}, got ${actual} (${JSON.stringify(value)})`];
}

function checkShape(name: string, value: unknown, mode: Mode, path: string): string[] {
  const spec = shapes[name];
  if (!spec) return [`${path}: the table has no shape ${name}`];
  if (typeOf(value) !== "object") return [`${path}: expected @${name}, got ${typeOf(value)}`];
  const v = value as Record<string, unknown>;
  if (spec.oneOf) {
    const chosen = variantFor(spec, v);
    return chosen ? checkShape(chosen, v, mode, path) : [`${path}: matches no variant of @${name}`];
  }
  const problems: string[] = [];
  for (const [key, declared] of Object.entries(spec as Record<string, string>)) {
    const optional = declared.endsWith("?") || declared.endsWith("!");
    const type = optional ? declared.slice(0, -1) : declared;
    if (!(key in v)) {
      if (!optional)
        problems.push(
          `${path}.${key}: missing (${mode === "request" ? "always sent" : "read"} by megaportgo)`,
        );
      continue;
    }
    problems.push(...check(type, v[key], mode, `${path}.${key}`));
  }
  if (mode === "request")
    for (const key of Object.keys(v))
      if (!(key in spec)) problems.push(`${path}.${key}: not a field megaportgo sends (@${name})`);
  return problems;
}

const ZERO: Record<string, unknown> = { integer: 0, number: 0, string: "", boolean: false };

/**
 * `value` as megaportgo would send it: every field it always sends ('!' in the table) present, with
 * Go's zero value where this package left it out.
 */
export function asMegaportgoSends(type: string, value: unknown): unknown {
  if (type.endsWith("[]") && Array.isArray(value))
    return value.map((v) => asMegaportgoSends(type.slice(0, -2), v));
  if (!type.startsWith("@") || typeOf(value) !== "object") return value;
  const spec = shapes[type.slice(1)];
  const v = value as Record<string, unknown>;
  if (!spec) return value;
  if (spec.oneOf) {
    const chosen = variantFor(spec, v);
    return chosen ? asMegaportgoSends(`@${chosen}`, v) : value;
  }
  const out: Record<string, unknown> = { ...v };
  for (const [key, declared] of Object.entries(spec as Record<string, string>)) {
    const type = declared.replace(/[?!]$/, "");
    if (key in v) out[key] = asMegaportgoSends(type, v[key]);
    else if (declared.endsWith("!")) out[key] = ZERO[type];
  }
  return out;
}

/** How many fields the table declares, over every shape. */
export function fieldCount(): number {
  return Object.values(shapes)
    .filter((s) => !s.oneOf)
    .reduce((n, s) => n + Object.keys(s).length, 0);
}
