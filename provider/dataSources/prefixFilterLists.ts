// An MCR's prefix filter lists with their entries.
import { z } from "zod";
import { PrefixFilterList } from "../client/prefixFilterLists";
import { dataSource } from "./dataSource";

export const getMcrPrefixFilterLists = dataSource({
  description:
    "An MCR's prefix filter lists with their entries (one list call, then one read per list, as the " +
    "Terraform data source does: the list call carries no entries).",
  args: z.object({ mcrUid: z.string().min(1) }).strict(),
  result: z.array(PrefixFilterList),
  listedAs: "lists",
  itemType: "PrefixFilterListWithEntries",
  async run(session, args) {
    const lists = session.client().prefixFilterLists;
    const summaries = await lists.list(args.mcrUid);
    return Promise.all(summaries.map((l) => lists.get(args.mcrUid, l.id)));
  },
});
