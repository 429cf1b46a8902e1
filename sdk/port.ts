import * as pulumi from "@pulumi/pulumi";
import type { z } from "zod";
import { PortArgs as PortSchema, PortState } from "../provider/port/schema";
import { MegaportResource, ResourceArgs, ResourceOutputs } from "./resource";

/** The arguments of a Port; each field's documentation says whether a change replaces the port. */
export type PortArgs = ResourceArgs<typeof PortSchema>;

export interface Port extends ResourceOutputs<z.infer<typeof PortSchema> & z.infer<typeof PortState>> {}

/**
 * A physical Megaport port. Create validates the order (its price is shown), buys it once and waits
 * until it is CONFIGURED or LIVE; delete cancels it with CANCEL_NOW.
 *
 * ```ts
 * const port = new megaport.Port("syd", { productName: "syd-1", portSpeed: 10000, locationId: 3, contractTermMonths: 12, marketplaceVisibility: false });
 * ```
 */
export class Port extends MegaportResource {
  constructor(name: string, args: PortArgs, opts?: pulumi.CustomResourceOptions) {
    super({ kind: "Port", args: PortSchema, state: PortState, idOutput: "productUid" }, name, args, opts);
  }
}
