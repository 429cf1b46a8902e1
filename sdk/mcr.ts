import * as pulumi from "@pulumi/pulumi";
import { LocationDetails, MegaportResource, PRODUCT_OUTPUTS } from "./resource";

export interface McrArgs {
  /** Name shown in the Megaport portal. Updates in place. */
  productName: pulumi.Input<string>;
  /** MCR speed in Mbps: 1000, 2500, 5000, 10000, 25000, 50000, 100000 or 400000 where offered. Replaces. */
  portSpeed: pulumi.Input<number>;
  /** Megaport location id. Changing it replaces the MCR. */
  locationId: pulumi.Input<number>;
  /** Contract term in months: 1, 12, 24, 36, 48 or 60. Updates in place. */
  contractTermMonths: pulumi.Input<number>;
  /** The MCR's BGP ASN (default 133937). Updates in place; Megaport refuses while VXCs are attached. */
  asn?: pulumi.Input<number>;
  /** "red" or "blue". Changing it replaces the MCR. */
  diversityZone?: pulumi.Input<"red" | "blue">;
  /** Updates in place. */
  costCentre?: pulumi.Input<string>;
  /** Applied at order time only. */
  promoCode?: pulumi.Input<string>;
  /** Update in place. */
  resourceTags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
  /** Adopt an existing MCR by UID instead of ordering one (see Port.adoptProductUid). */
  adoptProductUid?: pulumi.Input<string>;
}

/**
 * A Megaport Cloud Router (virtual router). Ordered as MCR2 with `config.mcrAsn`; deleted with CANCEL_NOW.
 *
 * ```ts
 * const mcr = new megaport.Mcr("core", { productName: "core-mcr", portSpeed: 1000, locationId: 3, contractTermMonths: 1, asn: 64512 });
 * ```
 */
export class Mcr extends MegaportResource {
  declare public readonly productUid: pulumi.Output<string>;
  declare public readonly provisioningStatus: pulumi.Output<string>;
  declare public readonly createDate: pulumi.Output<number | null>;
  declare public readonly liveDate: pulumi.Output<number | null>;
  declare public readonly contractStartDate: pulumi.Output<number | null>;
  declare public readonly contractEndDate: pulumi.Output<number | null>;
  declare public readonly locationDetails: pulumi.Output<LocationDetails | null>;
  declare public readonly companyUid: pulumi.Output<string | null>;
  declare public readonly monthlyRate: pulumi.Output<number | null>;
  declare public readonly currency: pulumi.Output<string | null>;
  declare public readonly productName: pulumi.Output<string>;
  declare public readonly portSpeed: pulumi.Output<number>;
  declare public readonly locationId: pulumi.Output<number>;
  declare public readonly contractTermMonths: pulumi.Output<number>;
  declare public readonly asn: pulumi.Output<number>;

  constructor(name: string, args: McrArgs, opts?: pulumi.CustomResourceOptions) {
    super("Mcr", name, { ...args }, PRODUCT_OUTPUTS, opts);
  }
}
