// The MCR prefix filter list: a list on an MCR with routes of its own (shared/attachedList.ts has
// its lifecycle, shared/prefixLists.ts its entries). What is its own: its routes and its MCR check.
import { PrefixFilterList, PrefixFilterListRequest, unlessNotFound } from "../client";
import { attachedListResource } from "../shared/attachedList";
import { prefixListInputs, prefixListRequest } from "../shared/prefixLists";
import { McrPrefixFilterListArgs } from "./schema";

type Args = McrPrefixFilterListArgs;

export const mcrPrefixFilterListDefinition = attachedListResource<
  Args,
  Omit<PrefixFilterListRequest, "id">,
  PrefixFilterList
>({
  label: "McrPrefixFilterList",
  args: McrPrefixFilterListArgs,
  productKey: "mcrUid",
  adoptKey: "adoptPrefixListId",
  idOutput: "prefixListId",
  noun: "list",
  user: "a VXC's BGP connection",
  routes: (client, mcrUid) => ({
    create: (body) => client.prefixFilterLists.create(mcrUid, body),
    list: () => client.prefixFilterLists.list(mcrUid),
    get: (id) => client.prefixFilterLists.get(mcrUid, id),
    update: (id, body) => client.prefixFilterLists.update(mcrUid, id, body),
    delete: (id) => client.prefixFilterLists.delete(mcrUid, id),
  }),
  request: prefixListRequest,
  inputsOf: (list, olds) => prefixListInputs<Args>(list, olds, ["mcrUid", "adoptPrefixListId"]),
  // The MCR must exist and be an MCR.
  async checkProduct(ctx, args) {
    const mcr = await unlessNotFound(ctx.client.products.get(args.mcrUid));
    if (!mcr || mcr.productType.toUpperCase() !== "MCR2")
      return {
        failures: [
          { property: "mcrUid", reason: `mcrUid: ${args.mcrUid} is not an MCR of this Megaport account` },
        ],
      };
    return { failures: [], productName: mcr.productName };
  },
});
