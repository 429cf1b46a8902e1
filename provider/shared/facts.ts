// Shared facts about Megaport products, defined once (as megaportgo keeps them in shared_types.go).

/** Contract terms in months. 48 and 60 are accepted since the Terraform provider's fix #292. */
export const CONTRACT_TERMS = [1, 12, 24, 36, 48, 60] as const;
/** Port speeds in Mbps; 400 Gbps where a location offers it (its megaportSpeedMbps). */
export const PORT_SPEEDS = [1000, 10000, 100000, 400000] as const;
/** A LAG bundles 10, 100 or 400 Gbps ports, never 1 Gbps (the Terraform provider's lag_port rule). */
export const LAG_PORT_SPEEDS = [10000, 100000, 400000] as const;
export const MCR_SPEEDS = [1000, 2500, 5000, 10000, 25000, 50000, 100000, 400000] as const;
export const DEFAULT_MCR_ASN = 133937;
/** Tunnels an MCR's IPsec add-on provides (megaportgo mcr.go accepts only these). */
export const IPSEC_TUNNEL_COUNTS = [10, 20, 30] as const;

/** The value Pulumi passes to check() and diff() for inputs not known during preview (@pulumi/pulumi runtime/rpc unknownValue). */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

export function containsUnknown(v: unknown): boolean {
  if (v === UNKNOWN) return true;
  if (Array.isArray(v)) return v.some(containsUnknown);
  if (v !== null && typeof v === "object") return Object.values(v).some(containsUnknown);
  return false;
}
