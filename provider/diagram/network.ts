// A Megaport network as the diagram draws it: products (ports and LAGs, MCRs, MVEs, NAT gateways)
// at their locations, the far ends this network reaches (partner and cloud ports, other companies'
// ports, exchanges), and the links between them (VXCs, IXs), each with its status and monthly
// price. Built from a stack's state (`pulumi stack export`: nothing is asked of Megaport) or from an
// account's product lists (read only).
import type { ListedProduct, NatGateway, Product } from "../client";
import { isInactive } from "../client";
import { kindOfStateType } from "../tokens";

export type ProductKind = "Port" | "LAG" | "MCR" | "MVE" | "NAT gateway";

export interface Place {
  id: number | null;
  name: string;
  metro: string | null;
}

export interface Price {
  monthlyRate: number;
  currency: string;
}

/** A product of this network, or a far end it reaches (`kind` "Partner" or "Exchange"). */
export interface DiagramNode {
  uid: string;
  kind: ProductKind | "Partner" | "Exchange";
  name: string;
  status: string | null;
  place: Place;
  zone: string | null;
  /** Mbps. */
  speed: number | null;
  /** A LAG's member count. */
  members: number | null;
  price: Price | null;
}

export interface DiagramLink {
  uid: string;
  kind: "VXC" | "IX";
  name: string;
  from: string;
  to: string;
  status: string | null;
  /** Another company's approval, when it is still awaited (PENDING) or was refused. */
  approval: string | null;
  rateLimit: number | null;
  vlans: [number | null, number | null];
  price: Price | null;
}

export interface Network {
  title: string;
  nodes: DiagramNode[];
  links: DiagramLink[];
  /** What the stack's next update adds and takes away per month, when asked. */
  change?: string;
}

/** A node that is not this network's product: a partner's, a cloud's or another company's port, an exchange. */
export const isFarEnd = (n: DiagramNode): boolean => n.kind === "Partner" || n.kind === "Exchange";

type Values = Record<string, unknown>;
const str = (v: unknown) => (typeof v === "string" ? v : null);
const num = (v: unknown) => (typeof v === "number" ? v : null);
const obj = (v: unknown) => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Values) : {});
const priceOf = (rate: unknown, currency: unknown): Price | null =>
  typeof rate === "number" && typeof currency === "string" ? { monthlyRate: rate, currency } : null;

const UNNAMED: Place = { id: null, name: "Unknown location", metro: null };

/** A location from what a product's outputs say of it; its name filled in from its neighbours later. */
function placeOf(o: Values): Place {
  const details = obj(o.locationDetails);
  return { id: num(o.locationId), name: str(details.name) ?? "", metro: str(details.metro) };
}

/** Names locations that no product's outputs named (or placed in a metro), from those that did. */
function namePlaces(nodes: DiagramNode[]): void {
  const known = new Map<number, Place>();
  for (const n of nodes)
    if (n.place.id !== null && n.place.name && (n.place.metro || !known.has(n.place.id)))
      known.set(n.place.id, n.place);
  for (const n of nodes) {
    if (n.place.id === null) {
      if (!n.place.name) n.place = UNNAMED;
      continue;
    }
    const k = known.get(n.place.id);
    n.place = {
      id: n.place.id,
      name: n.place.name || k?.name || `Location ${n.place.id}`,
      metro: n.place.metro ?? k?.metro ?? null,
    };
  }
}

/** The network a stack's state (`pulumi stack export`) holds: its Megaport resources' outputs. */
export function networkFromState(exported: unknown, title: string): Network {
  const resources = (obj(obj(exported).deployment).resources ?? []) as Array<{
    type?: string;
    outputs?: Values;
  }>;
  const nodes: DiagramNode[] = [];
  const links: DiagramLink[] = [];
  const farEnds = new Map<string, DiagramNode>();
  const farEnd = (end: Values, fallback: string) => {
    const uid = str(end.productUid) ?? fallback;
    if (!farEnds.has(uid))
      farEnds.set(uid, {
        uid,
        kind: "Partner",
        name: str(end.productName) ?? uid,
        status: null,
        place: { id: num(end.locationId), name: str(end.location) ?? "", metro: null },
        zone: str(end.diversityZone),
        speed: null,
        members: null,
        price: null,
      });
    return uid;
  };
  const vxcs: Values[] = [];
  const ixs: Values[] = [];
  for (const r of resources) {
    const kind = kindOfStateType(r.type ?? "");
    const o = r.outputs ?? {};
    if (!kind || typeof o.productUid !== "string") continue;
    const base = {
      uid: o.productUid,
      name: str(o.productName) ?? o.productUid,
      status: str(o.provisioningStatus),
      place: placeOf(o),
      zone: str(o.assignedDiversityZone) ?? str(o.diversityZone),
      price: priceOf(o.monthlyRate, o.currency),
    };
    if (kind === "Port") {
      const members = Array.isArray(o.lagPortUids) ? o.lagPortUids.length : null;
      nodes.push({ ...base, kind: members ? "LAG" : "Port", speed: num(o.portSpeed), members });
    } else if (kind === "Mcr") nodes.push({ ...base, kind: "MCR", speed: num(o.portSpeed), members: null });
    else if (kind === "Mve") nodes.push({ ...base, kind: "MVE", speed: null, members: null });
    else if (kind === "NatGateway")
      nodes.push({ ...base, kind: "NAT gateway", speed: num(o.speed), members: null });
    else if (kind === "Vxc") vxcs.push(o);
    else if (kind === "Ix") ixs.push(o);
  }
  const ours = new Set(nodes.map((n) => n.uid));
  for (const o of vxcs) {
    const [a, b] = [obj(o.aEndDetails), obj(o.bEndDetails)];
    const aUid = str(a.productUid) ?? str(obj(o.aEnd).productUid) ?? "";
    const bUid = str(b.productUid) ?? str(obj(o.bEnd).productUid) ?? "";
    links.push({
      uid: String(o.productUid),
      kind: "VXC",
      name: str(o.productName) ?? String(o.productUid),
      from: ours.has(aUid) ? aUid : farEnd(a, aUid),
      to: ours.has(bUid) ? bUid : farEnd(b, bUid || `${String(o.productUid)}:b`),
      status: str(o.provisioningStatus),
      approval: str(o.approvalStatus),
      rateLimit: num(o.rateLimit),
      vlans: [num(a.vlan), num(b.vlan)],
      price: priceOf(o.monthlyRate, o.currency),
    });
  }
  for (const o of ixs) {
    const exchange = str(o.networkServiceType) ?? "Internet Exchange";
    const uid = `ix:${exchange}`;
    if (!farEnds.has(uid))
      farEnds.set(uid, {
        uid,
        kind: "Exchange",
        name: exchange,
        status: null,
        place: UNNAMED,
        zone: null,
        speed: null,
        members: null,
        price: null,
      });
    links.push({
      uid: String(o.productUid),
      kind: "IX",
      name: str(o.productName) ?? String(o.productUid),
      from: str(o.portUid) ?? str(o.productUid) ?? "",
      to: uid,
      status: str(o.provisioningStatus),
      approval: null,
      rateLimit: num(o.rateLimit),
      vlans: [num(o.assignedVlan) ?? num(o.vlan), null],
      price: priceOf(o.monthlyRate, o.currency),
    });
  }
  const all = [...nodes, ...farEnds.values()];
  namePlaces(all);
  return { title, nodes: all, links };
}

/** The network an account's product lists show: its live products and what they reach (prices are not listed). */
export function networkFromAccount(
  products: readonly ListedProduct[],
  gateways: readonly NatGateway[],
  title: string,
): Network {
  const live = (p: { provisioningStatus: string }) => !isInactive(p.provisioningStatus);
  const place = (p: Product): Place => ({
    id: p.locationId ?? null,
    name: p.locationDetail?.name ?? "",
    metro: p.locationDetail?.metro ?? null,
  });
  const nodes: DiagramNode[] = [];
  const kinds: Record<string, ProductKind> = { MEGAPORT: "Port", MCR2: "MCR", MVE: "MVE" };
  const lags = new Map<number, number>();
  for (const p of products)
    if (p.aggregationId) lags.set(p.aggregationId, (lags.get(p.aggregationId) ?? 0) + 1);
  for (const p of products.filter(live)) {
    const kind = kinds[p.productType.toUpperCase()];
    if (!kind || (p.aggregationId && !p.lagPrimary)) continue;
    const members = p.aggregationId ? (lags.get(p.aggregationId) ?? null) : null;
    nodes.push({
      uid: p.productUid,
      kind: members ? "LAG" : kind,
      name: p.productName,
      status: p.provisioningStatus,
      place: place(p),
      zone: p.diversityZone || null,
      speed: p.portSpeed ?? null,
      members,
      price: null,
    });
  }
  for (const g of gateways.filter((g) => live(g) && g.provisioningStatus !== "DESIGN"))
    nodes.push({
      uid: g.productUid,
      kind: "NAT gateway",
      name: g.productName ?? g.productUid,
      status: g.provisioningStatus,
      place: { id: g.locationId ?? null, name: "", metro: null },
      zone: g.config?.diversityZone ?? null,
      speed: g.speed ?? null,
      members: null,
      price: null,
    });
  // The account's VXCs and IXs, each once, as the state's outputs would say them.
  const seen = new Set<string>();
  const state: Values[] = [];
  for (const p of products)
    for (const [kind, children] of [
      ["Vxc", p.associatedVxcs ?? []],
      ["Ix", p.associatedIxs ?? []],
    ] as const)
      for (const c of children.filter(live)) {
        if (seen.has(c.productUid)) continue;
        seen.add(c.productUid);
        state.push({
          type: `megaport:index:${kind}`,
          outputs: {
            ...c,
            aEndDetails: c.aEnd,
            bEndDetails: c.bEnd,
            approvalStatus: c.vxcApproval?.status ?? null,
            portUid: p.productUid,
            assignedVlan: c.vlan,
          },
        });
      }
  const linked = networkFromState({ deployment: { resources: state } }, title);
  // Ends the state form took for far ends are this account's own products where the account has them.
  const ours = new Set(nodes.map((n) => n.uid));
  const all = [...nodes, ...linked.nodes.filter((n) => !ours.has(n.uid))];
  namePlaces(all);
  return { title, nodes: all, links: linked.links };
}

/** The network's monthly total per currency (products and links whose price is known). */
export function monthlyTotals(network: Network): Price[] {
  const totals = new Map<string, number>();
  for (const { price } of [...network.nodes, ...network.links])
    if (price) totals.set(price.currency, (totals.get(price.currency) ?? 0) + price.monthlyRate);
  return [...totals].map(([currency, monthlyRate]) => ({
    currency,
    monthlyRate: Math.round(monthlyRate * 100) / 100,
  }));
}
