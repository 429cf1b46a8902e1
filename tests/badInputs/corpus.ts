// Bad inputs a person writes, for every resource, and the outcome each must have: stopped at
// preview (check), with the message starting with the property's path and, where it matters,
// saying what was given. Each case is a good resource's inputs with one mistake; the API-backed
// ones (a location that offers no MCR, a prefix list the MCR does not have, …) need the fixtures
// bought by the test. A case that stops only at `up`, or not at all, is a defect of the provider.
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

const uid0 = "00000000-0000-4000-8000-000000000000";

const port = () => ({
  productName: "edge",
  portSpeed: 10000,
  locationId: 3,
  contractTermMonths: 12,
  marketplaceVisibility: false,
});
/** Good inputs: each case changes one thing; the fixtures are bought from them too. */
export const mcr = () => ({ productName: "core", portSpeed: 1000, locationId: 3, contractTermMonths: 1 });
const fortinet = {
  vendor: "fortinet",
  imageId: 42,
  productSize: "SMALL",
  sshPublicKey: "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 net@example",
  licenseData: "FGVM-LICENSE-DATA",
};
const mve = () => ({
  productName: "fw",
  locationId: 3,
  contractTermMonths: 12,
  vendorConfig: fortinet,
  vnics: [{ description: "inside" }, { description: "outside", vlan: 300 }],
});
const vxc = (f: Fixtures) => ({
  productName: "link",
  rateLimit: 100,
  contractTermMonths: 1,
  aEnd: { productUid: f.port, vlan: 0 },
  bEnd: { productUid: f.farPort },
});
const session = (extra: Record<string, unknown> = {}) => ({
  peerAsn: 65001,
  localIpAddress: "10.10.0.1",
  peerIpAddress: "10.10.0.2",
  ...extra,
});
/** A VXC from the MCR (or NAT gateway) with one vRouter interface, changed by `iface`. */
const vrouterVxc =
  (iface: Record<string, unknown>, on: "mcr" | "nat" = "mcr") =>
  (f: Fixtures) => ({
    ...vxc(f),
    aEnd: { productUid: on === "mcr" ? f.mcr : f.nat },
    aEndPartnerConfig: {
      connectType: "VROUTER",
      interfaces: [{ ipAddresses: ["10.10.0.1/30"], bgpConnections: [session()], ...iface }],
    },
  });
const bgp = (extra: Record<string, unknown>) => vrouterVxc({ bgpConnections: [session(extra)] });
const toCloud = (config: Record<string, unknown>) => (f: Fixtures) => ({
  ...vxc(f),
  bEndPartnerConfig: config,
});
const aws = { connectType: "AWS", type: "private", ownerAccount: "123456789012", asn: 65000 };
const ibm = { connectType: "IBM", account_id: "0123456789abcdef0123456789abcdef", customer_asn: 65000 };
const ix = (f: Fixtures) => ({
  productName: "peering",
  productUid: f.port,
  networkServiceType: "Sydney IX",
  asn: 64512,
  macAddress: "00:11:22:33:44:55",
  rateLimit: 1000,
});
const key = (f: Fixtures) => ({
  productUid: f.port,
  singleUse: true,
  maxSpeed: 100,
  description: "for a partner",
});
const entries = [{ action: "permit", prefix: "10.0.0.0/8" }];
const mcrList = (f: Fixtures) => ({ mcrUid: f.mcr, description: "new-list", addressFamily: "IPv4", entries });
export const nat = () => ({
  productName: "egress",
  locationId: 3,
  diversityZone: "red",
  speed: 1000,
  sessionCount: 50000,
  contractTermMonths: 1,
});
const filterEntry = { action: "permit", sourceAddress: "10.0.0.0/8", destinationAddress: "0.0.0.0/0" };
const packetFilter = (f: Fixtures) => ({
  natGatewayUid: f.nat,
  description: "new-filter",
  entries: [filterEntry],
});
const natList = (f: Fixtures) => ({
  natGatewayUid: f.nat,
  description: "new-nat-list",
  addressFamily: "IPv4",
  entries,
});

const at = (property: string, says?: string) => ({ at: "preview" as const, property, says });
type Case = [mistake: string, inputs: (f: Fixtures) => Record<string, unknown>, stops: BadInput["stops"]];
const cases = (kind: ResourceKind, list: Case[]): BadInput[] =>
  list.map(([mistake, inputs, stops]) => ({ kind, mistake, inputs, stops }));

export const BAD_INPUTS: BadInput[] = [
  ...cases("Port", [
    ["an empty name", () => ({ ...port(), productName: " " }), at("productName", "must not be empty")],
    ["no name", () => ({ ...port(), productName: undefined }), at("productName", "required")],
    ["a speed Megaport does not sell", () => ({ ...port(), portSpeed: 2500 }), at("portSpeed", "got 2500")],
    [
      "the speed as a string",
      () => ({ ...port(), portSpeed: "10000" }),
      at("portSpeed", '"10000" (a string)'),
    ],
    ["a negative location", () => ({ ...port(), locationId: -1 }), at("locationId")],
    ["the location as a string", () => ({ ...port(), locationId: "3" }), at("locationId", '"3" (a string)')],
    ["a term of 7 months", () => ({ ...port(), contractTermMonths: 7 }), at("contractTermMonths", "got 7")],
    [
      "visibility as a word",
      () => ({ ...port(), marketplaceVisibility: "yes" }),
      at("marketplaceVisibility"),
    ],
    ["a LAG of 9", () => ({ ...port(), lagPortCount: 9 }), at("lagPortCount", "1-8")],
    [
      "a LAG of 1 Gbps ports",
      () => ({ ...port(), portSpeed: 1000, lagPortCount: 2 }),
      at("portSpeed", "LAG"),
    ],
    ["a green zone", () => ({ ...port(), diversityZone: "green" }), at("diversityZone", "red or blue")],
    ["a misspelt key", () => ({ ...port(), portspeed: 10000 }), at("(inputs)", "portspeed")],
    [
      "a tag value that is a number",
      () => ({ ...port(), resourceTags: { team: 7 } }),
      at("resourceTags.team"),
    ],
    ["a cost centre of 300 characters", () => ({ ...port(), costCentre: "x".repeat(300) }), at("costCentre")],
    ["a location that does not exist", () => ({ ...port(), locationId: 99999 }), at("locationId", "99999")],
    ["an adopted uid that is not one", () => ({ ...port(), adoptProductUid: "abc" }), at("adoptProductUid")],
  ]),
  ...cases("Mcr", [
    ["a speed MCRs do not have", () => ({ ...mcr(), portSpeed: 3000 }), at("portSpeed", "got 3000")],
    ["ASN 0", () => ({ ...mcr(), asn: 0 }), at("asn")],
    ["an ASN beyond 32 bits", () => ({ ...mcr(), asn: 4294967296 }), at("asn")],
    ["the ASN as a string", () => ({ ...mcr(), asn: "65000" }), at("asn", '"65000" (a string)')],
    ["15 IPsec tunnels", () => ({ ...mcr(), ipsecTunnelCount: 15 }), at("ipsecTunnelCount", "got 15")],
    ["a location without MCRs", () => ({ ...mcr(), locationId: 89 }), at("locationId", "location 89")],
    ["a purple zone", () => ({ ...mcr(), diversityZone: "purple" }), at("diversityZone")],
    ["a term of 0", () => ({ ...mcr(), contractTermMonths: 0 }), at("contractTermMonths", "got 0")],
    [
      "a name of 300 characters",
      () => ({ ...mcr(), productName: "n".repeat(300) }),
      at("productName", "255"),
    ],
    [
      "a promotion code that is a number",
      () => ({ ...mcr(), promoCode: 5 }),
      at("promoCode", "5 (a number)"),
    ],
  ]),
  ...cases("Mve", [
    [
      "a vendor Megaport does not offer",
      () => ({ ...mve(), vendorConfig: { ...fortinet, vendor: "juniper" } }),
      at("vendorConfig.vendor"),
    ],
    [
      "no licence",
      () => ({ ...mve(), vendorConfig: { ...fortinet, licenseData: undefined } }),
      at("vendorConfig.licenseData", "required"),
    ],
    [
      "an ed25519 key",
      () => ({ ...mve(), vendorConfig: { ...fortinet, sshPublicKey: "ssh-ed25519 AAAAC3Nz me" } }),
      at("vendorConfig.sshPublicKey", "RSA"),
    ],
    [
      "the image id as a string",
      () => ({ ...mve(), vendorConfig: { ...fortinet, imageId: "42" } }),
      at("vendorConfig.imageId", "a string"),
    ],
    [
      "a size that does not exist",
      () => ({ ...mve(), vendorConfig: { ...fortinet, productSize: "HUGE" } }),
      at("vendorConfig.productSize"),
    ],
    ["no vNICs", () => ({ ...mve(), vnics: [] }), at("vnics", "1-5")],
    [
      "six vNICs",
      () => ({ ...mve(), vnics: Array.from({ length: 6 }, (_, i) => ({ description: `v${i}` })) }),
      at("vnics", "1-5"),
    ],
    [
      "two vNICs on one VLAN",
      () => ({
        ...mve(),
        vnics: [
          { description: "a", vlan: 300 },
          { description: "b", vlan: 300 },
        ],
      }),
      at("vnics.1.vlan", "vlan 300"),
    ],
    [
      "a vNIC VLAN of 5000",
      () => ({ ...mve(), vnics: [{ description: "a", vlan: 5000 }] }),
      at("vnics.0.vlan", "got 5000"),
    ],
    [
      "a vNIC without a description",
      () => ({ ...mve(), vnics: [{ description: "" }] }),
      at("vnics.0.description"),
    ],
    [
      "an image that does not exist",
      () => ({ ...mve(), vendorConfig: { ...fortinet, imageId: 999999 } }),
      at("vendorConfig.imageId", "999999"),
    ],
  ]),
  ...cases("Vxc", [
    ["a rate of 0", (f) => ({ ...vxc(f), rateLimit: 0 }), at("rateLimit")],
    ["the rate as a string", (f) => ({ ...vxc(f), rateLimit: "100" }), at("rateLimit", '"100" (a string)')],
    ["a rate of 1.5 Mbps", (f) => ({ ...vxc(f), rateLimit: 1.5 }), at("rateLimit", "whole")],
    [
      "an A-end VLAN of 5000",
      (f) => ({ ...vxc(f), aEnd: { productUid: f.port, vlan: 5000 } }),
      at("aEnd.vlan", "got 5000"),
    ],
    [
      "a B-end VLAN of 1",
      (f) => ({ ...vxc(f), bEnd: { productUid: f.farPort, vlan: 1 } }),
      at("bEnd.vlan", "got 1"),
    ],
    [
      "an A-end that is not a uid",
      (f) => ({ ...vxc(f), aEnd: { productUid: "port-1" } }),
      at("aEnd.productUid"),
    ],
    [
      "an A-end not in the account",
      (f) => ({ ...vxc(f), aEnd: { productUid: uid0 } }),
      at("aEnd.productUid", uid0),
    ],
    ["no B-end and no cloud key", (f) => ({ ...vxc(f), bEnd: {} }), at("bEnd.productUid", "required")],
    [
      "a vNIC index of 7",
      (f) => ({ ...vxc(f), aEnd: { productUid: f.port, vnicIndex: 7 } }),
      at("aEnd.vnicIndex", "0-4"),
    ],
    [
      "a vNIC index on a port",
      (f) => ({ ...vxc(f), aEnd: { productUid: f.port, vnicIndex: 1 } }),
      at("aEnd.vnicIndex", "only an MVE"),
    ],
    ["more than the port carries", (f) => ({ ...vxc(f), rateLimit: 20000 }), at("rateLimit", "20000")],
    [
      "a connect type that does not exist",
      (f) => ({ ...vxc(f), bEndPartnerConfig: { connectType: "AWZ" } }),
      at("bEndPartnerConfig.connectType"),
    ],
    [
      "an AWS account of 3 digits",
      toCloud({ ...aws, ownerAccount: "123" }),
      at("bEndPartnerConfig.ownerAccount", "12-digit"),
    ],
    ["a negative AWS ASN", toCloud({ ...aws, asn: -1 }), at("bEndPartnerConfig.asn")],
    [
      "an AWS address 999.1.1.1",
      toCloud({ ...aws, customerIpAddress: "999.1.1.1/30" }),
      at("bEndPartnerConfig.customerIpAddress"),
    ],
    ["an AWS type of 'hosted'", toCloud({ ...aws, type: "hosted" }), at("bEndPartnerConfig.type")],
    [
      "an Azure peering VLAN of 5000",
      toCloud({
        connectType: "AZURE",
        serviceKey: "1b2329a5-56dc-45d0-8a0d-87b706297777",
        peers: [{ type: "private", vlan: 5000 }],
      }),
      at("bEndPartnerConfig.peers.0.vlan"),
    ],
    [
      "an Azure subnet /33",
      toCloud({
        connectType: "AZURE",
        serviceKey: "1b2329a5-56dc-45d0-8a0d-87b706297777",
        peers: [{ type: "private", primary_subnet: "10.0.0.0/33" }],
      }),
      at("bEndPartnerConfig.peers.0.primary_subnet", "10.0.0.0/33"),
    ],
    [
      "an empty Google key",
      toCloud({ connectType: "GOOGLE", pairingKey: "" }),
      at("bEndPartnerConfig.pairingKey"),
    ],
    [
      "an IBM account that is not hex",
      toCloud({ ...ibm, account_id: "not-hex" }),
      at("bEndPartnerConfig.account_id"),
    ],
    [
      "an IBM ASN IBM refuses",
      toCloud({ ...ibm, customer_asn: 64500 }),
      at("bEndPartnerConfig.customer_asn", "64500"),
    ],
    [
      "IBM addresses in two subnets",
      toCloud({ ...ibm, customer_ip_address: "169.254.10.1/30", provider_ip_address: "169.254.11.2/30" }),
      at("bEndPartnerConfig.provider_ip_address"),
    ],
    [
      "a cloud config on the A-end",
      (f) => ({ ...vxc(f), aEndPartnerConfig: aws }),
      at("aEndPartnerConfig", "belongs on the end"),
    ],
    [
      "a vRouter config on a port",
      (f) => ({ ...vxc(f), aEndPartnerConfig: { connectType: "VROUTER", interfaces: [] } }),
      at("aEndPartnerConfig", "needs an MCR"),
    ],
    [
      "a BGP local address 999.1.1.1",
      bgp({ localIpAddress: "999.1.1.1" }),
      at("aEndPartnerConfig.interfaces.0.bgpConnections.0.localIpAddress", "999.1.1.1"),
    ],
    [
      "a BGP peer address with a prefix length",
      bgp({ peerIpAddress: "10.10.0.2/30" }),
      at("aEndPartnerConfig.interfaces.0.bgpConnections.0.peerIpAddress", "without a prefix"),
    ],
    [
      "a BGP session without the peer's ASN",
      bgp({ peerAsn: undefined }),
      at("aEndPartnerConfig.interfaces.0.bgpConnections.0.peerAsn", "a BGP session needs the peer's ASN"),
    ],
    [
      "a BGP peer outside the interface's subnet",
      bgp({ peerIpAddress: "10.99.0.2" }),
      at(
        "aEndPartnerConfig.interfaces.0.bgpConnections.0.peerIpAddress",
        "not in this interface's ipAddresses",
      ),
    ],
    [
      "an interface address without its prefix length",
      vrouterVxc({ ipAddresses: ["10.10.0.1"] }),
      at("aEndPartnerConfig.interfaces.0.ipAddresses.0", "prefix length"),
    ],
    [
      "a static route whose next hop is a name",
      vrouterVxc({ ipRoutes: [{ prefix: "10.1.0.0/16", nextHop: "gateway" }] }),
      at("aEndPartnerConfig.interfaces.0.ipRoutes.0.nextHop", "gateway"),
    ],
    [
      "a static route to 10.1.0.0/40",
      vrouterVxc({ ipRoutes: [{ prefix: "10.1.0.0/40", nextHop: "10.10.0.2" }] }),
      at("aEndPartnerConfig.interfaces.0.ipRoutes.0.prefix"),
    ],
    [
      "a NAT address ::::",
      vrouterVxc({ natIpAddresses: ["::::"] }),
      at("aEndPartnerConfig.interfaces.0.natIpAddresses.0", "::::"),
    ],
    [
      "a negative MED in",
      bgp({ medIn: -1 }),
      at("aEndPartnerConfig.interfaces.0.bgpConnections.0.medIn", "0-4294967295"),
    ],
    [
      "a MED out beyond 32 bits",
      bgp({ medOut: 4294967296 }),
      at("aEndPartnerConfig.interfaces.0.bgpConnections.0.medOut"),
    ],
    [
      "a negative BFD interval",
      vrouterVxc({ bfd: { txInterval: -5, rxInterval: 300, multiplier: 3 } }),
      at("aEndPartnerConfig.interfaces.0.bfd.txInterval", "more than 0"),
    ],
    [
      "a BFD multiplier of 0",
      vrouterVxc({ bfd: { txInterval: 300, rxInterval: 300, multiplier: 0 } }),
      at("aEndPartnerConfig.interfaces.0.bfd.multiplier"),
    ],
    [
      "an AS path prepended 11 times",
      bgp({ asPathPrependCount: 11 }),
      at("aEndPartnerConfig.interfaces.0.bgpConnections.0.asPathPrependCount", "0-10"),
    ],
    [
      "a peer type of 'cloud'",
      bgp({ peerType: "cloud" }),
      at("aEndPartnerConfig.interfaces.0.bgpConnections.0.peerType"),
    ],
    ["an MTU of 50", vrouterVxc({ ipMtu: 50 }), at("aEndPartnerConfig.interfaces.0.ipMtu", "68-9074")],
    [
      "an export list to a name",
      bgp({ exportPolicy: "deny", permitExportTo: ["peer-b"] }),
      at("aEndPartnerConfig.interfaces.0.bgpConnections.0.permitExportTo.0"),
    ],
    [
      "a filter naming a list the MCR does not have",
      bgp({ importWhitelist: 999 }),
      at("aEndPartnerConfig.interfaces.0.bgpConnections.0.importWhitelist", "no prefix list 999"),
    ],
    [
      "a filter naming a list by a negative id",
      bgp({ exportBlacklist: -3 }),
      at("aEndPartnerConfig.interfaces.0.bgpConnections.0.exportBlacklist"),
    ],
    [
      "a tunnel without its options",
      vrouterVxc({ interfaceType: "ipSecTunnel" }),
      at("aEndPartnerConfig.interfaces.0.ipSecTunnelOptions"),
    ],
    [
      "tunnel options without the tunnel type",
      vrouterVxc({
        ipSecTunnelOptions: {
          sourceIpAddress: "10.10.0.1",
          destinationIpAddress: "203.0.113.1",
          preSharedKey: "k",
        },
      }),
      at("aEndPartnerConfig.interfaces.0.interfaceType"),
    ],
    [
      "a tunnel on an MCR without the IPsec add-on",
      vrouterVxc({
        interfaceType: "ipSecTunnel",
        bgpConnections: undefined,
        ipSecTunnelOptions: {
          sourceIpAddress: "10.10.0.1",
          destinationIpAddress: "203.0.113.1",
          preSharedKey: "k",
        },
      }),
      at("aEndPartnerConfig.interfaces.0.interfaceType", "IPsec add-on"),
    ],
    [
      "phase 2 as long as phase 1",
      vrouterVxc({
        interfaceType: "ipSecTunnel",
        ipSecTunnelOptions: {
          sourceIpAddress: "10.10.0.1",
          destinationIpAddress: "203.0.113.1",
          preSharedKey: "k",
          phase1Lifetime: 3600,
          phase2Lifetime: 3600,
        },
      }),
      at("aEndPartnerConfig.interfaces.0.ipSecTunnelOptions.phase2Lifetime"),
    ],
    [
      "a tunnel to 300.0.0.1",
      vrouterVxc({
        interfaceType: "ipSecTunnel",
        ipSecTunnelOptions: {
          sourceIpAddress: "10.10.0.1",
          destinationIpAddress: "300.0.0.1",
          preSharedKey: "k",
        },
      }),
      at("aEndPartnerConfig.interfaces.0.ipSecTunnelOptions.destinationIpAddress"),
    ],
    ["a packet filter on an MCR", vrouterVxc({ packetFilterIn: 1 }), at("aEndPartnerConfig", "NAT gateway")],
    [
      "a packet filter the gateway does not have",
      vrouterVxc({ packetFilterIn: 999 }, "nat"),
      at("aEndPartnerConfig.interfaces.0.packetFilterIn", "no packet filter 999"),
    ],
    [
      "a filter naming a list the gateway does not have",
      (f) => ({ ...vrouterVxc({ bgpConnections: [session({ importBlacklist: 998 })] }, "nat")(f) }),
      at("aEndPartnerConfig.interfaces.0.bgpConnections.0.importBlacklist", "no prefix list 998"),
    ],
    ["shutdown as a word", (f) => ({ ...vxc(f), shutdown: "no" }), at("shutdown", '"no" (a string)')],
  ]),
  ...cases("Ix", [
    ["a MAC with dots", (f) => ({ ...ix(f), macAddress: "0011.2233.4455" }), at("macAddress")],
    ["an ASN beyond 32 bits", (f) => ({ ...ix(f), asn: 4294967296 }), at("asn")],
    ["a rate of 0", (f) => ({ ...ix(f), rateLimit: 0 }), at("rateLimit")],
    ["a VLAN of 1", (f) => ({ ...ix(f), vlan: 1 }), at("vlan", "got 1")],
    [
      "an exchange not at the port's location",
      (f) => ({ ...ix(f), networkServiceType: "London IX" }),
      at("networkServiceType", "London IX"),
    ],
    ["a port that is not a uid", (f) => ({ ...ix(f), productUid: "port" }), at("productUid")],
    ["an empty exchange", (f) => ({ ...ix(f), networkServiceType: "" }), at("networkServiceType")],
    [
      "public graph as a word",
      (f) => ({ ...ix(f), publicGraph: "yes" }),
      at("publicGraph", '"yes" (a string)'),
    ],
  ]),
  ...cases("ServiceKey", [
    ["a speed of 0", (f) => ({ ...key(f), maxSpeed: 0 }), at("maxSpeed")],
    [
      "a VLAN on a multi-use key",
      (f) => ({ ...key(f), singleUse: false, vlan: 100 }),
      at("vlan", "single-use"),
    ],
    [
      "a validity that ends before it starts",
      (f) => ({ ...key(f), validFor: { start: "2027-02-01T00:00:00Z", end: "2027-01-01T00:00:00Z" } }),
      at("validFor", "after"),
    ],
    [
      "a validity starting 'tomorrow'",
      (f) => ({ ...key(f), validFor: { start: "tomorrow", end: "2027-01-01T00:00:00Z" } }),
      at("validFor.start", "ISO 8601"),
    ],
    ["a port that is not a uid", (f) => ({ ...key(f), productUid: "x" }), at("productUid")],
    ["single use left out", (f) => ({ ...key(f), singleUse: undefined }), at("singleUse")],
    [
      "a validity with a start only",
      (f) => ({ ...key(f), validFor: { start: "2027-01-01T00:00:00Z" } }),
      at("validFor.end", "Megaport takes both"),
    ],
    ["faster than the port", (f) => ({ ...key(f), maxSpeed: 20000 }), at("maxSpeed", "20000")],
    [
      "a description of 300 characters",
      (f) => ({ ...key(f), description: "d".repeat(300) }),
      at("description"),
    ],
  ]),
  ...cases("McrPrefixFilterList", [
    [
      "a prefix with host bits",
      (f) => ({ ...mcrList(f), entries: [{ action: "permit", prefix: "10.0.0.1/8" }] }),
      at("entries.0.prefix", "host bits"),
    ],
    [
      "an IPv6 prefix in an IPv4 list",
      (f) => ({ ...mcrList(f), entries: [{ action: "permit", prefix: "2001:db8::/32" }] }),
      at("entries.0.prefix", "IPv4"),
    ],
    [
      "a prefix length of 99",
      (f) => ({ ...mcrList(f), entries: [{ action: "permit", prefix: "10.0.0.0/99" }] }),
      at("entries.0.prefix"),
    ],
    [
      "ge shorter than the prefix",
      (f) => ({ ...mcrList(f), entries: [{ action: "permit", prefix: "10.0.0.0/16", ge: 8 }] }),
      at("entries.0.ge", "got 8"),
    ],
    [
      "le beyond 32",
      (f) => ({ ...mcrList(f), entries: [{ action: "permit", prefix: "10.0.0.0/16", le: 33 }] }),
      at("entries.0.le", "got 33"),
    ],
    [
      "ge above le",
      (f) => ({ ...mcrList(f), entries: [{ action: "permit", prefix: "10.0.0.0/16", ge: 28, le: 24 }] }),
      at("entries.0.le", "got 24"),
    ],
    ["no entries", (f) => ({ ...mcrList(f), entries: [] }), at("entries", "1-200")],
    [
      "201 entries",
      (f) => ({
        ...mcrList(f),
        entries: Array.from({ length: 201 }, (_, i) => ({ action: "permit", prefix: `10.${i}.0.0/16` })),
      }),
      at("entries", "1-200"),
    ],
    [
      "an action of 'allow'",
      (f) => ({ ...mcrList(f), entries: [{ action: "allow", prefix: "10.0.0.0/8" }] }),
      at("entries.0.action", "permit or deny"),
    ],
    ["an MCR that does not exist", (f) => ({ ...mcrList(f), mcrUid: uid0 }), at("mcrUid")],
    [
      "a description the MCR already has",
      (f) => ({ ...mcrList(f), description: "existing-list" }),
      at("description", "existing-list"),
    ],
  ]),
  ...cases("McrIpsecAddOn", [
    ["15 tunnels", (f) => ({ mcrUid: f.mcr, tunnelCount: 15 }), at("tunnelCount", "got 15")],
    [
      "the count as a string",
      (f) => ({ mcrUid: f.mcr, tunnelCount: "10" }),
      at("tunnelCount", '"10" (a string)'),
    ],
    ["an MCR that does not exist", () => ({ mcrUid: uid0, tunnelCount: 10 }), at("mcrUid", "not an MCR")],
    ["a port for an MCR", (f) => ({ mcrUid: f.port, tunnelCount: 10 }), at("mcrUid", "not an MCR")],
    [
      "an empty add-on uid to adopt",
      (f) => ({ mcrUid: f.mcr, tunnelCount: 10, adoptAddOnUid: "" }),
      at("adoptAddOnUid"),
    ],
  ]),
  ...cases("NatGateway", [
    ["a speed the location does not offer", () => ({ ...nat(), speed: 1500 }), at("speed", "got 1500")],
    [
      "a session count the speed does not offer",
      () => ({ ...nat(), sessionCount: 7 }),
      at("sessionCount", "got 7"),
    ],
    ["no zone", () => ({ ...nat(), diversityZone: undefined }), at("diversityZone")],
    ["ASN 0", () => ({ ...nat(), asn: 0 }), at("asn")],
    [
      "the location as a word",
      () => ({ ...nat(), locationId: "sydney" }),
      at("locationId", '"sydney" (a string)'),
    ],
    ["a term of 2 months", () => ({ ...nat(), contractTermMonths: 2 }), at("contractTermMonths", "got 2")],
    ["a negative speed", () => ({ ...nat(), speed: -1 }), at("speed")],
    ["an empty name", () => ({ ...nat(), productName: "" }), at("productName")],
  ]),
  ...cases("NatGatewayPacketFilter", [
    [
      "a source of 10.0.0.0/99",
      (f) => ({ ...packetFilter(f), entries: [{ ...filterEntry, sourceAddress: "10.0.0.0/99" }] }),
      at("entries.0.sourceAddress", "10.0.0.0/99"),
    ],
    [
      "a destination of ::::",
      (f) => ({ ...packetFilter(f), entries: [{ ...filterEntry, destinationAddress: "::::" }] }),
      at("entries.0.destinationAddress", "::::"),
    ],
    [
      "a destination 256.0.0.1",
      (f) => ({ ...packetFilter(f), entries: [{ ...filterEntry, destinationAddress: "256.0.0.1" }] }),
      at("entries.0.destinationAddress"),
    ],
    [
      "port 70000",
      (f) => ({ ...packetFilter(f), entries: [{ ...filterEntry, sourcePorts: "70000" }] }),
      at("entries.0.sourcePorts"),
    ],
    [
      "protocol 300",
      (f) => ({ ...packetFilter(f), entries: [{ ...filterEntry, ipProtocol: 300 }] }),
      at("entries.0.ipProtocol", "0-255"),
    ],
    ["no entries", (f) => ({ ...packetFilter(f), entries: [] }), at("entries")],
    [
      "an action of 'allow'",
      (f) => ({ ...packetFilter(f), entries: [{ ...filterEntry, action: "allow" }] }),
      at("entries.0.action"),
    ],
    [
      "a gateway that does not exist",
      (f) => ({ ...packetFilter(f), natGatewayUid: uid0 }),
      at("natGatewayUid"),
    ],
    ["an empty name", (f) => ({ ...packetFilter(f), description: "" }), at("description")],
  ]),
  ...cases("NatGatewayPrefixList", [
    [
      "a prefix with host bits",
      (f) => ({ ...natList(f), entries: [{ action: "permit", prefix: "192.168.1.1/24" }] }),
      at("entries.0.prefix", "host bits"),
    ],
    [
      "le beyond 32",
      (f) => ({ ...natList(f), entries: [{ action: "permit", prefix: "10.0.0.0/8", le: 40 }] }),
      at("entries.0.le"),
    ],
    [
      "an IPv4 prefix in an IPv6 list",
      (f) => ({ ...natList(f), addressFamily: "IPv6" }),
      at("entries.0.prefix", "IPv6"),
    ],
    ["a gateway that does not exist", (f) => ({ ...natList(f), natGatewayUid: uid0 }), at("natGatewayUid")],
    ["a family of 'IPv5'", (f) => ({ ...natList(f), addressFamily: "IPv5" }), at("addressFamily")],
  ]),
];
