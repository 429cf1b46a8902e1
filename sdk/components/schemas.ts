// What each component takes and answers, in every language: its arguments as zod schemas (the
// TypeScript types come from them, the native plugin checks a Construct's arguments with them, and
// the package schema is generated from them) and its outputs. Kept apart from the components' code
// so that the package schema is made without loading Pulumi's Node.js SDK.
import type * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import { DIVERSITY_ZONES } from "../../provider/shared/megaportValues";
import type { Mcr } from "../mcr";
import type { Mve } from "../mve";
import type { Port } from "../port";
import type { ComponentArgs, ComponentSchema } from "./component";

/** One end a half of the pair starts from: a port, MCR or MVE of this program, or a product by UID. */
export type PairEnd = Port | Mcr | Mve | { productUid: pulumi.Input<string> } | pulumi.Input<string>;

/** A diversity zone as a component's argument. */
export const ZONE = z.enum(DIVERSITY_ZONES);

// A product UID, or an object: a Port, Mcr or Mve (as Construct hands it over), an Output of a UID,
// or { productUid }.
const isPairEnd = (e: unknown): e is PairEnd =>
  typeof e === "string" || (typeof e === "object" && e !== null);

/** The two ends a pair's halves start from, as a component's argument. */
export const PAIR_ENDS = z
  .tuple([z.custom<PairEnd>(isPairEnd), z.custom<PairEnd>(isPairEnd)], {
    error: "must be two ends: each a Port, Mcr or Mve, or a product UID",
  })
  .describe(
    "The pair of A-ends the halves start from, in order: each a Port, Mcr or Mve, or an existing product's UID.",
  );

/** What a component tells about its pair. */
export const PairSummary = z.object({
  diverse: z.boolean().describe("True once every diversity check has passed."),
  zones: z
    .object({ a: z.array(z.string().nullable()), b: z.array(z.string().nullable()).optional() })
    .describe("Each half's zone at each end (A-ends, and B-ends where the far end is a partner's)."),
  locations: z
    .array(z.string())
    .optional()
    .describe("Where each half's A-end is, by location name, where the component chose it."),
  monthlyCost: z
    .number()
    .describe("The pair's monthly price from the price book (never a buy), in `currency`."),
  currency: z.string(),
});
export type PairSummary = z.infer<typeof PairSummary>;

/** The summary as a component's output. */
export const SUMMARY_OUTPUT = {
  value: PairSummary,
  typeName: "PairSummary",
  description: "Whether the pair is diverse, its zones, and its monthly cost.",
};

export const DiversePortsArgs = z
  .object({
    metro: z
      .string()
      .min(1)
      .describe(
        'The metro both ports are in ("Sydney"): each port\'s location is chosen there unless given.',
      ),
    portSpeed: z.number().int().positive().describe("Port speed in Mbps, offered in both zones."),
    productName: z
      .string()
      .min(1)
      .describe('Each port\'s name is this with its zone: "syd-edge-red", "syd-edge-blue".'),
    contractTermMonths: z.number().int().positive().describe("Each port's contract term in months."),
    locationIds: z
      .object({ red: z.number().int().optional(), blue: z.number().int().optional() })
      .strict()
      .optional()
      .describe(
        "Each port's location; left out, the metro's location (lowest id) that offers the speed in both zones, else in that zone.",
      ),
    zones: z
      .tuple([ZONE, ZONE])
      .optional()
      .describe('The pair\'s zones, ["red", "blue"] unless given: the same zone twice is refused.'),
    lagPortCount: z
      .number()
      .int()
      .positive()
      .optional()
      .describe("Orders two LAGs of this many ports each instead of two ports."),
    marketplaceVisibility: z.boolean().optional(),
    costCentre: z.string().optional(),
    resourceTags: z.record(z.string(), z.string()).optional(),
  })
  .strict();
export type DiversePortsArgs = ComponentArgs<typeof DiversePortsArgs, "costCentre" | "resourceTags">;

export const AzurePeeringArgs = z
  .object({
    peerAsn: z
      .number()
      .int()
      .optional()
      .describe("Your ASN towards Microsoft (left out on an MCR: the MCR's)."),
    primarySubnet: z.string().describe("The /30 of the primary link."),
    secondarySubnet: z.string().describe("The /30 of the secondary link."),
    prefixes: z.string().optional().describe("Microsoft peering: the public prefixes you advertise."),
    vlan: z.number().int().optional().describe("The peering's VLAN (Azure's)."),
    sharedKey: z.string().optional(),
  })
  .strict();
export type AzurePeeringArgs = z.input<typeof AzurePeeringArgs>;

export const AzureExpressRouteArgs = z
  .object({
    serviceKey: z.string().min(1).describe("The ExpressRoute circuit's service key (secret)."),
    aEnds: PAIR_ENDS,
    productName: z.string().min(1).describe('The halves are named this with "-primary" and "-secondary".'),
    rateLimit: z
      .number()
      .int()
      .positive()
      .optional()
      .describe("Mbps; left out, the circuit's bandwidth as the key says."),
    contractTermMonths: z.number().int().positive(),
    vlans: z
      .tuple([z.number().int(), z.number().int()])
      .optional()
      .describe("Each half's A-end VLAN (a port end); left out, Megaport assigns one."),
    privatePeering: AzurePeeringArgs.optional(),
    microsoftPeering: AzurePeeringArgs.optional(),
  })
  .strict();
export type AzureExpressRouteArgs = ComponentArgs<typeof AzureExpressRouteArgs, "serviceKey">;

export const GooglePartnerInterconnectArgs = z
  .object({
    pairingKeys: z
      .tuple([z.string().min(1), z.string().min(1)])
      .describe('The two attachments\' pairing keys ("<uuid>/<region>/1" and ".../2").'),
    aEnds: PAIR_ENDS,
    productName: z.string().min(1).describe('The halves are named this with "-1" and "-2".'),
    rateLimit: z.number().int().positive().describe("Mbps, one Google offers for the keys."),
    contractTermMonths: z.number().int().positive(),
    vlans: z.tuple([z.number().int(), z.number().int()]).optional().describe("Each half's A-end VLAN."),
  })
  .strict();
export type GooglePartnerInterconnectArgs = Omit<
  ComponentArgs<typeof GooglePartnerInterconnectArgs>,
  "pairingKeys"
> & { pairingKeys: [pulumi.Input<string>, pulumi.Input<string>] };

/** One half's BGP session with AWS (a hosted VIF's; a hosted connection has none). */
export const AwsBgpArgs = z
  .object({
    asn: z.number().int().optional().describe("Your ASN (left out on an MCR: the MCR's)."),
    amazonAsn: z.number().int().optional(),
    authKey: z.string().optional(),
    customerIpAddress: z
      .string()
      .optional()
      .describe('"192.168.100.1/30"; left out with amazonIpAddress, AWS assigns link-local ones.'),
    amazonIpAddress: z.string().optional(),
  })
  .strict();
export type AwsBgpArgs = z.input<typeof AwsBgpArgs>;

export const AwsRedundantConnectionArgs = z
  .object({
    region: z.string().min(1).describe('The AWS region, as the ports\' names say it: "ap-southeast-2".'),
    kind: z
      .enum(["hostedVif", "hostedConnection"])
      .describe('"hostedVif" (connectType AWS) or "hostedConnection" (AWSHC).'),
    ownerAccount: z.string().min(1).describe("The AWS account the VIFs or connections are offered to."),
    aEnds: PAIR_ENDS,
    productName: z.string().min(1).describe('The halves are named this with "-1" and "-2".'),
    rateLimit: z.number().int().positive(),
    contractTermMonths: z.number().int().positive(),
    vifType: z
      .enum(["private", "public", "transit"])
      .optional()
      .describe("A hosted VIF's type: private (to a VGW or DX gateway), public or transit."),
    bgp: z.tuple([AwsBgpArgs, AwsBgpArgs]).optional().describe("Each half's BGP settings (hosted VIFs)."),
    partnerPortUids: z
      .tuple([z.string(), z.string()])
      .optional()
      .describe("The two AWS ports, by product UID; left out, the best red and the best blue of the region."),
    vlans: z.tuple([z.number().int(), z.number().int()]).optional(),
  })
  .strict();
export type AwsRedundantConnectionArgs = ComponentArgs<typeof AwsRedundantConnectionArgs>;

/** Every component by name, as the package schema and Construct know it. */
export const COMPONENT_SCHEMAS = {
  DiversePorts: {
    description:
      "Two ports or LAGs at a metro, one per diversity zone, their locations chosen or checked at preview.",
    args: DiversePortsArgs,
    inputArgs: ["costCentre", "resourceTags"],
    outputs: {
      red: {
        resource: "Port",
        description: "The first zone's port (the red one unless `zones` says otherwise).",
      },
      blue: { resource: "Port", description: "The second zone's port." },
      ports: { resources: "Port", description: "Both ports, in zone order." },
      summary: SUMMARY_OUTPUT,
    },
  },
  AzureExpressRoute: {
    description:
      "Primary and secondary ExpressRoute VXCs from one service key, with the same peerings on both.",
    args: AzureExpressRouteArgs,
    inputArgs: ["serviceKey"],
    secretArgs: ["serviceKey", "privatePeering", "microsoftPeering"],
    outputs: {
      primary: { resource: "Vxc", description: "The VXC to the circuit's primary port." },
      secondary: { resource: "Vxc", description: "The VXC to the circuit's secondary port." },
      summary: SUMMARY_OUTPUT,
    },
  },
  AwsRedundantConnection: {
    description:
      "Two hosted VIFs or hosted connections to two AWS ports in different zones of one region, with BGP on each.",
    args: AwsRedundantConnectionArgs,
    inputArgs: [],
    secretArgs: ["bgp"],
    outputs: {
      first: { resource: "Vxc", description: "The half to the first AWS port." },
      second: { resource: "Vxc", description: "The half to the second AWS port." },
      summary: SUMMARY_OUTPUT,
    },
  },
  GooglePartnerInterconnect: {
    description:
      "Two Partner Interconnect attachments from two pairing keys in two edge availability domains.",
    args: GooglePartnerInterconnectArgs,
    inputArgs: ["pairingKeys"],
    secretArgs: ["pairingKeys"],
    outputs: {
      first: { resource: "Vxc", description: "The first pairing key's attachment." },
      second: { resource: "Vxc", description: "The second pairing key's attachment." },
      summary: SUMMARY_OUTPUT,
    },
  },
} satisfies Record<string, ComponentSchema>;
