// NAT gateway routes (megaportgo nat_gateway*.go): the design record and its replace and delete,
// the sessions matrix, and the gateway's packet filters and prefix lists. A design is bought by
// UID through the v3 network-design routes (networkDesign.ts).
import { NAT_GATEWAY_SESSIONS } from "../../data/catalogue";
import { HttpError, ok } from "../http";
import { createNatGatewayDesign, natGatewayView, replaceNatGateway } from "../../products/natGateway";
import { PREFIX_LIST_FIELDS } from "../../model/rules";
import { PacketFilterState, StoredProduct, Store } from "../../model/store";
import { Route } from "./route";
import { parseList, prefixListView, vxcUsing } from "./mcrPrefixLists";
import { fieldsOf, type Json } from "../../model/json";

const BASE = "^/v3/products/nat_gateways";

function gatewayOf(store: Store, uid: string, companyUid: string): StoredProduct {
  const p = store.products.get(uid);
  if (!p || p.productType !== "NAT_GATEWAY" || p.companyUid !== companyUid)
    throw new HttpError(404, `NAT gateway ${uid} not found`);
  return p;
}

/** A gateway whose filters and lists can be changed: not gone. */
function activeGateway(store: Store, uid: string, companyUid: string): StoredProduct {
  const p = gatewayOf(store, uid, companyUid);
  if (!store.isActive(p)) throw new HttpError(404, `NAT gateway ${uid} is ${store.status(p)}`);
  return p;
}

const PORTS = /^\d{1,5}(,\d{1,5})*$/;

/** A packet filter from a request body, or a 400 naming the first problem. */
function parseFilter(body: unknown): Omit<PacketFilterState, "id"> {
  const b = fieldsOf(body);
  const description = typeof b.description === "string" ? b.description.trim() : "";
  if (!description) throw new HttpError(400, "description is required");
  if (!Array.isArray(b.entries) || b.entries.length < 1)
    throw new HttpError(400, "A packet filter must have at least one entry");
  const entries = (b.entries as Json[]).map((e, i) => {
    if (e.action !== "permit" && e.action !== "deny")
      throw new HttpError(400, `Entry ${i + 1}: action must be permit or deny`);
    for (const k of ["sourceAddress", "destinationAddress"] as const)
      if (typeof e[k] !== "string" || !/^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(e[k] as string))
        throw new HttpError(400, `Entry ${i + 1}: ${k} must be an IP address or CIDR`);
    for (const k of ["sourcePorts", "destinationPorts"] as const)
      if (e[k] !== undefined && e[k] !== "" && !PORTS.test(String(e[k])))
        throw new HttpError(400, `Entry ${i + 1}: ${k} must be a port or a comma-separated list of ports`);
    const protocol = e.ipProtocol ?? 0;
    if (typeof protocol !== "number" || protocol < 0 || protocol > 255)
      throw new HttpError(400, `Entry ${i + 1}: ipProtocol must be 0-255`);
    return e;
  });
  return { description, entries };
}

function filterOf(p: StoredProduct, id: string): PacketFilterState {
  const f = p.packetFilters.find((x) => String(x.id) === id);
  if (!f) throw new HttpError(404, `Packet filter ${id} not found on NAT gateway ${p.productUid}`);
  return f;
}

function prefixListOf(p: StoredProduct, id: string) {
  const l = p.prefixLists.find((x) => String(x.id) === id);
  if (!l) throw new HttpError(404, `Prefix list ${id} not found on NAT gateway ${p.productUid}`);
  return l;
}

const nextId = (xs: Array<{ id: number }>) => Math.max(0, ...xs.map((x) => x.id)) + 1;

export const natGatewayRoutes: Route[] = [
  {
    method: "GET",
    path: new RegExp(`${BASE}/sessions$`),
    handle: () => ok("NAT gateway sessions", NAT_GATEWAY_SESSIONS),
  },
  {
    method: "POST",
    path: new RegExp(`${BASE}$`),
    handle(request, _p, { store }) {
      const p = createNatGatewayDesign(store, fieldsOf(request.body), request.company);
      return ok(`NAT gateway ${p.productUid} designed`, natGatewayView(store, p));
    },
  },
  {
    method: "GET",
    path: new RegExp(`${BASE}$`),
    handle(request, _p, { store }) {
      const list = [...store.products.values()].filter(
        (p) => p.productType === "NAT_GATEWAY" && p.companyUid === request.company.companyUid,
      );
      return ok(
        `Found ${list.length} NAT gateways`,
        list.map((p) => natGatewayView(store, p)),
      );
    },
  },
  {
    method: "GET",
    path: new RegExp(`${BASE}/([0-9a-f-]{36})$`),
    handle: (request, [uid], { store }) =>
      ok("NAT gateway", natGatewayView(store, gatewayOf(store, uid, request.company.companyUid))),
  },
  {
    method: "PUT",
    path: new RegExp(`${BASE}/([0-9a-f-]{36})$`),
    handle(request, [uid], { store }) {
      const p = activeGateway(store, uid, request.company.companyUid);
      replaceNatGateway(store, p, fieldsOf(request.body));
      return ok(`NAT gateway ${uid} updated`, natGatewayView(store, p));
    },
  },
  {
    // Only a design is deleted; a bought gateway is cancelled with CANCEL_NOW.
    method: "DELETE",
    path: new RegExp(`${BASE}/([0-9a-f-]{36})$`),
    handle(request, [uid], { store }) {
      const p = gatewayOf(store, uid, request.company.companyUid);
      if (!p.design)
        throw new HttpError(
          400,
          `NAT gateway ${uid} is ${store.status(p)}: only a design can be deleted; use CANCEL_NOW`,
        );
      store.products.delete(uid);
      store.save();
      return ok(`NAT gateway design ${uid} deleted`);
    },
  },
  {
    method: "GET",
    path: new RegExp(`${BASE}/([0-9a-f-]{36})/packet_filter_summaries$`),
    handle(request, [uid], { store }) {
      const p = activeGateway(store, uid, request.company.companyUid);
      return ok(
        `Found ${p.packetFilters.length} packet filters`,
        p.packetFilters.map((f) => ({ id: f.id, description: f.description })),
      );
    },
  },
  {
    method: "POST",
    path: new RegExp(`${BASE}/([0-9a-f-]{36})/packet_filters$`),
    handle(request, [uid], { store }) {
      const p = activeGateway(store, uid, request.company.companyUid);
      const filter = { id: nextId(p.packetFilters), ...parseFilter(request.body) };
      p.packetFilters.push(filter);
      store.save();
      return ok(`Packet filter ${filter.id} created`, filter);
    },
  },
  {
    method: "GET",
    path: new RegExp(`${BASE}/([0-9a-f-]{36})/packet_filters/(\\d+)$`),
    handle: (request, [uid, id], { store }) =>
      ok("Packet filter", filterOf(activeGateway(store, uid, request.company.companyUid), id)),
  },
  {
    method: "PUT",
    path: new RegExp(`${BASE}/([0-9a-f-]{36})/packet_filters/(\\d+)$`),
    handle(request, [uid, id], { store }) {
      const f = filterOf(activeGateway(store, uid, request.company.companyUid), id);
      Object.assign(f, parseFilter(request.body));
      store.save();
      return ok(`Packet filter ${id} updated`, f);
    },
  },
  {
    method: "DELETE",
    path: new RegExp(`${BASE}/([0-9a-f-]{36})/packet_filters/(\\d+)$`),
    handle(request, [uid, id], { store }) {
      const p = activeGateway(store, uid, request.company.companyUid);
      const f = filterOf(p, id);
      const user = vxcUsing(store, uid, (i) => i.packetFilterIn === f.id || i.packetFilterOut === f.id);
      if (user) throw new HttpError(409, `Packet filter ${id} is in use by VXC ${user.productName}`);
      p.packetFilters = p.packetFilters.filter((x) => x !== f);
      store.save();
      return ok(`Packet filter ${id} deleted`);
    },
  },
  {
    method: "GET",
    path: new RegExp(`${BASE}/([0-9a-f-]{36})/prefix_list_summaries$`),
    handle(request, [uid], { store }) {
      const p = activeGateway(store, uid, request.company.companyUid);
      return ok(
        `Found ${p.prefixLists.length} prefix lists`,
        p.prefixLists.map((l) => ({ id: l.id, description: l.description, addressFamily: l.addressFamily })),
      );
    },
  },
  {
    method: "POST",
    path: new RegExp(`${BASE}/([0-9a-f-]{36})/prefix_lists$`),
    handle(request, [uid], { store }) {
      const p = activeGateway(store, uid, request.company.companyUid);
      const list = { id: nextId(p.prefixLists), ...parseList(withNumericBounds(request.body)) };
      p.prefixLists.push(list);
      store.save();
      return ok(`Prefix list ${list.id} created`, prefixListView(list));
    },
  },
  {
    method: "GET",
    path: new RegExp(`${BASE}/([0-9a-f-]{36})/prefix_lists/(\\d+)$`),
    handle: (request, [uid, id], { store }) =>
      ok(
        "Prefix list",
        prefixListView(prefixListOf(activeGateway(store, uid, request.company.companyUid), id)),
      ),
  },
  {
    method: "PUT",
    path: new RegExp(`${BASE}/([0-9a-f-]{36})/prefix_lists/(\\d+)$`),
    handle(request, [uid, id], { store }) {
      const list = prefixListOf(activeGateway(store, uid, request.company.companyUid), id);
      Object.assign(list, parseList(withNumericBounds(request.body)));
      store.save();
      return ok(`Prefix list ${id} updated`, prefixListView(list));
    },
  },
  {
    method: "DELETE",
    path: new RegExp(`${BASE}/([0-9a-f-]{36})/prefix_lists/(\\d+)$`),
    handle(request, [uid, id], { store }) {
      const p = activeGateway(store, uid, request.company.companyUid);
      const list = prefixListOf(p, id);
      const user = vxcUsing(store, uid, (i) =>
        ((i.bgpConnections as Json[] | undefined) ?? []).some((bgp) =>
          PREFIX_LIST_FIELDS.some((f) => bgp[f] === list.id),
        ),
      );
      if (user) throw new HttpError(409, `Prefix list ${id} is in use by VXC ${user.productName}`);
      p.prefixLists = p.prefixLists.filter((x) => x !== list);
      store.save();
      return ok(`Prefix list ${id} deleted`);
    },
  },
];

/** NAT gateway lists send ge and le as strings both ways (megaportgo converts): read them as numbers. */
function withNumericBounds(body: unknown): unknown {
  const b = fieldsOf(body);
  if (!Array.isArray(b.entries)) return b;
  return {
    ...b,
    entries: (b.entries as Json[]).map((e) => ({
      ...e,
      ...(e.ge !== undefined ? { ge: Number(e.ge) } : {}),
      ...(e.le !== undefined ? { le: Number(e.le) } : {}),
    })),
  };
}
