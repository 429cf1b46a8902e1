// The inputs and outputs of an MCR's IPsec add-on managed on its own: for an MCR this program does
// not manage (an MCR of its own takes ipsecTunnelCount instead; use one or the other).
import { z } from "zod";
import { oneOf, uidSchema } from "../client/values";
import { IPSEC_TUNNEL_COUNTS } from "../shared/megaportValues";
import { field } from "../shared/fields";

export const McrIpsecAddOnArgs = z.strictObject({
  /** The MCR the add-on is on. Changing it makes a new add-on on the other MCR. */
  mcrUid: field(uidSchema("mcrUid"), { replaces: true }),
  /** Tunnels the add-on provides: 10, 20 or 30. Updates in place. */
  tunnelCount: oneOf(IPSEC_TUNNEL_COUNTS, "tunnelCount", " tunnels"),
  /** Bring the MCR's existing add-on under management by its uid instead of adding one. Used at create only. */
  adoptAddOnUid: field(z.string().min(1, "adoptAddOnUid must not be empty").optional(), { createOnly: true }),
});
export type McrIpsecAddOnArgs = z.infer<typeof McrIpsecAddOnArgs>;

export const McrIpsecAddOnState = z.object({
  /** The add-on's uid on its MCR; the Pulumi id is `<mcrUid>:<addOnUid>`. */
  addOnUid: z.string(),
});
