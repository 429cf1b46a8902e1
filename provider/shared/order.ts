// Ordering a product: validate (and show its price), then buy exactly once. After a buy whose
// outcome is unknown (the answer was lost, timed out, or the server failed while handling it) the
// product is looked for, repeatedly for a while, and never ordered again in this call: an
// unanswered look-up is an error that orders nothing, not "not found".
import { OrderItem, Product, boughtUid, isAmbiguousOrderFailure } from "../client";
import { LifecycleContext } from "./lifecycle";
import { progress } from "./progress";
import { defaultSleep } from "./provisioning";

export interface PlacedOrder {
  productUid: string;
  monthlyRate: number | null;
  currency: string | null;
}

export interface OrderSpec {
  item: OrderItem;
  promoCode?: string;
  /** The product this order created, if it exists; `since` is when the buy was sent (epoch ms). */
  findOrdered: (since: number) => Promise<Product | undefined>;
  /** Whether the next create finds this order by its marker before ordering again. */
  marked: boolean;
}

export class PurchaseTermsNotAcceptedError extends Error {}

/** How long a look-up after an ambiguous buy keeps trying (bounded by the wait time), and its pauses. */
const LOOK_FOR = { maxMs: 120_000, pausesMs: [0, 2_000, 5_000, 10_000, 15_000] };

/**
 * Shows the price validate quoted, and refuses to go on to the buy unless the stack has accepted
 * Megaport's purchase terms.
 */
export async function confirmPrice(
  ctx: LifecycleContext,
  price: { monthlyRate?: number | null; currency?: string | null } | null | undefined,
): Promise<{ monthlyRate: number | null; currency: string | null }> {
  const monthlyRate = price?.monthlyRate ?? null;
  const currency = price?.currency ?? null;
  const cost =
    monthlyRate === null ? undefined : `${monthlyRate} ${currency ?? ""} per month`.replace("  ", " ");
  await progress.info(`${ctx.label}: validated; ${cost ?? "no price returned"}`);
  if (!ctx.session.settings.acceptPurchaseTerms) {
    throw new PurchaseTermsNotAcceptedError(
      `${ctx.label}: not ordered, because Megaport's purchase terms have not been accepted. Set megaport:acceptPurchaseTerms to true (or MEGAPORT_ACCEPT_PURCHASE_TERMS=true) to allow this stack to buy services${cost ? ` (this one costs ${cost})` : ""}.`,
    );
  }
  return { monthlyRate, currency };
}

export async function placeOrder(ctx: LifecycleContext, spec: OrderSpec): Promise<PlacedOrder> {
  const validated = await ctx.client.orders.validate([spec.item]);
  const { monthlyRate, currency } = await confirmPrice(ctx, validated[0]?.price);
  const sentAt = Date.now();
  let bought: Awaited<ReturnType<typeof ctx.client.orders.buy>>;
  try {
    bought = await ctx.client.orders.buy([spec.item], spec.promoCode ? [spec.promoCode] : []);
  } catch (e) {
    if (!isAmbiguousOrderFailure(e)) throw e;
    const existing = await lookForOrdered(ctx, spec, sentAt, (e as Error).message);
    await progress.warn(
      `${ctx.label}: the buy call failed after it was sent (${(e as Error).message}), but the order went through as ${existing.productUid}; continuing with it`,
    );
    return { productUid: existing.productUid, monthlyRate, currency };
  }
  const uid = bought.items.map(boughtUid).find((u): u is string => !!u);
  if (!uid)
    throw new Error(
      `${ctx.label}: Megaport accepted the order ("${bought.message}") but returned no product uid`,
    );
  return { productUid: uid, monthlyRate, currency };
}

/** Looks for the product an ambiguous buy may have created until found or the time is up. */
async function lookForOrdered(
  ctx: LifecycleContext,
  spec: OrderSpec,
  sentAt: number,
  buyFailure: string,
): Promise<Product> {
  const sleep = ctx.wait.sleep ?? defaultSleep;
  const deadline = Date.now() + Math.min(LOOK_FOR.maxMs, ctx.wait.timeoutMs);
  let lookupFailure: string | undefined;
  for (let i = 0; ; i++) {
    await sleep(LOOK_FOR.pausesMs[Math.min(i, LOOK_FOR.pausesMs.length - 1)]);
    try {
      const found = await spec.findOrdered(sentAt);
      if (found) return found;
      lookupFailure = undefined;
    } catch (e) {
      lookupFailure = (e as Error).message;
    }
    if (Date.now() >= deadline) break;
    void progress.status(
      `${ctx.label}: the buy's answer was lost; looking for the order (${lookupFailure ?? "not found yet"})`,
    );
  }
  const outcome = lookupFailure
    ? `and whether the order went through cannot be told: looking for it failed (${lookupFailure})`
    : "and no matching product has appeared";
  const next = spec.marked
    ? "The next pulumi up looks for this order by its marker before ordering, and continues with it if it went through."
    : "Check the Megaport portal before running pulumi up again: this product type carries no order marker.";
  throw new Error(
    `${ctx.label}: the buy call failed after it may have reached Megaport (${buyFailure}), ${outcome}. Nothing was ordered again. ${next}`,
  );
}
