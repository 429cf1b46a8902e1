// The price book: what a Port or MCR, a VXC or an IX would cost per month.
import { IX_TYPES, PRICES, currencyOf, locationById, roundCents } from "../catalogue";
import { HttpError, ok } from "../http";
import { Route } from "./route";

const currencyAt = (id: number) => currencyOf(locationById(id)?.market);

function required(q: URLSearchParams, name: string): string {
  const v = q.get(name);
  if (v === null || v === "") throw new HttpError(400, `${name} is required`);
  return v;
}

export const priceRoutes: Route[] = [
  {
    method: "GET",
    path: /^\/v2\/pricebook\/megaport$/,
    handle({ query }) {
      const locationId = Number(required(query, "locationId"));
      const speed = Number(required(query, "speed"));
      const virtual = query.get("virtual") === "true";
      const term = Number(query.get("term") ?? 1);
      if (!locationById(locationId)) throw new HttpError(400, `Location ${locationId} does not exist`);
      const monthly = virtual
        ? PRICES.mcrMonthlyPerGbps * (speed / 1000)
        : (PRICES.portMonthly[speed] ?? 800) * (PRICES.termDiscount[term] ?? 1);
      return ok("Megaport Charges", {
        monthlySetup: 0,
        monthlyRate: roundCents(monthly),
        fixedRecurringCharge: virtual ? 0 : monthly,
        longHaulMbpsRate: virtual ? 2 : 0,
        mbpsRate: virtual ? 2 : 0,
        currency: currencyAt(locationId),
        productType: "MEGAPORT",
      });
    },
  },
  {
    method: "GET",
    path: /^\/v2\/pricebook\/vxc$/,
    handle({ query }) {
      const a = Number(required(query, "aLocationId"));
      const b = Number(required(query, "bLocationId"));
      const speed = Number(required(query, "speed"));
      const longHaul = locationById(a)?.metro !== locationById(b)?.metro;
      const rate = longHaul ? PRICES.vxcMonthlyPerMbps.longHaul : PRICES.vxcMonthlyPerMbps.metro;
      return ok("VXC charges for new orders", {
        monthlySetup: 0,
        monthlyRate: roundCents(speed * rate),
        fixedRecurringCharge: 0,
        longHaulMbpsRate: PRICES.vxcMonthlyPerMbps.longHaul,
        mbpsRate: rate,
        currency: currencyAt(a),
        productType: "VXC",
        forceProductChange: null,
      });
    },
  },
  {
    method: "GET",
    path: /^\/v2\/pricebook\/ix$/,
    handle({ query }) {
      const ixType = required(query, "ixType");
      const loc = Number(required(query, "portLocationId"));
      const speed = Number(required(query, "speed"));
      if (!IX_TYPES[ixType]) throw new HttpError(400, `Unknown IX type ${ixType}`);
      return ok("IX charges for new orders", {
        monthlySetup: 0,
        monthlyRate: roundCents(PRICES.ixMonthlyBase + speed * PRICES.ixMonthlyPerMbps),
        fixedRecurringCharge: 100,
        longHaulMbpsRate: 0.6,
        mbpsRate: PRICES.ixMonthlyPerMbps,
        currency: currencyAt(loc),
        productType: "IX",
        forceProductChange: null,
      });
    },
  },
];
