import * as pulumi from "@pulumi/pulumi";
import type { CloudPartner } from "../../provider/client";
import { fromApi } from "./client";

export interface CloudPortCandidate {
  productUid: string;
  name: string | null;
  /** "primary" or "secondary" for Azure; null otherwise. */
  type: string | null;
  /** True when no VXC uses the port yet. */
  free: boolean;
  locationId: number | null;
  portSpeed: number | null;
  companyName: string | null;
}

export interface CloudPortsResult {
  ports: CloudPortCandidate[];
  /** The bandwidth the partner dictates (Azure, Nutanix), in Mbps. */
  bandwidth: number | null;
  /** The bandwidths the partner accepts (Google), in Mbps. */
  bandwidths: number[];
  /** The VLAN the partner dictates (Azure), or null. */
  vlan: number | null;
}

async function lookup(partner: CloudPartner, key: string): Promise<CloudPortsResult> {
  const r = await fromApi((s) => s.client().cloudLookups.lookup(partner, key));
  return {
    ports: r.megaports.map((m) => ({
      productUid: m.productUid,
      name: m.name ?? null,
      type: m.type ?? null,
      free: m.vxc === null || m.vxc === undefined,
      locationId: m.locationId ?? null,
      portSpeed: m.portSpeed ?? null,
      companyName: m.companyName ?? null,
    })),
    bandwidth: r.bandwidth ?? null,
    bandwidths: r.bandwidths ?? [],
    vlan: r.vlan ?? null,
  };
}

// The Output forms keep the key's secrecy: a result computed from a secret key is itself secret.
const output = (partner: CloudPartner, key: pulumi.Input<string>) =>
  pulumi.output(key).apply((k) => lookup(partner, k));

/**
 * Azure ExpressRoute ports for a service key (GET /v2/secure/azure/{key}).
 *
 * ```ts
 * const azure = megaport.getAzurePortsOutput({ serviceKey: config.requireSecret("expressRouteKey") });
 * ```
 */
export const getAzurePorts = (args: { serviceKey: string }) => lookup("azure", args.serviceKey);
export const getAzurePortsOutput = (args: { serviceKey: pulumi.Input<string> }) =>
  output("azure", args.serviceKey);
/** Google partner interconnect ports for a pairing key. `megaport.getGooglePorts({ pairingKey })` */
export const getGooglePorts = (args: { pairingKey: string }) => lookup("google", args.pairingKey);
export const getGooglePortsOutput = (args: { pairingKey: pulumi.Input<string> }) =>
  output("google", args.pairingKey);
/** Oracle FastConnect ports for a virtual circuit id. `megaport.getOraclePorts({ virtualCircuitId })` */
export const getOraclePorts = (args: { virtualCircuitId: string }) => lookup("oracle", args.virtualCircuitId);
export const getOraclePortsOutput = (args: { virtualCircuitId: pulumi.Input<string> }) =>
  output("oracle", args.virtualCircuitId);
/** Nutanix ports for a service key. `megaport.getNutanixPorts({ serviceKey })` */
export const getNutanixPorts = (args: { serviceKey: string }) => lookup("nutanix", args.serviceKey);
export const getNutanixPortsOutput = (args: { serviceKey: pulumi.Input<string> }) =>
  output("nutanix", args.serviceKey);
