// What the account already has, as data sources: ports, MCRs and VXCs tagged for a team, found
// with one product list per look-up. Nothing is ordered.
import * as megaport from "../../sdk";

export async function accountInventory() {
  const tags = { team: "network" };
  const ports = await megaport.getPorts({ tags });
  const mcrs = await megaport.getMcrs({ tags });
  const vxcs = await megaport.getVxcs({ nameContains: "uplink" });
  return {
    ports: ports.map((p) => `${p.productName} (${p.portSpeed} Mbps, ${p.provisioningStatus})`),
    mcrs: mcrs.map((m) => m.productName),
    uplinks: vxcs.map((v) => `${v.productName}: ${v.aEnd?.productName} → ${v.bEnd?.productName}`),
  };
}
