// The API's value types as zod schemas, each refusing what Megaport refuses with a message that
// names the field and what it allows: VLANs, ASNs, MAC addresses, product UIDs, names, cost
// centres and tags. Wire schemas (partnerConfigs.ts) and the resources' arguments both use them.
import { z } from "zod";

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

export const asnSchema = (what: string, whenMissing = `${what} is required`) =>
  z
    // A value of another type gets the general "must be a number; got …" (checkInputs).
    .number({ error: (iss) => (iss.input === undefined ? whenMissing : undefined) })
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
