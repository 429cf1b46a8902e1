import * as pulumi from "@pulumi/pulumi";
import type { z } from "zod";
import { McrArgs as McrSchema, McrState } from "../provider/mcr/schema";
import { MegaportResource, ResourceArgs, ResourceOutputs } from "./resource";

/** The arguments of an MCR; each field's documentation says whether a change replaces the MCR. */
export type McrArgs = ResourceArgs<typeof McrSchema>;

export interface Mcr extends ResourceOutputs<z.infer<typeof McrSchema> & z.infer<typeof McrState>> {}

/**
 * A Megaport Cloud Router (virtual router). Ordered as MCR2 with `config.mcrAsn`; deleted with CANCEL_NOW.
 *
 * ```ts
 * const mcr = new megaport.Mcr("core", { productName: "core-mcr", portSpeed: 1000, locationId: 3, contractTermMonths: 1, asn: 64512 });
 * ```
 */
export class Mcr extends MegaportResource {
  constructor(name: string, args: McrArgs, opts?: pulumi.CustomResourceOptions) {
    super({ kind: "Mcr", args: McrSchema, state: McrState, idOutput: "productUid" }, name, args, opts);
  }
}
