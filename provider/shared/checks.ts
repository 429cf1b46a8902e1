// check(): inputs validated with zod before anything is sent, one failure per property, tolerating
// values that are unknown during preview.
import { z } from "zod";
import { UNKNOWN } from "./facts";

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
    failures.push({ property, reason: `${property}: ${issue.message}` });
  }
  // With failures only from unknowns, pass the inputs through as they came.
  return { inputs: news, failures };
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

/** zod message helpers so each failure says what is allowed. */
export function oneOf<T extends number>(values: readonly T[], what: string, unit = "") {
  return z.number().refine((v) => (values as readonly number[]).includes(v), {
    error: (iss) => `${what} must be one of ${values.join(", ")}${unit}; got ${String(iss.input)}`,
  });
}

export const vlanSchema = (what: string, allowUntagged: boolean) =>
  z
    .number({ error: `${what} must be a number` })
    .int(`${what} must be a whole number`)
    .refine((v) => v === 0 || (allowUntagged && v === -1) || (v >= 2 && v <= 4093), {
      error: (iss) =>
        `${what} must be 2-4093, or 0 to let Megaport assign one${allowUntagged ? ", or -1 for untagged" : ""}; got ${String(iss.input)}`,
    });

export const asnSchema = (what: string) =>
  z
    .number({ error: `${what} must be a number` })
    .int(`${what} must be a whole number`)
    .min(1, `${what} must be between 1 and 4294967295`)
    .max(4294967295, `${what} must be between 1 and 4294967295`);

export const macSchema = z
  .string()
  .regex(/^([0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}$/, "macAddress must look like 00:11:22:33:44:55");

export const uidSchema = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .regex(
      /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
      `${what} must be a Megaport product UID`,
    );

export const nameSchema = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(1, `${what} must not be empty`)
    .max(255, `${what} must be at most 255 characters`);

export const costCentreSchema = z.string().max(255, "costCentre must be at most 255 characters");

export const tagsSchema = z.record(z.string(), z.string());
