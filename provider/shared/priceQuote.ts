// The price of a change, at preview: a new product's monthly price from the price book (which
// orders nothing), said when its inputs are checked, with what the products new in this run add up
// to so far, per currency. Each provider process (one per run) keeps its own sum. Products whose
// price needs what is not known yet (a VXC to a port the same run creates) are priced at order.
import type { PriceRequest } from "../client/prices";
import type { MegaportClient } from "../client";
import { formatMoney } from "./money";
import { progress } from "./progress";

const added = new Map<string, number>();
let pricedAtOrder = 0;

/** The run's new products so far: their sum per currency, and how many are priced at their order. */
function sumSoFar(): string {
  const sums = [...added].map(([c, v]) => formatMoney(v, c)).join(" + ") || "0";
  return `new products in this update so far: ${sums} per month${pricedAtOrder ? ` (+${pricedAtOrder} priced at order)` : ""}`;
}

/**
 * Says a new product's price (no request: it is priced at its order, because what decides its
 * price is not known yet) and the run's running sum. A failed quote says so and stops nothing.
 */
export async function quoteNewProduct(
  ctx: { client: MegaportClient; label: string },
  request: PriceRequest | undefined,
  /** A LAG's port count: its price is that many ports'. */
  count = 1,
): Promise<void> {
  let entry: { monthlyRate: number; currency: string } | undefined;
  let why = "what decides its price is not known yet";
  if (request)
    try {
      entry = await ctx.client.prices.price(request);
    } catch (e) {
      why = `the price book did not answer: ${(e as Error).message}`;
    }
  if (!entry) {
    pricedAtOrder += 1;
    await progress.info(`${ctx.label}: priced at order (${why}); ${sumSoFar()}`);
    return;
  }
  const monthly = entry.monthlyRate * count;
  added.set(entry.currency, (added.get(entry.currency) ?? 0) + monthly);
  await progress.info(
    `${ctx.label}: ${formatMoney(monthly, entry.currency)} per month (price book); ${sumSoFar()}`,
  );
}
