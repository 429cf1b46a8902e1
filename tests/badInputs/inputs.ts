// What the bad-input corpus is made of: the fixtures its cases name, each resource's good inputs
// (a case changes one thing), and how a case is written down (see corpus.ts).
import type { ResourceKind } from "../../provider/resourceKinds";

/** What the account holds for the cases to name. */
export interface Fixtures {
  /** A live 10 Gbps port at location 3 (Sydney). */
  port: string;
  /** Another live port: the far end of private VXCs. */
  farPort: string;
  /** An MCR without the IPsec add-on, with the prefix list `mcrListId`. */
  mcr: string;
  mcrListId: number;
  /** A NAT gateway with the packet filter `packetFilterId` and the prefix list `natListId`. */
  nat: string;
  packetFilterId: number;
  natListId: number;
}

export interface BadInput {
  kind: ResourceKind;
  /** The mistake, in a few words. */
  mistake: string;
  inputs: (f: Fixtures) => Record<string, unknown>;
  /** Every case stops at preview; the reason starts with `property` and contains `says`. */
  stops: { at: "preview"; property: string; says?: string };
}

export const uid0 = "00000000-0000-4000-8000-000000000000";

export const port = () => ({
  productName: "edge",
  portSpeed: 10000,
  locationId: 3,
  contractTermMonths: 12,
  marketplaceVisibility: false,
});
/** Good inputs: each case changes one thing; the fixtures are bought from them too. */
export const mcr = () => ({ productName: "core", portSpeed: 1000, locationId: 3, contractTermMonths: 1 });
export const fortinet = {
  vendor: "fortinet",
  imageId: 42,
  productSize: "SMALL",
  sshPublicKey: "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 net@example",
  licenseData: "FGVM-LICENSE-DATA",
};
export const mve = () => ({
  productName: "fw",
  locationId: 3,
  contractTermMonths: 12,
  vendorConfig: fortinet,
  vnics: [{ description: "inside" }, { description: "outside", vlan: 300 }],
});
export const vxc = (f: Fixtures) => ({
  productName: "link",
  rateLimit: 100,
  contractTermMonths: 1,
  aEnd: { productUid: f.port, vlan: 0 },
  bEnd: { productUid: f.farPort },
});
export const session = (extra: Record<string, unknown> = {}) => ({
  peerAsn: 65001,
  localIpAddress: "10.10.0.1",
  peerIpAddress: "10.10.0.2",
  ...extra,
});
/** A VXC from the MCR (or NAT gateway) with one vRouter interface, changed by `iface`. */
export const vrouterVxc =
  (iface: Record<string, unknown>, on: "mcr" | "nat" = "mcr") =>
  (f: Fixtures) => ({
    ...vxc(f),
    aEnd: { productUid: on === "mcr" ? f.mcr : f.nat },
    aEndPartnerConfig: {
      connectType: "VROUTER",
      interfaces: [{ ipAddresses: ["10.10.0.1/30"], bgpConnections: [session()], ...iface }],
    },
  });
export const bgp = (extra: Record<string, unknown>) => vrouterVxc({ bgpConnections: [session(extra)] });
export const toCloud = (config: Record<string, unknown>) => (f: Fixtures) => ({
  ...vxc(f),
  bEndPartnerConfig: config,
});
export const aws = { connectType: "AWS", type: "private", ownerAccount: "123456789012", asn: 65000 };
export const ibm = {
  connectType: "IBM",
  account_id: "0123456789abcdef0123456789abcdef",
  customer_asn: 65000,
};
export const ix = (f: Fixtures) => ({
  productName: "peering",
  portUid: f.port,
  networkServiceType: "Sydney IX",
  asn: 64512,
  macAddress: "00:11:22:33:44:55",
  rateLimit: 1000,
});
export const key = (f: Fixtures) => ({
  portUid: f.port,
  singleUse: true,
  maxSpeed: 100,
  description: "for a partner",
});
export const entries = [{ action: "permit", prefix: "10.0.0.0/8" }];
export const mcrList = (f: Fixtures) => ({
  mcrUid: f.mcr,
  description: "new-list",
  addressFamily: "IPv4",
  entries,
});
export const nat = () => ({
  productName: "egress",
  locationId: 3,
  diversityZone: "red",
  speed: 1000,
  sessionCount: 50000,
  contractTermMonths: 1,
});
export const filterEntry = { action: "permit", sourceAddress: "10.0.0.0/8", destinationAddress: "0.0.0.0/0" };
export const packetFilter = (f: Fixtures) => ({
  natGatewayUid: f.nat,
  description: "new-filter",
  entries: [filterEntry],
});
export const natList = (f: Fixtures) => ({
  natGatewayUid: f.nat,
  description: "new-nat-list",
  addressFamily: "IPv4",
  entries,
});

export const at = (property: string, says?: string) => ({ at: "preview" as const, property, says });
export type Case = [
  mistake: string,
  inputs: (f: Fixtures) => Record<string, unknown>,
  stops: BadInput["stops"],
];
export const cases = (kind: ResourceKind, list: Case[]): BadInput[] =>
  list.map(([mistake, inputs, stops]) => ({ kind, mistake, inputs, stops }));
