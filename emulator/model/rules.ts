// The input rules Megaport applies to orders and to updates alike. Each answers the problem in
// Megaport's words, or undefined: an order collects every problem, an update stops at the first.
import { StoredProduct, Store } from "./store";
import { num, type Json } from "./json";

export const TERMS = [1, 12, 24, 36, 48, 60];
export const VLAN_MIN = 2;
export const VLAN_MAX = 4093;
const MAC_ADDRESS = /^([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$/;
const ASN_MAX = 4294967295;

export function termProblem(term: unknown): string | undefined {
  if (term === undefined || TERMS.includes(Number(term))) return undefined;
  return `Invalid term ${String(term)}: must be one of ${TERMS.join(", ")} months`;
}

export function isAsn(v: unknown): boolean {
  const n = num(v);
  return n !== undefined && Number.isInteger(n) && n >= 1 && n <= ASN_MAX;
}

export function asnProblem(label: string, v: unknown): string | undefined {
  return isAsn(v) ? undefined : `Invalid ${label} ${String(v)}: must be a whole number 1-${ASN_MAX}`;
}

export function macProblem(v: unknown): string | undefined {
  return MAC_ADDRESS.test(String(v ?? "")) ? undefined : `Invalid MAC address ${String(v)}`;
}

export function costCentreProblem(v: unknown): string | undefined {
  return typeof v === "string" && v.length > 255 ? "costCentre must be at most 255 characters" : undefined;
}

export function rateLimitProblem(v: unknown): string | undefined {
  const n = num(v);
  return n !== undefined && Number.isInteger(n) && n >= 1
    ? undefined
    : `rateLimit ${String(v)} must be a positive whole number of Mbps`;
}

/** A VLAN given outright (a service key's): 2-4093, no auto-assign, no untagged. */
export function fixedVlanProblem(label: string, vlan: unknown): string | undefined {
  if (vlan === undefined || vlan === null) return undefined;
  if (Number.isInteger(vlan) && (vlan as number) >= VLAN_MIN && (vlan as number) <= VLAN_MAX)
    return undefined;
  return `${label} VLAN ${String(vlan)} is out of range: must be ${VLAN_MIN}-${VLAN_MAX}`;
}

/** An end's VLAN: 0 (or absent) asks Megaport to assign one; -1 is untagged where the end allows it. */
export function vlanProblem(label: string, vlan: unknown, allowUntagged: boolean): string | undefined {
  if (vlan === 0) return undefined;
  if (vlan === -1) return allowUntagged ? undefined : `${label} VLAN -1 (untagged) is not allowed here`;
  const fixed = fixedVlanProblem(label, vlan);
  return fixed && `${fixed}, 0 to auto-assign or -1 for untagged`;
}

/** A VLAN another active service on the port already uses (`exceptUid`: the service being updated;
 * `claimed`: VLANs claimed on this port earlier in the same order). */
export function vlanTakenProblem(
  store: Store,
  label: string,
  portUid: string,
  vlan: number,
  exceptUid?: string,
  claimed: ReadonlySet<number> = new Set(),
): string | undefined {
  return vlan >= VLAN_MIN && (claimed.has(vlan) || store.vlansInUse(portUid, exceptUid).has(vlan))
    ? `${label} VLAN ${vlan} is already in use on service ${portUid}`
    : undefined;
}

/** An IPsec add-on: type IP_SEC, 10, 20 or 30 tunnels (0 is taken as 10 when adding). */
export function ipsecAddOnProblem(type: unknown, tunnelCount: unknown): string | undefined {
  if (type !== "IP_SEC") return `Unsupported addOnType ${String(type)}: only IP_SEC`;
  if (tunnelCount !== undefined && ![0, 10, 20, 30].includes(tunnelCount as number))
    return `Invalid tunnelCount ${String(tunnelCount)}: must be 10, 20 or 30`;
  return undefined;
}

/** The BGP fields that name a prefix filter list on the vRouter, by id. */
export const PREFIX_LIST_FIELDS = [
  "importWhitelist",
  "importBlacklist",
  "exportWhitelist",
  "exportBlacklist",
];

/** The interfaces of a vRouter configuration, as objects. */
export function vrouterInterfaces(cfg: Json | null | undefined): Json[] {
  const interfaces = cfg?.interfaces;
  return Array.isArray(interfaces)
    ? interfaces.map((i) => (i && typeof i === "object" ? (i as Json) : {}))
    : [];
}

/**
 * A vRouter configuration on an MCR end: BGP peers with valid ASNs, prefix-list filters naming
 * lists of that MCR, MTUs in range, and IPsec tunnels only on ipSecTunnel interfaces, no more of
 * them than the MCR's IPsec add-on allows.
 */
export function vrouterProblems(cfg: Json, mcr: StoredProduct | undefined, label: string): string[] {
  const found: string[] = [];
  const interfaces = vrouterInterfaces(cfg);
  for (const iface of interfaces) {
    const mtu = iface.ipMtu;
    if (mtu !== undefined && (typeof mtu !== "number" || mtu < 68 || mtu > 9074))
      found.push(`${label} ipMtu ${String(mtu)} must be 68-9074`);
    // Packet filters are a NAT gateway's; the API refuses them on an MCR.
    for (const f of ["packetFilterIn", "packetFilterOut"] as const) {
      const id = iface[f];
      if (id === undefined || id === 0 || !mcr) continue;
      if (mcr.productType !== "NAT_GATEWAY") found.push(`${label} ${f} is only valid on a NAT gateway`);
      else if (!mcr.packetFilters.some((x) => x.id === id))
        found.push(`${label} ${f} ${String(id)} is not a packet filter of ${mcr.productName}`);
    }
    const tunnel = iface.interfaceType === "ipSecTunnel";
    if (tunnel !== (iface.ipSecTunnelOptions !== undefined))
      found.push(`${label} ipSecTunnelOptions go with interfaceType ipSecTunnel, and only with it`);
    for (const raw of (iface.bgpConnections as unknown[] | undefined) ?? []) {
      const bgp = raw && typeof raw === "object" ? (raw as Json) : {};
      if (!isAsn(bgp.peerAsn)) found.push(`${label} BGP peerAsn ${String(bgp.peerAsn)} is not a valid ASN`);
      for (const f of PREFIX_LIST_FIELDS) {
        const id = bgp[f];
        if (id === undefined || id === 0) continue;
        if (mcr && !mcr.prefixLists.some((l) => l.id === id))
          found.push(`${label} BGP ${f} ${String(id)} is not a prefix list of ${mcr.productName}`);
      }
    }
  }
  const tunnels = interfaces.filter((i) => i.interfaceType === "ipSecTunnel").length;
  if (tunnels > 0 && mcr) {
    const allowed = mcr.addOns.find((a) => a.addOnType === "IP_SEC")?.tunnelCount ?? 0;
    if (tunnels > allowed)
      found.push(
        allowed === 0
          ? `${label} IPsec tunnels need the MCR's IPsec add-on`
          : `${label} has ${tunnels} IPsec tunnels; the MCR's add-on allows ${allowed}`,
      );
  }
  return found;
}

const IPV4_CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

/** The network of an IPv4 CIDR as "value/bits", or undefined when it is not one. */
function ipv4Network(cidr: string): string | undefined {
  const m = IPV4_CIDR.exec(cidr);
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const bits = Number(m[5]);
  if (octets.some((o) => o > 255) || bits > 32) return undefined;
  const size = 2 ** (32 - bits);
  return `${Math.floor(octets.reduce((v, o) => v * 256 + o, 0) / size) * size}/${bits}`;
}

function isIbmAsn(n: number): boolean {
  return (
    (n >= 1 && n <= 64495) ||
    n === 64999 ||
    (n >= 131072 && n <= 4199999999) ||
    (n >= 4201000000 && n <= 4201064511)
  );
}

/**
 * IBM Cloud Direct Link, by megaportgo's VXCPartnerConfigIBM: every key is sent, empty or 0 when
 * unset; the ASN is required unless the A-end is an MCR; addresses are IPv4 CIDRs in one subnet.
 */
export function ibmProblems(cfg: Json, aEndType: string | undefined): string[] {
  const found: string[] = [];
  if (!/^[0-9a-fA-F]{32}$/.test(String(cfg.account_id ?? "")))
    found.push("IBM account_id must be 32 hexadecimal characters");
  const asn = num(cfg.customer_asn) ?? 0;
  if (asn === 0 && aEndType !== "MCR2") found.push("IBM customer_asn is required unless the A-End is an MCR");
  else if (asn !== 0 && !isIbmAsn(asn)) found.push(`Invalid IBM customer_asn ${asn}`);
  const name = String(cfg.name ?? "");
  if (name.length > 100 || !/^[0-9a-zA-Z/_,-]*$/.test(name))
    found.push("IBM name must be at most 100 characters of 0-9 a-z A-Z / - _ ,");
  const customer = String(cfg.customer_ip_address ?? "");
  const provider = String(cfg.provider_ip_address ?? "");
  if (customer || provider) {
    const c = ipv4Network(customer);
    const p = ipv4Network(provider);
    if (!c || !p) found.push("IBM customer_ip_address and provider_ip_address must be IPv4 CIDRs");
    else if (c !== p || customer === provider)
      found.push("IBM provider_ip_address must be another address in the subnet of customer_ip_address");
  }
  return found;
}
