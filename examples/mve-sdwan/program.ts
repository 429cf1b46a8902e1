// A Fortinet SD-WAN edge hosted by Megaport (an MVE) in Sydney, and a VXC from a port to its
// inside vNIC. The image is the newest released FortiGate that runs in the chosen size.
import * as pulumi from "@pulumi/pulumi";
import * as megaport from "../../sdk";

// The emulator accepts these; against Megaport, set your own with `pulumi config set --secret`.
const PLACEHOLDER_KEY = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 replace-me@example";
const PLACEHOLDER_LICENSE = "FGVM-REPLACE-WITH-YOUR-LICENSE";

export async function mveSdwan() {
  const config = new pulumi.Config();
  const location = await megaport.getLocation({ name: "Global Switch Sydney" });
  const size = "SMALL";
  const image = await megaport.getMveImage({ vendor: "Fortinet", releaseOnly: true, size });
  const mve = new megaport.Mve("edge", {
    productName: "syd-sdwan-edge",
    locationId: location.id,
    contractTermMonths: 12,
    vendorConfig: {
      vendor: "fortinet",
      imageId: image.id,
      productSize: size,
      sshPublicKey: config.getSecret("sshPublicKey") ?? PLACEHOLDER_KEY,
      licenseData: config.getSecret("licenseData") ?? PLACEHOLDER_LICENSE,
    },
    vnics: [{ description: "inside" }, { description: "outside" }],
    resourceTags: { role: "sdwan" },
  });
  const port = new megaport.Port("port", {
    productName: "syd-dc-port",
    portSpeed: 10000,
    locationId: location.id,
    contractTermMonths: 12,
    marketplaceVisibility: false,
  });
  const inside = new megaport.Vxc("dc-to-edge", {
    productName: "syd-dc-to-sdwan",
    rateLimit: 1000,
    contractTermMonths: 12,
    aEnd: { productUid: port.productUid, vlan: 210 },
    bEnd: { productUid: mve.productUid, vnicIndex: 0 },
  });
  return {
    image: `${image.product} ${image.version}`,
    mveUid: mve.productUid,
    vendor: mve.vendor,
    vnics: mve.vnicDetails,
    vxcVnic: inside.bEndDetails.apply((b) => b.vnicIndex),
    // Secret in the state and here: it holds the licence.
    vendorConfig: mve.vendorConfig,
  };
}
