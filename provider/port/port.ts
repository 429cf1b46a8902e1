// The Port's whole lifecycle: order (validate, buy once), wait, read back, update in place, cancel.
import { MegaportClient, Product } from "../client";
import { OrderItem } from "../client/orders";
import { checkLocationOffers } from "../shared/locationOffers";
import {
  ChangeSet,
  adoptOrOrder,
  adoptionChanges,
  cancelNow,
  priceOutputs,
  productOutputs,
  readLiveProduct,
  readTags,
  tagsToList,
} from "../shared/product";
import { isProductGoneStatus } from "../shared/facts";
import { waitForProvisioning } from "../shared/provisioning";
import { LifecycleContext, Outputs, ResourceDefinition } from "../shared/resourceProvider";
import { PORT_REPLACE_ON, PortArgs } from "./args";

export function portOrder(args: PortArgs): OrderItem {
  return {
    productName: args.productName,
    term: args.contractTermMonths,
    productType: "MEGAPORT",
    portSpeed: args.portSpeed,
    locationId: args.locationId,
    createDate: Date.now(),
    virtual: false,
    marketplaceVisibility: args.marketplaceVisibility,
    config: args.diversityZone ? { diversityZone: args.diversityZone } : {},
    ...(args.costCentre ? { costCentre: args.costCentre } : {}),
    ...(args.lagPortCount ? { lagPortCount: args.lagPortCount } : {}),
    ...(args.promoCode ? { promoCode: args.promoCode } : {}),
    ...(args.resourceTags ? { resourceTags: tagsToList(args.resourceTags) } : {}),
  };
}

/** A product of ours that an interrupted buy of `args` may have created. */
export async function findOrdered(
  client: MegaportClient,
  args: { productName: string; locationId: number },
  productType: string,
): Promise<Product | undefined> {
  const products = await client.products.list();
  return products.find(
    (p) =>
      p.productType === productType &&
      p.productName === args.productName &&
      p.locationId === args.locationId &&
      !isProductGoneStatus(p.provisioningStatus),
  );
}

/** The program's inputs as the API now has them: drift shows as a difference from the program. */
export function portInputs(p: Product, olds: Outputs, tags: Record<string, string> | undefined): PortArgs {
  const o = olds as Partial<PortArgs>;
  return {
    productName: p.productName,
    portSpeed: p.portSpeed ?? o.portSpeed ?? 0,
    locationId: p.locationId ?? o.locationId ?? 0,
    contractTermMonths: p.contractTermMonths ?? o.contractTermMonths ?? 1,
    marketplaceVisibility: p.marketplaceVisibility ?? o.marketplaceVisibility ?? false,
    // A zone left to Megaport stays unset; the API may return none, then the stored one is kept
    // (as the Terraform provider does).
    diversityZone:
      o.diversityZone === undefined
        ? undefined
        : ((p.diversityZone as "red" | "blue" | null | undefined) ?? o.diversityZone),
    // An empty cost centre reads back as "": keep "no cost centre" as the program wrote it.
    costCentre: p.costCentre ? p.costCentre : o.costCentre === undefined ? undefined : "",
    promoCode: o.promoCode,
    lagPortCount: p.lagCount ?? o.lagPortCount,
    resourceTags: tags,
    adoptProductUid: o.adoptProductUid,
  };
}

function outputs(p: Product, args: PortArgs, olds: Outputs): Outputs {
  return { ...args, ...productOutputs(p), ...priceOutputs(olds) };
}

export const portDefinition: ResourceDefinition<PortArgs> = {
  kind: "Port",
  schema: PortArgs,
  replaceOn: PORT_REPLACE_ON,
  createOnly: ["adoptProductUid", "promoCode"],
  extraChecks: (args) => checkLocationOffers(args.locationId, args.portSpeed, args.diversityZone, "port"),

  create: (ctx, args) =>
    adoptOrOrder(
      ctx,
      args,
      ["MEGAPORT"],
      () => portOrder(args),
      (c) => findOrdered(c, args, "MEGAPORT"),
    ),

  async awaitCreated(ctx, id, args, outs) {
    const p = await waitForProvisioning(ctx.client, id, ctx.label, ctx.wait);
    const toOutputs = (x: Product) => outputs(x, args, outs);
    if (args.adoptProductUid) {
      // An adopted port may differ from the program: converge it now, as the next update would.
      const current = portInputs(p, { ...args, ...outs }, await readTags(ctx.client, id, args.resourceTags));
      const changed = adoptionChanges(current, args, [
        "productName",
        "costCentre",
        "marketplaceVisibility",
        "contractTermMonths",
        "resourceTags",
      ]);
      if (changed.length > 0) return updatePortLike(ctx, id, args, changed, "megaport", toOutputs);
    }
    return toOutputs(p);
  },

  async read(ctx, id, olds) {
    const p = await readLiveProduct(ctx.client, id);
    if (!p) return undefined;
    const inputs = portInputs(p, olds, await readTags(ctx.client, id, olds.resourceTags));
    return { inputs, outs: outputs(p, inputs, olds) };
  },

  update: (ctx, id, olds, news, changed) =>
    updatePortLike(ctx, id, news, changed, "megaport", (p) => outputs(p, news, olds)),

  delete: (ctx, id) => cancelNow(ctx, id),
};

/** What a Port and an MCR share of their inputs, for the update they share. */
export interface PortLikeArgs {
  productName: string;
  costCentre?: string;
  contractTermMonths: number;
  marketplaceVisibility?: boolean;
  asn?: number;
  resourceTags?: Record<string, string>;
}

/** Ports and MCRs update the same way: one PUT with only the changed fields, tags separately. */
export async function updatePortLike(
  ctx: LifecycleContext,
  id: string,
  news: PortLikeArgs,
  changed: string[],
  kind: "megaport" | "mcr2",
  toOutputs: (p: Product) => Outputs,
): Promise<Outputs> {
  const changes = new ChangeSet();
  if (changed.includes("productName"))
    changes.set("name", news.productName, "productName", (p) => p.productName);
  if (changed.includes("costCentre"))
    changes.set("costCentre", news.costCentre ?? "", "costCentre", (p) => p.costCentre ?? "");
  if (changed.includes("marketplaceVisibility") && kind === "megaport") {
    changes.set(
      "marketplaceVisibility",
      news.marketplaceVisibility,
      "marketplaceVisibility",
      (p) => p.marketplaceVisibility,
    );
  }
  if (changed.includes("contractTermMonths"))
    changes.set("term", news.contractTermMonths, "contractTermMonths", (p) => p.contractTermMonths);
  if (changed.includes("asn") && news.asn !== undefined)
    changes.set("asn", news.asn, "asn", (p) => p.resources?.virtual_router?.mcrAsn);
  await changes.send((body) =>
    kind === "megaport" ? ctx.client.ports.update(id, body) : ctx.client.mcrs.update(id, body),
  );
  if (changed.includes("resourceTags")) await ctx.client.products.setTags(id, tagsToList(news.resourceTags));
  return toOutputs(await changes.settled(ctx, id));
}
