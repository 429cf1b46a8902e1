import * as pulumi from "@pulumi/pulumi";
import type { z } from "zod";
import { MveArgs as MveSchema, MveState, MveVnicArgs as MveVnicSchema } from "../provider/mve/schema";
import type { MveVendorConfig } from "../provider/client/mveVendorConfigs";
import { InputOf, MegaportResource, ResourceArgs, ResourceOutputs } from "./resource";

/** The arguments of an MVE; each field's documentation says whether a change replaces the MVE. */
export type MveArgs = ResourceArgs<typeof MveSchema>;
/** One vNIC of an MVE. */
export type MveVnicArgs = InputOf<z.input<typeof MveVnicSchema>>;
/** A vendor's configuration (6wind, aruba, aviatrix, cisco, fortinet, palo_alto, prisma, versa, vmware, meraki). */
export type MveVendorConfigArgs = InputOf<MveVendorConfig>;

export interface Mve extends ResourceOutputs<z.infer<typeof MveSchema> & z.infer<typeof MveState>> {}

/**
 * A Megaport Virtual Edge: an SD-WAN or firewall appliance hosted by Megaport. Create validates the
 * order (its price is shown), buys it once and waits until it is CONFIGURED or LIVE; delete cancels
 * it with CANCEL_NOW (refused while VXCs the program does not manage are attached). VXCs end on one
 * of its vNICs with `vnicIndex`.
 *
 * ```ts
 * const image = await megaport.getMveImage({ vendor: "Fortinet", releaseOnly: true });
 * const mve = new megaport.Mve("sdwan", {
 *   productName: "syd-fw", locationId: 3, contractTermMonths: 12,
 *   vendorConfig: { vendor: "fortinet", imageId: image.id, productSize: "SMALL", sshPublicKey, licenseData },
 *   vnics: [{ description: "inside" }, { description: "outside" }],
 * });
 * ```
 */
export class Mve extends MegaportResource {
  constructor(name: string, args: MveArgs, opts?: pulumi.CustomResourceOptions) {
    super({ kind: "Mve", args: MveSchema, state: MveState, idOutput: "productUid" }, name, args, opts);
  }
}
