// A port that partners can connect to with a service key. The key is a secret output.
import * as megaport from "../../sdk";

export async function serviceKey() {
  const port = new megaport.Port("port", {
    productName: "syd-partner-port",
    portSpeed: 10000,
    locationId: 3,
    contractTermMonths: 12,
    marketplaceVisibility: true,
  });
  const key = new megaport.ServiceKey("partner-key", {
    portUid: port.productUid,
    singleUse: true,
    maxSpeed: 1000,
    preApproved: true,
    description: "for Acme's VXC",
    validFor: { start: "2026-01-01T00:00:00Z", end: "2030-01-01T00:00:00Z" },
  });
  return { portUid: port.productUid, serviceKey: key.key, valid: key.valid };
}
