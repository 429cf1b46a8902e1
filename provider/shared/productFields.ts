// The inputs and outputs every Megaport product resource has, declared once and spread into each
// product's schema, and the fields every product updates the same way.
import { z } from "zod";
import { costCentreSchema, nameSchema, oneOf, tagsSchema, uidSchema } from "../client/values";
import { CONTRACT_TERMS, DIVERSITY_ZONES } from "./megaportValues";
import type { FieldMapping } from "./fieldMapping";
import { field } from "./fields";

export const productArgs = {
  /** Name shown in the Megaport portal and on invoices. Updates in place. */
  productName: nameSchema("productName"),
  /** Contract term in months: 1, 12, 24, 36, 48 or 60. Updates in place. */
  contractTermMonths: oneOf(CONTRACT_TERMS, "contractTermMonths", " months"),
  /** Cost centre for invoices, at most 255 characters. Updates in place. */
  costCentre: costCentreSchema.optional(),
  /** Promotion code, applied when the product is ordered and never after. */
  promoCode: field(z.string().optional(), { createOnly: true }),
  /**
   * Bring an existing product (bought in the portal) under management instead of ordering one:
   * create reads it and updates what differs from the program. Nothing is bought. Used at create only.
   */
  adoptProductUid: field(uidSchema("adoptProductUid").optional(), { createOnly: true }),
  /**
   * Take over a product another Pulumi stack (or another resource) ordered, which adoptProductUid
   * otherwise refuses, naming that stack. Its order marker becomes this resource's. Used at create only.
   */
  adoptTakeOver: field(z.boolean().optional(), { createOnly: true }),
  /** Set by the SDK: what marks the product this resource ordered (see orderMarker.ts). */
  orderMarker: field(z.string().optional(), { createOnly: true }),
  /** Set by the SDK: the stack that orders it (organization/project/stack), tagged beside the marker. */
  orderStack: field(z.string().optional(), { createOnly: true }),
};

export const locationArgs = {
  /** Megaport location id (see getLocations). Changing it orders a new product. */
  locationId: field(
    z.number({ error: "locationId is required" }).int().positive("locationId must be a Megaport location id"),
    { replaces: true },
  ),
  /** "red" or "blue"; left out, Megaport picks one. Changing it orders a new product. */
  diversityZone: field(z.enum(DIVERSITY_ZONES, { error: "diversityZone must be red or blue" }).optional(), {
    replaces: true,
  }),
};

/** The fields every product updates the same way: name and cost centre. */
export const nameAndCostCentre: ReadonlyArray<
  FieldMapping<{ name?: string; costCentre?: string }, "productName" | "costCentre">
> = [
  { arg: "productName", order: "productName", put: "name", read: (p) => p.productName },
  // megaportgo's modify always sends it: absent could read as "clear" to the API.
  {
    arg: "costCentre",
    order: "costCentre",
    put: "costCentre",
    read: (p) => p.costCentre,
    cleared: "",
    alwaysSent: true,
  },
];

/** Name, cost centre and the contract term, for the products that have a term. */
export const nameTermAndCostCentre: ReadonlyArray<
  FieldMapping<
    { name?: string; costCentre?: string; term?: number },
    "productName" | "costCentre" | "contractTermMonths"
  >
> = [
  ...nameAndCostCentre,
  { arg: "contractTermMonths", order: "term", put: "term", read: (p) => p.contractTermMonths },
];

/** Resource tags, for the products that carry them. Update in place. */
export const resourceTagsArg = { resourceTags: tagsSchema.optional() };

const nullable = <T extends z.ZodType>(t: T) => t.nullable();

/** Where Megaport says a product is. */
export const LocationDetails = z.object({
  name: z.string().nullable(),
  city: z.string().nullable(),
  metro: z.string().nullable(),
  country: z.string().nullable(),
});
export type LocationDetails = z.infer<typeof LocationDetails>;

/** The outputs every product has besides its inputs. Absent values are null. */
export const ProductState = z.object({
  /** The product's UID (also its Pulumi id). */
  productUid: z.string(),
  /** DEPLOYABLE, CONFIGURED, LIVE, CANCELLED, FAILED, … as Megaport reports it. */
  provisioningStatus: z.string(),
  /** Epoch milliseconds. */
  createDate: nullable(z.number()),
  /** Epoch milliseconds. */
  liveDate: nullable(z.number()),
  /** Epoch milliseconds. */
  contractStartDate: nullable(z.number()),
  /** Epoch milliseconds. */
  contractEndDate: nullable(z.number()),
  locationDetails: nullable(LocationDetails),
  companyUid: nullable(z.string()),
  /** The account that owns it. */
  companyName: nullable(z.string()),
  /** Megaport's numeric id of the product. */
  productId: nullable(z.number()),
  /** The market (billing region) it is in, e.g. AU. */
  market: nullable(z.string()),
  /** The diversity zone it is in: the one asked for, or the one Megaport chose. */
  assignedDiversityZone: nullable(z.string()),
  /** Locked by the customer: no change or cancellation until unlocked. */
  locked: nullable(z.boolean()),
  /** Locked by Megaport. */
  adminLocked: nullable(z.boolean()),
  /** Whether Megaport would cancel it now. */
  cancelable: nullable(z.boolean()),
  /** Ports, MCRs, MVEs: whether VXCs may be ordered to it. */
  vxcPermitted: nullable(z.boolean()),
  /** Ports, MCRs, MVEs: whether VXCs to it are approved without asking. */
  vxcAutoApproval: nullable(z.boolean()),
  /** Epoch milliseconds: when it ends (after a cancellation). */
  terminateDate: nullable(z.number()),
  /** How it is billed, e.g. POST_PAID_HOURLY_SPEED_MCR. */
  usageAlgorithm: nullable(z.string()),
  secondaryName: nullable(z.string()),
  /** The user who ordered it. */
  createdBy: nullable(z.string()),
  /** Attributes Megaport sets on it (read only). */
  attributeTags: nullable(z.record(z.string(), z.string())),
  /** Monthly price from validate at order time, in `currency`; null for adopted or resumed orders. */
  monthlyRate: nullable(z.number()),
  currency: nullable(z.string()),
});
export type ProductState = z.infer<typeof ProductState>;

/** The physical interface Megaport reports for a port or IX (resources.interface). */
export const InterfaceDetails = z.object({
  /** Where the cross connect lands: the data centre's demarcation point. */
  demarcation: nullable(z.string()),
  /** The LOA template Megaport issues for it; null where there is none. */
  loaTemplate: nullable(z.string()),
  /** The optics, e.g. LR4. */
  media: nullable(z.string()),
  /** 1 when the link is up. */
  up: nullable(z.number()),
  /** Mbps. */
  portSpeed: nullable(z.number()),
});

/** resources.interface as an output (an object on ports and IXs; VXCs answer a list, not read here). */
export function interfaceDetails(p: {
  resources?: { interface?: unknown } | null;
}): z.infer<typeof InterfaceDetails> | null {
  const i = p.resources?.interface;
  if (!i || Array.isArray(i) || typeof i !== "object") return null;
  const o = i as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === "string" ? v : null);
  const num = (v: unknown) => (typeof v === "number" ? v : null);
  return {
    demarcation: str(o.demarcation),
    loaTemplate: str(o.loa_template),
    media: str(o.media),
    up: num(o.up),
    portSpeed: num(o.port_speed),
  };
}
