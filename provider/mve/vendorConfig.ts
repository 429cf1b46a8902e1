// What the MVE does with its vendor configuration (client/mveVendorConfigs.ts): compare vendors as the
// image list and reads name them, and send it without empty keys. The API never returns it, so it is
// kept from state and a change replaces the MVE.
import type { MveVendorConfig } from "../client/mveVendorConfigs";

/**
 * The vendor as the image list names it ("Palo Alto", "Cisco", "6WIND") and as MVE reads report it
 * ("PALO_ALTO"), compared as one: upper case, spaces as underscores.
 */
export function vendorKey(vendor: string): string {
  return vendor
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, "_");
}

/** The image vendors a configuration's vendor runs besides its own: Prisma on Palo Alto's, Meraki on Cisco's. */
const IMAGE_VENDORS: Record<string, string[]> = { PRISMA: ["PALO_ALTO"], MERAKI: ["CISCO"] };

/** Whether a configuration for `vendor` can run an image the image list names `imageVendor`. */
export function runsImageOf(vendor: string, imageVendor: string): boolean {
  const key = vendorKey(vendor);
  return [key, ...(IMAGE_VENDORS[key] ?? [])].includes(vendorKey(imageVendor));
}

/** The configuration as the order sends it: keys with empty values left out, as megaportgo omits them. */
export function vendorConfigToApi(c: MveVendorConfig): MveVendorConfig {
  // Only optional keys are empty or false (required ones refuse ""), so the shape stays a vendor's.
  return Object.fromEntries(
    Object.entries(c).filter(([, v]) => v !== undefined && v !== "" && v !== false),
  ) as MveVendorConfig;
}
