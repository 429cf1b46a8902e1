// Network design validate and buy: each order item goes to its product's order rules (port.ts, mve.ts,
// vxc.ts, ix.ts). Validate and buy share one check, so buy re-checks everything.
import { type Json, obj, str } from "../model/json";
import { Store } from "../model/store";
import { orderIx } from "./ix";
import { orderMve } from "./mve";
import { type CheckedService, OrderContext } from "./orderContext";
import { orderPortOrMcr } from "./port";
import { orderVxc } from "./vxc";

/** Checks a whole order (a bare array of items) and returns one entry per service. */
export function checkOrder(store: Store, items: unknown): CheckedService[] | string {
  const ctx = new OrderContext(store);
  if (!Array.isArray(items)) return "Order must be an array of order items";
  const services: CheckedService[] = [];
  for (const raw of items) {
    const item = obj(raw);
    if (!item) return "Each order item must be an object";
    const parentUid = str(item.productUid);
    const pendingParent = parentUid
      ? undefined
      : item.productType === "MVE"
        ? orderMve(ctx, item, services)
        : orderPortOrMcr(ctx, item, services);
    const parent = parentUid ?? pendingParent;
    for (const vxc of (item.associatedVxcs as unknown[] | undefined) ?? [])
      services.push(orderVxc(ctx, obj(vxc) ?? {}, parent, item, services));
    for (const ix of (item.associatedIxs as unknown[] | undefined) ?? [])
      services.push(orderIx(ctx, obj(ix) ?? {}, parent, services));
  }
  return services;
}

/** The validate response's per-service item, as the reference shows it. */
export function validateItemView(s: CheckedService): Json {
  const base = {
    serviceName: s.serviceName,
    productType: s.productType === "MCR2" ? "MEGAPORT" : s.productType,
    productUid: s.productUid,
  };
  if (s.errors.length > 0) return { ...base, error: s.errors.join("; ") };
  return {
    price: {
      hourlySetup: null,
      dailySetup: 0,
      monthlySetup: 0,
      hourlyRate: null,
      dailyRate: null,
      monthlyRate: s.price?.monthlyRate ?? 0,
      currency: s.price?.currency ?? "USD",
      key: null,
      empty: false,
    },
    ...base,
    market: s.market,
    metro: s.metro,
  };
}
