// The ServiceKey's whole lifecycle. The key itself is a secret, so the Pulumi id is a fingerprint
// of it; delete deactivates the key because the API has no DELETE (megaport-current-api.md §1.3).
import { createHash } from "node:crypto";
import { ServiceKey } from "../client";
import { isNotFound } from "../client/errors";
import { progress } from "../shared/progress";
import { Outputs, ResourceDefinition } from "../shared/resourceProvider";
import { SERVICE_KEY_REPLACE_ON, ServiceKeyArgs } from "./args";

function fingerprint(productUid: string, key: string): string {
  return `${productUid}:${createHash("sha256").update(key).digest("hex").slice(0, 16)}`;
}

function validForMs(v: ServiceKeyArgs["validFor"]) {
  return v ? { start: Date.parse(v.start), end: Date.parse(v.end) } : null;
}

export function serviceKeyInputs(k: ServiceKey, olds: Outputs): ServiceKeyArgs {
  const o = olds as Partial<ServiceKeyArgs>;
  return {
    productUid: k.productUid,
    singleUse: k.singleUse ?? o.singleUse ?? false,
    maxSpeed: k.maxSpeed ?? o.maxSpeed ?? 0,
    active: k.active ?? o.active ?? true,
    preApproved: k.preApproved ?? o.preApproved ?? false,
    description: k.description ?? o.description,
    vlan: o.vlan === undefined ? undefined : (k.vlan ?? o.vlan),
    validFor: k.validFor
      ? { start: new Date(k.validFor.start).toISOString(), end: new Date(k.validFor.end).toISOString() }
      : undefined,
  };
}

function outputs(k: ServiceKey, args: ServiceKeyArgs): Outputs {
  return {
    ...args,
    key: k.key,
    valid: k.valid ?? null,
    lastUsed: k.lastUsed ?? null,
    createDate: k.createDate ?? null,
    productName: k.productName ?? null,
  };
}

export const serviceKeyDefinition: ResourceDefinition<ServiceKeyArgs> = {
  kind: "ServiceKey",
  schema: ServiceKeyArgs,
  replaceOn: SERVICE_KEY_REPLACE_ON,

  async create(ctx, args) {
    const k = await ctx.client.serviceKeys.create({
      productUid: args.productUid,
      singleUse: args.singleUse,
      maxSpeed: args.maxSpeed,
      active: args.active,
      preApproved: args.preApproved,
      ...(args.description !== undefined ? { description: args.description } : {}),
      ...(args.vlan !== undefined ? { vlan: args.vlan } : {}),
      validFor: validForMs(args.validFor),
    });
    await progress.info(`${ctx.label}: service key issued for ${args.productUid}`);
    return { id: fingerprint(args.productUid, k.key), outs: outputs(k, args) };
  },

  async awaitCreated(_ctx, _id, _args, outs) {
    return outs;
  },

  async read(ctx, _id, olds) {
    const key = olds.key;
    if (typeof key !== "string") return undefined;
    try {
      const k = await ctx.client.serviceKeys.get(key);
      const inputs = serviceKeyInputs(k, olds);
      return { inputs, outs: outputs(k, inputs) };
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw e;
    }
  },

  async update(ctx, _id, olds, news) {
    const key = String(olds.key);
    await ctx.client.serviceKeys.update({
      key,
      productUid: news.productUid,
      singleUse: news.singleUse,
      active: news.active,
      validFor: validForMs(news.validFor),
    });
    const k = await ctx.client.serviceKeys.get(key);
    return outputs(k, news);
  },

  async delete(ctx, _id, olds) {
    const o = olds as Partial<ServiceKeyArgs> & { key?: string };
    if (!o.key || !o.productUid) return;
    await ctx.client.serviceKeys.update({
      key: o.key,
      productUid: o.productUid,
      singleUse: o.singleUse ?? false,
      active: false,
      validFor: validForMs(o.validFor),
    });
  },
};
