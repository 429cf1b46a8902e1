// Every Megaport product resource (Port, MCR, VXC, IX, …) from one declarative ProductDefinition:
// the shared code orders it (adopt, or find its marked order, or validate and buy once), waits,
// reads it back with drift, updates it in place from the field table, and cancels it. A product's
// folder holds only what is truly its own: its schema, its order, its field table, its PUT route.
import { z } from "zod";
import { MegaportClient, OrderItem, Product, isNotFound, isFailed, isGone, isReady } from "../client";
import { CheckFailure } from "./inputChecks";
import {
  ArgPath,
  FieldMapping,
  changesSomething,
  inputsFromProduct,
  isImport,
  orderBody,
  planUpdate,
} from "./fieldMapping";
import { fieldRules } from "./fields";
import { DiffDecision, Inputs, LifecycleContext, Outputs, ResourceDefinition, canonical } from "./lifecycle";
import { placeOrder } from "./order";
import {
  ORDER_MARKER_TAG,
  hasMarker,
  isLiveOrder,
  orderMarkerFor,
  orderedElsewhere,
  withMarker,
  withoutMarker,
} from "./orderMarker";
import { ProductState } from "./productFields";
import { progress } from "./progress";
import { awaitsApproval, cancelNow, waitForProvisioning, waitUntilShown } from "./provisioning";

/** The inputs the shared lifecycle relies on. */
export interface ProductInputs extends Inputs {
  productName: string;
  adoptProductUid?: string;
  promoCode?: string;
  orderMarker?: string;
  orderStack?: string;
  adoptTakeOver?: boolean;
  resourceTags?: Record<string, string>;
}

export interface ProductDefinition<A extends ProductInputs, Put extends object> {
  /** How messages name this product ("Port", "VXC"). */
  label: string;
  args: z.ZodType<A>;
  /** Inputs renamed since an earlier version (ResourceDefinition.renamedInputs). */
  renamedInputs?: Readonly<Record<string, string>>;
  /** The productType values a product of this resource has (adoption checks it). */
  productTypes: readonly string[];
  /** Whether the product carries resource tags, and so the order marker. */
  tags: boolean;
  /** Typed by the args: a row naming an input the schema lacks does not compile. */
  fields: ReadonlyArray<FieldMapping<Put, ArgPath<A>>>;
  /**
   * The order item, given what the field table writes of it (`body`, see FieldMapping.order): the
   * product adds what the table cannot (its productType, a looked-up end, the marker's tags).
   */
  order(ctx: LifecycleContext, args: A, body: Inputs): OrderItem | Promise<OrderItem>;
  /** UIDs of the products an order of `args` may have created, for the marker (or date) to decide. */
  candidates(client: MegaportClient, args: A): Promise<string[]>;
  /** The product's PUT route. */
  put(client: MegaportClient, productUid: string, body: Put): Promise<void>;
  /** Outputs of this product besides the common ones, merged last. */
  outputs?(p: Product, args: A): Outputs;
  checkWithApi?(ctx: LifecycleContext, args: A, olds: Inputs): Promise<CheckFailure[]>;
  /** What the price book is asked for a new product (see ResourceDefinition.priceRequest). */
  priceRequest?: ResourceDefinition<A>["priceRequest"];
  /**
   * What a GET alone does not carry, added before inputs and outputs are read from the product
   * (a LAG port's members come from the product list).
   */
  readMore?(client: MegaportClient, p: Product): Promise<Product>;
  /**
   * Cancel with safeDelete=true: Megaport then refuses while services the program may not manage
   * are attached, instead of taking them down too (Ports, LAGs, MCRs, as the Terraform provider).
   */
  safeDelete?: boolean;
  /**
   * The inputs whose change from `olds` to `news` replaces the product although their keys alone do
   * not (a VXC's cloud configuration: only a cloud one replaces).
   */
  replacedWhen?(olds: Outputs, news: Inputs): string[];
  /**
   * What, besides the replacing inputs, makes an order a different order (what replacedWhen looks
   * at): it goes into the order marker (orderMarkerFor), so a replacement never finds the old product.
   */
  orderIdentity?(args: A): unknown;
}

/** Outputs every product has. Absent values are null, never undefined. */
export function productOutputs(p: Product): Omit<ProductState, "monthlyRate" | "currency"> {
  const l = p.locationDetail;
  return {
    productUid: p.productUid,
    provisioningStatus: p.provisioningStatus,
    createDate: p.createDate ?? null,
    liveDate: p.liveDate ?? null,
    contractStartDate: p.contractStartDate ?? null,
    contractEndDate: p.contractEndDate ?? null,
    locationDetails: l
      ? { name: l.name ?? null, city: l.city ?? null, metro: l.metro ?? null, country: l.country ?? null }
      : null,
    companyUid: p.companyUid ?? null,
    companyName: p.companyName ?? null,
    productId: p.productId ?? null,
    market: p.market ?? null,
    assignedDiversityZone: p.diversityZone || null,
    locked: p.locked ?? null,
    adminLocked: p.adminLocked ?? null,
    cancelable: p.cancelable ?? null,
    vxcPermitted: p.vxcPermitted ?? null,
    vxcAutoApproval: p.vxcAutoApproval ?? null,
    terminateDate: p.terminateDate ?? null,
    usageAlgorithm: p.usageAlgorithm ?? null,
    secondaryName: p.secondaryName ?? null,
    createdBy: p.createdBy ?? null,
    attributeTags: p.attributeTags
      ? Object.fromEntries(Object.entries(p.attributeTags).map(([k, v]) => [k, String(v)]))
      : null,
  };
}

export function tagsToList(tags: Record<string, string> | undefined): Array<{ key: string; value: string }> {
  return Object.entries(tags ?? {}).map(([key, value]) => ({ key, value }));
}

export function tagsFromList(list: Array<{ key: string; value: string }>): Record<string, string> {
  return Object.fromEntries(withoutMarker(list).map((t) => [t.key, t.value]));
}

/** The order's resource tags: the program's and the marker. */
export function orderTags(args: ProductInputs): { resourceTags?: Array<{ key: string; value: string }> } {
  const tags = withMarker(tagsToList(args.resourceTags), args.orderMarker, args.orderStack);
  return tags.length > 0 ? { resourceTags: tags } : {};
}

/** What the state alone asks of a product's diff: a FAILED product is replaced; a wait or a cancellation is resumed. */
export function statusDecision(olds: Outputs): DiffDecision {
  const status = typeof olds.provisioningStatus === "string" ? olds.provisioningStatus : undefined;
  if (status === "FAILED") return { replaces: ["provisioningStatus"] };
  return { changes: status !== undefined && !isReady(status) };
}

export function productResource<A extends ProductInputs, Put extends object>(
  def: ProductDefinition<A, Put>,
): ResourceDefinition<A> {
  const rules = fieldRules(def.args);
  const keys = rules.keys;
  /** The marker this product's order carries (orderMarkerFor), or none for a program without the SDK's. */
  const markerOf = (args: A): string | undefined =>
    args.orderMarker
      ? orderMarkerFor(
          args.orderMarker,
          canonical([rules.replaces.map((k) => (args as Inputs)[k]), def.orderIdentity?.(args)]),
        )
      : undefined;
  const updatable = def.fields.filter((m) => m.put || m.apply).map((m) => m.arg);

  const outputsOf = (p: Product, args: A, olds: Outputs): Outputs => ({
    ...args,
    ...productOutputs(p),
    monthlyRate: olds.monthlyRate ?? null,
    currency: olds.currency ?? null,
    ...def.outputs?.(p, args),
  });

  /** Tags as the API has them, read only when the program manages tags (saves a call otherwise). */
  const readTags = async (ctx: LifecycleContext, id: string, managed: unknown) =>
    def.tags && managed !== undefined ? tagsFromList(await ctx.client.products.tags(id)) : undefined;

  const complete = (ctx: LifecycleContext, p: Product): Promise<Product> =>
    def.readMore ? def.readMore(ctx.client, p) : Promise.resolve(p);

  const inputsOf = async (ctx: LifecycleContext, p: Product, olds: Outputs): Promise<A> => {
    const inputs = inputsFromProduct(def.fields, keys, p, olds);
    // An import (nothing stored) takes the product's own tags into the code it writes.
    const importing = isImport(olds);
    if (def.tags) inputs.resourceTags = await readTags(ctx, p.productUid, importing ? {} : olds.resourceTags);
    if (importing && Object.keys((inputs.resourceTags as object | undefined) ?? {}).length === 0)
      delete inputs.resourceTags;
    return inputs as A;
  };

  /**
   * A product of ours that an order of `args` created and that is not over (FAILED, cancelled, gone):
   * it carries the order's marker (or, for products without tags, is new since `since`).
   */
  const findOrdered = async (
    ctx: LifecycleContext,
    args: A,
    since?: number,
  ): Promise<Product | undefined> => {
    const marker = markerOf(args);
    for (const uid of await def.candidates(ctx.client, args)) {
      if (def.tags) {
        const tags = marker ? await ctx.client.products.tags(uid) : [];
        if (!marker || !hasMarker(tags, marker)) continue;
        const p = await ctx.client.products.get(uid);
        if (isLiveOrder(p, tags, marker)) return p;
      } else if (since !== undefined) {
        const p = await ctx.client.products.get(uid);
        // Clocks differ: a minute's slack for an untagged product's date.
        if ((p.createDate ?? 0) >= since - 60_000 && !isFailed(p.provisioningStatus)) return p;
      }
    }
    return undefined;
  };

  /**
   * Products other than `ours` that carry this order's marker and are not over: each was bought by
   * an earlier run of this resource that was stopped while its buy was still on its way to Megaport
   * (so that run's look found nothing, and no state holds what it bought). They are cancelled at
   * once, and said so: the account ends with exactly the products the state holds.
   */
  const cancelStrayOrders = async (ctx: LifecycleContext, args: A, ours: string): Promise<void> => {
    const marker = markerOf(args);
    if (!def.tags || !marker) return;
    // Never fails the create: its own product must reach the state whatever happens here.
    try {
      let lag: number | null | undefined;
      for (const uid of await def.candidates(ctx.client, args)) {
        const tags = uid === ours ? [] : await ctx.client.products.tags(uid);
        if (!hasMarker(tags, marker)) continue;
        const p = await ctx.client.products.get(uid);
        // A LAG's member ports are one order: each carries the marker.
        lag ??= (await ctx.client.products.get(ours)).aggregationId ?? null;
        if (!isLiveOrder(p, tags, marker) || (lag && p.aggregationId === lag)) continue;
        const what = `${uid} ("${p.productName}", ${p.provisioningStatus})`;
        await ctx.client.products
          .action(uid, "CANCEL_NOW", { safeDelete: def.safeDelete })
          .then(() =>
            progress.warn(
              `${ctx.label}: ${what} also carries this resource's order marker: a run that was stopped bought it after this run had looked for it, and no state holds it. It was cancelled (CANCEL_NOW); ${ours} is this resource's product.`,
            ),
          )
          .catch((e: unknown) =>
            progress.warn(
              `${ctx.label}: ${what} also carries this resource's order marker and no state holds it, but cancelling it failed (${(e as Error).message}): cancel it in the Megaport portal.`,
            ),
          );
      }
    } catch (e) {
      await progress.warn(
        `${ctx.label}: could not look for a second order of this resource (${(e as Error).message}); if a run of this stack was stopped while buying, check the Megaport portal for a product tagged ${ORDER_MARKER_TAG}=${marker}.`,
      );
    }
  };
  /** Products this process bought (not resumed or adopted): looked at again for stray orders once provisioned. */
  const boughtHere = new Set<string>();

  /**
   * Brings a product bought elsewhere under management: it must exist, be of this type, be active,
   * and not be another stack's order (unless the program takes it over: then its marker becomes ours).
   */
  const adopt = async (ctx: LifecycleContext, args: A): Promise<Product> => {
    const productUid = args.adoptProductUid!;
    const p = await ctx.client.products.get(productUid).catch((e: unknown) => {
      throw isNotFound(e)
        ? new Error(`adoptProductUid ${productUid} does not exist in this Megaport account`)
        : e;
    });
    if (!def.productTypes.includes(p.productType))
      throw new Error(
        `adoptProductUid ${productUid} is a ${p.productType}, not a ${def.productTypes.join(" or ")}`,
      );
    if (isFailed(p.provisioningStatus))
      throw new Error(`adoptProductUid ${productUid} is ${p.provisioningStatus}`);
    if (def.tags) {
      const tags = await ctx.client.products.tags(productUid);
      const ours = { marker: markerOf(args), stack: args.orderStack };
      const elsewhere = orderedElsewhere(tags, ours);
      if (elsewhere && !args.adoptTakeOver)
        throw new Error(
          `adoptProductUid ${productUid} is not this resource's to take: ${elsewhere}. Deleting it there would cancel it under this program. Remove it from that stack's state first (pulumi state delete), or set adoptTakeOver: true to take it over.`,
        );
      if (elsewhere && ours.marker) {
        await ctx.client.products.setTags(productUid, withMarker(tags, ours.marker, ours.stack));
        await progress.warn(
          `${ctx.label}: took over ${productUid} (${elsewhere}); it now carries this resource's order marker`,
        );
      }
    }
    await progress.info(
      `${ctx.label}: adopted existing product ${productUid} (${p.provisioningStatus}); nothing was ordered`,
    );
    return p;
  };

  /** What bringing `olds` to `news` takes: the PUT (with what to wait for) and whether the tags differ. */
  const changesBetween = (olds: Outputs, news: A) => ({
    plan: planUpdate(def.fields, olds, news),
    tags: !!def.tags && canonical(olds.resourceTags) !== canonical(news.resourceTags),
  });

  /**
   * One PUT with the changed fields, the calls of fields that have their own, the tags if they
   * changed, then a wait until a GET shows the change.
   */
  const applyChanges = async (
    ctx: LifecycleContext,
    id: string,
    olds: Outputs,
    news: A,
    changes = changesBetween(olds, news),
  ): Promise<Product> => {
    if (Object.keys(changes.plan.body).length > 0) await def.put(ctx.client, id, changes.plan.body as Put);
    if (changes.plan.applies.length > 0) {
      const before = await ctx.client.products.get(id);
      for (const [m, value] of changes.plan.applies) await m.apply!(ctx.client, before, value);
    }
    if (changes.tags)
      await ctx.client.products.setTags(
        id,
        withMarker(
          tagsToList(news.resourceTags),
          markerOf({ ...news, orderMarker: news.orderMarker ?? (olds.orderMarker as string | undefined) }),
          news.orderStack ?? (olds.orderStack as string | undefined),
        ),
      );
    return waitUntilShown(ctx, id, changes.plan.expected);
  };

  /**
   * Before an update: a cancelled product is restored, one still provisioning is waited for. Answers
   * the product when it still awaits another company's approval (then nothing can be changed yet).
   */
  const resume = async (ctx: LifecycleContext, id: string): Promise<Product | undefined> => {
    const p = await ctx.client.products.get(id);
    if (p.provisioningStatus === "CANCELLED") {
      await ctx.client.products.action(id, "UN_CANCEL");
      await progress.info(`${ctx.label}: was cancelled outside this program; restored with UN_CANCEL`);
    }
    if (isReady(p.provisioningStatus)) return undefined;
    const now = await waitForProvisioning(ctx, id);
    return awaitsApproval(now) ? now : undefined;
  };

  return {
    renamedInputs: def.renamedInputs,
    label: def.label,
    args: def.args,
    checkWithApi: def.checkWithApi,
    priceRequest: def.priceRequest,
    diffState: (olds, news) => {
      const state = statusDecision(olds);
      return { ...state, replaces: [...(state.replaces ?? []), ...(def.replacedWhen?.(olds, news) ?? [])] };
    },

    async create(ctx, args) {
      if (args.adoptProductUid) {
        const p = await adopt(ctx, args);
        return { id: p.productUid, outs: { monthlyRate: null, currency: null } };
      }
      // A create interrupted earlier (a crash, a lost answer) may have ordered already: resume it.
      if (def.tags && args.orderMarker) {
        const earlier = await findOrdered(ctx, args);
        if (earlier) {
          await progress.warn(
            `${ctx.label}: found ${earlier.productUid} (${earlier.provisioningStatus}), ordered earlier by this resource; continuing with it instead of ordering again`,
          );
          return { id: earlier.productUid, outs: { monthlyRate: null, currency: null } };
        }
      }
      const marked = { ...args, orderMarker: markerOf(args) };
      const placed = await placeOrder(ctx, {
        item: await def.order(ctx, marked, orderBody(def.fields, marked)),
        promoCode: args.promoCode,
        findOrdered: (since) => findOrdered(ctx, args, since),
        marked: def.tags && !!args.orderMarker,
      });
      // An order of an earlier, stopped run may land after this one looked: look again now that
      // this buy has settled (and once more when this product is provisioned).
      boughtHere.add(placed.productUid);
      await cancelStrayOrders(ctx, args, placed.productUid);
      return { id: placed.productUid, outs: { monthlyRate: placed.monthlyRate, currency: placed.currency } };
    },

    async awaitCreated(ctx, id, args, outs) {
      const p = await complete(ctx, await waitForProvisioning(ctx, id));
      if (boughtHere.delete(id)) await cancelStrayOrders(ctx, args, id);
      // Nothing can change until the other company approves: the next up continues from here.
      if (awaitsApproval(p)) return outputsOf(p, args, outs);
      // What differs from the program is set now, as the next update would: an adopted product's
      // fields, or fields Megaport's order does not carry (an IX's publicGraph and reverseDns).
      const stored = { ...args, ...outs };
      const current = args.adoptProductUid
        ? await inputsOf(ctx, p, stored)
        : (inputsFromProduct(def.fields, keys, p, stored) as A);
      const differing = { ...current };
      for (const k of [...updatable, "resourceTags"])
        if ((args as Inputs)[k] === undefined) delete (differing as Inputs)[k];
      const changes = changesBetween(differing, args);
      if (!changesSomething(changes.plan) && !changes.tags) return outputsOf(p, args, outs);
      return outputsOf(
        await complete(ctx, await applyChanges(ctx, id, differing, args, changes)),
        args,
        outs,
      );
    },

    async read(ctx, id, olds) {
      const got = await ctx.client.products.get(id);
      // DECOMMISSIONED (or on its way) is gone; FAILED and CANCELLED stay, and the diff acts on them.
      if (isGone(got.provisioningStatus)) return undefined;
      const p = await complete(ctx, got);
      const inputs = await inputsOf(ctx, p, olds);
      return { inputs, outs: outputsOf(p, inputs, olds) };
    },

    async update(ctx, id, olds, news) {
      const pending = await resume(ctx, id);
      if (pending) return outputsOf(await complete(ctx, pending), news, olds);
      return outputsOf(await complete(ctx, await applyChanges(ctx, id, olds, news)), news, olds);
    },

    delete: (ctx, id) => cancelNow(ctx, id, { safeDelete: def.safeDelete }),
  };
}
