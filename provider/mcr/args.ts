// MCR inputs: what check() accepts, and which changes replace the MCR.
import { z } from "zod";
import { asnSchema, costCentreSchema, nameSchema, oneOf, tagsSchema, uidSchema } from "../shared/checks";
import { CONTRACT_TERMS, DEFAULT_MCR_ASN, MCR_SPEEDS } from "../shared/facts";

export const McrArgs = z.strictObject({
  productName: nameSchema("productName"),
  portSpeed: oneOf(MCR_SPEEDS, "portSpeed", " Mbps"),
  locationId: z
    .number({ error: "locationId is required" })
    .int()
    .positive("locationId must be a Megaport location id"),
  contractTermMonths: oneOf(CONTRACT_TERMS, "contractTermMonths", " months"),
  asn: asnSchema("asn").default(DEFAULT_MCR_ASN),
  diversityZone: z.enum(["red", "blue"], { error: "diversityZone must be red or blue" }).optional(),
  costCentre: costCentreSchema.optional(),
  promoCode: z.string().optional(),
  resourceTags: tagsSchema.optional(),
  adoptProductUid: uidSchema("adoptProductUid").optional(),
});
export type McrArgs = z.infer<typeof McrArgs>;

/** An MCR cannot move, change speed or zone. Its ASN updates in place (Terraform provider PR #371). */
export const MCR_REPLACE_ON = ["locationId", "portSpeed", "diversityZone"] as const;
