// Monthly prices as people read them and as the price of a change adds them up.

/** A monthly price in a currency (the price book's answer, or what a product's state holds). */
export interface MonthlyPrice {
  monthlyRate: number;
  currency: string;
}

/** A monthly amount as people read it: to the cent, with thousands separated, and its currency. */
export const formatMoney = (amount: number, currency: string): string =>
  `${(Math.round(amount * 100) / 100).toLocaleString("en")} ${currency}`;

/** Monthly amounts summed per currency. */
export type MonthlySums = Map<string, number>;

export const addToSums = (sums: MonthlySums, p: MonthlyPrice): MonthlySums =>
  sums.set(p.currency, (sums.get(p.currency) ?? 0) + p.monthlyRate);

/** "1,340 AUD + 20 USD", or "0" for nothing. */
export const formatSums = (sums: MonthlySums): string =>
  [...sums].map(([c, v]) => formatMoney(v, c)).join(" + ") || "0";

/** The monthly price a product's state holds (Megaport's), when it holds one. */
export function priceInState(outputs: Record<string, unknown> | undefined): MonthlyPrice | undefined {
  return typeof outputs?.monthlyRate === "number" && typeof outputs.currency === "string"
    ? { monthlyRate: outputs.monthlyRate, currency: outputs.currency }
    : undefined;
}
