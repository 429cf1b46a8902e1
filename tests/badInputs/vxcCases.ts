// Bad inputs for a VXC: its ends, partner configurations and vRouter interfaces.
import { at, cases, type BadInput, aws, bgp, ibm, session, toCloud, uid0, vrouterVxc, vxc } from "./inputs";

export const VXC_CASES: BadInput[] = [
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
];
