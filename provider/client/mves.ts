// MVEs (Megaport Virtual Edge, megaportgo mve.go): the order item (productType MVE with its vNICs
// and vendor configuration), PUT /v2/product/mve/{uid}, and the image and size look-ups.
import { z } from "zod";
import type { MveVendorConfig } from "./mveVendorConfigs";
import { apiPath, Transport } from "./transport";
import { optBoolean, optNumber, optString } from "./shapes";

export interface MveOrderItem {
  productName: string;
  term: number;
  productType: "MVE";
  locationId: number;
  costCentre?: string;
  promoCode?: string;
  /** Always at least one: megaportgo sends {description: "Data Plane", vlan: 0} when none is given. */
  vnics: Array<{ description: string; vlan: number }>;
  /** Per vendor (megaportgo mve_types.go); keys with empty values are left out. */
  vendorConfig: MveVendorConfig;
  config: { diversityZone?: string };
  resourceTags?: Array<{ key: string; value: string }>;
}

export interface UpdateMveRequest {
  name?: string;
  costCentre?: string;
  term?: number;
  /** Descriptions by position; the VLANs and the number of vNICs cannot change. */
  vnics?: Array<{ description: string }>;
  marketplaceVisibility?: boolean;
}

/** One orderable image, flattened from its product group (as megaportgo's GetMVEImages does). */
export const MveImage = z.object({
  id: z.number(),
  version: optString,
  product: optString,
  vendor: optString,
  vendorProductId: optString,
  productCode: optString,
  vendorDescription: optString,
  /** Whether the image can be ordered. */
  releaseImage: optBoolean,
  /** Size names the image runs in (SMALL, MEDIUM, …). */
  availableSizes: z.array(z.string()).nullish(),
});
export type MveImage = z.infer<typeof MveImage>;

const MveImageGroups = z.object({
  mveImages: z.array(
    z.object({
      product: optString,
      vendor: optString,
      vendorProductId: optString,
      images: z.array(MveImage.omit({ product: true, vendor: true, vendorProductId: true })).nullish(),
    }),
  ),
});

export const MveSize = z.object({
  size: z.string(),
  label: optString,
  cpuCoreCount: optNumber,
  ramGB: optNumber,
});
export type MveSize = z.infer<typeof MveSize>;

export class MvesService {
  constructor(private readonly t: Transport) {}

  async update(productUid: string, change: UpdateMveRequest): Promise<void> {
    await this.t.put(apiPath`/v2/product/mve/${productUid}`, change);
  }

  /** Every image, one record each, with its group's product and vendor copied down. */
  async images(): Promise<MveImage[]> {
    const { mveImages } = await this.t.get("/v4/product/mve/images", MveImageGroups);
    return mveImages.flatMap((g) =>
      (g.images ?? []).map((i) => ({
        ...i,
        product: g.product,
        vendor: g.vendor,
        vendorProductId: g.vendorProductId,
      })),
    );
  }

  async sizes(): Promise<MveSize[]> {
    return this.t.get("/v3/product/mve/variants", z.array(MveSize));
  }
}
