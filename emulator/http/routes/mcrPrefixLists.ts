// An MCR's prefix filter lists (megaportgo mcr.go): create, list (without entries), read, replace
// and delete. Reads send ge and le as strings, as the live API does (megaportgo converts them back).
import { isIPv4, isIPv6 } from "node:net";
import { HttpError, ok } from "../http";
import { PREFIX_LIST_FIELDS, vrouterInterfaces } from "../../model/rules";
import { PrefixListState, Store } from "../../model/store";
import { Route, ownProduct } from "./route";
import { fieldsOf, type Json } from "../../model/json";

function mcrOf(store: Store, uid: string) {
  const p = ownProduct(store, uid);
  if (p.productType !== "MCR2") throw new HttpError(400, `Product ${uid} is not an MCR`);
  // A decommissioned MCR's lists are gone with it.
  if (!store.isActive(p))
    throw new HttpError(404, `MCR ${uid} is ${store.status(p)}: its prefix lists are gone`);
  return p;
}

/** The list a request body describes, or a 400 naming the first problem. */
export function parseList(body: unknown): Omit<PrefixListState, "id"> {
  const b = fieldsOf(body);
  const description = typeof b.description === "string" ? b.description.trim() : "";
  if (!description) throw new HttpError(400, "description is required");
  const family = b.addressFamily;
  if (family !== "IPv4" && family !== "IPv6") throw new HttpError(400, "addressFamily must be IPv4 or IPv6");
  const bits = family === "IPv4" ? 32 : 128;
  if (!Array.isArray(b.entries) || b.entries.length < 1 || b.entries.length > 200)
    throw new HttpError(400, "A prefix list must have 1-200 entries");
  const entries = (b.entries as Json[]).map((e, i) => {
    const [address, length] = String(e.prefix ?? "").split("/");
    const len = Number(length);
    const valid = family === "IPv4" ? isIPv4(address) : isIPv6(address);
    if (!valid || !/^\d+$/.test(length ?? "") || len > bits)
      throw new HttpError(400, `Entry ${i + 1}: ${String(e.prefix)} is not an ${family} prefix`);
    if (e.action !== "permit" && e.action !== "deny")
      throw new HttpError(400, `Entry ${i + 1}: action must be permit or deny`);
    const ge = typeof e.ge === "number" && e.ge !== 0 ? e.ge : undefined;
    const le = typeof e.le === "number" && e.le !== 0 ? e.le : undefined;
    if (
      (ge !== undefined && (ge < len || ge > bits)) ||
      (le !== undefined && (le < (ge ?? len) || le > bits))
    )
      throw new HttpError(400, `Entry ${i + 1}: ge/le must satisfy ${len} <= ge <= le <= ${bits}`);
    return { action: e.action, prefix: String(e.prefix), ...(ge ? { ge } : {}), ...(le ? { le } : {}) };
  });
  return { description, addressFamily: family, entries };
}

/** An active VXC with an interface on the vRouter `uid` (an MCR or NAT gateway) that `uses` matches. */
export function vxcUsing(store: Store, uid: string, uses: (i: Json) => boolean) {
  return store
    .children(uid)
    .find(
      (v) =>
        v.productType === "VXC" &&
        store.isActive(v) &&
        [v.aEnd, v.bEnd].some((e) => e?.productUid === uid && vrouterInterfaces(e.partnerConfig).some(uses)),
    );
}

function listOf(store: Store, mcrUid: string, id: string): PrefixListState {
  const list = mcrOf(store, mcrUid).prefixLists.find((l) => String(l.id) === id);
  if (!list) throw new HttpError(404, `Prefix list ${id} not found on MCR ${mcrUid}`);
  return list;
}

export const prefixListView = (l: PrefixListState) => ({
  id: l.id,
  description: l.description,
  addressFamily: l.addressFamily,
  entries: l.entries.map((e) => ({
    action: e.action,
    prefix: e.prefix,
    ...(e.ge === undefined ? {} : { ge: String(e.ge) }),
    ...(e.le === undefined ? {} : { le: String(e.le) }),
  })),
});

const BASE = "^/v2/product/mcr2/([^/]+)";

export const mcrPrefixListRoutes: Route[] = [
  {
    method: "POST",
    path: new RegExp(`${BASE}/prefixList$`),
    handle(request, [uid], { store }) {
      const mcr = mcrOf(store, uid);
      const list = { id: Math.max(0, ...mcr.prefixLists.map((l) => l.id)) + 1, ...parseList(request.body) };
      mcr.prefixLists.push(list);
      store.save();
      return ok(`Prefix list ${list.id} created`, prefixListView(list));
    },
  },
  {
    method: "GET",
    path: new RegExp(`${BASE}/prefixLists$`),
    handle(_request, [uid], { store }) {
      const lists = mcrOf(store, uid).prefixLists;
      return ok(
        `Found ${lists.length} prefix lists`,
        lists.map((l) => ({ id: l.id, description: l.description, addressFamily: l.addressFamily })),
      );
    },
  },
  {
    method: "GET",
    path: new RegExp(`${BASE}/prefixList/(\\d+)$`),
    handle: (_request, [uid, id], { store }) =>
      ok(`Found prefix list ${id}`, prefixListView(listOf(store, uid, id))),
  },
  {
    method: "PUT",
    path: new RegExp(`${BASE}/prefixList/(\\d+)$`),
    handle(request, [uid, id], { store }) {
      Object.assign(listOf(store, uid, id), parseList(request.body));
      store.save();
      return ok(`Prefix list ${id} updated`, prefixListView(listOf(store, uid, id)));
    },
  },
  {
    method: "DELETE",
    path: new RegExp(`${BASE}/prefixList/(\\d+)$`),
    handle(_request, [uid, id], { store }) {
      const mcr = mcrOf(store, uid);
      const list = listOf(store, uid, id);
      // Megaport answers 409 while a VXC's BGP connection on this MCR still filters with the list.
      const user = vxcUsing(store, uid, (i) =>
        ((i.bgpConnections as Array<Record<string, unknown>> | undefined) ?? []).some((bgp) =>
          PREFIX_LIST_FIELDS.some((f) => bgp[f] === list.id),
        ),
      );
      if (user) throw new HttpError(409, `Prefix list ${id} is in use by VXC ${user.productName}`);
      mcr.prefixLists = mcr.prefixLists.filter((l) => l !== list);
      store.save();
      return ok(`Prefix list ${id} deleted`);
    },
  },
];
