// An Internet Exchange service on a new port, with the exchange picked from what the location offers.
import * as megaport from "../../sdk";

export async function ixOnPort() {
  const location = await megaport.getLocation({ name: "Equinix SY3" });
  const types = await megaport.getIxTypes({ locationId: location.id });
  const exchange = types.find((t) => t.name === "Sydney IX") ?? types[0];
  const port = new megaport.Port("port", {
    productName: "sy3-peering",
    portSpeed: 10000,
    locationId: location.id,
    contractTermMonths: 12,
    marketplaceVisibility: true,
  });
  const ix = new megaport.Ix("ix", {
    productName: "sy3-sydney-ix",
    portUid: port.productUid,
    networkServiceType: exchange.name,
    asn: 64512,
    macAddress: "02:00:5e:10:00:01",
    rateLimit: 2000,
    publicGraph: true,
  });
  const price = await megaport.getIxPrice({
    networkServiceType: exchange.name,
    locationId: location.id,
    rateLimit: 2000,
  });
  return {
    exchange: exchange.name,
    routeServerAsn: exchange.asn,
    ixUid: ix.ixUid,
    vlan: ix.assignedVlan,
    priceBookMonthly: `${price.monthlyRate} ${price.currency}`,
  };
}
