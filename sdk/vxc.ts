import * as pulumi from "@pulumi/pulumi";
import type { z } from "zod";
import type * as wire from "../provider/client/partnerConfigs";
import * as schema from "../provider/vxc/schema";
import { InputOf, MegaportResource, ResourceArgs, ResourceOutputs } from "./resource";

/** The arguments of a VXC; each field's documentation says whether a change replaces the VXC. */
export type VxcArgs = ResourceArgs<typeof schema.VxcArgs>;
/** One end of a VXC. */
export type VxcEndArgs = InputOf<z.input<typeof schema.VxcArgs>["bEnd"]>;
/** A VXC end as Megaport resolved it (an output). */
export type VxcEndDetails = z.infer<typeof schema.VxcEndDetails>;
export type PartnerConfigArgs = z.input<typeof schema.PartnerConfigArgs>;
/** AWS Direct Connect: a VIF ("AWS") or a hosted connection ("AWSHC"). */
export type AwsConfigArgs = z.input<typeof wire.AwsPartnerConfig>;
/** Azure ExpressRoute. */
export type AzureConfigArgs = z.input<typeof schema.AzureConfig>;
/** Google Cloud Partner Interconnect. */
export type GoogleConfigArgs = z.input<typeof wire.GooglePartnerConfig>;
/** Oracle FastConnect. */
export type OracleConfigArgs = z.input<typeof wire.OraclePartnerConfig>;
/** IBM Cloud Direct Link, in IBM's snake_case keys. */
export type IbmConfigArgs = z.input<typeof wire.IbmPartnerConfig>;
/** MCR vRouter configuration for an end on an MCR. Updates in place. */
export type VrouterConfigArgs = z.input<typeof schema.VrouterConfig>;
export type BgpConnectionArgs = z.input<typeof wire.BgpConnection>;

export interface Vxc extends ResourceOutputs<
  z.infer<typeof schema.VxcArgs> & z.infer<typeof schema.VxcState>
> {}

/**
 * A virtual cross connect between your Port/MCR and another port, a partner, or a cloud.
 *
 * ```ts
 * const vxc = new megaport.Vxc("to-mcr", { productName: "port-to-mcr", rateLimit: 500, contractTermMonths: 1, aEnd: { productUid: port.productUid, vlan: 100 }, bEnd: { productUid: mcr.productUid } });
 * ```
 */
export class Vxc extends MegaportResource {
  constructor(name: string, args: VxcArgs, opts?: pulumi.CustomResourceOptions) {
    super(
      { kind: "Vxc", args: schema.VxcArgs, state: schema.VxcState, idOutput: "productUid" },
      name,
      args,
      opts,
    );
  }
}
