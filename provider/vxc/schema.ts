// The VXC's inputs and outputs: its ends, the partner configurations (in the API's own shape, so the
// client's order and update types come from here too), and the rules check() applies across them.
import { z } from "zod";
import { asnSchema, uidSchema, vlanSchema } from "../shared/checks";
import { field } from "../shared/fields";
import { inPrefix, ipAddress, ipAddressOrPrefix, ipPrefix } from "../shared/ipAddresses";
import { ProductState, productArgs, resourceTagsArg } from "../shared/productFields";

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

export const AwsConfig = z.strictObject({
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

export const AzureConfig = z.strictObject({
  connectType: z.literal("AZURE"),
  serviceKey: z.string().min(1, "serviceKey is required"),
  /** Which port of the ExpressRoute pair to use when bEnd.productUid is not given. */
  portChoice: z.enum(["primary", "secondary"]).optional(),
  peers: z
    .array(
      z.strictObject({
        type: z.enum(["private", "microsoft"]),
        peer_asn: asnSchema("peer_asn").optional(),
        primary_subnet: ipPrefix("primary_subnet").optional(),
        secondary_subnet: ipPrefix("secondary_subnet").optional(),
        prefixes: z.string().optional(),
        shared_key: z.string().optional(),
        vlan: vlanSchema("peers.vlan", false).optional(),
      }),
    )
    .optional(),
});

export const GoogleConfig = z.strictObject({
  connectType: z.literal("GOOGLE"),
  pairingKey: z.string().min(1, "pairingKey is required"),
});
export const OracleConfig = z.strictObject({
  connectType: z.literal("ORACLE"),
  virtualCircuitId: z.string().min(1, "virtualCircuitId is required"),
});
export const TransitConfig = z.strictObject({ connectType: z.literal("TRANSIT") });

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
export const IbmConfig = z
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

export const BgpConnectionArgs = z.strictObject({
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
export const IpsecTunnelArgs = z
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

export const VrouterConfig = z.strictObject({
  connectType: z.literal("VROUTER"),
  interfaces: z.array(
    z
      .strictObject({
        description: z.string().optional(),
        /** "subInterface" (default) or "ipSecTunnel" (then ipSecTunnelOptions is required). */
        interfaceType: z
          .enum(["subInterface", "ipSecTunnel"], {
            error: "interfaceType must be subInterface or ipSecTunnel",
          })
          .optional(),
        /** 68-9074 (Megaport's default 1500). */
        ipMtu: z
          .number()
          .int()
          .min(68, "ipMtu must be 68-9074")
          .max(9074, "ipMtu must be 68-9074")
          .optional(),
        ipSecTunnelOptions: IpsecTunnelArgs.optional(),
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
        bgpConnections: z.array(BgpConnectionArgs).optional(),
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
      }),
  ),
});

export const PartnerConfigArgs = z.discriminatedUnion(
  "connectType",
  [AwsConfig, AzureConfig, GoogleConfig, OracleConfig, IbmConfig, TransitConfig, VrouterConfig],
  {
    error: "partnerConfig.connectType must be AWS, AWSHC, AZURE, GOOGLE, ORACLE, IBM, TRANSIT or VROUTER",
  },
);
export type PartnerConfigArgs = z.infer<typeof PartnerConfigArgs>;

export type VrouterConfig = z.infer<typeof VrouterConfig>;

/** Cloud (CSP) configs: changing one orders a new VXC. vRouter and Transit configs update in place. */
export function isCloudConfig(c: PartnerConfigArgs | undefined): boolean {
  return !!c && c.connectType !== "VROUTER" && c.connectType !== "TRANSIT";
}

const EndArgs = {
  /** 2-4093, 0 (or unset) to let Megaport assign one, -1 for untagged on a Port. Updates in place. */
  vlan: vlanSchema("vlan", true).optional(),
  /** Q-in-Q inner VLAN. Updates in place. */
  innerVlan: vlanSchema("innerVlan", true).optional(),
  /** On an MVE end: the vNIC, a 0-based index into the MVE's vnics (default 0). Updates in place. */
  vnicIndex: z
    .number()
    .int("vnicIndex must be a whole number")
    .min(0, "vnicIndex must be 0-4")
    .max(4, "vnicIndex must be 0-4")
    .optional(),
};

export const VxcArgs = z
  .strictObject({
    ...productArgs,
    ...resourceTagsArg,
    /** Bandwidth in Mbps. Updates in place. */
    rateLimit: z
      .number({ error: "rateLimit is required (Mbps)" })
      .int("rateLimit must be a whole number of Mbps")
      .positive("rateLimit must be at least 1 Mbps"),
    /** Your Port, MCR, MVE or NAT gateway. Moving the end to another product updates in place. */
    aEnd: z.strictObject({
      /** The Port, MCR, MVE or NAT gateway at this end. */
      productUid: uidSchema("aEnd.productUid"),
      ...EndArgs,
    }),
    /** The other end. For Azure, Google and Oracle, productUid may be left out: the port is looked up from the key. */
    bEnd: z.strictObject({
      /** The Port, MCR, MVE or partner port at this end. */
      productUid: uidSchema("bEnd.productUid").optional(),
      ...EndArgs,
    }),
    /**
     * The A-end's configuration: vRouter (BGP) when it is an MCR or NAT gateway, updated in place; a cloud
     * configuration only where the A-end is that cloud's port (a change orders a new VXC). Secret.
     */
    aEndPartnerConfig: field(PartnerConfigArgs.optional(), { secret: true }),
    /** Cloud or vRouter configuration of the B-end. A cloud (AWS, Azure, Google, Oracle, IBM) change orders a new VXC. Secret. */
    bEndPartnerConfig: field(PartnerConfigArgs.optional(), { secret: true }),
    /** A service key that unlocks another company's port. Changing it orders a new VXC. Secret. */
    serviceKey: field(z.string().optional(), { secret: true, replaces: true }),
    /** Administratively shut the VXC down. Updates in place. */
    shutdown: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    const lookup =
      v.bEndPartnerConfig && ["AZURE", "GOOGLE", "ORACLE"].includes(v.bEndPartnerConfig.connectType);
    if (!v.bEnd.productUid && !lookup && !v.adoptProductUid) {
      ctx.addIssue({
        code: "custom",
        path: ["bEnd", "productUid"],
        message:
          "is required unless bEndPartnerConfig is AZURE, GOOGLE or ORACLE (then the port is looked up from the key)",
      });
    }
  });
export type VxcArgs = z.infer<typeof VxcArgs>;

/** A VXC end as Megaport resolved it. */
export const VxcEndDetails = z.object({
  productUid: z.string().nullable(),
  productName: z.string().nullable(),
  locationId: z.number().nullable(),
  /** The location's name. */
  location: z.string().nullable(),
  /** The VLAN Megaport assigned (when 0 or none was asked for) or the one asked for. */
  vlan: z.number().nullable(),
  innerVlan: z.number().nullable(),
  /** On an MVE end: the vNIC it is on. */
  vnicIndex: z.number().nullable(),
  ownerUid: z.string().nullable(),
  diversityZone: z.string().nullable(),
});

export const VxcState = ProductState.extend({
  /** The A-end as Megaport resolved it. */
  aEndDetails: VxcEndDetails,
  /** The B-end as Megaport resolved it: assigned VLAN, the partner port a key chose. */
  bEndDetails: VxcEndDetails,
  /** Cloud connection details (resources.csp_connection), always as a list. */
  cspConnections: z.array(z.record(z.string(), z.unknown())),
  /**
   * For a VXC to another company's port: PENDING while that company has not approved (the VXC is
   * kept; the next up continues), APPROVED or REJECTED; null when no approval is needed.
   */
  approvalStatus: z.string().nullable(),
  /** What Megaport says about the approval, e.g. "Awaiting approval from …". */
  approvalMessage: z.string().nullable(),
  /** The service id the portal and invoices show. */
  serviceId: z.number().nullable(),
  /** METRO, INTERCITY, …: what the distance between the ends does to the price. */
  distanceBand: z.string().nullable(),
});
