// VXCs: the order item (associatedVxcs on the A-end product), partner configurations, and
// PUT /v3/product/vxc/{uid}.
import { z } from "zod";
import { Transport } from "./transport";
// The partner configurations are declared once, as the VXC's input schemas; the API's shapes are theirs.
import type { ApiPartnerConfig as PartnerConfig, VrouterConfig as VrouterPartnerConfig } from "../vxc/schema";

export type { PartnerConfig, VrouterPartnerConfig };

export interface VxcOrderEnd {
  productUid?: string;
  vlan?: number;
  innerVlan?: number;
  partnerConfig?: PartnerConfig;
}

export interface VxcOrderItem {
  /** The A-end Port or MCR. */
  productUid: string;
  associatedVxcs: Array<{
    productName: string;
    rateLimit: number;
    term: number;
    shutdown: boolean;
    costCentre?: string;
    promoCode?: string;
    serviceKey?: string;
    aEnd: VxcOrderEnd;
    bEnd: VxcOrderEnd;
    resourceTags?: Array<{ key: string; value: string }>;
  }>;
}

/** PUT body (megaportgo UpdateVXCRequest): the end configs accept a vRouter partner config only. */
export interface UpdateVxcRequest {
  name?: string;
  rateLimit?: number;
  costCentre?: string;
  shutdown?: boolean;
  aEndVlan?: number;
  bEndVlan?: number;
  aEndInnerVlan?: number;
  bEndInnerVlan?: number;
  aEndProductUid?: string;
  bEndProductUid?: string;
  term?: number;
  aEndConfig?: VrouterPartnerConfig;
  bEndConfig?: VrouterPartnerConfig;
}

export class VxcsService {
  constructor(private readonly t: Transport) {}

  async update(productUid: string, change: UpdateVxcRequest): Promise<void> {
    await this.t.send({
      method: "PUT",
      path: `/v3/product/vxc/${encodeURIComponent(productUid)}`,
      body: change,
      schema: z.unknown(),
      retry: "idempotent",
    });
  }
}
