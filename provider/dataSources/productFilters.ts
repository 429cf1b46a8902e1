// What the account data sources share: the filters they take, the name, status and location
// matching, and the stable order of answers.
import { z } from "zod";
import { isInactive } from "../client";

/** Filters every account data source takes; all given filters must match. */
export const productFilters = {
  productName: z.string().optional().describe("Exact product name."),
  nameContains: z.string().optional().describe("Substring of the product name, case-insensitive."),
  locationId: z.number().int().optional().describe("Megaport location id (for a VXC: either end's)."),
  statuses: z.array(z.string()).optional().describe('Only these provisioning statuses, e.g. ["LIVE"].'),
  includeInactive: z
    .boolean()
    .optional()
    .describe(
      "Include DECOMMISSIONED, DECOMMISSIONING and CANCELLED products (left out by default, as in Terraform).",
    ),
  tags: z
    .record(z.string(), z.string())
    .optional()
    .describe("Only products carrying every one of these resource tags (one tag read per candidate)."),
  productUid: z
    .string()
    .optional()
    .describe(
      "One product by its UID, inactive ones included (Terraform's product_uid): one GET /v2/product/{uid} " +
        "instead of the list; an answer of another kind is no match.",
    ),
  includeResourceTags: z
    .boolean()
    .optional()
    .describe(
      "Answer each product with its resource tags (one tag read per product; Terraform's include_resource_tags).",
    ),
};

export const GetProductsArgs = z.object(productFilters).strict();
export type GetProductsArgs = z.input<typeof GetProductsArgs>;

/**
 * The filters every account data source shares (tags aside): name, status and location, for a
 * product at `locations` (a VXC is at either end's); `inactive` ones only with includeInactive.
 */
export function matchesProductFilters(
  p: { productName: string; provisioningStatus: string },
  locations: Array<number | null | undefined>,
  args: GetProductsArgs,
  inactive: (status: string) => boolean = isInactive,
): boolean {
  const contains = args.nameContains?.toLowerCase();
  return (
    (args.includeInactive || !inactive(p.provisioningStatus)) &&
    (!args.statuses || args.statuses.includes(p.provisioningStatus)) &&
    (args.productName === undefined || p.productName === args.productName) &&
    (!contains || p.productName.toLowerCase().includes(contains)) &&
    (args.locationId === undefined || locations.includes(args.locationId))
  );
}

/** Sorted by name then UID, so the answer is stable. */
export function byNameThenUid(
  a: { productName?: string | null; productUid: string },
  b: { productName?: string | null; productUid: string },
): number {
  return (a.productName ?? "").localeCompare(b.productName ?? "") || a.productUid.localeCompare(b.productUid);
}
