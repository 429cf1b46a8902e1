// The MCR's inputs and outputs: the one definition its SDK types, diff rules and checks come from.
import { z } from "zod";
import { asnSchema, oneOf } from "../client/values";
import { DEFAULT_MCR_ASN, IPSEC_TUNNEL_COUNTS, MCR_SPEEDS } from "../shared/megaportValues";
import { field } from "../shared/fields";
import { ProductState, locationArgs, productArgs, resourceTagsArg } from "../shared/productFields";

export const McrArgs = z.strictObject({
  ...productArgs,
  /** MCR speed in Mbps: 1000, 2500, 5000, 10000, 25000, 50000, 100000 or 400000 where offered. Changing it orders a new MCR. */
  portSpeed: field(oneOf(MCR_SPEEDS, "portSpeed", " Mbps"), { replaces: true }),
  /** The MCR's BGP ASN (default 133937). Updates in place; Megaport refuses while VXCs are attached. */
  asn: asnSchema("asn").default(DEFAULT_MCR_ASN),
  /**
   * The IPsec add-on: 10, 20 or 30 tunnels (VXC interfaces carry the tunnels). Ordered with the MCR,
   * added, changed or (left out) removed in place; Megaport refuses fewer tunnels than are configured.
   */
  ipsecTunnelCount: oneOf(IPSEC_TUNNEL_COUNTS, "ipsecTunnelCount", " tunnels").optional(),
  /** Listed in the Megaport Marketplace (other companies can find it). Left out, Megaport's default (not listed). Updates in place. */
  marketplaceVisibility: z.boolean({ error: "marketplaceVisibility must be true or false" }).optional(),
  ...locationArgs,
  ...resourceTagsArg,
});
export type McrArgs = z.infer<typeof McrArgs>;

export const McrState = ProductState;
