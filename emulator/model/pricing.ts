// What the emulator charges: list prices by speed, rounding to the cent, the market's currency.
import { CURRENCY_BY_MARKET, PRICES } from "../data/catalogue";

/** A Port's or MCR's monthly list price at a speed (Mbps), before any term discount. */
export function locatedMonthlyRack(productType: "MEGAPORT" | "MCR2", speed: number): number {
  return productType === "MCR2"
    ? PRICES.mcrMonthlyPerGbps * (speed / 1000)
    : (PRICES.portMonthly[speed] ?? 800);
}

/** A monthly price as Megaport shows it: to the cent. */
export function roundCents(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The currency a market is billed in (USD where the catalogue has none). */
export function currencyOf(market: string | null | undefined): string {
  return CURRENCY_BY_MARKET[market ?? ""] ?? "USD";
}
