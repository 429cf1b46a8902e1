import * as pulumi from "@pulumi/pulumi";
import { LocationDetails, MegaportResource, PRODUCT_OUTPUTS } from "./resource";

export interface PortArgs {
  /** Name shown in the Megaport portal and on invoices. Updates in place. */
  productName: pulumi.Input<string>;
  /** Port speed in Mbps: 1000, 10000 or 100000 where the location offers it. Changing it replaces the port. */
  portSpeed: pulumi.Input<number>;
  /** Megaport location id (see getLocations). Changing it replaces the port. */
  locationId: pulumi.Input<number>;
  /** Contract term in months: 1, 12, 24, 36, 48 or 60. Updates in place (Megaport needs the port LIVE). */
  contractTermMonths: pulumi.Input<number>;
  /** Whether the port is listed in the Megaport marketplace. Updates in place. */
  marketplaceVisibility: pulumi.Input<boolean>;
  /** "red" or "blue". Changing it replaces the port. */
  diversityZone?: pulumi.Input<"red" | "blue">;
  /** Cost centre for invoices, at most 255 characters. Updates in place. */
  costCentre?: pulumi.Input<string>;
  /** Promotion code applied at order time only. */
  promoCode?: pulumi.Input<string>;
  /** Number of ports in a LAG (1-8). Changing it replaces the port. */
  lagPortCount?: pulumi.Input<number>;
  /** Megaport resource tags. Update in place. */
  resourceTags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
  /**
   * Bring an existing port (bought in the portal) under management instead of ordering one: create
   * reads it and updates what differs from this program. Nothing is bought. Only used at create.
   */
  adoptProductUid?: pulumi.Input<string>;
}

const OUTPUTS = [...PRODUCT_OUTPUTS] as const;

/**
 * A physical Megaport port. Create validates the order (its price is shown), buys it once and waits
 * until it is CONFIGURED or LIVE; delete cancels it with CANCEL_NOW.
 *
 * ```ts
 * const port = new megaport.Port("syd", { productName: "syd-1", portSpeed: 10000, locationId: 3, contractTermMonths: 12, marketplaceVisibility: false });
 * ```
 */
export class Port extends MegaportResource {
  /** The port's product UID (also its Pulumi id). */
  declare public readonly productUid: pulumi.Output<string>;
  /** DEPLOYABLE, CONFIGURED, LIVE, … as Megaport reports it. */
  declare public readonly provisioningStatus: pulumi.Output<string>;
  /** Epoch milliseconds. */
  declare public readonly createDate: pulumi.Output<number | null>;
  declare public readonly liveDate: pulumi.Output<number | null>;
  declare public readonly contractStartDate: pulumi.Output<number | null>;
  declare public readonly contractEndDate: pulumi.Output<number | null>;
  declare public readonly locationDetails: pulumi.Output<LocationDetails | null>;
  declare public readonly companyUid: pulumi.Output<string | null>;
  /** Monthly price from validate at order time, in `currency`; null for adopted ports. */
  declare public readonly monthlyRate: pulumi.Output<number | null>;
  declare public readonly currency: pulumi.Output<string | null>;
  declare public readonly productName: pulumi.Output<string>;
  declare public readonly portSpeed: pulumi.Output<number>;
  declare public readonly locationId: pulumi.Output<number>;
  declare public readonly contractTermMonths: pulumi.Output<number>;
  declare public readonly marketplaceVisibility: pulumi.Output<boolean>;
  declare public readonly diversityZone: pulumi.Output<string | undefined>;
  declare public readonly costCentre: pulumi.Output<string | undefined>;

  constructor(name: string, args: PortArgs, opts?: pulumi.CustomResourceOptions) {
    super("Port", name, { ...args }, OUTPUTS, opts);
  }
}
