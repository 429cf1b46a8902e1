// Ports: the order item (productType MEGAPORT) and PUT /v2/product/megaport/{uid}.
import { z } from "zod";
import { Transport } from "./transport";

export interface PortOrderItem {
  productName: string;
  term: number;
  productType: "MEGAPORT";
  portSpeed: number;
  locationId: number;
  createDate: number;
  virtual: false;
  market?: string;
  costCentre?: string;
  lagPortCount?: number;
  marketplaceVisibility: boolean;
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
  constructor(private readonly t: Transport) {}

  async update(productUid: string, change: UpdatePortRequest): Promise<void> {
    await this.t.send({
      method: "PUT",
      path: `/v2/product/megaport/${encodeURIComponent(productUid)}`,
      body: change,
      schema: z.unknown(),
      retry: "idempotent",
    });
  }
}
