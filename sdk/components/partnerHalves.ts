// What the cloud designs share: two VXCs from a pair of A-ends to two partner ports, gated on the
// pair's diversity, with their B-end zones from the partner port list and their price from the
// price book.
import * as pulumi from "@pulumi/pulumi";
import { getPartnerPorts, getVxcPrice } from "../data/dataSources";
import { Vxc, VxcArgs } from "../vxc";
import {
  EndFacts,
  PairSummary,
  afterGate,
  diversityGate,
  endFacts,
  endReasons,
  pairCost,
  PairEnd,
  sameProduct,
  sameZone,
} from "./pair";

/** A half's far end: the partner port it lands on (its zone comes from the list), once chosen. */
export type PartnerSide = pulumi.Output<{ productUid: string; locationId?: number | null } | undefined>;

/** A partner port's zone, from the public partner port list (the key look-ups do not say). */
export const zoneOfPartnerPort = async (uid: string) =>
  (await getPartnerPorts({ productUid: uid, vxcPermittedOnly: false }))[0]?.diversityZone ?? null;

const partnerZone = (uid: pulumi.Output<string | undefined>) =>
  uid.apply((u) => (u ? zoneOfPartnerPort(u) : null));

export interface HalvesSpec {
  component: pulumi.ComponentResource;
  label: string;
  name: string;
  aEnds: [PairEnd, PairEnd];
  bEnds: [PartnerSide, PartnerSide];
  /** Reasons of the design's own (a key, a region) besides the ends'. */
  reasons?: Array<pulumi.Input<string | undefined>>;
  rateLimit: pulumi.Input<number>;
  /** Each half's VXC arguments but its A-end, which comes from `aEnds`. */
  vxc(i: 0 | 1, aEndUid: pulumi.Output<string>): Omit<VxcArgs, "rateLimit">;
  suffixes: [string, string];
}

/** The two VXCs, created only once the pair is known to be diverse, and what the pair is. */
export function partnerHalves(spec: HalvesSpec): { vxcs: [Vxc, Vxc]; summary: pulumi.Output<PairSummary> } {
  const a: [EndFacts, EndFacts] = [endFacts(spec.aEnds[0]), endFacts(spec.aEnds[1])];
  const bUids = spec.bEnds.map((b) => b.apply((p) => p?.productUid));
  const bZones = bUids.map(partnerZone);
  const gate = diversityGate(spec.component, spec.label, [
    ...endReasons(a),
    pulumi.all([bUids[0], bUids[1]]).apply(([x, y]) => sameProduct("B-ends", x, y)),
    pulumi.all([bZones[0], bZones[1]]).apply(([x, y]) => sameZone("B-ends", x, y)),
    ...(spec.reasons ?? []),
  ]);
  const vxcs = ([0, 1] as const).map(
    (i) =>
      new Vxc(
        `${spec.name}-${spec.suffixes[i]}`,
        { ...spec.vxc(i, afterGate(gate, a[i].productUid)), rateLimit: spec.rateLimit },
        { parent: spec.component },
      ),
  ) as [Vxc, Vxc];
  const price = (i: 0 | 1) =>
    pulumi
      .all([a[i].locationId, spec.bEnds[i].apply((p) => p?.locationId), spec.rateLimit])
      .apply(([aLocationId, bLocationId, rateLimit]) =>
        getVxcPrice({ aLocationId: aLocationId ?? 0, bLocationId: bLocationId ?? 0, rateLimit }),
      );
  const summary = pulumi
    .all([gate, a[0].zone, a[1].zone, bZones[0], bZones[1], price(0), price(1)])
    .apply(([, a0, a1, b0, b1, p0, p1]) => ({
      diverse: true,
      zones: { a: [a0, a1], b: [b0, b1] },
      ...pairCost([p0, p1]),
    }));
  return { vxcs, summary };
}
