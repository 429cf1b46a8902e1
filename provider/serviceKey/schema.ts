// The ServiceKey's inputs and outputs. Only `active` and `validFor` update in place; a change to
// any other field issues a new key.
import { z } from "zod";
import { uidSchema, vlanSchema } from "../client/values";
import { field } from "../shared/fields";

const instant = (what: string) =>
  z
    .string({
      error: (iss) =>
        iss.input === undefined
          ? // megaportgo sends both ends (service_keys.go dereferences each); the API has no default.
            `${what} is required: a key's validity has a start and an end, and Megaport takes both`
          : `${what} must be an ISO 8601 date-time, e.g. 2027-01-01T00:00:00Z`,
    })
    .refine(
      (s) => !Number.isNaN(Date.parse(s)),
      `${what} must be an ISO 8601 date-time, e.g. 2027-01-01T00:00:00Z`,
    )
    // Normalised, so that the same instant written differently is not a change.
    .transform((s) => new Date(s).toISOString());

export const ServiceKeyArgs = z
  .strictObject({
    /** The Port or MCR the key lets others connect to (formerly `productUid`). Changing it issues a new key. */
    portUid: field(uidSchema("portUid"), { replaces: true }),
    /** Whether the key can be used once only. Changing it issues a new key. */
    singleUse: field(z.boolean({ error: "singleUse must be true or false" }), { replaces: true }),
    /** Highest VXC speed the key allows, in Mbps. Changing it issues a new key. */
    maxSpeed: field(z.number().int().positive("maxSpeed must be a positive number of Mbps"), {
      replaces: true,
    }),
    /** Whether the key can be used now (default true). Updates in place. */
    active: z.boolean().default(true),
    /** VXCs made with the key need no approval. Changing it issues a new key. */
    preApproved: field(z.boolean().default(false), { replaces: true }),
    /** What the key is for. Changing it issues a new key. */
    description: field(z.string().max(255).optional(), { replaces: true }),
    /** Only for single-use keys. Changing it issues a new key. */
    vlan: field(vlanSchema("vlan", false).optional(), { replaces: true }),
    /** ISO 8601 validity window. Updates in place. */
    validFor: z.strictObject({ start: instant("validFor.start"), end: instant("validFor.end") }).optional(),
    /**
     * Bring a key issued in the portal under management instead of issuing one: the key itself (see
     * the port's keys). It must be on `portUid` with the program's settings; `active` and
     * `validFor` are then set to the program's. Secret. Used at create only.
     */
    adoptKey: field(z.string().min(1, "adoptKey must not be empty").optional(), {
      secret: true,
      createOnly: true,
    }),
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

export const ServiceKeyState = z.object({
  /** The generated key. Secret. */
  key: z.string(),
  /** @deprecated The port the key is on: read `portUid`. Kept for programs that read it. */
  productUid: z.string(),
  /** Whether Megaport considers the key usable now. */
  valid: z.boolean().nullable(),
  /** Epoch milliseconds. */
  lastUsed: z.number().nullable(),
  /** Epoch milliseconds. */
  createDate: z.number().nullable(),
  /** The name of the product the key opens. */
  productName: z.string().nullable(),
  /** Past the end of validFor. */
  expired: z.boolean().nullable(),
  /** The company that issued the key. */
  companyUid: z.string().nullable(),
});
