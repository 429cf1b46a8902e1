// ServiceKey inputs. Only `active` and `validFor` update in place; the rest issue a new key.
import { z } from "zod";
import { uidSchema, vlanSchema } from "../shared/checks";

const instant = (what: string) =>
  z
    .string({ error: `${what} must be an ISO 8601 date-time, e.g. 2027-01-01T00:00:00Z` })
    .refine(
      (s) => !Number.isNaN(Date.parse(s)),
      `${what} must be an ISO 8601 date-time, e.g. 2027-01-01T00:00:00Z`,
    )
    // Normalised, so that the same instant written differently is not a change.
    .transform((s) => new Date(s).toISOString());

export const ServiceKeyArgs = z
  .strictObject({
    /** The Port or MCR the key opens. */
    productUid: uidSchema("productUid"),
    singleUse: z.boolean({ error: "singleUse must be true or false" }),
    maxSpeed: z.number().int().positive("maxSpeed must be a positive number of Mbps"),
    active: z.boolean().default(true),
    preApproved: z.boolean().default(false),
    description: z.string().max(255).optional(),
    vlan: vlanSchema("vlan", false).optional(),
    validFor: z.strictObject({ start: instant("validFor.start"), end: instant("validFor.end") }).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.vlan !== undefined && !v.singleUse)
      ctx.addIssue({
        code: "custom",
        path: ["vlan"],
        message: "only a single-use service key may carry a VLAN",
      });
    if (v.validFor && Date.parse(v.validFor.end) <= Date.parse(v.validFor.start))
      ctx.addIssue({
        code: "custom",
        path: ["validFor"],
        message: "validFor.end must be after validFor.start",
      });
  });
export type ServiceKeyArgs = z.infer<typeof ServiceKeyArgs>;

export const SERVICE_KEY_REPLACE_ON = [
  "productUid",
  "singleUse",
  "maxSpeed",
  "preApproved",
  "description",
  "vlan",
] as const;
