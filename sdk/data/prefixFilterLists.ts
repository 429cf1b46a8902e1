import * as pulumi from "@pulumi/pulumi";
import type { PrefixFilterList } from "../../provider/client";
import { fromApi } from "./client";

export type { PrefixFilterList };

export interface GetMcrPrefixFilterListsArgs {
  mcrUid: string;
}

/**
 * An MCR's prefix filter lists with their entries (one list call, then one read per list, as the
 * Terraform data source does: the list call carries no entries).
 *
 * ```ts
 * const lists = await megaport.getMcrPrefixFilterLists({ mcrUid: "…" });
 * ```
 */
export function getMcrPrefixFilterLists(args: GetMcrPrefixFilterListsArgs): Promise<PrefixFilterList[]> {
  return fromApi(async (session) => {
    const lists = session.client().prefixFilterLists;
    const summaries = await lists.list(args.mcrUid);
    return Promise.all(summaries.map((l) => lists.get(args.mcrUid, l.id)));
  });
}

export function getMcrPrefixFilterListsOutput(
  args: pulumi.Input<{ mcrUid: pulumi.Input<string> }>,
): pulumi.Output<PrefixFilterList[]> {
  return pulumi.output(args).apply((a) => getMcrPrefixFilterLists(a));
}
