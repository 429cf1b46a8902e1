// Two ports (or LAGs) in a metro, one in each diversity zone: the pair every resilient Megaport
// design starts from. The locations are chosen (or, when given, checked) at preview: each must
// offer the speed in its port's zone.
import * as pulumi from "@pulumi/pulumi";
import type { Location } from "../../provider/client";
import { componentToken } from "../../provider/tokens";
import { getLocations, getPortPrice } from "../data/dataSources";
import { Port, PortArgs } from "../port";
import { DIVERSITY_ZONES } from "../../provider/shared/megaportValues";
import {
  Choice,
  PairSummary,
  Zone,
  afterGate,
  chosen as chosenOf,
  diversityGate,
  pairCost,
  sameZone,
  whyNot,
} from "./pair";
import type { DiversePortsArgs } from "./schemas";

/** Where a port of this speed can go in `zone`, preferring a location that offers it in both. */
function chooseLocation(locations: Location[], speed: number, zone: Zone, given?: number): Choice<Location> {
  const offers = (l: Location, z: string) => !!l.diversityZones?.[z]?.megaportSpeedMbps?.includes(speed);
  if (given !== undefined) {
    const l = locations.find((x) => x.id === given);
    if (!l) return `location ${given} is not an active location in this metro`;
    return offers(l, zone) ? l : `${l.name} (${l.id}) offers no ${speed} Mbps ports in the ${zone} zone`;
  }
  const inZone = locations.filter((l) => offers(l, zone)).sort((a, b) => a.id - b.id);
  const inBoth = inZone.filter((l) => offers(l, "red") && offers(l, "blue"));
  return inBoth[0] ?? inZone[0] ?? `no location in the metro offers ${speed} Mbps ports in the ${zone} zone`;
}

/**
 * Two ports or LAGs at a metro, one per diversity zone.
 *
 * ```ts
 * const edge = new megaport.DiversePorts("edge", { metro: "Sydney", portSpeed: 10000, productName: "syd-edge", contractTermMonths: 12 });
 * // edge.red, edge.blue: the two Ports; edge.summary: { diverse, zones, monthlyCost, currency }
 * ```
 */
export class DiversePorts extends pulumi.ComponentResource {
  /** The first zone's port (the red one unless `zones` says otherwise). */
  readonly red: Port;
  /** The second zone's port. */
  readonly blue: Port;
  readonly ports: [Port, Port];
  readonly summary: pulumi.Output<PairSummary>;

  constructor(name: string, args: DiversePortsArgs, opts?: pulumi.ComponentResourceOptions) {
    super(componentToken("DiversePorts"), name, {}, opts);
    const zones = args.zones ?? DIVERSITY_ZONES;
    const label = `DiversePorts "${name}"`;
    const metro = pulumi.output(getLocations({ metro: args.metro, portSpeed: args.portSpeed }));
    const choices = zones.map((zone) =>
      metro.apply((ls) => chooseLocation(ls, args.portSpeed, zone, args.locationIds?.[zone])),
    );
    const gate = diversityGate(this, label, [sameZone("ports", zones[0], zones[1]), ...choices.map(whyNot)]);
    // Past the gate every choice is a location.
    const locations = choices.map((c) => afterGate(gate, chosenOf(c)).apply((l) => l!));
    const [first, second] = zones.map((zone, i) => {
      const portArgs: PortArgs = {
        productName: `${args.productName}-${zone}`,
        portSpeed: args.portSpeed,
        contractTermMonths: args.contractTermMonths,
        locationId: locations[i].apply((l) => l.id),
        diversityZone: zone,
        marketplaceVisibility: args.marketplaceVisibility ?? false,
        ...(args.lagPortCount !== undefined ? { lagPortCount: args.lagPortCount } : {}),
        ...(args.costCentre !== undefined ? { costCentre: args.costCentre } : {}),
        ...(args.resourceTags !== undefined ? { resourceTags: args.resourceTags } : {}),
      };
      return new Port(`${name}-${zone}${i === 1 && zones[0] === zones[1] ? "-2" : ""}`, portArgs, {
        parent: this,
      });
    });
    this.red = first;
    this.blue = second;
    this.ports = [first, second];
    // A LAG costs its ports' price each.
    const price = (i: number) =>
      locations[i].apply(async (l) => {
        const p = await getPortPrice({
          locationId: l.id,
          portSpeed: args.portSpeed,
          contractTermMonths: args.contractTermMonths,
        });
        return { ...p, monthlyRate: p.monthlyRate * (args.lagPortCount ?? 1) };
      });
    this.summary = pulumi.all([locations[0], locations[1], price(0), price(1)]).apply(([l0, l1, a, b]) => ({
      diverse: true,
      zones: { a: [...zones] },
      locations: [l0.name, l1.name],
      ...pairCost([a, b]),
    }));
    this.registerOutputs({ red: this.red, blue: this.blue, summary: this.summary });
  }
}
