// Any product by uid (GET /v2/product/{uid}), the product list, lifecycle actions and tags.
// One schema covers Ports, MCRs, VXCs and IXs: the same endpoint returns all four.
import { z } from "zod";
import { apiPath, Transport } from "./transport";
import { LocationDetail, vxcReadFields } from "./vxcs";
import { anyObject, epochMs, optBoolean, optNumber, optString } from "./shapes";

const Resources = z
  .object({
    virtual_router: z.object({ mcrAsn: optNumber, speed: optNumber }).nullish(),
    // An object for Ports, MCRs and IXs; a list for VXCs (megaportgo VXCResources).
    interface: z.union([anyObject, z.array(anyObject)]).nullish(),
    // A decommissioned VXC reports `vll: []` (megaportgo vxc_types.go unmarshals both forms).
    vll: z.union([anyObject, z.array(z.unknown())]).nullish(),
    // One object, or an array of them, depending on the partner.
    csp_connection: z.union([anyObject, z.array(anyObject)]).nullish(),
    // IXs: the BGP sessions and addresses Megaport assigns (megaportgo ix_types.go IXResources).
    bgp_connection: z
      .array(
        z.object({
          asn: optNumber,
          customer_asn: optNumber,
          customer_ip_address: optString,
          isp_asn: optNumber,
          isp_ip_address: optString,
          ix_peer_policy: optString,
          max_prefixes: optNumber,
        }),
      )
      .nullish(),
    ip_address: z
      .array(z.object({ address: optString, version: optNumber, reverse_dns: optString }))
      .nullish(),
    // IXs: the service's interface on the exchange's VPLS.
    vpls_interface: anyObject.nullish(),
  })
  .nullish();

export const Product = z.object({
  productUid: z.string(),
  productId: optNumber,
  productName: z.string(),
  productType: z.string(),
  provisioningStatus: z.string(),
  createDate: epochMs,
  liveDate: epochMs,
  terminateDate: epochMs,
  /** IXs: when the service went live. */
  deployDate: epochMs,
  contractStartDate: epochMs,
  contractEndDate: epochMs,
  contractTermMonths: optNumber,
  costCentre: optString,
  companyUid: optString,
  companyName: optString,
  /** The user who ordered it. */
  createdBy: optString,
  secondaryName: optString,
  /** How it is billed, e.g. POST_PAID_HOURLY_SPEED_MCR. */
  usageAlgorithm: optString,
  /** Locked by the customer (lock route) or by Megaport (adminLocked): neither can be changed or cancelled. */
  locked: optBoolean,
  adminLocked: optBoolean,
  cancelable: optBoolean,
  /** Ports, MCRs and MVEs: whether new VXCs may be ordered to it, and approved without asking. */
  vxcPermitted: optBoolean,
  vxcAutoApproval: optBoolean,
  /** IXs: the AS-SET Megaport publishes for the peer. */
  ixPeerMacro: optString,
  locationId: optNumber,
  market: optString,
  marketplaceVisibility: optBoolean,
  diversityZone: optString,
  // Singular, as the API and every official client spell it.
  locationDetail: LocationDetail,
  // Ports and MCRs
  portSpeed: optNumber,
  virtual: optBoolean,
  /** LAG members share a non-zero aggregationId; the API sends no member count (see lagMembers). */
  aggregationId: optNumber,
  lagPrimary: optBoolean,
  lagId: optNumber,
  associatedVxcs: z.array(anyObject).nullish(),
  associatedIxs: z.array(anyObject).nullish(),
  // MCRs: add-ons such as IPsec (megaportgo mcr_types.go MCRAddOn)
  addOns: z
    .array(
      z.object({
        addOnUid: optString,
        addOnType: optString,
        tunnelCount: optNumber,
        packCount: optNumber,
      }),
    )
    .nullish(),
  // MVEs (megaportgo mve_types.go): the vendor and size as the API reports them (upper case), and the
  // vNICs in order; the vendor configuration is never returned.
  vendor: optString,
  mveSize: optString,
  vnics: z.array(z.object({ description: optString, vlan: optNumber })).nullish(),
  ...vxcReadFields,
  // VXCs and IXs
  rateLimit: optNumber,
  shutdown: optBoolean,
  // IXs
  vlan: optNumber,
  macAddress: optString,
  asn: optNumber,
  networkServiceType: optString,
  publicGraph: optBoolean,
  reverseDns: optString,
  term: optNumber,
  resources: Resources,
  /** Attributes Megaport sets on a product (read only; megaportgo reads them as a string map). */
  attributeTags: z.record(z.string(), z.unknown()).nullish(),
  resourceTags: z.array(z.object({ key: z.string(), value: z.string() })).nullish(),
});
export type Product = z.infer<typeof Product> & {
  /** A LAG port's members, primary first (PortsService.withLagMembers); not an API field. */
  lagPortUids?: string[];
};

/** A product as the list shows it: its VXCs and IXs nested as whole products. */
export const ListedProduct = Product.extend({
  associatedVxcs: z.array(Product).nullish(),
  associatedIxs: z.array(Product).nullish(),
});
export type ListedProduct = z.infer<typeof ListedProduct>;

export type LifecycleAction = "CANCEL_NOW" | "CANCEL" | "UN_CANCEL";

export interface ActionOptions {
  /**
   * Megaport refuses the cancellation while services (VXCs, IXs) are still attached, so deleting a
   * port or MCR never takes down a service the program does not manage. The Terraform provider sets
   * it for Ports, LAGs, MCRs and MVEs.
   */
  safeDelete?: boolean;
}

export class ProductsService {
  /** GETs of a product in flight: callers asking for the same product at once share one request. */
  private readonly inFlight = new Map<string, Promise<Product>>();

  constructor(private readonly t: Transport) {}

  /**
   * One product. Concurrent calls for the same product share one request (VXCs created side by
   * side check the same port at once), which answers them all as separate requests would.
   */
  get(productUid: string): Promise<Product> {
    let pending = this.inFlight.get(productUid);
    if (!pending) {
      pending = this.t
        .get(apiPath`/v2/product/${productUid}`, Product)
        .finally(() => this.inFlight.delete(productUid));
      this.inFlight.set(productUid, pending);
    }
    return pending;
  }

  /**
   * Ports, MCRs and MVEs with their VXCs and IXs nested (those appear only there, and a VXC between
   * two of the account's products under both ends, as megaportgo's list helpers expect).
   */
  async list(): Promise<ListedProduct[]> {
    return this.t.get("/v2/products", z.array(ListedProduct));
  }

  /**
   * A lifecycle action. Repeating CANCEL_NOW, CANCEL or UN_CANCEL cannot buy anything or undo a
   * different change: a repeat either does the same thing again or is refused because the product is
   * already in the target state, which callers check by reading the product. So they are retried like
   * idempotent calls, which also covers the transient "rollback-only" 5xx the Terraform provider retries.
   */
  async action(productUid: string, action: LifecycleAction, opts: ActionOptions = {}): Promise<string> {
    const res = await this.t.send({
      method: "POST",
      path: apiPath`/v3/product/${productUid}/action/${action}`,
      query: opts.safeDelete ? { safeDelete: "true" } : undefined,
      schema: z.unknown(),
      retry: "idempotent",
    });
    return res.message;
  }

  async tags(productUid: string): Promise<Array<{ key: string; value: string }>> {
    const { resourceTags } = await this.t.get(
      apiPath`/v2/product/${productUid}/tags`,
      z.object({ resourceTags: z.array(z.object({ key: z.string(), value: z.string() })).nullish() }),
    );
    return resourceTags ?? [];
  }

  /** Replaces the tags (absolute values, so safe to repeat). */
  async setTags(productUid: string, resourceTags: Array<{ key: string; value: string }>): Promise<void> {
    await this.t.put(apiPath`/v2/product/${productUid}/tags`, { resourceTags });
  }
}
