// GET /v2/dropdowns/partner/megaports: public partner ports (AWS, Azure, Google, Oracle, …).
import { z } from "zod";
import { Transport } from "./transport";
import { optBoolean, optNumber, optString } from "./shapes";

export const PartnerPort = z.object({
  connectType: z.string(),
  productUid: z.string(),
  // The current API calls it `title`; the reference's v2 list calls it `productName`.
  title: optString,
  productName: optString,
  companyUid: optString,
  companyName: optString,
  diversityZone: optString,
  locationId: z.number(),
  speed: optNumber,
  rank: optNumber,
  vxcPermitted: optBoolean,
});
export type PartnerPort = z.infer<typeof PartnerPort>;

export class PartnerPortsService {
  constructor(private readonly t: Transport) {}

  async list(): Promise<PartnerPort[]> {
    return this.t.get("/v2/dropdowns/partner/megaports", z.array(PartnerPort));
  }
}
