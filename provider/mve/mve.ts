// The MVE: ordered as productType MVE with its vNICs and vendor configuration, updated with
// PUT /v2/product/mve/{uid} (name, term, cost centre, vNIC descriptions), cancelled with safeDelete
// as the Terraform provider does. The vendor configuration is never returned: kept from state.
import type { MveOrderItem, Product, UpdateMveRequest } from "../client";
import { CheckFailure } from "../shared/inputChecks";
import { Inputs, Outputs, LifecycleContext, canonical } from "../shared/lifecycle";
import { locatedCandidates, locatedOrder, zoneOffers } from "../shared/locatedProduct";
import { nameTermAndCostCentre } from "../shared/productFields";
import { productResource } from "../shared/productResource";
import { MveArgs, MveVnicArgs } from "./schema";
import { runsImageOf, vendorConfigToApi, vendorKey } from "./vendorConfig";

/** megaportgo orders one vNIC when none is given. */
const DEFAULT_VNICS: MveVnicArgs[] = [{ description: "Data Plane" }];

/** What only a new MVE can change: the number of vNICs and their VLANs. */
const vnicLayout = (vnics: unknown) =>
  canonical(((vnics as MveVnicArgs[] | undefined) ?? DEFAULT_VNICS).map((v) => v.vlan ?? 0));

/** An MVE is ordered with its vendor configuration; one that exists already (imported, adopted) needs none. */
const VENDOR_CONFIG_NEEDED =
  "vendorConfig: is required to order an MVE (an MVE imported or adopted from elsewhere may leave it out)";

/** The location must offer MVEs; the image must exist, be orderable, be the vendor's, and run in the size. */
async function checkImage(ctx: LifecycleContext, args: MveArgs, olds: Inputs): Promise<CheckFailure[]> {
  if (!args.vendorConfig) {
    const exists = Object.keys(olds).length > 0 || args.adoptProductUid !== undefined;
    return exists ? [] : [{ property: "vendorConfig", reason: VENDOR_CONFIG_NEEDED }];
  }
  const found = await zoneOffers(ctx, args);
  if (Array.isArray(found)) return found;
  if (!found.offers.some((z) => z.mveAvailable))
    return [{ property: "locationId", reason: `locationId: MVEs are not offered at ${found.where}` }];
  const cfg = args.vendorConfig;
  const image = (await ctx.session.mveImages()).find((i) => i.id === cfg.imageId);
  const failure = (key: string, reason: string) => [
    { property: `vendorConfig.${key}`, reason: `vendorConfig.${key}: ${reason}` },
  ];
  if (!image) return failure("imageId", `image ${cfg.imageId} does not exist (see getMveImages)`);
  const name = `image ${image.id} (${image.product ?? "?"} ${image.version ?? ""})`.replace(" )", ")");
  if (!runsImageOf(cfg.vendor, image.vendor ?? ""))
    return failure("imageId", `${name} is a ${image.vendor} image, not ${cfg.vendor}`);
  if (image.releaseImage === false) return failure("imageId", `${name} is not released for ordering`);
  const sizes = image.availableSizes ?? [];
  if (cfg.productSize && sizes.length > 0 && !sizes.some((s) => vendorKey(s) === vendorKey(cfg.productSize!)))
    return failure("productSize", `${name} runs in ${sizes.join(", ")}; got ${cfg.productSize}`);
  return [];
}

export const mveDefinition = productResource<MveArgs, UpdateMveRequest>({
  label: "MVE",
  args: MveArgs,
  productTypes: ["MVE"],
  tags: true,
  fields: [
    ...nameTermAndCostCentre,
    { arg: "locationId", order: "locationId", read: (p) => p.locationId },
    { arg: "diversityZone", order: "config.diversityZone", read: (p) => p.diversityZone, assigned: true },
    {
      arg: "marketplaceVisibility",
      put: "marketplaceVisibility",
      read: (p) => p.marketplaceVisibility,
      assigned: true,
    },
    {
      arg: "vnics",
      put: "vnics",
      read: (p, stored) => readVnics(p, stored as MveVnicArgs[] | undefined),
      assigned: true,
      toApi: (v) => (v as MveVnicArgs[]).map((n) => ({ description: n.description })),
    },
  ],
  order: (_ctx, args, body): MveOrderItem => {
    // check() says so at preview; an input unknown then is caught here, before validate or buy.
    if (!args.vendorConfig) throw new Error(VENDOR_CONFIG_NEEDED);
    return {
      ...locatedOrder(args, body),
      productType: "MVE",
      vnics: (args.vnics ?? DEFAULT_VNICS).map((v) => ({ description: v.description, vlan: v.vlan ?? 0 })),
      vendorConfig: vendorConfigToApi(args.vendorConfig),
    };
  },
  candidates: locatedCandidates("MVE"),
  put: (client, uid, body) => client.mves.update(uid, body),
  outputs: (p) => ({
    vendor: p.vendor ?? null,
    mveSize: p.mveSize ?? null,
    vnicDetails: (p.vnics ?? []).map((v) => ({ description: v.description ?? null, vlan: v.vlan ?? null })),
  }),
  safeDelete: true,
  checkWithApi: checkImage,
  replacedWhen: (olds: Outputs, news) => (vnicLayout(olds.vnics) !== vnicLayout(news.vnics) ? ["vnics"] : []),
});

/**
 * The vNICs as the API has them, by position; a VLAN the program left to Megaport stays unset (the
 * one chosen is in vnicDetails), so only a change Megaport did not make shows as drift.
 */
function readVnics(p: Product, stored: MveVnicArgs[] | undefined): MveVnicArgs[] | undefined {
  return p.vnics?.map((v, i) => ({
    description: v.description ?? "",
    ...(stored?.[i]?.vlan && v.vlan ? { vlan: v.vlan } : {}),
  }));
}
