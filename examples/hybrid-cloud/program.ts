// A realistic design around one MCR in Sydney: BGP to AWS (a hosted VIF) and to Azure
// (ExpressRoute private peering), both filtered with the MCR's prefix lists (only the data
// centre's ranges are accepted from the clouds, only the cloud ranges are advertised to them), a
// VXC to a Fortinet SD-WAN edge (an MVE) for the branches, and a NAT gateway for internet egress
// whose packet filter lets only web traffic out. Keys and licences come from config; the defaults
// are the emulator's test values.
import * as pulumi from "@pulumi/pulumi";
import * as megaport from "../../sdk";

const PLACEHOLDER_KEY = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 replace-me@example";
const PLACEHOLDER_LICENSE = "FGVM-REPLACE-WITH-YOUR-LICENSE";

/** One BGP session on a /30 between the MCR (first address) and its peer (second). */
function bgpOver(subnet: string, peerAsn: number, filters: Record<string, pulumi.Input<number>>) {
  const [a, b, c, d] = subnet.split(".").map(Number);
  const mine = `${a}.${b}.${c}.${d + 1}`;
  return {
    connectType: "VROUTER" as const,
    interfaces: [
      {
        ipAddresses: [`${mine}/30`],
        bgpConnections: [
          { peerAsn, localIpAddress: mine, peerIpAddress: `${a}.${b}.${c}.${d + 2}`, ...filters },
        ],
      },
    ],
  };
}

export async function hybridCloud() {
  const config = new pulumi.Config();
  const awsAccount = config.get("awsAccountId") ?? "123456789012";
  const azureServiceKey =
    config.getSecret("azureServiceKey") ?? pulumi.secret("1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d");
  const sydney = await megaport.getLocation({ name: "Global Switch Sydney" });

  const mcr = new megaport.Mcr("core", {
    productName: "syd-core-mcr",
    portSpeed: 5000,
    locationId: sydney.id,
    contractTermMonths: 12,
    asn: 64600,
  });
  // Accepted from the clouds: only the data centre's ranges come back (no leaks of the clouds' own).
  const fromClouds = new megaport.McrPrefixFilterList("from-clouds", {
    mcrUid: mcr.productUid,
    description: "accept-from-clouds",
    addressFamily: "IPv4",
    entries: [
      { action: "permit", prefix: "10.64.0.0/10", le: 24 },
      { action: "deny", prefix: "0.0.0.0/0", le: 32 },
    ],
  });
  // Advertised to the clouds: the data centre and branch ranges, nothing else.
  const toClouds = new megaport.McrPrefixFilterList("to-clouds", {
    mcrUid: mcr.productUid,
    description: "advertise-to-clouds",
    addressFamily: "IPv4",
    entries: [
      { action: "permit", prefix: "10.0.0.0/12", le: 24 },
      { action: "permit", prefix: "192.168.0.0/16", le: 24 },
    ],
  });
  const filtered = { importWhitelist: fromClouds.prefixListId, exportWhitelist: toClouds.prefixListId };

  const awsPort = await megaport.getPartnerPort({ connectType: "AWS", locationId: sydney.id });
  const toAws = new megaport.Vxc("to-aws", {
    productName: "syd-core-to-aws",
    rateLimit: 1000,
    contractTermMonths: 12,
    aEnd: { productUid: mcr.productUid },
    aEndPartnerConfig: bgpOver("169.254.10.0", 64513, filtered),
    bEnd: { productUid: awsPort.productUid },
    bEndPartnerConfig: {
      connectType: "AWS",
      type: "private",
      ownerAccount: awsAccount,
      asn: 64600,
      amazonAsn: 64513,
      customerIpAddress: "169.254.10.1/30",
      amazonIpAddress: "169.254.10.2/30",
    },
  });

  // Azure's end of the private peering is 12076; the port is found from the service key.
  const toAzure = new megaport.Vxc("to-azure", {
    productName: "syd-core-to-azure",
    rateLimit: 1000,
    contractTermMonths: 12,
    aEnd: { productUid: mcr.productUid },
    aEndPartnerConfig: bgpOver("169.254.20.0", 12076, filtered),
    bEnd: {},
    bEndPartnerConfig: azureServiceKey.apply((serviceKey) => ({
      connectType: "AZURE" as const,
      serviceKey,
      portChoice: "primary" as const,
      peers: [
        {
          type: "private" as const,
          peer_asn: 64600,
          primary_subnet: "169.254.20.0/30",
          secondary_subnet: "169.254.20.4/30",
        },
      ],
    })),
  });

  // The branches reach the clouds through an SD-WAN edge on the MCR's other side.
  const image = await megaport.getMveImage({ vendor: "Fortinet", releaseOnly: true, size: "SMALL" });
  const edge = new megaport.Mve("sdwan", {
    productName: "syd-sdwan-edge",
    locationId: sydney.id,
    contractTermMonths: 12,
    vendorConfig: {
      vendor: "fortinet",
      imageId: image.id,
      productSize: "SMALL",
      sshPublicKey: config.getSecret("sshPublicKey") ?? PLACEHOLDER_KEY,
      licenseData: config.getSecret("licenseData") ?? PLACEHOLDER_LICENSE,
    },
    vnics: [{ description: "to-core" }, { description: "internet" }],
  });
  const toEdge = new megaport.Vxc("core-to-sdwan", {
    productName: "syd-core-to-sdwan",
    rateLimit: 500,
    contractTermMonths: 12,
    aEnd: { productUid: mcr.productUid },
    aEndPartnerConfig: bgpOver("10.255.0.0", 65010, {}),
    bEnd: { productUid: edge.productUid, vnicIndex: 0 },
  });

  // Internet egress for the data centre: a NAT gateway that lets only web traffic out.
  const sessions = (await megaport.getNatGatewaySessions()).find((r) => r.speedMbps === 1000)!;
  const nat = new megaport.NatGateway("egress", {
    productName: "syd-egress",
    locationId: sydney.id,
    diversityZone: "red",
    speed: 1000,
    sessionCount: sessions.sessionCount[0],
    contractTermMonths: 12,
  });
  const webOnly = new megaport.NatGatewayPacketFilter("web-only", {
    natGatewayUid: nat.productUid,
    description: "web-only",
    entries: [
      {
        action: "permit",
        sourceAddress: "10.0.0.0/12",
        destinationAddress: "0.0.0.0/0",
        destinationPorts: "80,443",
        ipProtocol: 6,
      },
      { action: "deny", sourceAddress: "0.0.0.0/0", destinationAddress: "0.0.0.0/0" },
    ],
  });
  const egress = new megaport.Vxc("core-to-egress", {
    productName: "syd-core-to-egress",
    rateLimit: 500,
    contractTermMonths: 12,
    aEnd: { productUid: nat.productUid },
    aEndPartnerConfig: pulumi.output(webOnly.packetFilterId).apply((packetFilterIn) => ({
      connectType: "VROUTER" as const,
      interfaces: [{ ipAddresses: ["100.64.0.1/30"], packetFilterIn }],
    })),
    bEnd: { productUid: mcr.productUid },
    bEndPartnerConfig: {
      connectType: "VROUTER",
      interfaces: [
        { ipAddresses: ["100.64.0.2/30"], ipRoutes: [{ prefix: "0.0.0.0/0", nextHop: "100.64.0.1" }] },
      ],
    },
  });

  return {
    mcrUid: mcr.productUid,
    awsVif: toAws.cspConnections.apply((c) => c.find((x) => x.connectType === "AWS")?.vif_id ?? null),
    azurePort: toAzure.bEndDetails.apply((b) => b.productUid),
    prefixLists: { accept: fromClouds.prefixListId, advertise: toClouds.prefixListId },
    sdwanVnic: toEdge.bEndDetails.apply((b) => b.vnicIndex),
    natGateway: nat.productUid,
    natSessions: nat.sessionCount,
    egressFilter: webOnly.packetFilterId,
    egressEnds: egress.aEndDetails.apply((a) => a.productUid),
  };
}
