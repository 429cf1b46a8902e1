// An MVE's vendor configuration on the wire, one shape per vendor as megaportgo's mve_types.go
// sends it, with what the Terraform provider's documentation says each vendor requires (it does not
// enforce it; we do, at preview). The order item (mves.ts) carries one of these; the MVE's arguments
// take them as they are.
import { z } from "zod";

const required = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(1, `${what} must not be empty`);

/** Megaport accepts 2048-bit RSA keys only (Terraform's MVE documentation); ed25519 is refused. */
const sshKey = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .regex(
      /^ssh-rsa AAAA[0-9A-Za-z+/]+={0,3}( \S.*)?$/,
      `${what} must be an RSA public key ("ssh-rsa AAAA…"); Megaport's MVE does not accept ed25519 or other key types`,
    );

const base64 = (what: string) =>
  required(what).regex(/^[A-Za-z0-9+/\s]+={0,2}\s*$/, `${what} must be base64 encoded`);

/** What every vendor's configuration carries: the image (see getMveImages) and the size (getMveSizes). */
const common = {
  /** The image to run, from getMveImages (its vendor must be this one). */
  imageId: z
    .number({ error: "imageId is required (see getMveImages)" })
    .int()
    .positive("imageId must be an image id"),
  /** SMALL, MEDIUM, LARGE, … (see getMveSizes and the image's availableSizes). */
  productSize: required("productSize"),
  /** A label for the MVE's size or license tier, where the vendor uses one. */
  mveLabel: z.string().optional(),
};

export const SixWindConfig = z.strictObject({
  vendor: z.literal("6wind"),
  ...common,
  sshPublicKey: sshKey("sshPublicKey"),
});

export const ArubaConfig = z.strictObject({
  vendor: z.literal("aruba"),
  ...common,
  accountName: required("accountName"),
  accountKey: required("accountKey"),
  systemTag: required("systemTag"),
});

export const AviatrixConfig = z.strictObject({
  vendor: z.literal("aviatrix"),
  ...common,
  /** Base64 cloud-init from the Aviatrix controller. */
  cloudInit: base64("cloudInit"),
});

/**
 * Cisco: one shape for the C8000v (SD-WAN with cloudInit, or autonomous with sshPublicKey) and the
 * FTDv firewall (adminPassword, managed locally or by an FMC).
 */
export const CiscoConfig = z
  .strictObject({
    vendor: z.literal("cisco"),
    ...common,
    adminSshPublicKey: sshKey("adminSshPublicKey").optional(),
    sshPublicKey: sshKey("sshPublicKey").optional(),
    cloudInit: base64("cloudInit").optional(),
    /** FTDv: managed on the device itself (true) or by a Firewall Management Center (false). */
    manageLocally: z.boolean().optional(),
    /** FTDv: 9-100 characters, without double quotes or line breaks. */
    adminPassword: z
      .string()
      .min(9, "adminPassword must be 9-100 characters")
      .max(100, "adminPassword must be 9-100 characters")
      .regex(/^[^"\r\n]*$/, "adminPassword must not contain double quotes or line breaks")
      .optional(),
    /** FTDv managed by an FMC: its IPv4, IPv6 address or host name. */
    fmcIpAddress: z.string().optional(),
    fmcRegistrationKey: z.string().optional(),
    fmcNatId: z.string().optional(),
  })
  .superRefine((c, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    const ftdv = c.adminPassword !== undefined || c.manageLocally !== undefined;
    if (!ftdv) {
      if (!c.cloudInit && !c.sshPublicKey)
        issue(
          "cloudInit",
          "a C8000v needs cloudInit (SD-WAN, controller-managed) or sshPublicKey (autonomous); an FTDv needs adminPassword and manageLocally",
        );
      return;
    }
    if (c.adminPassword === undefined) issue("adminPassword", "an FTDv needs adminPassword");
    if (c.manageLocally === undefined)
      issue("manageLocally", "an FTDv needs manageLocally (true, or false with an FMC)");
    if (c.manageLocally === false) {
      if (!c.fmcIpAddress) issue("fmcIpAddress", "an FTDv managed by an FMC needs fmcIpAddress");
      if (!c.fmcRegistrationKey)
        issue("fmcRegistrationKey", "an FTDv managed by an FMC needs fmcRegistrationKey");
    }
  });

export const FortinetConfig = z.strictObject({
  vendor: z.literal("fortinet"),
  ...common,
  adminSshPublicKey: sshKey("adminSshPublicKey").optional(),
  sshPublicKey: sshKey("sshPublicKey"),
  licenseData: required("licenseData"),
});

export const PaloAltoConfig = z.strictObject({
  vendor: z.literal("palo_alto"),
  ...common,
  /** Optional for Palo Alto only (megaportgo omits it when empty). */
  productSize: z.string().optional(),
  adminSshPublicKey: sshKey("adminSshPublicKey").optional(),
  sshPublicKey: sshKey("sshPublicKey"),
  /** A SHA-256 crypt hash: $5$<salt>$<hash>. */
  adminPasswordHash: z
    .string({ error: "adminPasswordHash is required" })
    .regex(
      /^\$5\$[^$]+\$[./0-9A-Za-z]+$/,
      "adminPasswordHash must be a SHA-256 crypt hash ($5$<salt>$<hash>)",
    ),
  adminPassword: z.string().optional(),
  licenseData: required("licenseData"),
});

export const PrismaConfig = z.strictObject({
  vendor: z.literal("prisma"),
  ...common,
  ionKey: required("ionKey"),
  secretKey: required("secretKey"),
});

export const VersaConfig = z.strictObject({
  vendor: z.literal("versa"),
  ...common,
  directorAddress: required("directorAddress"),
  controllerAddress: required("controllerAddress"),
  localAuth: required("localAuth"),
  remoteAuth: required("remoteAuth"),
  serialNumber: required("serialNumber"),
});

export const VmwareConfig = z.strictObject({
  vendor: z.literal("vmware"),
  ...common,
  adminSshPublicKey: sshKey("adminSshPublicKey").optional(),
  sshPublicKey: sshKey("sshPublicKey"),
  vcoAddress: required("vcoAddress"),
  vcoActivationCode: required("vcoActivationCode"),
});

export const MerakiConfig = z.strictObject({
  vendor: z.literal("meraki"),
  ...common,
  token: required("token"),
});

export const MVE_VENDORS = [
  "6wind",
  "aruba",
  "aviatrix",
  "cisco",
  "fortinet",
  "palo_alto",
  "prisma",
  "versa",
  "vmware",
  "meraki",
] as const;

export const MveVendorConfig = z.discriminatedUnion(
  "vendor",
  [
    SixWindConfig,
    ArubaConfig,
    AviatrixConfig,
    CiscoConfig,
    FortinetConfig,
    PaloAltoConfig,
    PrismaConfig,
    VersaConfig,
    VmwareConfig,
    MerakiConfig,
  ],
  { error: `vendorConfig.vendor must be one of ${MVE_VENDORS.join(", ")}` },
);
export type MveVendorConfig = z.infer<typeof MveVendorConfig>;
