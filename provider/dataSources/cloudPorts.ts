// The ports a cloud's key may be connected to (GET /v2/secure/{partner}/{key}). The key is secret:
// the client keeps it out of every error, and an Output-form answer from a secret key is secret.
import { z } from "zod";
import type { CloudPartner } from "../client";
import { dataSource } from "./dataSource";

export const CloudPortCandidate = z.object({
  productUid: z.string(),
  name: z.string().nullable(),
  type: z.string().nullable().describe('"primary" or "secondary" for Azure; null otherwise.'),
  free: z.boolean().describe("True when no VXC uses the port yet."),
  locationId: z.number().nullable(),
  portSpeed: z.number().nullable(),
  companyName: z.string().nullable(),
});
export type CloudPortCandidate = z.infer<typeof CloudPortCandidate>;

export const CloudPortsResult = z.object({
  ports: z.array(CloudPortCandidate),
  bandwidth: z.number().nullable().describe("The bandwidth the partner dictates (Azure, Nutanix), in Mbps."),
  bandwidths: z.array(z.number()).describe("The bandwidths the partner accepts (Google), in Mbps."),
  vlan: z.number().nullable().describe("The VLAN the partner dictates (Azure), or null."),
});
export type CloudPortsResult = z.infer<typeof CloudPortsResult>;

function cloudPorts<K extends string>(partner: CloudPartner, key: K, description: string) {
  return dataSource({
    description,
    args: z.object({ [key]: z.string().min(1) } as Record<K, z.ZodString>).strict(),
    result: CloudPortsResult,
    secretArgs: [key],
    itemType: "CloudLookup",
    async run(session, a): Promise<CloudPortsResult> {
      const r = await session.client().cloudLookups.lookup(partner, (a as Record<K, string>)[key]);
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
    },
  });
}

export const getAzurePorts = cloudPorts("azure", "serviceKey", "Azure ExpressRoute ports for a service key.");
export const getGooglePorts = cloudPorts(
  "google",
  "pairingKey",
  "Google Partner Interconnect ports for a pairing key.",
);
export const getOraclePorts = cloudPorts(
  "oracle",
  "virtualCircuitId",
  "Oracle FastConnect ports for a virtual circuit id.",
);
export const getNutanixPorts = cloudPorts("nutanix", "serviceKey", "Nutanix ports for a service key.");
