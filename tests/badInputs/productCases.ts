// Bad inputs for the products bought at a location or on a port: Port, MCR, MVE, IX, service key,
// NAT gateway.
import { at, cases, type BadInput, fortinet, ix, key, mcr, mve, nat, port } from "./inputs";

export const PRODUCT_CASES: BadInput[] = [
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
    ["a port that is not a uid", (f) => ({ ...ix(f), portUid: "port" }), at("portUid")],
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
    ["a port that is not a uid", (f) => ({ ...key(f), portUid: "x" }), at("portUid")],
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
];
