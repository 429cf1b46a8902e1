// A monthly amount as people read it: to the cent, with thousands separated, and its currency.
export const formatMoney = (amount: number, currency: string): string =>
  `${(Math.round(amount * 100) / 100).toLocaleString("en")} ${currency}`;
