// How the watcher learns the state of the products it waits for, with as few requests as the API
// allows: one product is one GET /v2/product/{uid}; several are one GET /v2/products, which carries
// every port, MCR and MVE with their VXCs and IXs nested as whole products (megaportgo reads them
// so). A product the list does not show (just bought, or another kind) is read with its own GET, a
// bounded number per tick so that the requests per tick stay fixed however many products wait.
// NAT gateways are read on their own route: all of them in one list per tick.
import { MegaportClient, Product, isNotFound } from "../client";
import type { ProductFetch } from "./watcher";

/** GETs per tick for products the list does not show; the rest are asked for on later ticks. */
export const MAX_GETS_PER_TICK = 1;

async function getOne(client: MegaportClient, uid: string): Promise<Product | null> {
  try {
    return await client.products.get(uid);
  } catch (e) {
    if (isNotFound(e)) return null;
    throw e;
  }
}

/**
 * NAT gateways, read as the Terraform provider reads them: every gateway of the account in one
 * GET /v3/products/nat_gateways (it lists decommissioned ones too), as products by UID.
 */
async function natGateways(client: MegaportClient, uids: string[]): Promise<Map<string, Product | null>> {
  const listed = new Map((await client.natGateways.list()).map((g) => [g.productUid, g]));
  return new Map(
    uids.map((uid) => {
      const g = listed.get(uid);
      return [
        uid,
        g
          ? {
              productUid: g.productUid,
              productName: g.productName ?? "",
              productType: "NAT_GATEWAY",
              provisioningStatus: g.provisioningStatus,
            }
          : null,
      ];
    }),
  );
}

export function productFetch(client: MegaportClient): ProductFetch {
  // Round robin over the products the list misses, so each gets its GET in turn.
  let turn = 0;
  const fromProductRoutes = async (uids: string[]) => {
    const found = new Map<string, Product | null>();
    if (uids.length === 1) {
      found.set(uids[0], await getOne(client, uids[0]));
      return { products: found, requests: 1 };
    }
    const wanted = new Set(uids);
    for (const p of await client.products.list())
      for (const q of [p, ...(p.associatedVxcs ?? []), ...(p.associatedIxs ?? [])])
        if (wanted.has(q.productUid)) found.set(q.productUid, q);
    const missing = uids.filter((u) => !found.has(u));
    const gets = Math.min(MAX_GETS_PER_TICK, missing.length);
    for (let i = 0; i < gets; i++) {
      const uid = missing[(turn + i) % missing.length];
      found.set(uid, await getOne(client, uid));
    }
    turn += MAX_GETS_PER_TICK;
    return { products: found, requests: 1 + gets };
  };
  return async (uids, via) => {
    const gateways = uids.filter((u) => via?.get(u) === "natGateway");
    const others = uids.filter((u) => via?.get(u) !== "natGateway");
    const found =
      gateways.length > 0 ? await natGateways(client, gateways) : new Map<string, Product | null>();
    if (others.length === 0) return { products: found, requests: 1 };
    const rest = await fromProductRoutes(others);
    for (const [uid, p] of rest.products) found.set(uid, p);
    return { products: found, requests: rest.requests + (gateways.length > 0 ? 1 : 0) };
  };
}
