// An MCR's prefix filter lists (megaportgo mcr.go): POST .../prefixList creates one, GET
// .../prefixLists lists them without their entries, GET/PUT/DELETE .../prefixList/{id} read,
// replace and delete one. Ids are integers scoped to the MCR.
import { z } from "zod";
import { apiPath, Transport } from "./transport";
import { optString } from "./shapes";

export interface PrefixFilterEntry {
  action: "permit" | "deny";
  prefix: string;
  /** Shortest prefix length matched; omitted (0) matches exactly the prefix's length. */
  ge?: number;
  le?: number;
}

export interface PrefixFilterListRequest {
  /** Always serialised, 0 on create (megaportgo MCRPrefixFilterList). */
  id: number;
  description: string;
  addressFamily: "IPv4" | "IPv6";
  entries: PrefixFilterEntry[];
}

/** ge and le are sent as numbers but come back as strings ("24"); 0 or absent means not set. */
const prefixLength = z
  .union([
    z.number(),
    z
      .string()
      .regex(/^\d*$/)
      .transform((s) => (s === "" ? 0 : Number(s))),
  ])
  .nullish()
  .transform((v) => (v ? v : undefined));

const PrefixFilterListSummary = z.object({
  id: z.number(),
  description: optString,
  addressFamily: optString,
});
export type PrefixFilterListSummary = z.infer<typeof PrefixFilterListSummary>;

export const PrefixFilterList = PrefixFilterListSummary.extend({
  entries: z
    .array(z.object({ action: z.string(), prefix: z.string(), ge: prefixLength, le: prefixLength }))
    .nullish(),
});
export type PrefixFilterList = z.infer<typeof PrefixFilterList>;

export class PrefixFilterListsService {
  constructor(private readonly t: Transport) {}

  private path(mcrUid: string, rest: string): string {
    return apiPath`/v2/product/mcr2/${mcrUid}/` + rest;
  }

  /**
   * Creates a list and answers its id. A repeat would create a second list, so it is retried only
   * where nothing reached the API; after a lost answer, look for the list by its description.
   */
  async create(mcrUid: string, list: Omit<PrefixFilterListRequest, "id">): Promise<number> {
    return (
      await this.t.post(
        this.path(mcrUid, "prefixList"),
        { id: 0, ...list },
        z.object({ id: z.number() }),
        "order",
      )
    ).id;
  }

  async list(mcrUid: string): Promise<PrefixFilterListSummary[]> {
    return this.t.get(this.path(mcrUid, "prefixLists"), z.array(PrefixFilterListSummary));
  }

  async get(mcrUid: string, id: number): Promise<PrefixFilterList> {
    return this.t.get(this.path(mcrUid, `prefixList/${id}`), PrefixFilterList);
  }

  /** Replaces the whole list (absolute values, so safe to repeat). */
  async update(mcrUid: string, id: number, list: Omit<PrefixFilterListRequest, "id">): Promise<void> {
    await this.t.put(this.path(mcrUid, `prefixList/${id}`), { id, ...list });
  }

  /** Megaport answers 409 while a VXC's BGP connection still filters with the list. */
  async delete(mcrUid: string, id: number): Promise<void> {
    await this.t.delete(this.path(mcrUid, `prefixList/${id}`));
  }
}
