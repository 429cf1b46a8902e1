// What the emulator offers for MVEs: images grouped by product as GET /v4/product/mve/images
// answers (megaportgo mve_types.go), the sizes of GET /v3/product/mve/variants, what each vendor's
// configuration must carry (the Terraform provider's MVE documentation), and prices by size.

export interface MveImageRecord {
  id: number;
  version: string;
  productCode: string;
  vendorDescription: string | null;
  releaseImage: boolean;
  availableSizes: string[];
}

export interface MveImageGroup {
  product: string;
  vendor: string;
  vendorProductId: string;
  images: MveImageRecord[];
}

const ALL_SIZES = ["SMALL", "MEDIUM", "LARGE", "X_LARGE_12"];

const image = (
  id: number,
  version: string,
  productCode: string,
  releaseImage = true,
  availableSizes = ALL_SIZES,
): MveImageRecord => ({ id, version, productCode, vendorDescription: null, releaseImage, availableSizes });

/** One product line of a vendor and its images. */
const group = (
  product: string,
  vendor: string,
  vendorProductId: string,
  images: MveImageRecord[],
): MveImageGroup => ({
  product,
  vendor,
  vendorProductId,
  images,
});

export const MVE_IMAGE_GROUPS: MveImageGroup[] = [
  group("FortiGate-VM", "Fortinet", "fortigate-vm", [
    image(21, "7.0.14", "fortigate-vm"),
    image(42, "7.2.8", "fortigate-vm"),
    image(57, "7.4.0-beta", "fortigate-vm", false),
  ]),
  group("VM-Series", "Palo Alto", "vm-series", [
    image(25, "10.2.4", "vmseries-byol", true, ["SMALL", "MEDIUM", "LARGE"]),
  ]),
  group("Prisma SD-WAN (ION)", "Palo Alto", "prisma-ion", [
    image(33, "6.1.2", "prisma-ion-byol", true, ["SMALL", "MEDIUM"]),
  ]),
  group("C8000", "Cisco", "c8000v", [image(38, "17.12.03", "c8000v-byol")]),
  group("Secure Firewall Threat Defense Virtual (FTDv)", "Cisco", "ftdv", [
    image(47, "7.4.1", "ftdv-byol", true, ["MEDIUM", "LARGE"]),
  ]),
  group("Meraki vMX", "Cisco", "meraki-vmx", [
    image(51, "18.1", "meraki-vmx", true, ["SMALL", "MEDIUM", "LARGE"]),
  ]),
  group("EdgeConnect SD-WAN", "Aruba", "edgeconnect", [image(23, "9.3.1.0", "edgeconnect-byol")]),
  group("Secure Edge", "Aviatrix", "aviatrix-edge", [image(44, "7.1", "aviatrix-edge")]),
  group("VSR", "6WIND", "6wind-vsr", [image(40, "3.6", "6wind-vsr")]),
  group("FlexVNF", "Versa", "versa-flexvnf", [image(20, "22.1.3", "versa-flexvnf")]),
  group("SD-WAN Edge", "VMware", "velocloud-edge", [image(26, "5.2.0", "velocloud-edge")]),
];

export const MVE_SIZES = [
  { size: "SMALL", label: "MVE 2/8", cpuCoreCount: 2, ramGB: 8 },
  { size: "MEDIUM", label: "MVE 4/16", cpuCoreCount: 4, ramGB: 16 },
  { size: "LARGE", label: "MVE 8/32", cpuCoreCount: 8, ramGB: 32 },
  { size: "X_LARGE_12", label: "MVE 12/48", cpuCoreCount: 12, ramGB: 48 },
];

/** Monthly list price by size, before any term discount. */
export const MVE_MONTHLY: Record<string, number> = { SMALL: 300, MEDIUM: 520, LARGE: 950, X_LARGE_12: 1400 };

/** The keys each vendor's configuration must carry besides vendor, imageId and productSize. */
export const REQUIRED_VENDOR_FIELDS: Record<string, string[]> = {
  "6WIND": ["sshPublicKey"],
  ARUBA: ["accountName", "accountKey", "systemTag"],
  AVIATRIX: ["cloudInit"],
  CISCO: [],
  FORTINET: ["sshPublicKey", "licenseData"],
  PALO_ALTO: ["sshPublicKey", "licenseData", "adminPasswordHash"],
  PRISMA: ["ionKey", "secretKey"],
  VERSA: ["directorAddress", "controllerAddress", "localAuth", "remoteAuth", "serialNumber"],
  VMWARE: ["sshPublicKey", "vcoAddress", "vcoActivationCode"],
  MERAKI: ["token"],
};

/** The image vendors a configuration's vendor may run (Prisma and Meraki images are Palo Alto's and Cisco's). */
export const IMAGE_VENDORS: Record<string, string[]> = {
  PRISMA: ["PALO_ALTO"],
  MERAKI: ["CISCO"],
};
