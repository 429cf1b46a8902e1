import * as pulumi from "@pulumi/pulumi";
import type { z } from "zod";
import { NatGatewayArgs as NatGatewaySchema, NatGatewayState } from "../provider/natGateway/schema";
import {
  NatGatewayPacketFilterArgs as PacketFilterSchema,
  NatGatewayPacketFilterState,
} from "../provider/natGateway/packetFilterSchema";
import {
  NatGatewayPrefixListArgs as PrefixListSchema,
  NatGatewayPrefixListState,
} from "../provider/natGateway/prefixListSchema";
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

/** The arguments of a NAT gateway prefix list; only `natGatewayUid` replaces it. */
export type NatGatewayPrefixListArgs = ResourceArgs<typeof PrefixListSchema>;
export interface NatGatewayPrefixList extends ResourceOutputs<
  z.infer<typeof PrefixListSchema> & z.infer<typeof NatGatewayPrefixListState>
> {}

/**
 * A prefix list on a NAT gateway, for the BGP filters of VXCs on it (by `prefixListId`). Nothing
 * is bought. Its id is `<natGatewayUid>:<prefixListId>`.
 */
export class NatGatewayPrefixList extends MegaportResource {
  constructor(name: string, args: NatGatewayPrefixListArgs, opts?: pulumi.CustomResourceOptions) {
    super(
      { kind: "NatGatewayPrefixList", args: PrefixListSchema, state: NatGatewayPrefixListState },
      name,
      args,
      opts,
    );
  }
}
