// The Port: ordered as productType MEGAPORT, updated with PUT /v2/product/megaport/{uid}.
import type { PortOrderItem, UpdatePortRequest } from "../client";
import {
  checkLocationOffers,
  locatedCandidates,
  locatedFields,
  locatedOrder,
  marketOf,
} from "../shared/locatedProduct";
import { interfaceDetails, nameTermAndCostCentre } from "../shared/productFields";
import { productResource } from "../shared/productResource";
import { PortArgs } from "./schema";

export const portDefinition = productResource<PortArgs, UpdatePortRequest>({
  label: "Port",
  args: PortArgs,
  productTypes: ["MEGAPORT"],
  tags: true,
  fields: [
    ...nameTermAndCostCentre,
    ...locatedFields,
    {
      arg: "marketplaceVisibility",
      order: "marketplaceVisibility",
      put: "marketplaceVisibility",
      read: (p) => p.marketplaceVisibility,
    },
    { arg: "lagPortCount", read: (p) => p.lagPortUids?.length },
  ],
  order: async (ctx, args, body): Promise<PortOrderItem> => ({
    ...locatedOrder(args, body),
    productType: "MEGAPORT",
    market: await marketOf(ctx, args.locationId),
    createDate: Date.now(),
    virtual: false,
    ...(args.lagPortCount ? { lagPortCount: args.lagPortCount } : {}),
  }),
  candidates: locatedCandidates("MEGAPORT"),
  put: (client, uid, body) => client.ports.update(uid, body),
  readMore: (client, p) => client.ports.withLagMembers(p),
  outputs: (p) => ({ lagPortUids: p.lagPortUids ?? null, interfaceDetails: interfaceDetails(p) }),
  safeDelete: true,
  checkWithApi: (ctx, args) => checkLocationOffers(ctx, args, "port"),
  priceRequest: async (_ctx, args) => ({
    request: {
      productType: "MEGAPORT",
      locationId: args.locationId,
      speed: args.portSpeed,
      term: args.contractTermMonths,
    },
    count: args.lagPortCount ?? 1,
  }),
});
