// check(): inputs validated with zod before anything is sent, one failure per property, tolerating
// values that are unknown during preview.
import { z } from "zod";
import { UNKNOWN } from "./unknowns";

export interface CheckFailure {
  property: string;
  reason: string;
}

/**
 * Validates `news` against a strict schema. Properties holding unknown values are checked only for
 * the parts that are known; the inputs returned keep the unknowns so the engine can resolve them.
 */
export function checkInputs<S extends z.ZodType>(
  schema: S,
  news: Record<string, unknown>,
  /** Inputs whose given values must not appear in a message. */
  secrets: readonly string[] = [],
): { inputs: Record<string, unknown>; failures: CheckFailure[] } {
  const { __provider, ...raw } = news;
  const result = schema.safeParse(raw);
  if (result.success) {
    return {
      inputs: {
        ...(result.data as Record<string, unknown>),
        ...(__provider === undefined ? {} : { __provider }),
      },
      failures: [],
    };
  }
  const failures: CheckFailure[] = [];
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    const path = issue.path.map(String);
    // Skip issues about values that are not known yet (preview): any value on the issue's path is unknown.
    if (unknownOnPath(raw, path)) continue;
    const property = path.join(".") || "(inputs)";
    if (seen.has(property)) continue;
    seen.add(property);
    const given = valueAt(raw, path);
    const secret = secrets.includes(path[0]);
    failures.push({ property, reason: `${property}: ${messageOf(issue, given, secret)}` });
  }
  // With failures only from unknowns, pass the inputs through as they came.
  return { inputs: news, failures };
}

/** Throws one error naming `label` with every failure of `values` (a look-up's or a component's arguments). */
export function refuseInvalid(
  label: string,
  schema: z.ZodType,
  values: Record<string, unknown>,
  secrets: readonly string[] = [],
): void {
  const { failures } = checkInputs(schema, values, secrets);
  if (failures.length > 0) throw new Error(`${label}: ${failures.map((f) => f.reason).join("; ")}`);
}

/**
 * The issue's message, except where a value of the wrong type was given: schemas word their type
 * errors for the value left out ("rateLimit is required"), which misleads when "100" was given.
 */
function messageOf(issue: z.core.$ZodIssue, given: unknown, secret: boolean): string {
  // zod reports a fraction for an int as invalid_type too: that message is the schema's own.
  const wholeNumberWanted =
    issue.code === "invalid_type" && issue.expected === "int" && typeof given === "number";
  // A schema's own words for a wrong value stand; only "required" (or zod's generic text) misleads.
  const misleading = /required|^Invalid input/.test(issue.message);
  // zod's own words for a value not among the allowed ones do not say what was given.
  if (issue.code === "invalid_value" && given !== undefined && !secret && /^Invalid/.test(issue.message))
    return `${issue.message}; got ${describeValue(given)}`;
  if (issue.code !== "invalid_type" || given === undefined || wholeNumberWanted || !misleading)
    return issue.message;
  if (secret) return `must be ${expectedOf(issue.expected)}; got ${typeOf(given)}`;
  return `must be ${expectedOf(issue.expected)}; got ${describeValue(given)}`;
}

const expectedOf = (expected: string) =>
  ({
    number: "a number",
    array: "a list",
    object: "an object",
    string: "a string",
    boolean: "true or false",
  })[expected] ?? `a ${expected}`;

const typeOf = (v: unknown) =>
  v === null ? "null" : Array.isArray(v) ? "a list" : typeof v === "object" ? "an object" : `a ${typeof v}`;

/** A given value for a message: short, with its type, since the type is what is wrong. */
function describeValue(v: unknown): string {
  if (typeof v === "string") return `"${v.length > 60 ? `${v.slice(0, 57)}...` : v}" (a string)`;
  if (typeof v === "number" || typeof v === "boolean") return `${String(v)} (a ${typeof v})`;
  return typeOf(v);
}

function valueAt(root: unknown, path: string[]): unknown {
  let v = root;
  for (const p of path)
    v = v !== null && typeof v === "object" ? (v as Record<string, unknown>)[p] : undefined;
  return v;
}

/**
 * Failures as the engine prints them. The engine shows a failure's property with the program's
 * value of that top-level input: a nested property ("aEnd.vlan") or a setting has none there and
 * prints as `value {<nil>}` although a value was given, and a secret input would print in the
 * clear. Those go without a property: their reason starts with the property's path and says what
 * was given.
 */
export function failuresForEngine(
  failures: CheckFailure[],
  rules: { keys: readonly string[]; secrets: readonly string[] },
): CheckFailure[] {
  return failures.map((f) =>
    rules.keys.includes(f.property) && !rules.secrets.includes(f.property)
      ? f
      : { property: "", reason: f.reason },
  );
}

function unknownOnPath(root: unknown, path: string[]): boolean {
  let v = root;
  if (v === UNKNOWN) return true;
  for (const p of path) {
    v = v !== null && typeof v === "object" ? (v as Record<string, unknown>)[p] : undefined;
    if (v === UNKNOWN) return true;
  }
  return false;
}
