// An MCR's IPsec add-on on its own (Terraform's megaport_mcr_ipsec_addon): added with
// POST /v3/product/{uid}/addon, changed with PUT …/addon/{addOnUid}, removed by setting 0 tunnels.
// Adding one is an order: never repeated blindly; after an answer that was lost, the MCR's add-ons
// say whether it went through. An MCR has at most one IPsec add-on.
import { Product, isAmbiguousOrderFailure, unlessNotFound } from "../client";
import { CheckFailure } from "../shared/inputChecks";
import { LifecycleContext, ResourceDefinition } from "../shared/lifecycle";
import { progress } from "../shared/progress";
import { McrIpsecAddOnArgs } from "./schema";

type Args = McrIpsecAddOnArgs;

const ipsecOf = (mcr: Product) =>
  mcr.addOns?.find((a) => a.addOnType === "IP_SEC" && (a.tunnelCount ?? 0) > 0);

async function mcrOf(ctx: LifecycleContext, uid: string): Promise<Product | undefined> {
  const p = await unlessNotFound(ctx.client.products.get(uid));
  return p?.productType.toUpperCase() === "MCR2" ? p : undefined;
}

/** The add-on's uid, the MCR's current one when Megaport has one. */
async function addOnUidOn(ctx: LifecycleContext, mcrUid: string): Promise<string | undefined> {
  const mcr = await mcrOf(ctx, mcrUid);
  return mcr ? (ipsecOf(mcr)?.addOnUid ?? undefined) : undefined;
}

export const mcrIpsecAddOnDefinition: ResourceDefinition<Args> = {
  label: "McrIpsecAddOn",
  args: McrIpsecAddOnArgs,

  async checkWithApi(ctx, args, olds): Promise<CheckFailure[]> {
    const mcr = await mcrOf(ctx, args.mcrUid);
    if (!mcr)
      return [
        { property: "mcrUid", reason: `mcrUid: ${args.mcrUid} is not an MCR of this Megaport account` },
      ];
    const existing = ipsecOf(mcr);
    // A new add-on (not one adopted, not this resource's own) where the MCR has one already.
    const ours = olds.mcrUid === args.mcrUid;
    if (existing && !args.adoptAddOnUid && !ours)
      return [
        {
          property: "mcrUid",
          reason: `mcrUid: ${mcr.productName} has an IPsec add-on already (${existing.addOnUid}, ${existing.tunnelCount} tunnels): adopt it with adoptAddOnUid`,
        },
      ];
    return [];
  },

  async create(ctx, args) {
    if (args.adoptAddOnUid) {
      const uid = await addOnUidOn(ctx, args.mcrUid);
      if (uid !== args.adoptAddOnUid)
        throw new Error(`adoptAddOnUid ${args.adoptAddOnUid} is not the IPsec add-on of ${args.mcrUid}`);
      await ctx.client.mcrs.setIpsec(args.mcrUid, uid, args.tunnelCount);
      await progress.info(`${ctx.label}: adopted add-on ${uid}; nothing was ordered`);
      return { id: `${args.mcrUid}:${uid}`, outs: { addOnUid: uid } };
    }
    let uid: string | undefined;
    try {
      await ctx.client.mcrs.addIpsec(args.mcrUid, args.tunnelCount);
    } catch (e) {
      if (!isAmbiguousOrderFailure(e)) throw e;
      // The answer was lost: the MCR says whether the add-on is there; it is never added twice.
      uid = await addOnUidOn(ctx, args.mcrUid).catch(() => undefined);
      if (!uid)
        throw new Error(
          `${ctx.label}: adding the add-on failed after it may have reached Megaport (${(e as Error).message}), and the MCR shows none yet. Nothing was added again; the next pulumi up looks first.`,
        );
    }
    uid ??= await addOnUidOn(ctx, args.mcrUid);
    if (!uid) throw new Error(`${ctx.label}: Megaport accepted the add-on but the MCR shows none`);
    return { id: `${args.mcrUid}:${uid}`, outs: { addOnUid: uid } };
  },

  awaitCreated: async (_ctx, _id, args, outs) => ({ ...args, ...outs }),

  async read(ctx, id, olds) {
    const [mcrUid, addOnUid] = id.split(":");
    const mcr = await mcrOf(ctx, mcrUid);
    const addOn = mcr?.addOns?.find((a) => a.addOnUid === addOnUid);
    // Removed (0 tunnels) or its MCR gone: the next up adds it again.
    if (!addOn || !addOn.tunnelCount) return undefined;
    const inputs = {
      mcrUid,
      tunnelCount: addOn.tunnelCount as Args["tunnelCount"],
      ...(olds.adoptAddOnUid ? { adoptAddOnUid: olds.adoptAddOnUid as string } : {}),
    };
    return { inputs, outs: { ...inputs, addOnUid } };
  },

  async update(ctx, id, _olds, news) {
    const [mcrUid, addOnUid] = id.split(":");
    await ctx.client.mcrs.setIpsec(mcrUid, addOnUid, news.tunnelCount);
    return { ...news, addOnUid };
  },

  async delete(ctx, id) {
    const [mcrUid, addOnUid] = id.split(":");
    await ctx.client.mcrs.setIpsec(mcrUid, addOnUid, 0);
  },
};
