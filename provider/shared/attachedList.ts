// A resource that is a list kept on a product rather than a product (an MCR's prefix filter lists,
// a NAT gateway's packet filters and prefix lists): nothing is bought, the list has routes of its
// own under its product, and its Pulumi id is "<productUid>:<id>", as Terraform imports it. A
// create whose answer is lost may still have made the list: it is looked for by its description
// (unique on the product) before anything is sent again. Delete waits out the 409 Megaport answers
// while a VXC still uses the list.
import { z } from "zod";
import { MegaportApiError, MegaportClient, isAmbiguousOrderFailure, isNotFound } from "../client";
import { CheckFailure } from "./inputChecks";
import { Inputs, LifecycleContext, Outputs, ResourceDefinition } from "./lifecycle";
import { progress } from "./progress";
import { defaultSleep } from "./provisioning";

/** The routes of one product's lists. */
export interface AttachedListRoutes<Req, Item> {
  /** Creates a list and answers its id; sent once (never retried after it may have arrived). */
  create(body: Req): Promise<number>;
  list(): Promise<Array<{ id: number; description?: string | null }>>;
  get(id: number): Promise<Item>;
  update(id: number, body: Req): Promise<void>;
  delete(id: number): Promise<void>;
}

export interface AttachedListArgs extends Inputs {
  description: string;
}

export interface AttachedListDefinition<A extends AttachedListArgs, Req, Item> {
  label: string;
  args: z.ZodType<A>;
  /** The input naming the product the list is on ("mcrUid"). */
  productKey: keyof A & string;
  /** The input that adopts an existing list by its id. */
  adoptKey: keyof A & string;
  /** The output holding the list's id ("prefixListId"). */
  idOutput: string;
  /** How messages name what is on the product: "list", "packet filter". */
  noun: string;
  /** What uses the list while Megaport refuses to delete it: "a VXC's BGP connection". */
  user: string;
  routes(client: MegaportClient, productUid: string): AttachedListRoutes<Req, Item>;
  request(args: A): Req;
  /** The inputs as the API has them now, from the list and the stored inputs. */
  inputsOf(item: Item, olds: Outputs): A;
  /** Checks of the product itself (it exists, is of the right kind); run before the description's. */
  checkProduct(ctx: LifecycleContext, args: A): Promise<{ failures: CheckFailure[]; productName?: string }>;
}

const isConflict = (e: unknown) => MegaportApiError.isInstance(e) && e.status === 409;

export function attachedListResource<A extends AttachedListArgs, Req, Item>(
  def: AttachedListDefinition<A, Req, Item>,
): ResourceDefinition<A> {
  const productOf = (x: Inputs | Outputs) => String(x[def.productKey]);
  const idOf = (olds: Outputs) => olds[def.idOutput] as number;
  const outputsOf = (args: A, id: number): Outputs => ({ ...args, [def.idOutput]: id });
  const routesFor = (ctx: LifecycleContext, x: Inputs | Outputs) => def.routes(ctx.client, productOf(x));

  /** The list made by a create whose answer was lost: the product's list of this description. */
  async function findCreated(ctx: LifecycleContext, args: A, cause: unknown): Promise<number> {
    const found = await routesFor(ctx, args)
      .list()
      .catch((lookup: unknown) => {
        throw new Error(
          `the create failed after it may have reached Megaport (${(cause as Error).message}), and looking for the ${def.noun} failed (${(lookup as Error).message}). Nothing was sent twice; check the product's ${def.noun}s in the portal.`,
        );
      });
    const item = found.find((l) => l.description === args.description);
    if (!item)
      throw new Error(
        `the create failed after it may have reached Megaport (${(cause as Error).message}), and no ${def.noun} "${args.description}" is on ${productOf(args)}. Nothing was sent twice.`,
      );
    await progress.warn(
      `${ctx.label}: the create's answer was lost, but ${def.noun} ${item.id} was made; continuing with it`,
    );
    return item.id;
  }

  return {
    label: def.label,
    args: def.args,

    /** The product must be right, and no other list on it may have this description. */
    async checkWithApi(ctx, args, olds) {
      const { failures, productName } = await def.checkProduct(ctx, args);
      if (failures.length > 0) return failures;
      // The program's own list keeps its description through an update.
      if (olds[def.productKey] === args[def.productKey] && olds.description === args.description) return [];
      const taken = (await routesFor(ctx, args).list()).find(
        (l) => l.description === args.description && l.id !== args[def.adoptKey],
      );
      return taken
        ? [
            {
              property: "description",
              reason: `description: ${def.noun} ${taken.id} on ${productName ?? productOf(args)} is already called "${args.description}"; VXCs name ${def.noun}s by description, so it must be unique there`,
            },
          ]
        : [];
    },

    async create(ctx, args) {
      const routes = routesFor(ctx, args);
      const adopt = args[def.adoptKey] as number | undefined;
      let id: number;
      if (adopt !== undefined) {
        id = adopt;
        await routes.get(id).catch((e: unknown) => {
          throw isNotFound(e)
            ? new Error(`${def.adoptKey} ${id} is not a ${def.noun} on ${productOf(args)}`)
            : e;
        });
        await routes.update(id, def.request(args));
        await progress.info(`${ctx.label}: adopted ${def.noun} ${id}; its entries are now the program's`);
      } else {
        try {
          id = await routes.create(def.request(args));
        } catch (e) {
          if (!isAmbiguousOrderFailure(e)) throw e;
          id = await findCreated(ctx, args, e);
        }
      }
      return { id: `${productOf(args)}:${id}`, outs: { [def.idOutput]: id } };
    },

    async awaitCreated(ctx, _id, args, outs) {
      const id = idOf(outs);
      return outputsOf(def.inputsOf(await routesFor(ctx, args).get(id), args), id);
    },

    async read(ctx, pulumiId, stored) {
      // An import has the id alone, "<productUid>:<id>": the product and the list's id come from it.
      const at = pulumiId.lastIndexOf(":");
      const olds =
        stored[def.productKey] === undefined && at > 0
          ? {
              ...stored,
              [def.productKey]: pulumiId.slice(0, at),
              [def.idOutput]: Number(pulumiId.slice(at + 1)),
            }
          : stored;
      const id = idOf(olds);
      const inputs = def.inputsOf(await routesFor(ctx, olds).get(id), olds);
      return { inputs, outs: outputsOf(inputs, id) };
    },

    async update(ctx, _id, olds, news) {
      const id = idOf(olds);
      const routes = routesFor(ctx, news);
      await routes.update(id, def.request(news));
      return outputsOf(def.inputsOf(await routes.get(id), news), id);
    },

    async delete(ctx, _id, olds) {
      const id = idOf(olds);
      const routes = routesFor(ctx, olds);
      const started = Date.now();
      for (;;) {
        try {
          return await routes.delete(id);
        } catch (e) {
          if (!isConflict(e)) throw e;
          if (Date.now() - started >= ctx.wait.timeoutMs)
            throw new Error(
              `${def.noun} ${id} is still in use by ${def.user} after ${Math.round((Date.now() - started) / 1000)}s (Megaport: ${(e as Error).message}); remove it from the VXC first`,
            );
          void progress.status(`${ctx.label}: still in use by ${def.user}; waiting to delete`);
          await defaultSleep(2000);
        }
      }
    },
  };
}
