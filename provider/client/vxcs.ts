// VXCs on the wire: the order item (associatedVxcs on the A-end product), PUT /v3/product/vxc/{uid}
// and what a product read answers of a VXC (its ends, approval and service id). The partner
// configurations they carry are in partnerConfigs.ts.
import { z } from "zod";
import { PartnerConfig, VrouterPartnerConfig } from "./partnerConfigs";
import { optNumber, optString } from "./shapes";
import { apiPath, Transport } from "./transport";

export * from "./partnerConfigs";

const tags = z.array(z.object({ key: z.string(), value: z.string() }));

export const VxcOrderEnd = z.object({
  productUid: z.string().optional(),
  vlan: z.number().optional(),
  innerVlan: z.number().optional(),
  /** On an MVE end: the vNIC, a 0-based index into the MVE's vnics. */
  vNicIndex: z.number().optional(),
  partnerConfig: z.custom<PartnerConfig>().optional(),
});
export type VxcOrderEnd = z.infer<typeof VxcOrderEnd>;

export const VxcOrderItem = z.object({
  /** The A-end Port, MCR or MVE. */
  productUid: z.string(),
  associatedVxcs: z.array(
    z.object({
      productName: z.string(),
      rateLimit: z.number(),
      term: z.number(),
      shutdown: z.boolean(),
      costCentre: z.string().optional(),
      promoCode: z.string().optional(),
      serviceKey: z.string().optional(),
      aEnd: VxcOrderEnd,
      bEnd: VxcOrderEnd,
      resourceTags: tags.optional(),
    }),
  ),
});
export type VxcOrderItem = z.infer<typeof VxcOrderItem>;

/** PUT body (megaportgo UpdateVXCRequest): the end configs accept a vRouter partner config only. */
export const UpdateVxcRequest = z.object({
  name: z.string().optional(),
  rateLimit: z.number().optional(),
  costCentre: z.string().optional(),
  shutdown: z.boolean().optional(),
  aEndVlan: z.number().optional(),
  bEndVlan: z.number().optional(),
  aEndInnerVlan: z.number().optional(),
  bEndInnerVlan: z.number().optional(),
  aEndProductUid: z.string().optional(),
  bEndProductUid: z.string().optional(),
  term: z.number().optional(),
  /** Move an MVE end to another of its vNICs. */
  aVnicIndex: z.number().optional(),
  bVnicIndex: z.number().optional(),
  aEndConfig: z.custom<VrouterPartnerConfig>().optional(),
  bEndConfig: z.custom<VrouterPartnerConfig>().optional(),
});
export type UpdateVxcRequest = z.infer<typeof UpdateVxcRequest>;

/** Where a product is, as reads answer it (Ports, MCRs and VXC ends alike). */
export const LocationDetail = z
  .object({ name: optString, city: optString, metro: optString, country: optString })
  .nullish();

export const VxcEnd = z.object({
  productUid: optString,
  productName: optString,
  locationId: optNumber,
  location: optString,
  vlan: optNumber,
  innerVlan: optNumber,
  /** The MVE vNIC the end is on (0-based). */
  vNicIndex: optNumber,
  ownerUid: optString,
  diversityZone: optString,
  connectType: optString,
  locationDetail: LocationDetail,
});
export type VxcEnd = z.infer<typeof VxcEnd>;

/** What a product read (GET /v2/product/{uid}, products.ts) answers for a VXC only. */
export const vxcReadFields = {
  /** The service id the portal shows. */
  nServiceId: optNumber,
  /** METRO, INTERCITY, … (what the distance does to the price). */
  distanceBand: optString,
  /** A VXC to another company's port: that company's answer (megaportgo vxc_types.go VXCApproval). */
  vxcApproval: z
    .object({ status: optString, message: optString, uid: optString, type: optString, newSpeed: optNumber })
    .nullish(),
  aEnd: VxcEnd.nullish(),
  bEnd: VxcEnd.nullish(),
};

export class VxcsService {
  constructor(private readonly t: Transport) {}

  async update(productUid: string, change: UpdateVxcRequest): Promise<void> {
    await this.t.put(apiPath`/v3/product/vxc/${productUid}`, change);
  }
}
