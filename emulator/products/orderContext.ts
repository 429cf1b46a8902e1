// What every product's order rules share: the order's services so far, the account's own products
// (created earlier in the same order too) and the VLANs this order has already claimed per port.
import type { CatalogueLocation } from "../data/catalogue";
import { vlanProblem, vlanTakenProblem } from "../model/rules";
import { type ProductType, Store, type StoredProduct } from "../model/store";

/** One service of an order, as listed in the validate response. */
export interface CheckedService {
  serviceName: string;
  productType: ProductType;
  productUid: string;
  market: string | null;
  metro?: string | null;
  errors: string[];
  price: { monthlyRate: number; currency: string } | null;
  /** What to create on buy: one product, or one per port of a LAG (primary first). */
  create: () => StoredProduct[];
}

/** Collects the problems that are not undefined. */
export function problems(...found: Array<string | undefined>): string[] {
  return found.filter((p): p is string => p !== undefined);
}

/** The validate entry of a product bought at a location (a Port, MCR or MVE): billed in its market. */
export function atLocation(
  location: CatalogueLocation | undefined,
  service: Omit<CheckedService, "market" | "metro">,
): CheckedService {
  return { ...service, market: location?.market ?? null, metro: location?.metro ?? null };
}

export class OrderContext {
  /** VLANs claimed per port by earlier items of this order. */
  private readonly vlanClaims = new Map<string, Set<number>>();

  constructor(readonly store: Store) {}

  /** An end's VLAN: in range, and free on the port (also of this order's earlier claims). */
  vlanProblems(label: string, portUid: string | undefined, vlan: number | undefined, allowUntagged: boolean) {
    const range = vlanProblem(label, vlan, allowUntagged);
    if (range || vlan === undefined || !portUid || !this.store.products.has(portUid)) return problems(range);
    const claimed = this.vlanClaims.get(portUid) ?? new Set<number>();
    this.vlanClaims.set(portUid, claimed);
    const taken = vlanTakenProblem(this.store, label, portUid, vlan, undefined, claimed);
    claimed.add(vlan);
    return problems(taken);
  }

  /** Our own product, or one created earlier in the same order. */
  ownProduct(uid: string | undefined, services: CheckedService[]) {
    if (!uid) return undefined;
    const existing = this.store.products.get(uid);
    if (existing)
      return {
        type: existing.productType,
        locationId: existing.locationId,
        speed: existing.portSpeed,
        status: this.store.status(existing),
        product: existing,
      };
    const pending = services.find((s) => s.productUid === uid);
    if (pending)
      return {
        type: pending.productType,
        locationId: undefined,
        speed: undefined,
        status: "DEPLOYABLE",
        product: undefined,
      };
    return undefined;
  }
}
