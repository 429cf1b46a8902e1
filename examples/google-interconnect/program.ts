// An MCR in each Sydney diversity zone, and two Partner Interconnect attachments from two pairing
// keys in the region's two edge availability domains. Config: `pairingKey1`, `pairingKey2` (the
// emulator's Sydney keys by default; the same key twice shows the refusal).
import * as pulumi from "@pulumi/pulumi";
import * as megaport from "../../sdk";

export async function googleInterconnect() {
  const config = new pulumi.Config();
  const key1 = config.get("pairingKey1") ?? "7e51371e-72a3-40b5-b844-2e3efefaee59/australia-southeast1/1";
  const key2 = config.get("pairingKey2") ?? "c2f6a1d3-58b4-4e0a-9d7e-3b1f0a6c2e44/australia-southeast1/2";
  const sydney = await megaport.getLocation({ name: "Global Switch Sydney" });
  const mcrs = (["red", "blue"] as const).map(
    (zone) =>
      new megaport.Mcr(`mcr-${zone}`, {
        productName: `syd-gcp-mcr-${zone}`,
        portSpeed: 1000,
        locationId: sydney.id,
        diversityZone: zone,
        contractTermMonths: 1,
        asn: 64512,
      }),
  );
  const gcp = new megaport.GooglePartnerInterconnect("gcp", {
    pairingKeys: [key1, key2],
    aEnds: [mcrs[0], mcrs[1]],
    productName: "syd-gcp",
    rateLimit: 1000,
    contractTermMonths: 1,
  });
  return {
    summary: gcp.summary,
    googlePorts: pulumi
      .all([gcp.first.bEndDetails, gcp.second.bEndDetails])
      .apply((ds) => ds.map((d) => d.productName)),
  };
}
