// The Port's whole lifecycle: order (validate, buy once), wait, read back, update in place, cancel.
import { MegaportClient, Product } from "../client";
import { OrderItem } from "../client/orders";
import { checkLocationOffers } from "../shared/locationOffers";
import { placeOrder } from "../shared/order";
import {
  adoptProduct,
  cancelNow,
  priceOutputs,
  productOutputs,
  readTags,
  tagsToList,
  waitUntilVisible,
} from "../shared/product";
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
      !["DECOMMISSIONED", "DECOMMISSIONING"].includes(p.provisioningStatus),
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

  async create(ctx, args) {
    if (args.adoptProductUid) {
      const p = await adoptProduct(ctx, args.adoptProductUid, ["MEGAPORT"]);
      return { id: p.productUid, outs: { monthlyRate: null, currency: null } };
    }
    const placed = await placeOrder(ctx.client, {
      label: ctx.label,
      item: portOrder(args),
      promoCode: args.promoCode,
      findExisting: (c) => findOrdered(c, args, "MEGAPORT"),
    });
    return { id: placed.productUid, outs: { monthlyRate: placed.monthlyRate, currency: placed.currency } };
  },

  async awaitCreated(ctx, id, args, outs) {
    const p = await waitForProvisioning(ctx.client, id, ctx.label, ctx.wait);
    // An adopted port may differ from the program: converge it now, as the next update would.
    const adopted = args.adoptProductUid ? await this.read(ctx, id, { ...args, ...outs }) : undefined;
    if (adopted) {
      const changed = (
        ["productName", "costCentre", "marketplaceVisibility", "contractTermMonths", "resourceTags"] as const
      ).filter(
        (k) =>
          JSON.stringify(adopted.inputs[k] ?? null) !== JSON.stringify(args[k] ?? null) &&
          args[k] !== undefined,
      );
      if (changed.length > 0) return this.update(ctx, id, { ...adopted.inputs, ...outs }, args, changed);
    }
    return outputs(p, args, outs);
  },

  async read(ctx, id, olds) {
    const p = await ctx.client.products.get(id);
    if (["DECOMMISSIONED", "DECOMMISSIONING"].includes(p.provisioningStatus)) return undefined;
    const inputs = portInputs(p, olds, await readTags(ctx.client, id, olds.resourceTags));
    return { inputs, outs: outputs(p, inputs, olds) };
  },

  async update(ctx, id, olds, news, changed) {
    return updatePortLike(ctx, id, olds, news, changed, "megaport", (p) => outputs(p, news, olds));
  },

  async delete(ctx, id) {
    await cancelNow(ctx, id);
  },
};

/** Ports and MCRs update the same way: one PUT with only the changed fields, tags separately. */
export async function updatePortLike(
  ctx: LifecycleContext,
  id: string,
  olds: Outputs,
  news: PortArgs | (PortArgs & { asn?: number }),
  changed: string[],
  kind: "megaport" | "mcr2",
  toOutputs: (p: Product) => Outputs,
): Promise<Outputs> {
  const body: Record<string, unknown> = {};
  const expect: Array<[string, (p: Product) => unknown, unknown]> = [];
  if (changed.includes("productName")) {
    body.name = news.productName;
    expect.push(["productName", (p) => p.productName, news.productName]);
  }
  if (changed.includes("costCentre")) {
    body.costCentre = news.costCentre ?? "";
    expect.push(["costCentre", (p) => p.costCentre ?? "", news.costCentre ?? ""]);
  }
  if (changed.includes("marketplaceVisibility") && kind === "megaport") {
    body.marketplaceVisibility = news.marketplaceVisibility;
    expect.push(["marketplaceVisibility", (p) => p.marketplaceVisibility, news.marketplaceVisibility]);
  }
  if (changed.includes("contractTermMonths")) {
    body.term = news.contractTermMonths;
    expect.push(["contractTermMonths", (p) => p.contractTermMonths, news.contractTermMonths]);
  }
  if (changed.includes("asn") && "asn" in news) {
    body.asn = news.asn;
    expect.push(["asn", (p) => p.resources?.virtual_router?.mcrAsn, news.asn]);
  }
  if (Object.keys(body).length > 0) {
    if (kind === "megaport") await ctx.client.ports.update(id, body);
    else await ctx.client.mcrs.update(id, body);
  }
  if (changed.includes("resourceTags")) await ctx.client.products.setTags(id, tagsToList(news.resourceTags));
  const p = expect.length > 0 ? await waitUntilVisible(ctx, id, expect) : await ctx.client.products.get(id);
  void olds;
  return toOutputs(p);
}
