// Azure ExpressRoute as Microsoft builds it: one circuit's service key, two VXCs, the primary to
// the circuit's primary port and the secondary to its secondary, each with the same peerings, from
// a pair of ports or MCRs. The key's ports are looked up at preview.
import * as pulumi from "@pulumi/pulumi";
import { componentToken } from "../../provider/tokens";
import { getAzurePortsOutput } from "../data/dataSources";
import type { Vxc } from "../vxc";
import type { PairSummary } from "./pair";
import type { AzureExpressRouteArgs, AzurePeeringArgs } from "./schemas";
import { partnerHalves } from "./partnerHalves";

const SIDES = ["primary", "secondary"] as const;

function peer(type: "private" | "microsoft", p: AzurePeeringArgs) {
  return {
    type,
    primary_subnet: p.primarySubnet,
    secondary_subnet: p.secondarySubnet,
    ...(p.peerAsn !== undefined ? { peer_asn: p.peerAsn } : {}),
    ...(p.prefixes !== undefined ? { prefixes: p.prefixes } : {}),
    ...(p.vlan !== undefined ? { vlan: p.vlan } : {}),
    ...(p.sharedKey !== undefined ? { shared_key: p.sharedKey } : {}),
  };
}

/**
 * Primary and secondary ExpressRoute VXCs from one service key.
 *
 * ```ts
 * const er = new megaport.AzureExpressRoute("er", {
 *   serviceKey: config.requireSecret("expressRouteKey"), aEnds: [edge.red, edge.blue],
 *   productName: "syd-er", contractTermMonths: 1,
 *   privatePeering: { peerAsn: 65010, primarySubnet: "192.168.10.0/30", secondarySubnet: "192.168.10.4/30" },
 * });
 * ```
 */
export class AzureExpressRoute extends pulumi.ComponentResource {
  readonly primary: Vxc;
  readonly secondary: Vxc;
  readonly summary: pulumi.Output<PairSummary>;

  constructor(name: string, args: AzureExpressRouteArgs, opts?: pulumi.ComponentResourceOptions) {
    super(componentToken("AzureExpressRoute"), name, {}, opts);
    const lookup = getAzurePortsOutput({ serviceKey: args.serviceKey });
    const port = (side: (typeof SIDES)[number]) => lookup.apply((l) => l.ports.find((p) => p.type === side));
    const sides = SIDES.map(port);
    const peers = [
      ...(args.privatePeering ? [peer("private", args.privatePeering)] : []),
      ...(args.microsoftPeering ? [peer("microsoft", args.microsoftPeering)] : []),
    ];
    ({
      vxcs: [this.primary, this.secondary],
      summary: this.summary,
    } = partnerHalves({
      component: this,
      label: `AzureExpressRoute "${name}"`,
      name,
      aEnds: args.aEnds,
      bEnds: [sides[0], sides[1]],
      reasons: SIDES.map((side, i) =>
        sides[i].apply((p) => (p ? undefined : `the service key offers no ${side} port`)),
      ),
      rateLimit: args.rateLimit ?? lookup.apply((l) => l.bandwidth ?? 1000),
      suffixes: ["primary", "secondary"],
      vxc: (i, aEndUid) => ({
        productName: `${args.productName}-${SIDES[i]}`,
        contractTermMonths: args.contractTermMonths,
        aEnd: { productUid: aEndUid, ...(args.vlans ? { vlan: args.vlans[i] } : {}) },
        bEnd: {},
        bEndPartnerConfig: pulumi.output(args.serviceKey).apply((serviceKey) => ({
          connectType: "AZURE" as const,
          serviceKey,
          portChoice: SIDES[i],
          ...(peers.length > 0 ? { peers } : {}),
        })),
      }),
    }));
    this.registerOutputs({ primary: this.primary, secondary: this.secondary, summary: this.summary });
  }
}
