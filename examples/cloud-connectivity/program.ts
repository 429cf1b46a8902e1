// An MCR in Sydney connected to AWS (a hosted VIF), Azure (ExpressRoute, port found from the
// service key) and Google (partner interconnect, port found from the pairing key). The keys come
// from config; their defaults are the emulator's documented test keys.
import * as pulumi from "@pulumi/pulumi";
import * as megaport from "../../sdk";

export async function cloudConnectivity() {
  const config = new pulumi.Config();
  const azureServiceKey =
    config.getSecret("azureServiceKey") ?? pulumi.secret("1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d");
  const googlePairingKey =
    config.get("googlePairingKey") ?? "7e51371e-72a3-40b5-b844-2e3efefaee59/australia-southeast1/1";
  const awsAccount = config.get("awsAccountId") ?? "123456789012";

  const sydney = await megaport.getLocation({ name: "Global Switch Sydney" });
  const mcr = new megaport.Mcr("mcr", {
    productName: "syd-cloud-mcr",
    portSpeed: 5000,
    locationId: sydney.id,
    contractTermMonths: 1,
    asn: 64512,
  });

  // AWS has no key lookup: the B-end is a partner port from the list (connectType AWS = a VIF).
  const aws = await megaport.getPartnerPort({ connectType: "AWS", locationId: sydney.id });
  const toAws = new megaport.Vxc("to-aws", {
    productName: "syd-to-aws",
    rateLimit: 500,
    contractTermMonths: 1,
    aEnd: { productUid: mcr.productUid },
    bEnd: { productUid: aws.productUid },
    bEndPartnerConfig: {
      connectType: "AWS",
      type: "private",
      ownerAccount: awsAccount,
      asn: 64512,
      amazonAsn: 64513,
      authKey: "change-me-bgp-auth",
    },
  });

  // Azure: the lookup shows which ports of the ExpressRoute pair are free; the VXC picks the primary.
  const azurePorts = megaport.getAzurePortsOutput({ serviceKey: azureServiceKey });
  const toAzure = new megaport.Vxc("to-azure", {
    productName: "syd-to-azure",
    rateLimit: 1000,
    contractTermMonths: 1,
    aEnd: { productUid: mcr.productUid },
    bEnd: {},
    bEndPartnerConfig: azureServiceKey.apply((serviceKey) => ({
      connectType: "AZURE" as const,
      serviceKey,
      portChoice: "primary" as const,
      peers: [{ type: "private" as const }],
    })),
  });

  // Google: the VXC's speed must be one Google offers for this key.
  const google = await megaport.getGooglePorts({ pairingKey: googlePairingKey });
  const toGoogle = new megaport.Vxc("to-google", {
    productName: "syd-to-google",
    rateLimit: google.bandwidths.includes(1000) ? 1000 : google.bandwidths[0],
    contractTermMonths: 1,
    aEnd: { productUid: mcr.productUid },
    bEnd: {},
    bEndPartnerConfig: { connectType: "GOOGLE", pairingKey: googlePairingKey },
  });

  return {
    mcrUid: mcr.productUid,
    awsPort: aws.title ?? aws.productUid,
    awsVxc: toAws.productUid,
    azureFreePorts: azurePorts.apply((a) => a.ports.filter((p) => p.free).length),
    azurePort: toAzure.bEndDetails.apply((d) => d.productUid),
    googlePort: toGoogle.bEndDetails.apply((d) => d.productUid),
  };
}
