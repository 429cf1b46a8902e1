// The MCR's whole lifecycle. It orders and updates like a port (see port/port.ts), plus its ASN:
// Megaport refuses an ASN change while VXCs are attached, and that message reaches the user as is.
import { Product } from "../client";
import { checkLocationOffers } from "../shared/locationOffers";
import { placeOrder } from "../shared/order";
import {
  adoptProduct,
  cancelNow,
  priceOutputs,
  productOutputs,
  readTags,
  tagsToList,
} from "../shared/product";
import { waitForProvisioning } from "../shared/provisioning";
import { Outputs, ResourceDefinition } from "../shared/resourceProvider";
import { findOrdered, updatePortLike } from "../port/port";
import { MCR_REPLACE_ON, McrArgs } from "./args";
import { McrOrderItem } from "../client/mcrs";

export function mcrOrder(args: McrArgs): McrOrderItem {
  return {
    productName: args.productName,
    term: args.contractTermMonths,
    productType: "MCR2",
    portSpeed: args.portSpeed,
    locationId: args.locationId,
    config: { mcrAsn: args.asn, ...(args.diversityZone ? { diversityZone: args.diversityZone } : {}) },
    ...(args.costCentre ? { costCentre: args.costCentre } : {}),
    ...(args.promoCode ? { promoCode: args.promoCode } : {}),
    ...(args.resourceTags ? { resourceTags: tagsToList(args.resourceTags) } : {}),
  };
}

export function mcrInputs(p: Product, olds: Outputs, tags: Record<string, string> | undefined): McrArgs {
  const o = olds as Partial<McrArgs>;
  return {
    productName: p.productName,
    portSpeed: p.portSpeed ?? o.portSpeed ?? 0,
    locationId: p.locationId ?? o.locationId ?? 0,
    contractTermMonths: p.contractTermMonths ?? o.contractTermMonths ?? 1,
    asn: p.resources?.virtual_router?.mcrAsn ?? o.asn ?? 133937,
    diversityZone:
      o.diversityZone === undefined
        ? undefined
        : ((p.diversityZone as "red" | "blue" | null | undefined) ?? o.diversityZone),
    costCentre: p.costCentre ? p.costCentre : o.costCentre === undefined ? undefined : "",
    promoCode: o.promoCode,
    resourceTags: tags,
    adoptProductUid: o.adoptProductUid,
  };
}

function outputs(p: Product, args: McrArgs, olds: Outputs): Outputs {
  return { ...args, ...productOutputs(p), ...priceOutputs(olds) };
}

export const mcrDefinition: ResourceDefinition<McrArgs> = {
  kind: "MCR",
  schema: McrArgs,
  replaceOn: MCR_REPLACE_ON,
  createOnly: ["adoptProductUid", "promoCode"],
  extraChecks: (args) => checkLocationOffers(args.locationId, args.portSpeed, args.diversityZone, "mcr"),

  async create(ctx, args) {
    if (args.adoptProductUid) {
      const p = await adoptProduct(ctx, args.adoptProductUid, ["MCR2"]);
      return { id: p.productUid, outs: { monthlyRate: null, currency: null } };
    }
    const placed = await placeOrder(ctx.client, {
      label: ctx.label,
      item: mcrOrder(args),
      promoCode: args.promoCode,
      findExisting: (c) => findOrdered(c, args, "MCR2"),
    });
    return { id: placed.productUid, outs: { monthlyRate: placed.monthlyRate, currency: placed.currency } };
  },

  async awaitCreated(ctx, id, args, outs) {
    const p = await waitForProvisioning(ctx.client, id, ctx.label, ctx.wait);
    if (args.adoptProductUid) {
      const current = mcrInputs(p, { ...args, ...outs }, await readTags(ctx.client, id, args.resourceTags));
      const changed = (
        ["productName", "costCentre", "contractTermMonths", "asn", "resourceTags"] as const
      ).filter(
        (k) =>
          args[k] !== undefined && JSON.stringify(current[k] ?? null) !== JSON.stringify(args[k] ?? null),
      );
      if (changed.length > 0)
        return updatePortLike(ctx, id, outs, args as never, [...changed], "mcr2", (x) =>
          outputs(x, args, outs),
        );
    }
    return outputs(p, args, outs);
  },

  async read(ctx, id, olds) {
    const p = await ctx.client.products.get(id);
    if (["DECOMMISSIONED", "DECOMMISSIONING"].includes(p.provisioningStatus)) return undefined;
    const inputs = mcrInputs(p, olds, await readTags(ctx.client, id, olds.resourceTags));
    return { inputs, outs: outputs(p, inputs, olds) };
  },

  async update(ctx, id, olds, news, changed) {
    return updatePortLike(ctx, id, olds, news as never, changed, "mcr2", (p) => outputs(p, news, olds));
  },

  async delete(ctx, id) {
    await cancelNow(ctx, id);
  },
};
