// Reading JSON as clients send it: the one type for an object of fields, and the pickers every
// route and rule uses to take a field of the type it needs (or nothing).

/** A JSON object as a request carries it. */
export type Json = Record<string, unknown>;

/** A number, or a numeric string as JSON clients sometimes send; anything else is undefined. */
export function num(v: unknown): number | undefined {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

export function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}

/** An object, or undefined for anything else (a list, null, a value). */
export function obj(v: unknown): Json | undefined {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Json) : undefined;
}

/** The request body as an object of fields ({} when absent), for handlers that pick fields. */
export function fieldsOf(body: unknown): Json {
  return obj(body) ?? {};
}
