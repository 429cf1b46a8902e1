import * as pulumi from "@pulumi/pulumi";
import { LocationDetails, MegaportResource, PRODUCT_OUTPUTS } from "./resource";

export interface IxArgs {
  /** Updates in place. */
  productName: pulumi.Input<string>;
  /** The port the IX is on. Changing it replaces the IX. */
  productUid: pulumi.Input<string>;
  /** The exchange, e.g. "Sydney IX" (see getIxTypes). Changing it replaces the IX. */
  networkServiceType: pulumi.Input<string>;
  /** Your ASN. Updates in place. */
  asn: pulumi.Input<number>;
  /** e.g. "00:11:22:33:44:55". Updates in place. */
  macAddress: pulumi.Input<string>;
  /** Mbps. Updates in place. */
  rateLimit: pulumi.Input<number>;
  /** 2-4093; unset lets Megaport assign one. Updates in place. */
  vlan?: pulumi.Input<number>;
  shutdown?: pulumi.Input<boolean>;
  /** Publish usage graphs (default true). Updates in place. */
  publicGraph?: pulumi.Input<boolean>;
  reverseDns?: pulumi.Input<string>;
  costCentre?: pulumi.Input<string>;
  promoCode?: pulumi.Input<string>;
  adoptProductUid?: pulumi.Input<string>;
}

/**
 * An Internet Exchange service on a port. Every field but the port and the exchange updates in place.
 *
 * ```ts
 * new megaport.Ix("syd-ix", { productName: "syd-ix", productUid: port.productUid, networkServiceType: "Sydney IX", asn: 64512, macAddress: "00:11:22:33:44:55", rateLimit: 1000 });
 * ```
 */
export class Ix extends MegaportResource {
  /** The IX's own product UID (also its Pulumi id). */
  declare public readonly ixUid: pulumi.Output<string>;
  /** The port the IX is on. */
  declare public readonly productUid: pulumi.Output<string>;
  declare public readonly provisioningStatus: pulumi.Output<string>;
  declare public readonly createDate: pulumi.Output<number | null>;
  declare public readonly liveDate: pulumi.Output<number | null>;
  declare public readonly locationDetails: pulumi.Output<LocationDetails | null>;
  declare public readonly monthlyRate: pulumi.Output<number | null>;
  declare public readonly currency: pulumi.Output<string | null>;
  declare public readonly rateLimit: pulumi.Output<number>;
  /** The VLAN in use (assigned by Megaport when none was given). */
  declare public readonly assignedVlan: pulumi.Output<number | null>;

  constructor(name: string, args: IxArgs, opts?: pulumi.CustomResourceOptions) {
    super(
      "Ix",
      name,
      { ...args },
      [...PRODUCT_OUTPUTS.filter((o) => o !== "productUid"), "ixUid", "assignedVlan"],
      opts,
    );
  }
}
