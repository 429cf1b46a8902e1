// Port inputs: what check() accepts, and which changes replace the port.
import { z } from "zod";
import { costCentreSchema, nameSchema, oneOf, tagsSchema, uidSchema } from "../shared/checks";
import { CONTRACT_TERMS, PORT_SPEEDS } from "../shared/facts";

export const PortArgs = z.strictObject({
  productName: nameSchema("productName"),
  portSpeed: oneOf(PORT_SPEEDS, "portSpeed", " Mbps"),
  locationId: z
    .number({ error: "locationId is required" })
    .int()
    .positive("locationId must be a Megaport location id"),
  contractTermMonths: oneOf(CONTRACT_TERMS, "contractTermMonths", " months"),
  marketplaceVisibility: z.boolean({ error: "marketplaceVisibility must be true or false" }),
  diversityZone: z.enum(["red", "blue"], { error: "diversityZone must be red or blue" }).optional(),
  costCentre: costCentreSchema.optional(),
  promoCode: z.string().optional(),
  lagPortCount: z
    .number()
    .int()
    .min(1, "lagPortCount must be 1-8")
    .max(8, "lagPortCount must be 1-8")
    .optional(),
  resourceTags: tagsSchema.optional(),
  adoptProductUid: uidSchema("adoptProductUid").optional(),
});
export type PortArgs = z.infer<typeof PortArgs>;

/** Megaport cannot move a port or change its speed, zone or LAG size: those order a new port. */
export const PORT_REPLACE_ON = ["locationId", "portSpeed", "diversityZone", "lagPortCount"] as const;
