// The ServiceKey. The key itself is a secret, so the Pulumi id is a fingerprint of it. Delete
// deactivates the key: the API has no DELETE for service keys. A create whose answer is lost may
// still have issued a key: the port's keys are searched for it before anything else happens.
import { createHash } from "node:crypto";
import { ServiceKey, isAmbiguousOrderFailure, isNotFound, unlessNotFound } from "../client";
import { CheckFailure } from "../shared/inputChecks";
import { Inputs, LifecycleContext, Outputs, ResourceDefinition, canonical } from "../shared/lifecycle";
import { progress } from "../shared/progress";
import { ServiceKeyArgs } from "./schema";

function fingerprint(productUid: string, key: string): string {
  return `${productUid}:${createHash("sha256").update(key).digest("hex").slice(0, 16)}`;
}

function validForMs(v: ServiceKeyArgs["validFor"]) {
  return v ? { start: Date.parse(v.start), end: Date.parse(v.end) } : null;
}

function inputsOf(k: ServiceKey, olds: Outputs): ServiceKeyArgs {
  const o = olds as Partial<ServiceKeyArgs>;
  return {
    portUid: k.productUid,
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

function outputsOf(k: ServiceKey, args: ServiceKeyArgs): Outputs {
  return {
    ...args,
    productUid: args.portUid,
    key: k.key,
    valid: k.valid ?? null,
    lastUsed: k.lastUsed ?? null,
    createDate: k.createDate ?? null,
    productName: k.productName ?? null,
    expired: k.expired ?? null,
    companyUid: k.companyUid ?? null,
  };
}

/** A key on the port with these settings, issued since `since` (a minute's slack for clocks). */
async function findIssued(
  ctx: LifecycleContext,
  args: ServiceKeyArgs,
  since: number,
): Promise<ServiceKey | undefined> {
  const want = canonical({
    ...inputsOf({ key: "", productUid: args.portUid } as ServiceKey, args),
    active: args.active,
  });
  return (await ctx.client.serviceKeys.list(args.portUid)).find(
    (k) => (k.createDate ?? 0) >= since - 60_000 && canonical(inputsOf(k, args)) === want,
  );
}

/** A key cannot allow more than its port carries. */
async function checkPort(ctx: LifecycleContext, args: ServiceKeyArgs): Promise<CheckFailure[]> {
  const port = await unlessNotFound(ctx.client.products.get(args.portUid));
  if (!port)
    return [
      {
        property: "portUid",
        reason: `portUid: ${args.portUid} is not a product of this Megaport account`,
      },
    ];
  if (port.portSpeed && args.maxSpeed > port.portSpeed)
    return [
      {
        property: "maxSpeed",
        reason: `maxSpeed: ${args.maxSpeed} Mbps is more than ${port.productName} carries (${port.portSpeed} Mbps)`,
      },
    ];
  return [];
}

/** The settings a key cannot change in place, as the program has them and as the key has them. */
const FIXED = ["portUid", "singleUse", "maxSpeed", "preApproved", "description", "vlan"] as const;

/**
 * A key issued elsewhere, taken over: it must exist, be on the program's port and have the program's
 * fixed settings (changing those would issue a new key); active and validFor are made the program's.
 */
async function adopt(ctx: LifecycleContext, args: ServiceKeyArgs, key: string): Promise<ServiceKey> {
  const k = await ctx.client.serviceKeys.get(key).catch((e: unknown) => {
    throw isNotFound(e) ? new Error("adoptKey is not a service key of this Megaport account") : e;
  });
  const has = { ...inputsOf(k, {}), vlan: k.vlan ?? undefined };
  const differs = FIXED.filter((f) => f !== "vlan" || args.vlan !== undefined).filter(
    (f) => canonical(has[f]) !== canonical(args[f]),
  );
  if (differs.length > 0)
    throw new Error(
      `adoptKey's ${differs.map((f) => `${f} is ${JSON.stringify(has[f] ?? null)}, not ${JSON.stringify(args[f] ?? null)}`).join("; ")}: these cannot change in place, so the program must say what the key has`,
    );
  if (
    canonical(has.active) !== canonical(args.active) ||
    canonical(has.validFor) !== canonical(args.validFor)
  )
    await ctx.client.serviceKeys.update({
      key,
      productUid: args.portUid,
      singleUse: args.singleUse,
      active: args.active,
      validFor: validForMs(args.validFor),
    });
  await progress.info(`${ctx.label}: adopted an existing key on ${args.portUid}; nothing was issued`);
  return ctx.client.serviceKeys.get(key);
}

export const serviceKeyDefinition: ResourceDefinition<ServiceKeyArgs> = {
  label: "ServiceKey",
  // The port was once named productUid, which on every other resource is the resource's own UID.
  renamedInputs: { productUid: "portUid" },
  args: ServiceKeyArgs,
  checkWithApi: checkPort,

  async create(ctx, args) {
    if (args.adoptKey) {
      const k = await adopt(ctx, args, args.adoptKey);
      return { id: fingerprint(args.portUid, k.key), outs: outputsOf(k, args) };
    }
    const sentAt = Date.now();
    let k: ServiceKey;
    try {
      const key = await ctx.client.serviceKeys.create({
        productUid: args.portUid,
        singleUse: args.singleUse,
        maxSpeed: args.maxSpeed,
        active: args.active,
        preApproved: args.preApproved,
        ...(args.description !== undefined ? { description: args.description } : {}),
        ...(args.vlan !== undefined ? { vlan: args.vlan } : {}),
        validFor: validForMs(args.validFor),
      });
      k = await ctx.client.serviceKeys.get(key);
    } catch (e) {
      if (!isAmbiguousOrderFailure(e)) throw e;
      const issued = await findIssued(ctx, args, sentAt).catch((lookup: unknown) => {
        throw new Error(
          `the key request failed after it may have reached Megaport (${(e as Error).message}), and looking for the key failed (${(lookup as Error).message}). No second key was requested; check the port's keys in the portal.`,
        );
      });
      if (!issued)
        throw new Error(
          `the key request failed after it may have reached Megaport (${(e as Error).message}), and no new key with these settings is on ${args.portUid}. No second key was requested.`,
        );
      await progress.warn(
        `${ctx.label}: the key request's answer was lost, but the key was issued; continuing with it`,
      );
      k = issued;
    }
    await progress.info(`${ctx.label}: service key issued for ${args.portUid}`);
    return { id: fingerprint(args.portUid, k.key), outs: outputsOf(k, args) };
  },

  awaitCreated: async (_ctx, _id, _args, outs) => outs,

  async read(ctx, _id, olds) {
    if (typeof olds.key !== "string") return undefined;
    const k = await ctx.client.serviceKeys.get(olds.key);
    const inputs = inputsOf(k, olds);
    return { inputs, outs: outputsOf(k, inputs) };
  },

  async update(ctx, _id, olds, news) {
    const key = String(olds.key);
    await ctx.client.serviceKeys.update({
      key,
      productUid: news.portUid,
      singleUse: news.singleUse,
      active: news.active,
      validFor: validForMs(news.validFor),
    });
    return outputsOf(await ctx.client.serviceKeys.get(key), news);
  },

  async delete(ctx, _id, olds) {
    const o = olds as Partial<ServiceKeyArgs> & Inputs & { key?: string };
    if (!o.key || !o.portUid) return;
    await ctx.client.serviceKeys.update({
      key: o.key,
      productUid: o.portUid,
      singleUse: o.singleUse ?? false,
      active: false,
      validFor: validForMs(o.validFor),
    });
  },
};
