// Google Partner Interconnect as Google's 99.99% topology asks: two VLAN attachments, whose two
// pairing keys are in the region's two edge availability domains, landing on two Megaport ports in
// different zones, from a pair of ports or MCRs. Each key's ports are looked up at preview.
import * as pulumi from "@pulumi/pulumi";
import { componentToken } from "../../provider/tokens";
import type { CloudPortCandidate } from "../../provider/dataSources/cloudPorts";
import { getGooglePortsOutput } from "../data/dataSources";
import type { Vxc } from "../vxc";
import type { PairSummary } from "./pair";
import type { GooglePartnerInterconnectArgs } from "./schemas";
import { partnerHalves, zoneOfPartnerPort } from "./partnerHalves";

/** The edge availability domain a pairing key names (its last part), when it has that form. */
const domainOf = (key: string) => /\/([12])$/.exec(key)?.[1];

/**
 * Two Partner Interconnect attachments from two pairing keys.
 *
 * ```ts
 * const gcp = new megaport.GooglePartnerInterconnect("gcp", {
 *   pairingKeys: [config.require("pairingKey1"), config.require("pairingKey2")],
 *   aEnds: [mcrs.red, mcrs.blue], productName: "syd-gcp", rateLimit: 1000, contractTermMonths: 1,
 * });
 * ```
 */
export class GooglePartnerInterconnect extends pulumi.ComponentResource {
  readonly first: Vxc;
  readonly second: Vxc;
  readonly summary: pulumi.Output<PairSummary>;

  constructor(name: string, args: GooglePartnerInterconnectArgs, opts?: pulumi.ComponentResourceOptions) {
    super(componentToken("GooglePartnerInterconnect"), name, {}, opts);
    const keys = args.pairingKeys.map((k) => pulumi.output(k));
    // Each key's ports with their zones. The choice is the same on every run (a port taken by
    // this pair's own VXC stays its choice): the first key's red port (else its first), and the
    // second key's port in another zone (else its first).
    const zoned = keys.map((k) =>
      getGooglePortsOutput({ pairingKey: k }).apply((l) =>
        Promise.all(l.ports.map(async (port) => ({ port, zone: await zoneOfPartnerPort(port.productUid) }))),
      ),
    );
    type Zoned = { port: CloudPortCandidate; zone: string | null };
    const firstOf = (ps: Zoned[]) => ps.find((p) => p.zone === "red") ?? ps[0];
    const first = zoned[0].apply((ps) => firstOf(ps)?.port);
    const second = pulumi.all([zoned[0], zoned[1]]).apply(([ps0, ps1]) => {
      const f = firstOf(ps0);
      return (ps1.find((p) => p.zone !== f?.zone && p.port.productUid !== f?.port.productUid) ?? ps1[0])
        ?.port;
    });
    const chosen: Array<pulumi.Output<CloudPortCandidate | undefined>> = [first, second];
    ({
      vxcs: [this.first, this.second],
      summary: this.summary,
    } = partnerHalves({
      component: this,
      label: `GooglePartnerInterconnect "${name}"`,
      name,
      aEnds: args.aEnds,
      bEnds: [chosen[0], chosen[1]],
      reasons: [
        pulumi.all(keys).apply(([a, b]) => (a === b ? "both attachments use one pairing key" : undefined)),
        pulumi
          .all(keys)
          .apply(([a, b]) =>
            domainOf(a) && domainOf(a) === domainOf(b)
              ? `both pairing keys are in edge availability domain ${domainOf(a)}`
              : undefined,
          ),
        ...chosen.map((c, i) => c.apply((p) => (p ? undefined : `pairing key ${i + 1} offers no port`))),
      ],
      rateLimit: args.rateLimit,
      suffixes: ["1", "2"],
      vxc: (i, aEndUid) => ({
        productName: `${args.productName}-${i + 1}`,
        contractTermMonths: args.contractTermMonths,
        aEnd: { productUid: aEndUid, ...(args.vlans ? { vlan: args.vlans[i] } : {}) },
        bEnd: { productUid: chosen[i].apply((p) => p?.productUid ?? "") },
        bEndPartnerConfig: keys[i].apply((pairingKey) => ({ connectType: "GOOGLE" as const, pairingKey })),
      }),
    }));
    this.registerOutputs({ first: this.first, second: this.second, summary: this.summary });
  }
}
