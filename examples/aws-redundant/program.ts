// Two hosted VIFs to AWS in ap-southeast-2 from a diverse port pair, one to the region's best AWS
// port in each zone, each with its BGP session. Config: `awsAccountId`; `awsPortUids` ("uid,uid")
// names the AWS ports instead, and naming one port twice shows the refusal.
import * as pulumi from "@pulumi/pulumi";
import * as megaport from "../../sdk";

export async function awsRedundant() {
  const config = new pulumi.Config();
  const given = config.get("awsPortUids")?.split(",");
  const edge = new megaport.DiversePorts("edge", {
    metro: "Sydney",
    portSpeed: 10000,
    productName: "syd-aws-edge",
    contractTermMonths: 12,
  });
  const bgp = { asn: 65010, amazonAsn: 64512, authKey: "change-me-bgp-auth" };
  const aws = new megaport.AwsRedundantConnection("aws", {
    region: "ap-southeast-2",
    kind: "hostedVif",
    vifType: "private",
    ownerAccount: config.get("awsAccountId") ?? "123456789012",
    aEnds: [edge.red, edge.blue],
    productName: "syd-aws",
    rateLimit: 500,
    contractTermMonths: 1,
    vlans: [110, 120],
    bgp: [
      { ...bgp, customerIpAddress: "192.168.100.1/30", amazonIpAddress: "192.168.100.2/30" },
      { ...bgp, customerIpAddress: "192.168.100.5/30", amazonIpAddress: "192.168.100.6/30" },
    ],
    ...(given ? { partnerPortUids: [given[0], given[1]] as [string, string] } : {}),
  });
  return {
    summary: aws.summary,
    awsPorts: pulumi
      .all([aws.first.bEndDetails, aws.second.bEndDetails])
      .apply((ds) => ds.map((d) => d.productName)),
  };
}
