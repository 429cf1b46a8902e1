// The VXC's inputs and outputs: its ends, the partner configurations (the wire's, from
// client/partnerConfigs.ts, with the program's few differences), and the rules check() applies.
import { z } from "zod";
import {
  AwsPartnerConfig,
  AzurePartnerConfig,
  AzurePeer,
  GooglePartnerConfig,
  IbmPartnerConfig,
  OraclePartnerConfig,
  TransitPartnerConfig,
  VrouterPartnerConfig,
} from "../client/partnerConfigs";
import { asnSchema, uidSchema, vlanSchema } from "../client/values";
import { field } from "../shared/fields";
import { ProductState, productArgs, resourceTagsArg } from "../shared/productFields";

/** Azure: the peer's ASN a number, as everywhere else; which port of the pair when bEnd is left out. */
export const AzureConfig = AzurePartnerConfig.extend({
  /** Which port of the ExpressRoute pair to use when bEnd.productUid is not given. */
  portChoice: z.enum(["primary", "secondary"]).optional(),
  peers: z.array(AzurePeer.extend({ peer_asn: asnSchema("peer_asn").optional() })).optional(),
});

/** An MCR or NAT gateway end, named by connectType like every other configuration. */
export const VrouterConfig = VrouterPartnerConfig.extend({ connectType: z.literal("VROUTER") });

export const PartnerConfigArgs = z.discriminatedUnion(
  "connectType",
  [
    AwsPartnerConfig,
    AzureConfig,
    GooglePartnerConfig,
    OraclePartnerConfig,
    IbmPartnerConfig,
    TransitPartnerConfig,
    VrouterConfig,
  ],
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
