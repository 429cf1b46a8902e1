import * as pulumi from "@pulumi/pulumi";
import type { z } from "zod";
import { NatGatewayArgs as NatGatewaySchema, NatGatewayState } from "../provider/natGateway/schema";
import { MegaportResource, ResourceArgs, ResourceOutputs } from "./resource";

/** The arguments of a NAT gateway; the location and promotion code replace it, the rest updates in place. */
export type NatGatewayArgs = ResourceArgs<typeof NatGatewaySchema>;
export interface NatGateway extends ResourceOutputs<
  z.infer<typeof NatGatewaySchema> & z.infer<typeof NatGatewayState>
> {}

/**
 * A NAT gateway: designed, validated with its price, bought by its UID, then a vRouter end for
 * VXCs (with packet filters and prefix lists of its own). Deleted with CANCEL_NOW.
 *
 * ```ts
 * const nat = new megaport.NatGateway("egress", { productName: "egress", locationId: 3, diversityZone: "red", speed: 1000, sessionCount: 50000, contractTermMonths: 1 });
 * ```
 */
export class NatGateway extends MegaportResource {
  constructor(name: string, args: NatGatewayArgs, opts?: pulumi.CustomResourceOptions) {
    super(
      { kind: "NatGateway", args: NatGatewaySchema, state: NatGatewayState, idOutput: "productUid" },
      name,
      args,
      opts,
    );
  }
}
