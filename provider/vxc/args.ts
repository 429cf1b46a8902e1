// VXC inputs: ends, partner configurations, and the rules check() applies across them.
import { z } from "zod";
import {
  asnSchema,
  costCentreSchema,
  nameSchema,
  oneOf,
  tagsSchema,
  uidSchema,
  vlanSchema,
} from "../shared/checks";
import { CONTRACT_TERMS } from "../shared/facts";

const ip = z
  .string()
  .regex(/^[0-9a-fA-F:.]+(\/\d{1,3})?$/, "must be an IP address (optionally with /prefix)");

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
  customerIpAddress: ip.optional(),
  amazonIpAddress: ip.optional(),
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
        primary_subnet: z.string().optional(),
        secondary_subnet: z.string().optional(),
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

export const BgpConnectionArgs = z.strictObject({
  peerAsn: asnSchema("peerAsn"),
  localAsn: asnSchema("localAsn").optional(),
  localIpAddress: ip,
  peerIpAddress: ip,
  password: z.string().optional(),
  shutdown: z.boolean().default(false),
  description: z.string().optional(),
  medIn: z.number().int().optional(),
  medOut: z.number().int().optional(),
  bfdEnabled: z.boolean().default(false),
  exportPolicy: z.enum(["permit", "deny"]).optional(),
});

export const VrouterConfig = z.strictObject({
  connectType: z.literal("VROUTER"),
  interfaces: z.array(
    z.strictObject({
      ipAddresses: z.array(ip).optional(),
      ipRoutes: z
        .array(z.strictObject({ prefix: ip, description: z.string().optional(), nextHop: ip }))
        .optional(),
      natIpAddresses: z.array(ip).optional(),
      bfd: z
        .strictObject({
          txInterval: z.number().int(),
          rxInterval: z.number().int(),
          multiplier: z.number().int(),
        })
        .optional(),
      bgpConnections: z.array(BgpConnectionArgs).optional(),
      vlan: vlanSchema("interfaces.vlan", false).optional(),
    }),
  ),
});

export const PartnerConfigArgs = z.discriminatedUnion(
  "connectType",
  [AwsConfig, AzureConfig, GoogleConfig, OracleConfig, TransitConfig, VrouterConfig],
  {
    error: "partnerConfig.connectType must be AWS, AWSHC, AZURE, GOOGLE, ORACLE, TRANSIT or VROUTER",
  },
);
export type PartnerConfigArgs = z.infer<typeof PartnerConfigArgs>;

/** Cloud (CSP) configs: changing one orders a new VXC. vRouter and Transit configs update in place. */
export function isCloudConfig(c: PartnerConfigArgs | undefined): boolean {
  return !!c && c.connectType !== "VROUTER" && c.connectType !== "TRANSIT";
}

const EndArgs = {
  vlan: vlanSchema("vlan", true).optional(),
  innerVlan: vlanSchema("innerVlan", true).optional(),
};

export const VxcArgs = z
  .strictObject({
    productName: nameSchema("productName"),
    rateLimit: z
      .number({ error: "rateLimit is required (Mbps)" })
      .int("rateLimit must be a whole number of Mbps")
      .positive("rateLimit must be at least 1 Mbps"),
    contractTermMonths: oneOf(CONTRACT_TERMS, "contractTermMonths", " months"),
    aEnd: z.strictObject({ productUid: uidSchema("aEnd.productUid"), ...EndArgs }),
    bEnd: z.strictObject({ productUid: uidSchema("bEnd.productUid").optional(), ...EndArgs }),
    aEndPartnerConfig: VrouterConfig.optional(),
    bEndPartnerConfig: PartnerConfigArgs.optional(),
    serviceKey: z.string().optional(),
    shutdown: z.boolean().default(false),
    costCentre: costCentreSchema.optional(),
    promoCode: z.string().optional(),
    resourceTags: tagsSchema.optional(),
    adoptProductUid: uidSchema("adoptProductUid").optional(),
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

export const VXC_REPLACE_ON = ["serviceKey"] as const;
