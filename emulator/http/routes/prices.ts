// The price book: what a Port or MCR, a VXC or an IX would cost per month. POST /v4/pricebook/product
// is what megaportgo calls; the GET /v2/pricebook/* forms are the 2018 reference's.
import { IX_TYPES, PRICES } from "../../data/catalogue";
import { locationById } from "../../model/places";
import { currencyOf, locatedMonthlyRack, roundCents } from "../../model/pricing";
import { HttpError, ok } from "../http";
import { Route } from "./route";
import { fieldsOf } from "../../model/json";

const currencyAt = (id: number) => currencyOf(locationById(id)?.market);

function required(q: URLSearchParams, name: string): string {
  const v = q.get(name);
  if (v === null || v === "") throw new HttpError(400, `${name} is required`);
  return v;
}

/** megaportgo's price reply: the monthly rate, the rack rate, its charges and discounts. */
function priceReply(productType: string, currency: string, rack: number, term: number) {
  const discount = roundCents(rack * (1 - (PRICES.termDiscount[term] ?? 1)));
  return ok("Price", {
    productType,
    currency,
    monthlyRate: roundCents(rack - discount),
    monthlyRackRate: roundCents(rack),
    prices: [{ chargeReason: "CORE", frequency: "MONTHLY", amount: roundCents(rack) }],
    discounts: discount > 0 ? [{ discountReason: "TERM", amount: discount }] : [],
  });
}

function v4Price(b: Record<string, unknown>) {
  const n = (name: string, required = true): number => {
    const v = b[name];
    if (typeof v === "number") return v;
    if (required) throw new HttpError(400, `${name} is required`);
    return 0;
  };
  const term = n("term", false) || 1;
  switch (b.productType) {
    case "MEGAPORT":
    case "MCR2": {
      const location = locationById(n("locationId"));
      if (!location) throw new HttpError(400, `Location ${String(b.locationId)} does not exist`);
      const rack = locatedMonthlyRack(b.productType, n("speed"));
      return priceReply(b.productType, currencyOf(location.market), rack, term);
    }
    case "VXC": {
      const a = locationById(n("aLocationId"));
      const z = locationById(n("bLocationId"));
      const rate = a?.metro !== z?.metro ? PRICES.vxcMonthlyPerMbps.longHaul : PRICES.vxcMonthlyPerMbps.metro;
      return priceReply("VXC", currencyOf(a?.market), n("speed") * rate, term);
    }
    case "IX": {
      const ixType = String(b.ixType ?? "");
      if (!IX_TYPES[ixType]) throw new HttpError(400, `Unknown IX type ${ixType}`);
      const rack = PRICES.ixMonthlyBase + n("speed") * PRICES.ixMonthlyPerMbps;
      return priceReply("IX", currencyAt(n("portLocationId")), rack, term);
    }
    default:
      throw new HttpError(400, `productType ${String(b.productType)} cannot be priced here`);
  }
}

export const priceRoutes: Route[] = [
  {
    method: "POST",
    path: /^\/v4\/pricebook\/product$/,
    handle: (request) => v4Price(fieldsOf(request.body)),
  },
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
        ? locatedMonthlyRack("MCR2", speed)
        : locatedMonthlyRack("MEGAPORT", speed) * (PRICES.termDiscount[term] ?? 1);
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
