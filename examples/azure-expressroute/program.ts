// An MCR in each Sydney diversity zone, and an ExpressRoute circuit's primary and secondary VXCs
// from them with private peering. Config: `azureServiceKey` (secret; the emulator's test key by
// default), `mcrZones` ("red,blue"; "red,red" shows the refusal).
import * as pulumi from "@pulumi/pulumi";
import * as megaport from "../../sdk";

export async function azureExpressRoute() {
  const config = new pulumi.Config();
  const serviceKey =
    config.getSecret("azureServiceKey") ?? pulumi.secret("1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d");
  const zones = (config.get("mcrZones") ?? "red,blue").split(",") as megaport.Zone[];
  const sydney = await megaport.getLocation({ name: "Global Switch Sydney" });
  const mcrs = zones.map(
    (zone, i) =>
      new megaport.Mcr(`mcr-${i + 1}`, {
        productName: `syd-er-mcr-${i + 1}`,
        portSpeed: 1000,
        locationId: sydney.id,
        diversityZone: zone,
        contractTermMonths: 1,
        asn: 64512,
      }),
  );
  const er = new megaport.AzureExpressRoute("er", {
    serviceKey,
    aEnds: [mcrs[0], mcrs[1]],
    productName: "syd-er",
    contractTermMonths: 1,
    privatePeering: { peerAsn: 64512, primarySubnet: "192.168.10.0/30", secondarySubnet: "192.168.10.4/30" },
  });
  return {
    summary: er.summary,
    primaryPort: er.primary.bEndDetails.apply((d) => d.productUid),
    secondaryPort: er.secondary.bEndDetails.apply((d) => d.productUid),
  };
}
