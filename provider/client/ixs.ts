// IXs: the order item (associatedIxs on a port), PUT /v2/product/ix/{uid}, and the IX types
// offered at a location (GET /v2/product/ix/types?locationId=).
import { z } from "zod";
import { apiPath, Transport } from "./transport";
import { optString } from "./shapes";

export interface IxOrderItem {
  /** The port the IX is ordered on. */
  productUid: string;
  associatedIxs: Array<{
    productName: string;
    networkServiceType: string;
    asn: number;
    macAddress: string;
    rateLimit: number;
    /** 0: Megaport assigns one. */
    vlan: number;
    shutdown: boolean;
    promoCode?: string;
  }>;
}

export interface UpdateIxRequest {
  name?: string;
  rateLimit?: number;
  costCentre?: string;
  vlan?: number;
  macAddress?: string;
  asn?: number;
  publicGraph?: boolean;
  reverseDns?: string;
  shutdown?: boolean;
}

export const IxType = z.object({
  name: z.string(),
  asn: z.union([z.string(), z.number()]).transform(String).nullish(),
  state: optString,
  primaryIPv4: optString,
  secondaryIPv4: optString,
  primaryIPv6: optString,
  secondaryIPv6: optString,
});
export type IxType = z.infer<typeof IxType>;

export class IxsService {
  constructor(private readonly t: Transport) {}

  async update(productUid: string, change: UpdateIxRequest): Promise<void> {
    await this.t.put(apiPath`/v2/product/ix/${productUid}`, change);
  }

  async types(locationId: number): Promise<IxType[]> {
    return this.t.get("/v2/product/ix/types", z.array(IxType), { locationId });
  }
}
