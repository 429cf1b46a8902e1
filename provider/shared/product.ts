// What every product resource does the same way: its computed outputs, adopting an existing
// product, waiting for an update to show, tags, and cancelling on delete.
import { MegaportClient, OrderItem, Product, isNotFound } from "../client";
import { isProductGoneStatus } from "./facts";
import { placeOrder } from "./order";
import { isGone, pollProduct, waitForDecommission } from "./provisioning";
import { LifecycleContext, Outputs, canonical } from "./resourceProvider";
import { progress } from "./progress";

/** Outputs every product has. Absent values are null, never undefined. */
export function productOutputs(p: Product): Outputs {
  return {
    productUid: p.productUid,
    provisioningStatus: p.provisioningStatus,
    createDate: p.createDate ?? null,
    liveDate: p.liveDate ?? null,
    contractStartDate: p.contractStartDate ?? null,
    contractEndDate: p.contractEndDate ?? null,
    locationDetails: p.locationDetails
      ? {
          name: p.locationDetails.name ?? null,
          city: p.locationDetails.city ?? null,
          metro: p.locationDetails.metro ?? null,
          country: p.locationDetails.country ?? null,
        }
      : null,
    companyUid: p.companyUid ?? null,
  };
}

/** The price recorded at create (validate's answer); adopted products have none. */
export function priceOutputs(olds: Outputs): Outputs {
  return { monthlyRate: olds.monthlyRate ?? null, currency: olds.currency ?? null };
}

/** Brings a product bought elsewhere under management: it must exist, be ours, be of this type, and be active. */
async function adoptProduct(
  ctx: LifecycleContext,
  productUid: string,
  productTypes: string[],
): Promise<Product> {
  let p: Product;
  try {
    p = await ctx.client.products.get(productUid);
  } catch (e) {
    if (isNotFound(e))
      throw new Error(`adoptProductUid ${productUid} does not exist in this Megaport account`);
    throw e;
  }
  if (!productTypes.includes(p.productType))
    throw new Error(
      `adoptProductUid ${productUid} is a ${p.productType}, not a ${productTypes.join(" or ")}`,
    );
  if (isGone(p)) throw new Error(`adoptProductUid ${productUid} is ${p.provisioningStatus}`);
  await progress.info(
    `${ctx.label}: adopted existing product ${productUid} (${p.provisioningStatus}); nothing was ordered`,
  );
  return p;
}

/**
 * Create for every product resource: adopt the product named by `adoptProductUid` (nothing is
 * bought), or order it (validate, buy once). Returns the id and the price from validate.
 */
export async function adoptOrOrder(
  ctx: LifecycleContext,
  args: { adoptProductUid?: string; promoCode?: string },
  productTypes: string[],
  order: () => OrderItem | Promise<OrderItem>,
  findExisting: (client: MegaportClient) => Promise<Product | undefined>,
): Promise<{ id: string; outs: Outputs }> {
  if (args.adoptProductUid) {
    const p = await adoptProduct(ctx, args.adoptProductUid, productTypes);
    return { id: p.productUid, outs: { monthlyRate: null, currency: null } };
  }
  const placed = await placeOrder(ctx.client, {
    label: ctx.label,
    item: await order(),
    promoCode: args.promoCode,
    findExisting,
  });
  return { id: placed.productUid, outs: { monthlyRate: placed.monthlyRate, currency: placed.currency } };
}

/** The product as the API has it now, or undefined when read() must report it gone. */
export async function readLiveProduct(
  client: MegaportClient,
  productUid: string,
): Promise<Product | undefined> {
  const p = await client.products.get(productUid);
  return isProductGoneStatus(p.provisioningStatus) ? undefined : p;
}

/** The fields an adopted product must change to match the program (only those the program sets). */
export function adoptionChanges<A extends Record<string, unknown>>(
  current: A,
  wanted: A,
  fields: ReadonlyArray<keyof A & string>,
): string[] {
  return fields.filter((k) => wanted[k] !== undefined && canonical(current[k]) !== canonical(wanted[k]));
}

/**
 * An in-place update: the PUT body holds only the changed fields, and each field with a way to
 * read it back is waited for until a GET shows it.
 */
export class ChangeSet {
  readonly body: Record<string, unknown> = {};
  private readonly expected: Array<[string, (p: Product) => unknown, unknown]> = [];

  set(field: string, value: unknown, label: string, readBack?: (p: Product) => unknown): void {
    this.body[field] = value;
    if (readBack) this.expected.push([label, readBack, value]);
  }

  /** Sends the PUT, unless nothing changed. */
  async send(put: (body: Record<string, unknown>) => Promise<void>): Promise<void> {
    if (Object.keys(this.body).length > 0) await put(this.body);
  }

  /** The product once every change shows (or as it is, when nothing is awaited). */
  settled(ctx: LifecycleContext, productUid: string): Promise<Product> {
    return this.expected.length > 0
      ? waitUntilVisible(ctx, productUid, this.expected)
      : ctx.client.products.get(productUid);
  }
}

/** After a PUT, waits until a GET shows every expected value (the API applies changes asynchronously). */
async function waitUntilVisible(
  ctx: LifecycleContext,
  productUid: string,
  expected: Array<[string, (p: Product) => unknown, unknown]>,
): Promise<Product> {
  const opts = { ...ctx.wait, timeoutMs: Math.min(ctx.wait.timeoutMs, 5 * 60_000) };
  const matches = (p: Product | undefined) =>
    !!p && expected.every(([, get, want]) => canonical(get(p)) === canonical(want));
  const p = await pollProduct(
    ctx.client,
    productUid,
    ctx.label,
    `the update of ${expected.map(([k]) => k).join(", ")} to show`,
    opts,
    matches,
    (x) => (x ? undefined : "the product disappeared during the update"),
  );
  return p!;
}

export function tagsToList(tags: Record<string, string> | undefined): Array<{ key: string; value: string }> {
  return Object.entries(tags ?? {}).map(([key, value]) => ({ key, value }));
}

export function tagsFromList(list: Array<{ key: string; value: string }>): Record<string, string> {
  return Object.fromEntries(list.map((t) => [t.key, t.value]));
}

/** Tags as the API has them, read only when the program manages tags (saves a call otherwise). */
export async function readTags(
  client: MegaportClient,
  productUid: string,
  managed: unknown,
): Promise<Record<string, string> | undefined> {
  if (managed === undefined) return undefined;
  return tagsFromList(await client.products.tags(productUid));
}

/** CANCEL_NOW, then wait until DECOMMISSIONED or gone. A product already gone is success. */
export async function cancelNow(ctx: LifecycleContext, productUid: string): Promise<void> {
  let current: Product;
  try {
    current = await ctx.client.products.get(productUid);
  } catch (e) {
    if (isNotFound(e)) return;
    throw e;
  }
  if (current.provisioningStatus === "DECOMMISSIONED") return;
  if (current.provisioningStatus !== "DECOMMISSIONING") {
    try {
      await ctx.client.products.action(productUid, "CANCEL_NOW");
    } catch (e) {
      if (isNotFound(e)) return;
      throw e;
    }
  }
  await waitForDecommission(ctx.client, productUid, ctx.label, ctx.wait);
  await progress.info(`${ctx.label}: cancelled (${productUid} is DECOMMISSIONED)`);
}
