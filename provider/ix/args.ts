// IX inputs. Only the port and the IX type force a new IX; every other field updates in place.
import { z } from "zod";
import { asnSchema, costCentreSchema, macSchema, nameSchema, uidSchema, vlanSchema } from "../shared/checks";

export const IxArgs = z.strictObject({
  productName: nameSchema("productName"),
  /** The port the IX is on. */
  productUid: uidSchema("productUid"),
  networkServiceType: z
    .string({ error: 'networkServiceType is required (e.g. "Sydney IX"; see getIxTypes)' })
    .min(1, "networkServiceType must not be empty"),
  asn: asnSchema("asn"),
  macAddress: macSchema,
  rateLimit: z
    .number({ error: "rateLimit is required (Mbps)" })
    .int("rateLimit must be a whole number of Mbps")
    .positive("rateLimit must be at least 1 Mbps"),
  vlan: vlanSchema("vlan", false).optional(),
  shutdown: z.boolean().default(false),
  publicGraph: z.boolean().default(true),
  reverseDns: z.string().optional(),
  costCentre: costCentreSchema.optional(),
  promoCode: z.string().optional(),
  adoptProductUid: uidSchema("adoptProductUid").optional(),
});
export type IxArgs = z.infer<typeof IxArgs>;

export const IX_REPLACE_ON = ["productUid", "networkServiceType"] as const;
