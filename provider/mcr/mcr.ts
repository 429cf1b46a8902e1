// The MCR: ordered as productType MCR2 with config.mcrAsn, updated with PUT /v2/product/mcr2/{uid}.
// Megaport refuses an ASN change while VXCs are attached; that message reaches the user as it is.
// The IPsec add-on is ordered with the MCR and changed in place through its own routes.
import type { McrOrderItem, Product, UpdateMcrRequest } from "../client";
import {
  checkLocationOffers,
  locatedCandidates,
  locatedFields,
  locatedOrder,
} from "../shared/locatedProduct";
import { nameTermAndCostCentre } from "../shared/productFields";
import { productResource } from "../shared/productResource";
import { McrArgs } from "./schema";

/** The MCR's IPsec add-on as the product read shows it (the first IP_SEC one, as Terraform picks it). */
const ipsecAddOn = (p: Product) => p.addOns?.find((a) => a.addOnType === "IP_SEC");

export const mcrDefinition = productResource<McrArgs, UpdateMcrRequest>({
  label: "MCR",
  args: McrArgs,
  productTypes: ["MCR2"],
  tags: true,
  fields: [
    ...nameTermAndCostCentre,
    ...locatedFields,
    { arg: "asn", order: "config.mcrAsn", put: "asn", read: (p) => p.resources?.virtual_router?.mcrAsn },
    // Megaport's default when left out: not compared then.
    {
      arg: "marketplaceVisibility",
      order: "marketplaceVisibility",
      put: "marketplaceVisibility",
      read: (p) => p.marketplaceVisibility,
      assigned: true,
    },
    {
      arg: "ipsecTunnelCount",
      // No add-on reads as 0 tunnels, so one removed in the portal shows as drift.
      read: (p) => ipsecAddOn(p)?.tunnelCount ?? 0,
      // Removing it sets 0 tunnels, which disables the add-on.
      cleared: 0,
      apply: async (client, p, count) => {
        const addOn = ipsecAddOn(p);
        if (addOn?.addOnUid) await client.mcrs.setIpsec(p.productUid, addOn.addOnUid, count as number);
        else if (count) await client.mcrs.addIpsec(p.productUid, count as number);
      },
    },
  ],
  order: (_ctx, args, body): McrOrderItem => ({
    ...locatedOrder(args, body),
    productType: "MCR2",
    // Always sent by megaportgo's MCR order (no omitempty).
    costCentre: args.costCentre ?? "",
    ...(args.ipsecTunnelCount
      ? { addOns: [{ addOnType: "IP_SEC", tunnelCount: args.ipsecTunnelCount, packCount: 1 }] }
      : {}),
  }),
  candidates: locatedCandidates("MCR2"),
  put: (client, uid, body) => client.mcrs.update(uid, body),
  safeDelete: true,
  checkWithApi: (ctx, args) => checkLocationOffers(ctx, args, "mcr"),
  priceRequest: async (_ctx, args) => ({
    request: {
      productType: "MCR2",
      locationId: args.locationId,
      speed: args.portSpeed,
      term: args.contractTermMonths,
    },
  }),
});
