// The MCR's whole lifecycle. It orders and updates like a port (see port/port.ts), plus its ASN:
// Megaport refuses an ASN change while VXCs are attached, and that message reaches the user as is.
import { Product } from "../client";
import { checkLocationOffers } from "../shared/locationOffers";
import {
  adoptOrOrder,
  adoptionChanges,
  cancelNow,
  priceOutputs,
  productOutputs,
  readLiveProduct,
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

  create: (ctx, args) =>
    adoptOrOrder(
      ctx,
      args,
      ["MCR2"],
      () => mcrOrder(args),
      (c) => findOrdered(c, args, "MCR2"),
    ),

  async awaitCreated(ctx, id, args, outs) {
    const p = await waitForProvisioning(ctx.client, id, ctx.label, ctx.wait);
    const toOutputs = (x: Product) => outputs(x, args, outs);
    if (args.adoptProductUid) {
      // An adopted MCR may differ from the program: converge it now, as the next update would.
      const current = mcrInputs(p, { ...args, ...outs }, await readTags(ctx.client, id, args.resourceTags));
      const changed = adoptionChanges(current, args, [
        "productName",
        "costCentre",
        "contractTermMonths",
        "asn",
        "resourceTags",
      ]);
      if (changed.length > 0) return updatePortLike(ctx, id, args, changed, "mcr2", toOutputs);
    }
    return toOutputs(p);
  },

  async read(ctx, id, olds) {
    const p = await readLiveProduct(ctx.client, id);
    if (!p) return undefined;
    const inputs = mcrInputs(p, olds, await readTags(ctx.client, id, olds.resourceTags));
    return { inputs, outs: outputs(p, inputs, olds) };
  },

  update: (ctx, id, olds, news, changed) =>
    updatePortLike(ctx, id, news, changed, "mcr2", (p) => outputs(p, news, olds)),

  delete: (ctx, id) => cancelNow(ctx, id),
};
