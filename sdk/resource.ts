// What every Megaport resource class shares: the dynamic-resource base, and declaring each output
// up front (as undefined) so that none is ever undefined at run time (pulumi-notes.md §1.5).
import * as pulumi from "@pulumi/pulumi";
import { ResourceKind, shims } from "./shim";

/** Location of a product, as Megaport reports it. */
export interface LocationDetails {
  name: string | null;
  city: string | null;
  metro: string | null;
  country: string | null;
}

export abstract class MegaportResource extends pulumi.dynamic.Resource {
  protected constructor(
    kind: ResourceKind,
    name: string,
    inputs: Record<string, unknown>,
    outputNames: readonly string[],
    opts?: pulumi.CustomResourceOptions,
  ) {
    const props: Record<string, unknown> = {};
    for (const o of outputNames) props[o] = undefined;
    // A fresh object: Pulumi writes __provider into it (pulumi-notes.md §1.5, pitfall 9).
    super(shims[kind], name, { ...props, ...inputs }, opts, "megaport", kind);
  }
}

/** Outputs every product resource has besides its inputs. */
export const PRODUCT_OUTPUTS = [
  "productUid",
  "provisioningStatus",
  "createDate",
  "liveDate",
  "contractStartDate",
  "contractEndDate",
  "locationDetails",
  "companyUid",
  "monthlyRate",
  "currency",
] as const;
