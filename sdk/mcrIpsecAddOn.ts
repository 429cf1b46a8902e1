import * as pulumi from "@pulumi/pulumi";
import type { z } from "zod";
import {
  McrIpsecAddOnArgs as McrIpsecAddOnSchema,
  McrIpsecAddOnState,
} from "../provider/mcrIpsecAddOn/schema";
import { MegaportResource, ResourceArgs, ResourceOutputs } from "./resource";

/** The arguments of an MCR's IPsec add-on; `mcrUid` replaces it, `tunnelCount` updates in place. */
export type McrIpsecAddOnArgs = ResourceArgs<typeof McrIpsecAddOnSchema>;

export interface McrIpsecAddOn extends ResourceOutputs<
  z.infer<typeof McrIpsecAddOnSchema> & z.infer<typeof McrIpsecAddOnState>
> {}

/**
 * The IPsec add-on of an MCR this program does not manage (an `Mcr` of its own takes
 * `ipsecTunnelCount`: use one or the other). Its id is `<mcrUid>:<addOnUid>`.
 *
 * ```ts
 * new megaport.McrIpsecAddOn("tunnels", { mcrUid: "…", tunnelCount: 10 });
 * ```
 */
export class McrIpsecAddOn extends MegaportResource {
  constructor(name: string, args: McrIpsecAddOnArgs, opts?: pulumi.CustomResourceOptions) {
    super({ kind: "McrIpsecAddOn", args: McrIpsecAddOnSchema, state: McrIpsecAddOnState }, name, args, opts);
  }
}
