import * as pulumi from "@pulumi/pulumi";
import type { MveImage, MveSize } from "../../provider/client";
import type { InputOf } from "../resource";
import { fromApi } from "./client";

export type { MveImage, MveSize };

export interface GetMveImagesArgs {
  /** Vendor, case-insensitive: "Fortinet", "Palo Alto", "Cisco", … */
  vendor?: string;
  /** Substring of the product, case-insensitive: "FortiGate", "C8000", … */
  product?: string;
  version?: string;
  productCode?: string;
  id?: number;
  /** Only images that can be ordered (default false: all). */
  releaseOnly?: boolean;
  /** true: release images only; false: only images that are not released (Terraform's release_image). */
  releaseImage?: boolean;
  /** Only images that run in this size. */
  size?: string;
}

const allImages = () => fromApi((s) => s.mveImages());
const same = (a: string | null | undefined, b: string) =>
  (a ?? "").toUpperCase().replace(/[\s_-]+/g, "") === b.toUpperCase().replace(/[\s_-]+/g, "");

/**
 * MVE images, newest id first (GET /v4/product/mve/images, fetched once per run). Text filters
 * compare case-insensitively, as the Terraform data source does.
 *
 * ```ts
 * const images = await megaport.getMveImages({ vendor: "Fortinet", releaseOnly: true });
 * ```
 */
export async function getMveImages(args: GetMveImagesArgs = {}): Promise<MveImage[]> {
  const product = args.product?.toLowerCase();
  return (await allImages())
    .filter(
      (i) =>
        (!args.vendor || same(i.vendor, args.vendor)) &&
        (!product || (i.product ?? "").toLowerCase().includes(product)) &&
        (!args.version || i.version === args.version) &&
        (!args.productCode || same(i.productCode, args.productCode)) &&
        (args.id === undefined || i.id === args.id) &&
        (!args.releaseOnly || i.releaseImage === true) &&
        (args.releaseImage === undefined || (i.releaseImage === true) === args.releaseImage) &&
        (!args.size || (i.availableSizes ?? []).some((s) => same(s, args.size!))),
    )
    .sort((a, b) => b.id - a.id);
}

export function getMveImagesOutput(
  args: pulumi.Input<InputOf<GetMveImagesArgs>> = {},
): pulumi.Output<MveImage[]> {
  return pulumi.output(args).apply((a) => getMveImages(a as GetMveImagesArgs));
}

/**
 * The newest matching image (highest id); fails when none matches.
 *
 * ```ts
 * const image = await megaport.getMveImage({ vendor: "Fortinet", releaseOnly: true, size: "SMALL" });
 * ```
 */
export async function getMveImage(args: GetMveImagesArgs): Promise<MveImage> {
  const [newest] = await getMveImages(args);
  if (!newest) throw new Error(`getMveImage: no MVE image matches ${JSON.stringify(args)}`);
  return newest;
}

export function getMveImageOutput(args: pulumi.Input<InputOf<GetMveImagesArgs>>): pulumi.Output<MveImage> {
  return pulumi.output(args).apply((a) => getMveImage(a as GetMveImagesArgs));
}

/**
 * MVE sizes: name, CPU cores and RAM (GET /v3/product/mve/variants, fetched once per run).
 *
 * ```ts
 * const sizes = await megaport.getMveSizes();
 * ```
 */
export function getMveSizes(): Promise<MveSize[]> {
  return fromApi((s) => s.mveSizes());
}

export function getMveSizesOutput(): pulumi.Output<MveSize[]> {
  return pulumi.output(getMveSizes());
}
