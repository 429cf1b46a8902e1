// VXC partner configurations as Megaport's API takes them, field by field as megaportgo
// (vxc_types.go) sends them, each field refusing what Megaport refuses. The types the client sends
// are inferred from these; the VXC's arguments (provider/vxc/schema.ts) take them as they are, but
// for Azure's peer_asn (a number in a program) and the vRouter's connectType (the wire has none).
// IBM's keys are all sent, empty or 0 when unset (partnerConfig.ts fills them).
import { z } from "zod";
import { inPrefix, ipAddress, ipAddressOrPrefix, ipPrefix } from "./ipAddresses";
import { asnSchema, vlanSchema } from "./values";

/** A Multi-Exit Discriminator: BGP carries it as an unsigned 32-bit number. */
const med = (what: string) =>
  z
    .number({ error: `${what} must be a number` })
    .int(`${what} must be a whole number`)
    .min(0, `${what} must be 0-4294967295`)
    .max(4294967295, `${what} must be 0-4294967295`);

/** A BFD timer (ms) or multiplier: a whole number above 0. */
const bfdValue = (what: string, unit: string) =>
  z
    .number({ error: `${what} must be a number${unit}` })
    .int(`${what} must be a whole number${unit}`)
    .positive(`${what} must be more than 0${unit}`);

export const AwsPartnerConfig = z.strictObject({
  connectType: z.enum(["AWS", "AWSHC"]),
  type: z
    .enum(["private", "public", "transit"], { error: "type must be private, public or transit" })
    .optional(),
  ownerAccount: z.string().regex(/^\d{12}$/, "ownerAccount must be a 12-digit AWS account id"),
  asn: asnSchema("asn").optional(),
  amazonAsn: asnSchema("amazonAsn").optional(),
  authKey: z.string().optional(),
  prefixes: z.string().optional(),
  customerIpAddress: ipAddressOrPrefix("customerIpAddress").optional(),
  amazonIpAddress: ipAddressOrPrefix("amazonIpAddress").optional(),
  name: z.string().optional(),
});

/** One Azure peering as the API takes it: peer_asn is a string here, though look-ups answer a number. */
export const AzurePeer = z.strictObject({
  type: z.enum(["private", "microsoft"]),
  peer_asn: z.string().optional(),
  primary_subnet: ipPrefix("primary_subnet").optional(),
  secondary_subnet: ipPrefix("secondary_subnet").optional(),
  prefixes: z.string().optional(),
  shared_key: z.string().optional(),
  vlan: vlanSchema("peers.vlan", false).optional(),
});

export const AzurePartnerConfig = z.strictObject({
  connectType: z.literal("AZURE"),
  serviceKey: z.string().min(1, "serviceKey is required"),
  peers: z.array(AzurePeer).optional(),
});

export const GooglePartnerConfig = z.strictObject({
  connectType: z.literal("GOOGLE"),
  pairingKey: z.string().min(1, "pairingKey is required"),
});
export const OraclePartnerConfig = z.strictObject({
  connectType: z.literal("ORACLE"),
  virtualCircuitId: z.string().min(1, "virtualCircuitId is required"),
});
export const TransitPartnerConfig = z.strictObject({ connectType: z.literal("TRANSIT") });

/** The ASNs IBM accepts (megaportgo VXCPartnerConfigIBM). */
function isIbmAsn(asn: number): boolean {
  return (
    (asn >= 1 && asn <= 64495) ||
    asn === 64999 ||
    (asn >= 131072 && asn <= 4199999999) ||
    (asn >= 4201000000 && asn <= 4201064511)
  );
}

const ipv4Cidr = (what: string) =>
  z
    .string()
    .regex(
      /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}\/([0-9]|[12]\d|3[0-2])$/,
      `${what} must be an IPv4 address with its prefix, e.g. 169.254.0.1/30`,
    );

/** The network an IPv4 CIDR's address is in, as "a.b.c.d/n". */
function ipv4Network(cidr: string): string {
  const [address, bits] = cidr.split("/");
  const value = address.split(".").reduce((v, octet) => v * 256 + Number(octet), 0);
  const size = 2 ** (32 - Number(bits));
  return `${Math.floor(value / size) * size}/${bits}`;
}

/** IBM Cloud Direct Link. Keys are IBM's snake_case, as the API takes them. */
export const IbmPartnerConfig = z
  .strictObject({
    connectType: z.literal("IBM"),
    /** The IBM Cloud account: 32 hexadecimal characters. */
    account_id: z
      .string({ error: "account_id is required (the IBM Cloud account id)" })
      .regex(
        /^[0-9a-fA-F]{32}$/,
        "account_id must be the 32 hexadecimal characters of an IBM Cloud account id",
      ),
    /** Your ASN; required unless the other end is an MCR (then the MCR's is used). */
    customer_asn: z
      .number()
      .int("customer_asn must be a whole number")
      .refine(isIbmAsn, {
        error: (iss) =>
          `customer_asn must be 1-64495, 64999, 131072-4199999999 or 4201000000-4201064511; got ${String(iss.input)}`,
      })
      .optional(),
    /** Up to 100 of 0-9 a-z A-Z / - _ , (IBM's default "MEGAPORT"). */
    name: z
      .string()
      .max(100, "name must be at most 100 characters")
      .regex(/^[0-9a-zA-Z/_,-]*$/, "name may hold only 0-9 a-z A-Z / - _ ,")
      .optional(),
    /** Your side, e.g. 169.254.10.1/30 (default: a /30 from 169.254.0.0/16). */
    customer_ip_address: ipv4Cidr("customer_ip_address").optional(),
    /** IBM's side, in the same subnet as customer_ip_address. */
    provider_ip_address: ipv4Cidr("provider_ip_address").optional(),
  })
  .superRefine((c, ctx) => {
    const customer = c.customer_ip_address;
    const provider = c.provider_ip_address;
    if (!customer !== !provider)
      ctx.addIssue({
        code: "custom",
        path: [customer ? "provider_ip_address" : "customer_ip_address"],
        message: "customer_ip_address and provider_ip_address are given together or not at all",
      });
    else if (customer && provider && ipv4Network(customer) !== ipv4Network(provider))
      ctx.addIssue({
        code: "custom",
        path: ["provider_ip_address"],
        message: `provider_ip_address ${provider} is not in the subnet of customer_ip_address ${customer}`,
      });
    else if (customer && customer === provider)
      ctx.addIssue({
        code: "custom",
        path: ["provider_ip_address"],
        message: "provider_ip_address must differ from customer_ip_address",
      });
  });

/** A prefix list on the vRouter end, by its id (an McrPrefixFilterList's or NatGatewayPrefixList's `prefixListId`). */
const prefixListRef = (what: string) =>
  z
    .number({
      // Terraform configurations name lists by description, which its provider resolves; Megaport's
      // API (and megaportgo) take the id, which Pulumi gets from the list resource itself.
      error: (iss) =>
        typeof iss.input === "string"
          ? `${what} takes the prefix list's id, not its description ("${iss.input}"): give the list resource's prefixListId (McrPrefixFilterList or NatGatewayPrefixList), or find it with getMcrPrefixFilterLists`
          : `${what} must be a prefix filter list id`,
    })
    .int(`${what} must be a prefix filter list id`)
    .positive(`${what} must be a prefix filter list id`);

export const BgpConnection = z.strictObject({
  peerAsn: asnSchema(
    "peerAsn",
    "peerAsn is required: a BGP session needs the peer's ASN (megaportgo sends 0 when a Terraform configuration leaves it out)",
  ),
  /** Overrides the MCR's ASN for this session. */
  localAsn: asnSchema("localAsn").optional(),
  /** This end's address in the session, without its prefix length: inside the interface's subnet. */
  localIpAddress: ipAddress("localIpAddress"),
  /** The peer's address, without its prefix length: inside the interface's subnet. */
  peerIpAddress: ipAddress("peerIpAddress"),
  /** MD5 password of the session. Secret, with the rest of the configuration. */
  password: z.string().optional(),
  shutdown: z.boolean().default(false),
  description: z.string().optional(),
  /** MED applied to routes received (0-4294967295). */
  medIn: med("medIn").optional(),
  /** MED sent with advertised routes (0-4294967295). */
  medOut: med("medOut").optional(),
  bfdEnabled: z.boolean().default(false),
  /** "deny" with permitExportTo: advertise only to the listed peers; "permit" with denyExportTo. */
  exportPolicy: z.enum(["permit", "deny"]).optional(),
  /** Peer IP addresses routes from this session are advertised to (with exportPolicy "deny"). */
  permitExportTo: z.array(ipAddress("permitExportTo")).optional(),
  /** Peer IP addresses routes from this session are not advertised to (with exportPolicy "permit"). */
  denyExportTo: z.array(ipAddress("denyExportTo")).optional(),
  /** Received routes must match this prefix filter list (its id). */
  importWhitelist: prefixListRef("importWhitelist").optional(),
  /** Received routes matching this prefix filter list are dropped. */
  importBlacklist: prefixListRef("importBlacklist").optional(),
  /** Advertised routes must match this prefix filter list. */
  exportWhitelist: prefixListRef("exportWhitelist").optional(),
  /** Routes matching this prefix filter list are not advertised. */
  exportBlacklist: prefixListRef("exportBlacklist").optional(),
  /** Prepend the local ASN this many times (0-10). */
  asPathPrependCount: z
    .number()
    .int()
    .min(0, "asPathPrependCount must be 0-10")
    .max(10, "asPathPrependCount must be 0-10")
    .optional(),
  /** What the peer is; Megaport picks by the far end when unset. */
  peerType: z
    .enum(["NON_CLOUD", "PRIV_CLOUD", "PUB_CLOUD"], {
      error: "peerType must be NON_CLOUD, PRIV_CLOUD or PUB_CLOUD",
    })
    .optional(),
  /** eBGP only: replace the peer's ASN with the local ASN in advertised paths. */
  asOverride: z.boolean().optional(),
});

/** An IPsec tunnel on an `ipSecTunnel` interface (the MCR needs the IPsec add-on). */
export const IpsecTunnelOptions = z
  .strictObject({
    /** The Megaport-side IPv4 address (on a separate subInterface). */
    sourceIpAddress: ipAddressOrPrefix("sourceIpAddress"),
    /** The remote peer's IPv4 address. */
    destinationIpAddress: ipAddressOrPrefix("destinationIpAddress"),
    /** Never returned by Megaport; kept from state. Secret, with the rest of the configuration. */
    preSharedKey: z.string({ error: "preSharedKey is required" }).min(1, "preSharedKey must not be empty"),
    /** Wait for the peer to start (Megaport's default true). */
    passive: z.boolean().optional(),
    localId: z.string().optional(),
    remoteId: z.string().optional(),
    /** Seconds, 3600-604800 (default 28800). */
    phase1Lifetime: z
      .number()
      .int()
      .min(3600, "phase1Lifetime must be 3600-604800 s")
      .max(604800, "phase1Lifetime must be 3600-604800 s")
      .optional(),
    /** Seconds, 600-86400 and shorter than phase 1 (default 3600). */
    phase2Lifetime: z
      .number()
      .int()
      .min(600, "phase2Lifetime must be 600-86400 s")
      .max(86400, "phase2Lifetime must be 600-86400 s")
      .optional(),
  })
  .superRefine((t, ctx) => {
    const phase1 = t.phase1Lifetime ?? 28800;
    const phase2 = t.phase2Lifetime ?? 3600;
    if (phase2 >= phase1)
      ctx.addIssue({
        code: "custom",
        path: ["phase2Lifetime"],
        message: `phase2Lifetime (${phase2} s) must be shorter than phase1Lifetime (${phase1} s)`,
      });
  });

export const VrouterInterface = z
  .strictObject({
    description: z.string().optional(),
    /** "subInterface" (default) or "ipSecTunnel" (then ipSecTunnelOptions is required). */
    interfaceType: z
      .enum(["subInterface", "ipSecTunnel"], {
        error: "interfaceType must be subInterface or ipSecTunnel",
      })
      .optional(),
    /** 68-9074 (Megaport's default 1500). */
    ipMtu: z.number().int().min(68, "ipMtu must be 68-9074").max(9074, "ipMtu must be 68-9074").optional(),
    ipSecTunnelOptions: IpsecTunnelOptions.optional(),
    /** This end's addresses on the interface with their prefix length, e.g. 169.254.100.6/29. */
    ipAddresses: z.array(ipPrefix("ipAddresses")).optional(),
    ipRoutes: z
      .array(
        z.strictObject({
          prefix: ipPrefix("prefix"),
          description: z.string().optional(),
          nextHop: ipAddress("nextHop"),
        }),
      )
      .optional(),
    natIpAddresses: z.array(ipAddress("natIpAddresses")).optional(),
    /** On a NAT gateway end: the packet filter applied to traffic in (a NatGatewayPacketFilter's id). */
    packetFilterIn: z.number().int().positive("packetFilterIn must be a packet filter id").optional(),
    /** On a NAT gateway end: the packet filter applied to traffic out. */
    packetFilterOut: z.number().int().positive("packetFilterOut must be a packet filter id").optional(),
    bfd: z
      .strictObject({
        // Each may be left to Megaport's default (a Terraform configuration often does).
        txInterval: bfdValue("txInterval", " ms").optional(),
        rxInterval: bfdValue("rxInterval", " ms").optional(),
        multiplier: bfdValue("multiplier", "").optional(),
      })
      .optional(),
    bgpConnections: z.array(BgpConnection).optional(),
    vlan: vlanSchema("interfaces.vlan", false).optional(),
  })
  .superRefine((i, ctx) => {
    // A BGP session runs across the interface: both its addresses lie in one of its subnets.
    const subnets = i.ipAddresses ?? [];
    if (subnets.length > 0)
      (i.bgpConnections ?? []).forEach((b, n) => {
        for (const key of ["localIpAddress", "peerIpAddress"] as const)
          if (!subnets.some((subnet) => inPrefix(b[key], subnet)))
            ctx.addIssue({
              code: "custom",
              path: ["bgpConnections", n, key],
              message: `${key} ${b[key]} is not in this interface's ipAddresses (${subnets.join(", ")})`,
            });
      });
    const tunnel = i.interfaceType === "ipSecTunnel";
    if (tunnel !== (i.ipSecTunnelOptions !== undefined))
      ctx.addIssue({
        code: "custom",
        path: [tunnel ? "ipSecTunnelOptions" : "interfaceType"],
        message: tunnel
          ? "an ipSecTunnel interface needs ipSecTunnelOptions"
          : 'ipSecTunnelOptions needs interfaceType "ipSecTunnel"',
      });
  });

/** An MCR or NAT gateway (vRouter) end: interfaces only, with no connectType on the wire. */
export const VrouterPartnerConfig = z.strictObject({ interfaces: z.array(VrouterInterface) });

export type AwsPartnerConfig = z.infer<typeof AwsPartnerConfig>;
export type AzurePartnerConfig = z.infer<typeof AzurePartnerConfig>;
export type GooglePartnerConfig = z.infer<typeof GooglePartnerConfig>;
export type OraclePartnerConfig = z.infer<typeof OraclePartnerConfig>;
export type IbmPartnerConfig = z.infer<typeof IbmPartnerConfig>;
export type TransitPartnerConfig = z.infer<typeof TransitPartnerConfig>;
export type BgpConnection = z.infer<typeof BgpConnection>;
export type IpsecTunnelOptions = z.infer<typeof IpsecTunnelOptions>;
/** An interface as sent: `bfd` always present (`{}` when unset), as megaportgo sends it. */
export type VrouterInterface = z.infer<typeof VrouterInterface> & {
  bfd: NonNullable<z.infer<typeof VrouterInterface>["bfd"]>;
};
export interface VrouterPartnerConfig {
  interfaces: VrouterInterface[];
}
/** IBM as sent: every key present. */
export type IbmPartnerConfigSent = Required<IbmPartnerConfig>;

export type PartnerConfig =
  | AwsPartnerConfig
  | AzurePartnerConfig
  | GooglePartnerConfig
  | OraclePartnerConfig
  | IbmPartnerConfigSent
  | TransitPartnerConfig
  | VrouterPartnerConfig;
