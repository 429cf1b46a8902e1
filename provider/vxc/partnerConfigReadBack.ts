// A VXC's partner configurations read back from resources.csp_connection, so that a change made in
// the portal shows as drift. Only what the program set is compared, and only fields Megaport
// returns: keys, passwords and pre-shared keys never come back, and a field the program leaves
// unset holds whatever default Megaport chose (comparing it would be drift on every refresh).
import type { Product } from "../client";
import type { PartnerConfigArgs } from "./schema";

type Entry = Record<string, unknown>;
type Config = Record<string, unknown>;

/** The csp_connection entries, always as a list. */
export function cspEntries(p: Product): Entry[] {
  const csp = p.resources?.csp_connection;
  return csp ? (Array.isArray(csp) ? csp : [csp]) : [];
}

/** Keys of csp_connection that hold secrets (AWS answers the auth key): never put in outputs. */
const SECRET_KEYS = new Set([
  "authKey",
  "auth_key",
  "shared_key",
  "service_key",
  "serviceKey",
  "pairingKey",
  "password",
  "preSharedKey",
]);

/** An entry without its secrets, at any depth. */
export function withoutSecrets(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutSecrets);
  if (v === null || typeof v !== "object") return v;
  return Object.fromEntries(
    Object.entries(v as Entry)
      .filter(([k]) => !SECRET_KEYS.has(k))
      .map(([k, x]) => [k, withoutSecrets(x)]),
  );
}

/**
 * The entry for one end's configuration: of the entries of its connection type, the one alone,
 * or the one Megaport names after this end ("a_…"/"b_…"); none when that cannot be told.
 */
function entryFor(p: Product, side: "aEnd" | "bEnd", connectType: string): Entry | undefined {
  const same = cspEntries(p).filter((e) => String(e.connectType ?? "").toUpperCase() === connectType);
  if (same.length <= 1) return same[0];
  const named = same.filter((e) => String(e.resource_name ?? "").startsWith(side === "aEnd" ? "a_" : "b_"));
  return named.length === 1 ? named[0] : undefined;
}

/** `stored` with each key it sets replaced by what the API answers (under the API's key). */
function overlay(stored: Config, answered: Entry, keys: Record<string, string[]>): Config {
  const out: Config = { ...stored };
  for (const [key, apiKeys] of Object.entries(keys)) {
    if (stored[key] === undefined) continue;
    const value = apiKeys.map((k) => answered[k]).find((v) => v !== undefined && v !== null && v !== "");
    // The same value in another spelling ("64512" for 64512, "PRIVATE" for "private") is no drift.
    const spelling = (x: unknown) => (typeof x === "object" ? JSON.stringify(x) : String(x).toLowerCase());
    if (value !== undefined && spelling(value) !== spelling(stored[key])) out[key] = value;
  }
  return out;
}

const same = (names: string[]) => Object.fromEntries(names.map((n) => [n, [n]]));

/** Per cloud: each comparable input and the csp_connection keys it is answered under. */
const CLOUD_KEYS: Record<string, Record<string, string[]>> = {
  AWS: {
    ownerAccount: ["ownerAccount", "account"],
    type: ["type"],
    asn: ["asn"],
    amazonAsn: ["amazonAsn", "amazon_asn"],
    name: ["name"],
    customerIpAddress: ["customerIpAddress", "customer_address"],
    amazonIpAddress: ["amazon_address"],
  },
  AWSHC: { ownerAccount: ["ownerAccount"], name: ["name"] },
  ORACLE: same(["virtualCircuitId"]),
  IBM: same(["account_id", "customer_asn", "name", "customer_ip_address", "provider_ip_address"]),
};

const AZURE_PEER_KEYS = same(["type", "peer_asn", "primary_subnet", "secondary_subnet", "vlan"]);

/** The vRouter interface fields csp_connection returns (megaportgo CSPConnectionVirtualRouterInterface). */
const INTERFACE_KEYS = same([
  "ipAddresses",
  "ipRoutes",
  "natIpAddresses",
  "bfd",
  "packetFilterIn",
  "packetFilterOut",
]);

/** Every BGP session field but the password. */
const BGP_KEYS = same([
  "peerAsn",
  "localAsn",
  "localIpAddress",
  "peerIpAddress",
  "shutdown",
  "description",
  "medIn",
  "medOut",
  "bfdEnabled",
  "exportPolicy",
  "permitExportTo",
  "denyExportTo",
  "importWhitelist",
  "importBlacklist",
  "exportWhitelist",
  "exportBlacklist",
  "asPathPrependCount",
  "peerType",
  "asOverride",
]);

/**
 * A list read back item by item: each stored item overlaid with the answered one at its place; an
 * item gone from the answer is gone; one added in the portal is added (with only its answered keys).
 */
function overlayList(
  stored: Config[] | undefined,
  answered: unknown,
  item: (stored: Config, answered: Entry) => Config,
): Config[] | undefined {
  if (!Array.isArray(answered)) return stored;
  if (stored === undefined && answered.length === 0) return stored;
  return (answered as Entry[]).map((a, i) => item(stored?.[i] ?? {}, a));
}

function bgpSession(stored: Config, answered: Entry): Config {
  const fresh = Object.keys(stored).length === 0;
  // A session added in the portal: all it answers (the password is never answered).
  if (fresh)
    return Object.fromEntries(
      Object.keys(BGP_KEYS).flatMap((k) => (k in answered ? [[k, answered[k]]] : [])),
    );
  return overlay(stored, answered, BGP_KEYS);
}

function vrouterInterface(stored: Config, answered: Entry): Config {
  const out = overlay(stored, answered, INTERFACE_KEYS);
  const sessions = overlayList(
    stored.bgpConnections as Config[] | undefined,
    answered.bgpConnections,
    bgpSession,
  );
  if (sessions !== undefined) out.bgpConnections = sessions;
  return out;
}

/** An end's configuration as the API has it now, from the stored one; the stored one when not answered. */
export function readPartnerConfig(
  p: Product,
  side: "aEnd" | "bEnd",
  stored: unknown,
  importing = false,
): unknown {
  const config = stored as PartnerConfigArgs | undefined;
  if (!config) return importing ? importedVrouter(p, side) : stored;
  const entry = entryFor(p, side, config.connectType);
  if (!entry) return stored;
  const s = config as unknown as Config;
  switch (config.connectType) {
    case "VROUTER": {
      // No interfaces answered is read as not answered (a vRouter end always has one): otherwise a
      // reply that leaves them out would be drift on every refresh.
      if (!Array.isArray(entry.interfaces) || entry.interfaces.length === 0) return stored;
      const interfaces = overlayList(s.interfaces as Config[], entry.interfaces, vrouterInterface);
      return interfaces === undefined ? stored : { ...s, interfaces };
    }
    case "AZURE": {
      if (!config.peers) return stored;
      const peers = overlayList(s.peers as Config[], entry.peers, (sp, ap) =>
        overlay(sp, ap, AZURE_PEER_KEYS),
      );
      return { ...s, peers };
    }
    default: {
      const keys = CLOUD_KEYS[config.connectType];
      return keys ? overlay(s, entry, keys) : stored;
    }
  }
}

/**
 * A vRouter end's configuration for `pulumi import`, from csp_connection alone: its interfaces with
 * what Megaport answers of each (BGP passwords are never answered). A cloud end's configuration
 * holds keys Megaport does not return, so it is left for the program to give.
 */
function importedVrouter(p: Product, side: "aEnd" | "bEnd"): Config | undefined {
  // Only an entry Megaport names after this end: with nothing stored, a lone entry may be the other end's.
  const entry = cspEntries(p).find(
    (e) =>
      String(e.connectType ?? "").toUpperCase() === "VROUTER" &&
      String(e.resource_name ?? "").startsWith(side === "aEnd" ? "a_" : "b_"),
  );
  if (!entry || !Array.isArray(entry.interfaces) || entry.interfaces.length === 0) return undefined;
  const answered = (a: Entry, keys: string[]) =>
    Object.fromEntries(keys.flatMap((k) => (a[k] === undefined || a[k] === null ? [] : [[k, a[k]]])));
  const interfaces = (entry.interfaces as Entry[]).map((i) => {
    const out = answered(i, Object.keys(INTERFACE_KEYS));
    const sessions = Array.isArray(i.bgpConnections) ? (i.bgpConnections as Entry[]) : [];
    if (sessions.length > 0) out.bgpConnections = sessions.map((b) => answered(b, Object.keys(BGP_KEYS)));
    return out;
  });
  return { connectType: "VROUTER", interfaces };
}
