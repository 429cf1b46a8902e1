// AWS as its resilience guide asks: two hosted VIFs (or hosted connections) to two AWS ports of one
// region in different diversity zones, each with its BGP settings, from a pair of ports or MCRs.
// The AWS ports are chosen at preview (the best one accepting VXCs in each zone) or checked.
import * as pulumi from "@pulumi/pulumi";
import { componentToken } from "../../provider/tokens";
import type { PartnerPort } from "../../provider/client";
import { getPartnerPorts } from "../data/dataSources";
import type { Vxc } from "../vxc";
import { DIVERSITY_ZONES } from "../../provider/shared/megaportValues";
import { Choice, PairSummary, chosen as chosenOf, whyNot } from "./pair";
import type { AwsRedundantConnectionArgs } from "./schemas";
import { partnerHalves } from "./partnerHalves";

/** The region's AWS ports of this kind (those that accept no VXCs too, so that a given one is refused by name). */
async function regionPorts(connectType: string, region: string): Promise<PartnerPort[]> {
  const ports = await getPartnerPorts({ connectType, vxcPermittedOnly: false });
  return ports.filter((p) => (p.title ?? p.productName ?? "").includes(`(${region})`));
}

/** Each half's AWS port, or why there is none. */
function choose(ports: PartnerPort[], args: AwsRedundantConnectionArgs, i: 0 | 1): Choice<PartnerPort> {
  const given = args.partnerPortUids?.[i];
  if (given) {
    const p = ports.find((x) => x.productUid === given);
    if (!p) return `${given} is not an AWS ${args.kind} port in ${args.region}`;
    return p.vxcPermitted === false ? `${p.title} accepts no new VXCs` : p;
  }
  const best = ports.find((p) => p.vxcPermitted !== false && p.diversityZone === DIVERSITY_ZONES[i]);
  return (
    best ?? `${args.region} has no AWS ${args.kind} port in the ${DIVERSITY_ZONES[i]} zone that accepts VXCs`
  );
}

/**
 * Two hosted VIFs or hosted connections to two AWS ports in different zones of one region.
 *
 * ```ts
 * const aws = new megaport.AwsRedundantConnection("aws", {
 *   region: "ap-southeast-2", kind: "hostedVif", ownerAccount: "123456789012", vifType: "private",
 *   aEnds: [edge.red, edge.blue], productName: "syd-aws", rateLimit: 500, contractTermMonths: 1,
 *   bgp: [{ asn: 65010, amazonAsn: 64512 }, { asn: 65010, amazonAsn: 64512 }],
 * });
 * ```
 */
export class AwsRedundantConnection extends pulumi.ComponentResource {
  readonly first: Vxc;
  readonly second: Vxc;
  readonly summary: pulumi.Output<PairSummary>;

  constructor(name: string, args: AwsRedundantConnectionArgs, opts?: pulumi.ComponentResourceOptions) {
    super(componentToken("AwsRedundantConnection"), name, {}, opts);
    const connectType = args.kind === "hostedVif" ? ("AWS" as const) : ("AWSHC" as const);
    const ports = pulumi.output(regionPorts(connectType, args.region));
    const choices = ([0, 1] as const).map((i) => ports.apply((ps) => choose(ps, args, i)));
    const port = (i: number) => chosenOf(choices[i]);
    ({
      vxcs: [this.first, this.second],
      summary: this.summary,
    } = partnerHalves({
      component: this,
      label: `AwsRedundantConnection "${name}"`,
      name,
      aEnds: args.aEnds,
      bEnds: [port(0), port(1)],
      reasons: choices.map(whyNot),
      rateLimit: args.rateLimit,
      suffixes: ["1", "2"],
      vxc: (i, aEndUid) => ({
        productName: `${args.productName}-${i + 1}`,
        contractTermMonths: args.contractTermMonths,
        aEnd: { productUid: aEndUid, ...(args.vlans ? { vlan: args.vlans[i] } : {}) },
        bEnd: { productUid: port(i).apply((p) => p?.productUid ?? "") },
        bEndPartnerConfig: {
          connectType,
          ownerAccount: args.ownerAccount,
          ...(connectType === "AWS" ? { type: args.vifType ?? "private" } : {}),
          ...(args.bgp?.[i] ?? {}),
        },
      }),
    }));
    this.registerOutputs({ first: this.first, second: this.second, summary: this.summary });
  }
}
