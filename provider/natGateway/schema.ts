// The NAT gateway's inputs and outputs. What replaces it is the Terraform provider's
// (nat_gateway_resource.go): the location and the promotion code; the rest changes in place with
// one full PUT of the gateway.
import { z } from "zod";
import { asnSchema, nameSchema, oneOf, tagsSchema, uidSchema } from "../client/values";
import { CONTRACT_TERMS, DIVERSITY_ZONES } from "../shared/megaportValues";
import { field } from "../shared/fields";

export const NatGatewayArgs = z.strictObject({
  /** Name shown in the Megaport portal and on invoices. Updates in place. */
  productName: nameSchema("productName"),
  /** Contract term in months: 1, 12, 24, 36, 48 or 60. Updates in place. */
  contractTermMonths: oneOf(CONTRACT_TERMS, "contractTermMonths", " months"),
  /** Renew the term automatically at its end. Updates in place. */
  autoRenewTerm: z.boolean().default(false),
  /** Megaport location id (see getLocations: diversityZones.*.natGatewaySpeedMbps). Changing it orders a new gateway. */
  locationId: field(
    z.number({ error: "locationId is required" }).int().positive("locationId must be a Megaport location id"),
    { replaces: true },
  ),
  /** "red" or "blue". Updates in place. */
  diversityZone: z.enum(DIVERSITY_ZONES, { error: "diversityZone must be red or blue" }),
  /** Speed in Mbps, one the location offers. Updates in place. */
  speed: z
    .number({ error: "speed is required (Mbps)" })
    .int("speed must be a whole number of Mbps")
    .positive("speed must be at least 1 Mbps"),
  /** NAT sessions: a count the speed offers (see getNatGatewaySessions). Updates in place. */
  sessionCount: z
    .number({ error: "sessionCount is required" })
    .int("sessionCount must be a whole number")
    .positive("sessionCount must be positive"),
  /** The gateway's BGP ASN; left out, Megaport assigns one. Updates in place. */
  asn: asnSchema("asn").optional(),
  /** Start BGP sessions shut down. Updates in place. */
  bgpShutdownDefault: z.boolean().default(false),
  /** Resource tags. Update in place. */
  resourceTags: tagsSchema.optional(),
  /** Promotion code. Changing it orders a new gateway (as in Terraform). */
  promoCode: field(z.string().optional(), { replaces: true }),
  /** Bring an existing gateway under management instead of ordering one. Used at create only. */
  adoptProductUid: field(uidSchema("adoptProductUid").optional(), { createOnly: true }),
  /** Take over a gateway another Pulumi stack (or resource) ordered, which adoptProductUid otherwise refuses. */
  adoptTakeOver: field(z.boolean().optional(), { createOnly: true }),
  /** Set by the SDK: what marks the gateway this resource designed (see orderMarker.ts). */
  orderMarker: field(z.string().optional(), { createOnly: true }),
  /** Set by the SDK: the stack that orders it (organization/project/stack), tagged beside the marker. */
  orderStack: field(z.string().optional(), { createOnly: true }),
});
export type NatGatewayArgs = z.infer<typeof NatGatewayArgs>;

export const NatGatewayState = z.object({
  /** The gateway's UID (also its Pulumi id). */
  productUid: z.string(),
  /** DESIGN, DEPLOYABLE, CONFIGURED, LIVE, … as Megaport reports it. */
  provisioningStatus: z.string(),
  /** The ASN it has (Megaport's when the program sets none). */
  gatewayAsn: z.number().nullable(),
  /** As Megaport answers it for NAT gateways: a date string. */
  createDate: z.string().nullable(),
  contractEndDate: z.string().nullable(),
  /** The price validate quoted when it was ordered. */
  monthlyRate: z.number().nullable(),
  currency: z.string().nullable(),
  /** Locked by the customer: no change or cancellation. */
  locked: z.boolean().nullable(),
  /** Locked by Megaport. */
  adminLocked: z.boolean().nullable(),
  /** The user who ordered it. */
  createdBy: z.string().nullable(),
  /** Megaport's service level reference (support contracts). */
  serviceLevelReference: z.string().nullable(),
});
