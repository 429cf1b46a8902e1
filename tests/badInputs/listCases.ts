// Bad inputs for what lives on an MCR or NAT gateway: prefix lists, the IPsec add-on, packet filters.
import { at, cases, type BadInput, filterEntry, mcrList, natList, packetFilter, uid0 } from "./inputs";

export const LIST_CASES: BadInput[] = [
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
