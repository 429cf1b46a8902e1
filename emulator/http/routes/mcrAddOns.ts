// An MCR's IPsec add-on after the order (megaportgo mcr.go): POST /v3/product/{uid}/addon adds it,
// PUT /v3/product/{uid}/addon/{addOnUid} changes its tunnel count, and 0 tunnels removes it.
import { HttpError, ok } from "../http";
import { ipsecAddOnProblem } from "../../model/rules";
import { Store } from "../../model/store";
import { Route, ownProduct } from "./route";
import { fieldsOf } from "../../model/json";

function activeMcr(store: Store, uid: string) {
  const p = ownProduct(store, uid);
  if (p.productType !== "MCR2")
    throw new HttpError(400, `Product ${uid} is not an MCR: add-ons are for MCRs`);
  if (!store.isActive(p)) throw new HttpError(400, `MCR ${uid} is ${store.status(p)}`);
  return p;
}

function refuseBadAddOn(type: unknown, tunnelCount: unknown): void {
  const problem = ipsecAddOnProblem(type, tunnelCount);
  if (problem) throw new HttpError(400, problem);
}

export const mcrAddOnRoutes: Route[] = [
  {
    method: "POST",
    path: /^\/v3\/product\/([^/]+)\/addon$/,
    handle(request, [uid], { store }) {
      const p = activeMcr(store, uid);
      const b = fieldsOf(request.body);
      refuseBadAddOn(b.addOnType, b.tunnelCount);
      if (p.addOns.some((a) => a.addOnType === "IP_SEC"))
        throw new HttpError(400, `MCR ${uid} already has an IPsec add-on: change its tunnel count instead`);
      const addOn = {
        addOnUid: store.newUid(),
        addOnType: "IP_SEC" as const,
        tunnelCount: (b.tunnelCount as number) || 10,
        packCount: 1,
      };
      p.addOns.push(addOn);
      store.save();
      return ok(`Add-on ${addOn.addOnUid} added to MCR ${uid}`, { productUid: uid, ...addOn });
    },
  },
  {
    method: "PUT",
    path: /^\/v3\/product\/([^/]+)\/addon\/([^/]+)$/,
    handle(request, [uid, addOnUid], { store }) {
      const p = activeMcr(store, uid);
      const addOn = p.addOns.find((a) => a.addOnUid === addOnUid);
      if (!addOn) throw new HttpError(404, `MCR ${uid} has no add-on ${addOnUid}`);
      const b = fieldsOf(request.body);
      refuseBadAddOn(b.addOnType, b.tunnelCount);
      if (typeof b.tunnelCount !== "number") throw new HttpError(400, "tunnelCount is required");
      if (b.tunnelCount === 0) p.addOns = p.addOns.filter((a) => a !== addOn);
      else addOn.tunnelCount = b.tunnelCount;
      store.save();
      return ok(`Add-on ${addOnUid} of MCR ${uid} updated`, { productUid: uid, ...addOn });
    },
  },
];
