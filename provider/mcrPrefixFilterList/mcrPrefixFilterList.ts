// The MCR prefix filter list: not a product (nothing is bought), but a list on an MCR with routes
// of its own. The Pulumi id is "<mcrUid>:<listId>", as Terraform imports it. A create whose answer
// is lost may still have made the list: it is looked for by its description (unique per MCR)
// before anything else is sent. Delete waits out the 409 Megaport answers while a VXC's BGP
// connection still filters with the list.
import {
  MegaportApiError,
  PrefixFilterList,
  PrefixFilterListRequest,
  isAmbiguousOrderFailure,
  isNotFound,
} from "../client";
import { CheckFailure } from "../shared/checks";
import { Inputs, LifecycleContext, Outputs, ResourceDefinition } from "../shared/lifecycle";
import { progress } from "../shared/progress";
import { defaultSleep } from "../shared/provisioning";
import { McrPrefixFilterListArgs } from "./schema";

type Args = McrPrefixFilterListArgs;

const idOf = (mcrUid: string, listId: number) => `${mcrUid}:${listId}`;

function request(args: Args): Omit<PrefixFilterListRequest, "id"> {
  return {
    description: args.description,
    addressFamily: args.addressFamily,
    // ge and le are left out when not set (megaportgo omits 0).
    entries: args.entries.map((e) => ({
      action: e.action,
      prefix: e.prefix,
      ...(e.ge !== undefined ? { ge: e.ge } : {}),
      ...(e.le !== undefined ? { le: e.le } : {}),
    })),
  };
}

/** The inputs as the API has them now: drift in any entry shows as a difference. */
function inputsOf(list: PrefixFilterList, olds: Outputs): Args {
  const o = olds as Partial<Args>;
  return {
    mcrUid: o.mcrUid!,
    description: list.description ?? o.description ?? "",
    addressFamily: list.addressFamily === "IPv6" ? "IPv6" : "IPv4",
    entries: (list.entries ?? []).map((e) => ({
      action: e.action === "deny" ? "deny" : "permit",
      prefix: e.prefix,
      ...(e.ge !== undefined ? { ge: e.ge } : {}),
      ...(e.le !== undefined ? { le: e.le } : {}),
    })),
    ...(o.adoptPrefixListId !== undefined ? { adoptPrefixListId: o.adoptPrefixListId } : {}),
  };
}

const outputsOf = (args: Args, listId: number): Outputs => ({ ...args, prefixListId: listId });

/** The MCR must exist, and no other list on it may have this description. */
async function checkMcr(ctx: LifecycleContext, args: Args, olds: Inputs): Promise<CheckFailure[]> {
  const mcr = await ctx.client.products.get(args.mcrUid).catch((e: unknown) => {
    if (isNotFound(e)) return undefined;
    throw e;
  });
  if (!mcr || mcr.productType.toUpperCase() !== "MCR2")
    return [{ property: "mcrUid", reason: `mcrUid: ${args.mcrUid} is not an MCR of this Megaport account` }];
  // The program's own list keeps its description through an update.
  if (olds.mcrUid === args.mcrUid && olds.description === args.description) return [];
  const taken = (await ctx.client.prefixFilterLists.list(args.mcrUid)).find(
    (l) => l.description === args.description && l.id !== args.adoptPrefixListId,
  );
  return taken
    ? [
        {
          property: "description",
          reason: `description: list ${taken.id} on ${mcr.productName} is already called "${args.description}"; VXC BGP filters name lists by description, so it must be unique on the MCR`,
        },
      ]
    : [];
}

/** The list made by a create whose answer was lost: the MCR's list of this description. */
async function findCreated(ctx: LifecycleContext, args: Args, cause: unknown): Promise<number> {
  const found = await ctx.client.prefixFilterLists.list(args.mcrUid).catch((lookup: unknown) => {
    throw new Error(
      `the create failed after it may have reached Megaport (${(cause as Error).message}), and looking for the list failed (${(lookup as Error).message}). Nothing was sent twice; check the MCR's prefix lists in the portal.`,
    );
  });
  const list = found.find((l) => l.description === args.description);
  if (!list)
    throw new Error(
      `the create failed after it may have reached Megaport (${(cause as Error).message}), and no list "${args.description}" is on ${args.mcrUid}. Nothing was sent twice.`,
    );
  await progress.warn(
    `${ctx.label}: the create's answer was lost, but list ${list.id} was made; continuing with it`,
  );
  return list.id;
}

const isConflict = (e: unknown) => MegaportApiError.isInstance(e) && e.status === 409;

export const mcrPrefixFilterListDefinition: ResourceDefinition<Args> = {
  label: "McrPrefixFilterList",
  args: McrPrefixFilterListArgs,
  checkWithApi: checkMcr,

  async create(ctx, args) {
    let listId: number;
    if (args.adoptPrefixListId !== undefined) {
      listId = args.adoptPrefixListId;
      await ctx.client.prefixFilterLists.get(args.mcrUid, listId).catch((e: unknown) => {
        throw isNotFound(e)
          ? new Error(`adoptPrefixListId ${listId} is not a list on MCR ${args.mcrUid}`)
          : e;
      });
      await ctx.client.prefixFilterLists.update(args.mcrUid, listId, request(args));
      await progress.info(`${ctx.label}: adopted list ${listId}; its entries are now the program's`);
    } else {
      try {
        listId = await ctx.client.prefixFilterLists.create(args.mcrUid, request(args));
      } catch (e) {
        if (!isAmbiguousOrderFailure(e)) throw e;
        listId = await findCreated(ctx, args, e);
      }
    }
    return { id: idOf(args.mcrUid, listId), outs: { prefixListId: listId } };
  },

  async awaitCreated(ctx, _id, args, outs) {
    const listId = outs.prefixListId as number;
    return outputsOf(inputsOf(await ctx.client.prefixFilterLists.get(args.mcrUid, listId), args), listId);
  },

  async read(ctx, _id, olds) {
    const listId = olds.prefixListId as number;
    const inputs = inputsOf(await ctx.client.prefixFilterLists.get(String(olds.mcrUid), listId), olds);
    return { inputs, outs: outputsOf(inputs, listId) };
  },

  async update(ctx, _id, olds, news) {
    const listId = olds.prefixListId as number;
    await ctx.client.prefixFilterLists.update(news.mcrUid, listId, request(news));
    return outputsOf(inputsOf(await ctx.client.prefixFilterLists.get(news.mcrUid, listId), news), listId);
  },

  async delete(ctx, _id, olds) {
    const mcrUid = String(olds.mcrUid);
    const listId = olds.prefixListId as number;
    const started = Date.now();
    for (;;) {
      try {
        return await ctx.client.prefixFilterLists.delete(mcrUid, listId);
      } catch (e) {
        if (!isConflict(e)) throw e;
        if (Date.now() - started >= ctx.wait.timeoutMs)
          throw new Error(
            `list ${listId} is still in use by a VXC's BGP connection after ${Math.round((Date.now() - started) / 1000)}s (Megaport: ${(e as Error).message}); remove it from the VXC's filters first`,
          );
        void progress.status(`${ctx.label}: still in use by a VXC's BGP connection; waiting to delete`);
        await defaultSleep(2000);
      }
    }
  },
};
