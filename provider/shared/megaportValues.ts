// Megaport's fixed values for its products (terms, speeds, the default MCR ASN, diversity zones,
// IPsec tunnel counts),
// defined once (as megaportgo keeps them in shared_types.go).

/** Contract terms in months. 48 and 60 are accepted since the Terraform provider's fix #292. */
export const CONTRACT_TERMS = [1, 12, 24, 36, 48, 60] as const;
/** Port speeds in Mbps; 400 Gbps where a location offers it (its megaportSpeedMbps). */
export const PORT_SPEEDS = [1000, 10000, 100000, 400000] as const;
/** A LAG bundles 10, 100 or 400 Gbps ports, never 1 Gbps (the Terraform provider's lag_port rule). */
export const LAG_PORT_SPEEDS = [10000, 100000, 400000] as const;
export const MCR_SPEEDS = [1000, 2500, 5000, 10000, 25000, 50000, 100000, 400000] as const;
export const DEFAULT_MCR_ASN = 133937;
/** A metro's two diversity zones: a pair split across them survives a failure in either. */
export const DIVERSITY_ZONES = ["red", "blue"] as const;
export type DiversityZone = (typeof DIVERSITY_ZONES)[number];
/** Tunnels an MCR's IPsec add-on provides (megaportgo mcr.go accepts only these). */
export const IPSEC_TUNNEL_COUNTS = [10, 20, 30] as const;
