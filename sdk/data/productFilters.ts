// What the account data sources share, kept out of the SDK's exports: the name, status and
// location filters, and the stable order of answers.
import type { GetProductsArgs } from "./products";

/** Left out unless includeInactive is given, as in Terraform. */
export const INACTIVE = ["DECOMMISSIONED", "DECOMMISSIONING", "CANCELLED"];

/**
 * The filters every account data source shares (tags aside): name, status and location, for a
 * product at `locations` (a VXC is at either end's); `inactive` statuses only with includeInactive.
 */
export function matchesProductFilters(
  p: { productName: string; provisioningStatus: string },
  locations: Array<number | null | undefined>,
  args: GetProductsArgs,
  inactive: readonly string[] = INACTIVE,
): boolean {
  const contains = args.nameContains?.toLowerCase();
  return (
    (args.includeInactive || !inactive.includes(p.provisioningStatus)) &&
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
