// Reading products, their resource tags, lifecycle actions (CANCEL, CANCEL_NOW, UN_CANCEL, with
// safeDelete), locks, and the VLANs free on a port.
import { FOREIGN_PORT } from "../../data/catalogue";
import { partnerPortByUid } from "../../model/places";
import { HttpError, ok } from "../http";
import { productView } from "../../products/views";
import { Route, ownProduct } from "./route";

const UID = "([0-9a-fA-F-]{8,})";

/** POST locks a product, DELETE unlocks it (megaportgo ManageProductLock). */
function lockRoute(method: "POST" | "DELETE", locked: boolean): Route {
  return {
    method,
    path: /^\/v2\/product\/([^/]+)\/lock$/,
    handle(_request, [uid], { store }) {
      ownProduct(store, uid).locked = locked;
      store.save();
      return ok(`Service ${uid} ${locked ? "locked" : "unlocked"}`);
    },
  };
}

export const productRoutes: Route[] = [
  {
    // Like the real list: Ports, MCRs and MVEs, their VXCs and IXs nested inside.
    method: "GET",
    path: /^\/v2\/products$/,
    handle(request, _params, { store }) {
      const list = [...store.products.values()]
        .filter((p) => p.productType === "MEGAPORT" || p.productType === "MCR2" || p.productType === "MVE")
        .filter((p) => p.companyUid === request.company.companyUid)
        .map((p) => productView(store, p));
      return ok(`Found ${list.length} Products`, list);
    },
  },
  {
    method: "GET",
    path: new RegExp(`^/v2/product/${UID}$`),
    handle(request, [uid], { store }) {
      const p = store.products.get(uid);
      // Another account's product is not found from this one (X-Call-Context picks the account).
      if (p && p.companyUid === request.company.companyUid)
        return ok(`Found Product ${uid}`, productView(store, p));
      const partner = partnerPortByUid(uid);
      if (partner)
        return ok(`Found Product ${uid}`, {
          productUid: uid,
          productName: partner.title,
          productType: "MEGAPORT",
          provisioningStatus: "LIVE",
          locationId: partner.locationId,
          portSpeed: partner.speed,
          companyUid: partner.companyUid,
          companyName: partner.companyName,
          diversityZone: partner.diversityZone,
          associatedVxcs: [],
          associatedIxs: [],
        });
      if (uid === FOREIGN_PORT.productUid)
        throw new HttpError(403, `Service ${uid} belongs to another company`);
      throw new HttpError(404, `Could not find a service with UID ${uid}`);
    },
  },
  {
    method: "GET",
    path: /^\/v2\/product\/([^/]+)\/tags$/,
    handle: (_request, [uid], { store }) => ok("Tags", { resourceTags: ownProduct(store, uid).resourceTags }),
  },
  {
    method: "PUT",
    path: /^\/v2\/product\/([^/]+)\/tags$/,
    handle(request, [uid], { store }) {
      const p = ownProduct(store, uid);
      const tags = (request.body as { resourceTags?: unknown } | undefined)?.resourceTags;
      if (!Array.isArray(tags)) throw new HttpError(400, "resourceTags must be an array of {key, value}");
      p.resourceTags = tags as Array<{ key: string; value: string }>;
      store.save();
      return ok("Tags updated", { resourceTags: p.resourceTags });
    },
  },
  {
    // The VLANs free on a port; megaportgo looks for the one asked for in the list.
    method: "GET",
    path: /^\/v2\/product\/port\/([^/]+)\/vlan$/,
    handle(request, [uid], { store }) {
      const p = ownProduct(store, uid);
      if (p.productType !== "MEGAPORT") throw new HttpError(400, `Service ${uid} is not a Port`);
      const asked = request.query.get("vlan");
      if (asked !== null && !/^\d+$/.test(asked)) throw new HttpError(400, "vlan must be a number 0-4094");
      return ok(`VLANs available on ${uid}`, store.freeVlans(uid));
    },
  },
  lockRoute("POST", true),
  lockRoute("DELETE", false),
  {
    method: "POST",
    path: /^\/(?:v2|v3)\/product\/([^/]+)\/action\/([A-Z_]+)$/,
    handle(request, [uid, action], { store }) {
      const p = ownProduct(store, uid);
      const status = store.status(p);
      if (p.locked && action !== "UN_CANCEL")
        throw new HttpError(400, `Service ${uid} is locked: unlock it before cancelling`);
      const attached =
        action.startsWith("CANCEL") && request.query.get("safeDelete") === "true"
          ? store.attachedServices(p)
          : [];
      if (attached.length > 0)
        throw new HttpError(
          400,
          `Cannot cancel ${uid} with safeDelete while services are attached: ${attached.map((c) => `${c.productType} "${c.productName}" (${c.productUid})`).join(", ")}`,
        );
      if (status === "DESIGN")
        throw new HttpError(
          400,
          `NAT gateway ${uid} is a design: delete it with DELETE /v3/products/nat_gateways/${uid}`,
        );
      switch (action) {
        case "CANCEL_NOW":
          if (status === "DECOMMISSIONED")
            throw new HttpError(400, `Service ${uid} is already DECOMMISSIONED`);
          store.cancelNow(p);
          break;
        case "CANCEL":
          if (p.productType === "MEGAPORT" || p.productType === "MCR2")
            throw new HttpError(
              400,
              `${p.productType === "MCR2" ? "MCR" : "Port"} ${uid} can only be cancelled with CANCEL_NOW`,
            );
          if (status !== "LIVE" && status !== "CONFIGURED")
            throw new HttpError(400, `Service ${uid} cannot be cancelled while ${status}`);
          p.cancelledAt = store.time();
          break;
        case "UN_CANCEL":
          if (status !== "CANCELLED") throw new HttpError(400, `Service ${uid} is not CANCELLED`);
          p.cancelledAt = null;
          break;
        default:
          throw new HttpError(400, `Unknown lifecycle action ${action}: use CANCEL, CANCEL_NOW or UN_CANCEL`);
      }
      store.save();
      return ok(`Action [${action} Service ${p.productId}] has been done.`);
    },
  },
];
