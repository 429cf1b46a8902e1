// MCRs: the order item (productType MCR2, config.mcrAsn) and PUT /v2/product/mcr2/{uid}.
import { z } from "zod";
import { Transport } from "./transport";

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
  resourceTags?: Array<{ key: string; value: string }>;
}

export interface UpdateMcrRequest {
  name?: string;
  costCentre?: string;
  term?: number;
  /** Refused by the API while VXCs are attached. */
  asn?: number;
}

export class McrsService {
  constructor(private readonly t: Transport) {}

  async update(productUid: string, change: UpdateMcrRequest): Promise<void> {
    await this.t.send({
      method: "PUT",
      path: `/v2/product/mcr2/${encodeURIComponent(productUid)}`,
      body: change,
      schema: z.unknown(),
      retry: "idempotent",
    });
  }
}
