import * as pulumi from "@pulumi/pulumi";
import type { z } from "zod";
import {
  McrPrefixFilterListArgs as McrPrefixFilterListSchema,
  McrPrefixFilterListState,
} from "../provider/mcrPrefixFilterList/schema";
import { MegaportResource, ResourceArgs, ResourceOutputs } from "./resource";

/** The arguments of an MCR prefix filter list; only `mcrUid` replaces it, the rest updates in place. */
export type McrPrefixFilterListArgs = ResourceArgs<typeof McrPrefixFilterListSchema>;

export interface McrPrefixFilterList extends ResourceOutputs<
  z.infer<typeof McrPrefixFilterListSchema> & z.infer<typeof McrPrefixFilterListState>
> {}

/**
 * A prefix filter list on an MCR, for filtering the routes of its BGP connections. Nothing is
 * bought. Its id is `<mcrUid>:<prefixListId>`.
 *
 * ```ts
 * new megaport.McrPrefixFilterList("private", {
 *   mcrUid: mcr.productUid,
 *   description: "private ranges",
 *   addressFamily: "IPv4",
 *   entries: [{ action: "permit", prefix: "10.0.0.0/8", le: 24 }],
 * });
 * ```
 */
export class McrPrefixFilterList extends MegaportResource {
  constructor(name: string, args: McrPrefixFilterListArgs, opts?: pulumi.CustomResourceOptions) {
    super(
      { kind: "McrPrefixFilterList", args: McrPrefixFilterListSchema, state: McrPrefixFilterListState },
      name,
      args,
      opts,
    );
  }
}
