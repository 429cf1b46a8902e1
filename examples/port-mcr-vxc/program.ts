// The flagship example: a port and an MCR in Sydney joined by a private VXC with BGP, chosen with
// the data sources. Runs unchanged against the emulator or, with real keys, against Megaport.
import * as pulumi from "@pulumi/pulumi";
import * as megaport from "../../sdk";

export async function portMcrVxc() {
  const sydney = await megaport.getLocation({ name: "Global Switch Sydney" });
  const port = new megaport.Port("port", {
    productName: "syd-port-1",
    portSpeed: 10000,
    locationId: sydney.id,
    contractTermMonths: 12,
    marketplaceVisibility: false,
    diversityZone: "red",
  });
  const mcr = new megaport.Mcr("mcr", {
    productName: "syd-mcr-1",
    portSpeed: 1000,
    locationId: sydney.id,
    contractTermMonths: 1,
    asn: 64512,
  });
  const vxc = new megaport.Vxc("port-to-mcr", {
    productName: "syd-port-to-mcr",
    rateLimit: 500,
    contractTermMonths: 1,
    aEnd: { productUid: port.productUid, vlan: 100 },
    bEnd: { productUid: mcr.productUid },
    bEndPartnerConfig: {
      connectType: "VROUTER",
      interfaces: [
        {
          ipAddresses: ["10.10.0.1/30"],
          bgpConnections: [
            {
              peerAsn: 65001,
              localIpAddress: "10.10.0.1",
              peerIpAddress: "10.10.0.2",
              password: "change-me",
            },
          ],
        },
      ],
    },
  });
  const aws = await megaport.getPartnerPort({ connectType: "AWSHC", locationId: sydney.id });
  return {
    location: sydney.name,
    portUid: port.productUid,
    portMonthly: pulumi.interpolate`${port.monthlyRate} ${port.currency}`,
    mcrUid: mcr.productUid,
    vxcUid: vxc.productUid,
    mcrVlan: vxc.bEndDetails.apply((d) => d.vlan),
    nearestAwsHostedConnectionPort: aws.title ?? aws.productUid,
  };
}
