// The example programs the demo runner (and the end-to-end tests) can bring up, by name.
import type { PulumiFn } from "@pulumi/pulumi/automation";
import type { EmulatorAdmin } from "../emulator";
import { accountInventory } from "../examples/account-inventory/program";
import { awsRedundant } from "../examples/aws-redundant/program";
import { azureExpressRoute } from "../examples/azure-expressroute/program";
import { diversePorts } from "../examples/diverse-ports/program";
import { googleInterconnect } from "../examples/google-interconnect/program";
import { adoptExisting } from "../examples/adopt-existing/program";
import { cloudConnectivity } from "../examples/cloud-connectivity/program";
import { hybridCloud } from "../examples/hybrid-cloud/program";
import { ixOnPort } from "../examples/ix-on-port/program";
import { mcrPrefixFilters } from "../examples/mcr-prefix-filters/program";
import { mveSdwan } from "../examples/mve-sdwan/program";
import { portMcrVxc } from "../examples/port-mcr-vxc/program";
import { serviceKey } from "../examples/service-key/program";
import { singlePort } from "../examples/single-port/program";

export interface Example {
  program: PulumiFn;
  /** Against the emulator: set up what the example expects to exist; returns its config values. */
  prepare?: (admin: EmulatorAdmin) => Promise<Record<string, string>>;
}

export const EXAMPLES: Record<string, Example> = {
  "port-mcr-vxc": { program: portMcrVxc },
  "single-port": { program: singlePort },
  "cloud-connectivity": { program: cloudConnectivity },
  "ix-on-port": { program: ixOnPort },
  "service-key": { program: serviceKey },
  "mve-sdwan": { program: mveSdwan },
  "mcr-prefix-filters": { program: mcrPrefixFilters },
  "hybrid-cloud": { program: hybridCloud },
  "diverse-ports": { program: diversePorts },
  "azure-expressroute": { program: azureExpressRoute },
  "aws-redundant": { program: awsRedundant },
  "google-interconnect": { program: googleInterconnect },
  "account-inventory": {
    program: accountInventory,
    prepare: async (admin) => {
      // A tagged port and MCR with a VXC between them, "bought in the portal" and LIVE at once.
      const tags = [{ key: "team", value: "network" }];
      const [port, mcr] = (
        await admin.order([
          {
            productName: "inventory-port",
            term: 12,
            productType: "MEGAPORT",
            portSpeed: 10000,
            locationId: 3,
            marketplaceVisibility: false,
            resourceTags: tags,
          },
          {
            productName: "inventory-mcr",
            term: 1,
            productType: "MCR2",
            portSpeed: 1000,
            locationId: 3,
            config: {},
            resourceTags: tags,
          },
        ])
      ).data.map((d) => String(d.technicalServiceUid));
      await admin.order([
        {
          productUid: port,
          associatedVxcs: [
            {
              productName: "inventory-uplink",
              rateLimit: 500,
              term: 1,
              aEnd: { vlan: 400 },
              bEnd: { productUid: mcr },
            },
          ],
        },
      ]);
      return { inventoryPortUid: port, inventoryMcrUid: mcr };
    },
  },
  "adopt-existing": {
    program: adoptExisting,
    prepare: async (admin) => {
      // A port "bought in the portal", LIVE at once.
      const bought = await admin.order([
        {
          productName: "bought in the portal",
          term: 12,
          productType: "MEGAPORT",
          portSpeed: 1000,
          locationId: 4,
          marketplaceVisibility: true,
        },
      ]);
      return { existingPortUid: String(bought.data[0].technicalServiceUid) };
    },
  },
};

export const DEFAULT_EXAMPLE = "port-mcr-vxc";
