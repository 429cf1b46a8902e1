// Ports: the order item (productType MEGAPORT), PUT /v2/product/megaport/{uid}, a LAG's members
// and VLAN availability on a port.
import { z } from "zod";
import { Product, ProductsService } from "./products";
import { isInactive } from "./productStatus";
import { apiPath, Transport } from "./transport";

export interface PortOrderItem {
  productName: string;
  term: number;
  productType: "MEGAPORT";
  portSpeed: number;
  locationId: number;
  createDate: number;
  virtual: false;
  market: string;
  costCentre?: string;
  lagPortCount?: number;
  marketplaceVisibility?: boolean;
  config: { diversityZone?: string };
  promoCode?: string;
  resourceTags?: Array<{ key: string; value: string }>;
}

/** PUT body: absolute values, so the call is safe to repeat. */
export interface UpdatePortRequest {
  name?: string;
  costCentre?: string;
  marketplaceVisibility?: boolean;
  term?: number;
}

export class PortsService {
  constructor(
    private readonly t: Transport,
    private readonly products: ProductsService,
  ) {}

  /**
   * The port with its LAG's member uids (primary first) when it is in a LAG. The API sends no member
   * count: members are the active MEGAPORT products sharing its non-zero aggregationId, which the
   * product list shows (as megaportgo's GetPort derives them).
   */
  async withLagMembers(port: Product): Promise<Product> {
    if (!port.aggregationId) return port;
    const members = (await this.products.list()).filter(
      (p) =>
        p.productType.toUpperCase() === "MEGAPORT" &&
        p.aggregationId === port.aggregationId &&
        !isInactive(p.provisioningStatus),
    );
    members.sort((a, b) => Number(!!b.lagPrimary) - Number(!!a.lagPrimary));
    return { ...port, lagPortUids: members.map((m) => m.productUid) };
  }

  /** Whether `vlan` is free on the port (GET /v2/product/port/{uid}/vlan?vlan= lists the free ones). */
  async vlanAvailable(productUid: string, vlan: number): Promise<boolean> {
    return (
      await this.t.get(apiPath`/v2/product/port/${productUid}/vlan`, z.array(z.number()), { vlan })
    ).includes(vlan);
  }

  async update(productUid: string, change: UpdatePortRequest): Promise<void> {
    await this.t.put(apiPath`/v2/product/megaport/${productUid}`, change);
  }
}
