// MVE images (filtered, newest first, or the newest one) and sizes; each fetched once per session.
import { z } from "zod";
import { MveImage, MveSize } from "../client/mves";
import type { ProviderSession } from "../shared/session";
import { NO_ARGS, dataSource } from "./dataSource";

const imageFilters = z
  .object({
    vendor: z.string().optional().describe('Vendor, case-insensitive: "Fortinet", "Palo Alto", "Cisco", …'),
    product: z
      .string()
      .optional()
      .describe('Substring of the product, case-insensitive: "FortiGate", "C8000", …'),
    version: z.string().optional(),
    productCode: z.string().optional(),
    id: z.number().int().optional(),
    releaseOnly: z.boolean().optional().describe("Only images that can be ordered (default false: all)."),
    releaseImage: z
      .boolean()
      .optional()
      .describe(
        "true: release images only; false: only images that are not released (Terraform's release_image).",
      ),
    size: z.string().optional().describe("Only images that run in this size."),
  })
  .strict();

const same = (a: string | null | undefined, b: string) =>
  (a ?? "").toUpperCase().replace(/[\s_-]+/g, "") === b.toUpperCase().replace(/[\s_-]+/g, "");

async function mveImages(session: ProviderSession, args: z.output<typeof imageFilters>): Promise<MveImage[]> {
  const product = args.product?.toLowerCase();
  return (await session.mveImages())
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

export const getMveImages = dataSource({
  description:
    "MVE images, newest id first; text filters compare case-insensitively, as the Terraform data source does.",
  args: imageFilters,
  result: z.array(MveImage),
  listedAs: "images",
  itemType: "MveImage",
  run: mveImages,
});

export const getMveImage = dataSource({
  description: "The newest matching MVE image (highest id); fails when none matches.",
  args: imageFilters,
  result: MveImage,
  async run(session, a) {
    const [newest] = await mveImages(session, a);
    if (!newest) throw new Error(`getMveImage: no MVE image matches ${JSON.stringify(a)}`);
    return newest;
  },
});

export const getMveSizes = dataSource({
  description: "MVE sizes: name, CPU cores and RAM.",
  args: NO_ARGS,
  result: z.array(MveSize),
  listedAs: "sizes",
  itemType: "MveSize",
  run: (session) => session.mveSizes(),
});
