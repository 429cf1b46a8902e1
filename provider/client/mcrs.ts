// MCRs: the order item (productType MCR2, config.mcrAsn), PUT /v2/product/mcr2/{uid}, and the
// IPsec add-on's own routes (megaportgo mcr.go).
import { z } from "zod";
import { apiPath, Transport } from "./transport";

export interface McrOrderItem {
  productName: string;
  term: number;
  productType: "MCR2";
  portSpeed: number;
  locationId: number;
  costCentre: string;
  promoCode?: string;
  marketplaceVisibility?: boolean;
  config: { mcrAsn?: number; diversityZone?: string };
  addOns?: McrAddOnOrder[];
  resourceTags?: Array<{ key: string; value: string }>;
}

/** An add-on ordered with the MCR: IPsec with 10, 20 or 30 tunnels, in one pack (megaportgo's defaults). */
export interface McrAddOnOrder {
  addOnType: "IP_SEC";
  tunnelCount: number;
  packCount: number;
}

export interface UpdateMcrRequest {
  name?: string;
  costCentre?: string;
  term?: number;
  /** Refused by the API while VXCs are attached. */
  asn?: number;
  marketplaceVisibility?: boolean;
}

export class McrsService {
  constructor(private readonly t: Transport) {}

  async update(productUid: string, change: UpdateMcrRequest): Promise<void> {
    await this.t.put(apiPath`/v2/product/mcr2/${productUid}`, change);
  }

  /**
   * Adds the IPsec add-on to an MCR (POST /v3/product/{uid}/addon). Not safe to repeat blindly (a
   * repeat could add a second add-on), so it is retried only where nothing reached the API.
   */
  async addIpsec(productUid: string, tunnelCount: number): Promise<void> {
    await this.t.post(
      apiPath`/v3/product/${productUid}/addon`,
      { addOnType: "IP_SEC", tunnelCount },
      z.unknown(),
      "order",
    );
  }

  /** Sets the IPsec add-on's tunnel count (an absolute value); 0 removes the add-on. */
  async setIpsec(productUid: string, addOnUid: string, tunnelCount: number): Promise<void> {
    await this.t.put(apiPath`/v3/product/${productUid}/addon/${addOnUid}`, {
      addOnType: "IP_SEC",
      tunnelCount,
    });
  }
}
