import * as pulumi from "@pulumi/pulumi";
import type { z } from "zod";
import { IxArgs as IxSchema, IxState } from "../provider/ix/schema";
import { MegaportResource, ResourceArgs, ResourceOutputs } from "./resource";

type IxInputs = ResourceArgs<typeof IxSchema>;
/**
 * The arguments of an IX; each field's documentation says whether a change replaces the IX. The
 * port is `portUid`; its old name `productUid` still works (deprecated).
 */
export type IxArgs =
  | IxInputs
  | (Omit<IxInputs, "portUid"> & {
      /** @deprecated Name the port `portUid`: `productUid` is every other resource's own UID. */
      productUid: IxInputs["portUid"];
    });

export interface Ix extends ResourceOutputs<z.infer<typeof IxSchema> & z.infer<typeof IxState>> {}

/**
 * An Internet Exchange service on a port. Every field but the port and the exchange updates in place.
 *
 * ```ts
 * new megaport.Ix("syd-ix", { productName: "syd-ix", portUid: port.productUid, networkServiceType: "Sydney IX", asn: 64512, macAddress: "00:11:22:33:44:55", rateLimit: 1000 });
 * ```
 */
export class Ix extends MegaportResource {
  constructor(name: string, args: IxArgs, opts?: pulumi.CustomResourceOptions) {
    super({ kind: "Ix", args: IxSchema, state: IxState, idOutput: "ixUid" }, name, args, opts);
  }
}
