// The price of a change, at preview: a new product's monthly price from the price book (which
// orders nothing), said when its inputs are checked, with what the products new in this run add up
// to so far, per currency; a product replaced says what it costs now (its state holds Megaport's
// price), and one whose price a change moves says what it costs now and will. Each provider
// process (one per run) keeps its own sums. Products whose price needs what is not known yet (a VXC
// to a port the same run creates) are priced at order. A product the program no longer declares is
// deleted without the engine asking its provider anything at preview, so no provider can count it
// there (priceOfChange/ reads the preview's plan for that).
import type { PriceRequest } from "../client/prices";
import type { MegaportClient } from "../client";
import { MonthlyPrice, MonthlySums, addToSums, formatMoney, formatSums } from "./money";
import { progress } from "./progress";

const added: MonthlySums = new Map();
const replaced: MonthlySums = new Map();
const repriced: { before: MonthlySums; after: MonthlySums } = { before: new Map(), after: new Map() };
let pricedAtOrder = 0;

/** The run's changes so far: new products per currency (and how many are priced at order), what replaced products cost, what re-priced ones cost before and after. */
function sumSoFar(): string {
  return [
    `new products in this update so far: ${formatSums(added)} per month${pricedAtOrder ? ` (+${pricedAtOrder} priced at order)` : ""}`,
    ...(replaced.size > 0 ? [`replaced products take away ${formatSums(replaced)} per month`] : []),
    ...(repriced.before.size > 0
      ? [
          `re-priced products: ${formatSums(repriced.before)} per month before, ${formatSums(repriced.after)} after`,
        ]
      : []),
  ].join("; ");
}

/** The price book's answer for `request`, or why there is none. */
async function priceOf(
  client: MegaportClient,
  request: PriceRequest | undefined,
): Promise<MonthlyPrice | string> {
  if (!request) return "what decides its price is not known yet";
  try {
    return await client.prices.price(request);
  } catch (e) {
    return `the price book did not answer: ${(e as Error).message}`;
  }
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
  const entry = await priceOf(ctx.client, request);
  if (typeof entry === "string") {
    pricedAtOrder += 1;
    await progress.info(`${ctx.label}: priced at order (${entry}); ${sumSoFar()}`);
    return;
  }
  const monthly = entry.monthlyRate * count;
  addToSums(added, { monthlyRate: monthly, currency: entry.currency });
  await progress.info(
    `${ctx.label}: ${formatMoney(monthly, entry.currency)} per month (price book); ${sumSoFar()}`,
  );
}

/**
 * Says what a product being replaced costs now (its state holds Megaport's price): the update
 * takes that away, and its replacement is priced as a new product when the engine checks it.
 */
export async function quoteReplacedProduct(label: string, before: MonthlyPrice | undefined): Promise<void> {
  if (before) addToSums(replaced, before);
  const was = before
    ? `takes away ${formatMoney(before.monthlyRate, before.currency)} per month`
    : "its price is not in the state";
  await progress.info(
    `${label}: replaced: ${was} (its replacement is priced as a new product); ${sumSoFar()}`,
  );
}

/** Says what a product a change re-prices costs now (its state's price) and will (the price book's). */
export async function quoteRepricedProduct(
  ctx: { client: MegaportClient; label: string },
  before: MonthlyPrice,
  request: PriceRequest,
  count = 1,
): Promise<void> {
  const entry = await priceOf(ctx.client, request);
  if (typeof entry === "string") return;
  const after = { monthlyRate: entry.monthlyRate * count, currency: entry.currency };
  addToSums(repriced.before, before);
  addToSums(repriced.after, after);
  await progress.info(
    `${ctx.label}: re-priced: ${formatMoney(before.monthlyRate, before.currency)} per month now, ${formatMoney(after.monthlyRate, after.currency)} per month (price book) after; ${sumSoFar()}`,
  );
}
