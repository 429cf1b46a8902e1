import * as pulumi from "@pulumi/pulumi";
import type { z } from "zod";
import {
  NatGatewayPrefixListArgs as PrefixListSchema,
  NatGatewayPrefixListState,
} from "../provider/natGateway/prefixListSchema";
import { MegaportResource, ResourceArgs, ResourceOutputs } from "./resource";

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
