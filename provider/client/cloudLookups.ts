// Cloud-partner port lookups: GET /v2/secure/{azure|google|oracle|nutanix}/{key}. The key is a
// secret: it is registered for redaction before the call, so it never shows in an error.
import { z } from "zod";
import { registerSecret } from "./errors";
import { apiPath, Transport } from "./transport";
import { anyObject, optNumber, optString } from "./shapes";

export type CloudPartner = "azure" | "google" | "oracle" | "nutanix";

export const CloudLookupPort = z.object({
  productUid: z.string(),
  productId: optNumber,
  name: optString,
  description: optString,
  type: optString,
  // null when the port is free; a VXC id or object when it is taken.
  vxc: z.union([z.number(), anyObject]).nullish(),
  companyName: optString,
  portSpeed: optNumber,
  locationId: optNumber,
  state: optString,
  country: optString,
});

export const CloudLookup = z.object({
  bandwidth: optNumber,
  bandwidths: z.array(z.number()).nullish(),
  megaports: z.array(CloudLookupPort),
  peers: z.array(anyObject).nullish(),
  resource_type: optString,
  vlan: optNumber,
  connectType: optString,
});
export type CloudLookup = z.infer<typeof CloudLookup>;

export class CloudLookupsService {
  constructor(private readonly t: Transport) {}

  async lookup(partner: CloudPartner, key: string): Promise<CloudLookup> {
    registerSecret(key);
    return this.t.get(apiPath`/v2/secure/${partner}/${key}`, CloudLookup);
  }
}
