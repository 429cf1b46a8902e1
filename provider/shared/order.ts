// Creating a product: validate (and show its price), then buy exactly once. After an ambiguous buy
// failure the product is looked for before anything else: never order twice.
import { MegaportClient, OrderItem, Product, boughtUid, isAmbiguousOrderFailure } from "../client";
import { progress } from "./progress";
import { readConfig } from "./config";

export interface PlacedOrder {
  productUid: string;
  monthlyRate: number | null;
  currency: string | null;
}

export interface OrderSpec {
  label: string;
  item: OrderItem;
  promoCode?: string;
  /** Finds a product this order may already have created (for an ambiguous buy failure). */
  findExisting: (client: MegaportClient) => Promise<Product | undefined>;
}

export class PurchaseTermsNotAcceptedError extends Error {}

export async function placeOrder(client: MegaportClient, spec: OrderSpec): Promise<PlacedOrder> {
  const validated = await client.orders.validate([spec.item]);
  const price = validated[0]?.price;
  const monthlyRate = price?.monthlyRate ?? null;
  const currency = price?.currency ?? null;
  await progress.info(
    `${spec.label}: validated; ${monthlyRate === null ? "no price returned" : `${monthlyRate} ${currency ?? ""} per month`}`,
  );
  if (!readConfig().acceptPurchaseTerms) {
    throw new PurchaseTermsNotAcceptedError(
      `${spec.label}: not ordered, because Megaport's purchase terms have not been accepted. Set megaport:acceptPurchaseTerms to true (or MEGAPORT_ACCEPT_PURCHASE_TERMS=true) to allow this stack to buy services${monthlyRate === null ? "" : ` (this one costs ${monthlyRate} ${currency ?? ""} per month)`}.`,
    );
  }
  let bought: Awaited<ReturnType<MegaportClient["orders"]["buy"]>>;
  try {
    bought = await client.orders.buy([spec.item], spec.promoCode ? [spec.promoCode] : []);
  } catch (e) {
    if (!isAmbiguousOrderFailure(e)) throw e;
    // The order may have gone through: look for it rather than ordering again.
    const existing = await spec.findExisting(client).catch(() => undefined);
    if (existing) {
      await progress.warn(
        `${spec.label}: the buy call failed after it was sent, but the order went through as ${existing.productUid}; continuing with it`,
      );
      return { productUid: existing.productUid, monthlyRate, currency };
    }
    throw new Error(
      `${spec.label}: the buy call failed after it may have reached Megaport (${(e as Error).message}), and no matching product was found. Nothing was ordered again; check the Megaport portal before retrying.`,
    );
  }
  const uid = bought.items.map(boughtUid).find((u): u is string => !!u);
  if (!uid)
    throw new Error(
      `${spec.label}: Megaport accepted the order ("${bought.message}") but returned no product uid`,
    );
  return { productUid: uid, monthlyRate, currency };
}
