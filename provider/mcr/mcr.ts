// The MCR: ordered as productType MCR2 with config.mcrAsn, updated with PUT /v2/product/mcr2/{uid}.
// Megaport refuses an ASN change while VXCs are attached; that message reaches the user as it is.
import type { McrOrderItem, UpdateMcrRequest } from "../client";
import {
  checkLocationOffers,
  locatedCandidates,
  locatedFields,
  locatedOrder,
} from "../shared/locatedProduct";
import { nameTermAndCostCentre } from "../shared/productFields";
import { productResource } from "../shared/productResource";
import { McrArgs } from "./schema";

export const mcrDefinition = productResource<McrArgs, UpdateMcrRequest>({
  label: "MCR",
  args: McrArgs,
  productTypes: ["MCR2"],
  tags: true,
  fields: [
    ...nameTermAndCostCentre,
    ...locatedFields,
    { arg: "asn", put: "asn", read: (p) => p.resources?.virtual_router?.mcrAsn },
  ],
  order: (_ctx, args): McrOrderItem => ({
    ...locatedOrder(args),
    productType: "MCR2",
    // Always sent by megaportgo's MCR order (no omitempty).
    costCentre: args.costCentre ?? "",
    config: { mcrAsn: args.asn, ...(args.diversityZone ? { diversityZone: args.diversityZone } : {}) },
  }),
  candidates: locatedCandidates("MCR2"),
  put: (client, uid, body) => client.mcrs.update(uid, body),
  safeDelete: true,
  checkWithApi: (ctx, args) => checkLocationOffers(ctx, args, "mcr"),
});
