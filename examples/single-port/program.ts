// A single 1G port, located by name, with its price known before anything is bought.
import * as megaport from "../../sdk";

export async function singlePort() {
  const location = await megaport.getLocation({ name: "NextDC M1" });
  const price = await megaport.getPortPrice({
    locationId: location.id,
    portSpeed: 1000,
    contractTermMonths: 12,
  });
  const port = new megaport.Port("port", {
    productName: "mel-port-1",
    portSpeed: 1000,
    locationId: location.id,
    contractTermMonths: 12,
    marketplaceVisibility: false,
    costCentre: "NET-MEL",
    resourceTags: { team: "network", env: "demo" },
  });
  return {
    portUid: port.productUid,
    status: port.provisioningStatus,
    priceBookMonthly: `${price.monthlyRate} ${price.currency}`,
    orderedMonthly: port.monthlyRate,
  };
}
