// Bringing a port bought in the Megaport portal under management: give its UID as
// adoptProductUid. Nothing is ordered; fields that differ from this program are updated.
import * as pulumi from "@pulumi/pulumi";
import * as megaport from "../../sdk";

export async function adoptExisting() {
  const config = new pulumi.Config();
  const existingPortUid = config.require("existingPortUid");
  const port = new megaport.Port("existing-port", {
    adoptProductUid: existingPortUid,
    productName: "managed-by-pulumi",
    portSpeed: 1000,
    locationId: 4,
    contractTermMonths: 12,
    marketplaceVisibility: false,
    costCentre: "NET-ADOPTED",
  });
  return { portUid: port.productUid, name: port.productName, status: port.provisioningStatus };
}
