import * as pulumi from "@pulumi/pulumi";
import type { z } from "zod";
import {
  NatGatewayPacketFilterArgs as PacketFilterSchema,
  NatGatewayPacketFilterState,
} from "../provider/natGateway/packetFilterSchema";
import { MegaportResource, ResourceArgs, ResourceOutputs } from "./resource";

/** The arguments of a NAT gateway packet filter; only `natGatewayUid` replaces it. */
export type NatGatewayPacketFilterArgs = ResourceArgs<typeof PacketFilterSchema>;
export interface NatGatewayPacketFilter extends ResourceOutputs<
  z.infer<typeof PacketFilterSchema> & z.infer<typeof NatGatewayPacketFilterState>
> {}

/**
 * A packet filter on a NAT gateway; a VXC interface on the gateway applies it by `packetFilterId`
 * (packetFilterIn/packetFilterOut). Nothing is bought. Its id is `<natGatewayUid>:<packetFilterId>`.
 */
export class NatGatewayPacketFilter extends MegaportResource {
  constructor(name: string, args: NatGatewayPacketFilterArgs, opts?: pulumi.CustomResourceOptions) {
    super(
      { kind: "NatGatewayPacketFilter", args: PacketFilterSchema, state: NatGatewayPacketFilterState },
      name,
      args,
      opts,
    );
  }
}
