// The admin API under /_emulator, for tests and demos: the request log, faults, token expiry,
// timings, out-of-band changes as a person in the portal would make them, and reset.
import { ADMIN_PREFIX, Fault, OUT_OF_BAND_ACTIONS } from "../../adminContract";
import { OUR_COMPANY } from "../../data/catalogue";
import { HttpError, Reply } from "../http";
import { REFERENCE_UIDS, seedReferenceProducts } from "../../data/referenceProducts";
import { Timings } from "../../model/store";
import { productView } from "../../products/views";
import { buy } from "./networkDesign";
import { Route, ownProduct } from "./route";
import { applyFields } from "../../products/update";
import { fieldsOf } from "../../model/json";

const done = (body: unknown): Reply => ({ status: 200, body });
const at = (path: string) => new RegExp(`^${ADMIN_PREFIX}${path}$`);

export const adminRoutes: Route[] = [
  { method: "GET", path: at("/requests"), handle: (_r, _p, { log }) => done(log) },
  {
    method: "DELETE",
    path: at("/requests"),
    handle(_r, _p, { log }) {
      log.length = 0;
      return done({ cleared: true });
    },
  },
  {
    method: "POST",
    path: at("/faults"),
    handle(request, _p, { faults }) {
      const added = Array.isArray(request.body) ? request.body : [request.body];
      try {
        return done({ faults: faults.add(added as Fault[]) });
      } catch (e) {
        throw new HttpError(400, (e as Error).message);
      }
    },
  },
  {
    method: "DELETE",
    path: at("/faults"),
    handle(_r, _p, { faults }) {
      faults.clear();
      return done({ faults: [] });
    },
  },
  {
    method: "POST",
    path: at("/tokens/expire"),
    handle(_r, _p, { store }) {
      for (const t of store.tokens.values()) t.expiresAt = 0;
      return done({ expired: store.tokens.size });
    },
  },
  {
    method: "POST",
    path: at("/timings"),
    handle(request, _p, { store }) {
      store.timings = { ...store.timings, ...(fieldsOf(request.body) as Partial<Timings>) };
      return done(store.timings);
    },
  },
  {
    method: "GET",
    path: at("/products"),
    handle: (_r, _p, { store }) => done([...store.products.values()].map((p) => productView(store, p))),
  },
  {
    // A change made by a person in the portal: rename, new rate limit, cost centre, VLANs, ASN.
    method: "POST",
    path: at("/products/([^/]+)"),
    handle(request, [uid], { store }) {
      const p = ownProduct(store, uid);
      const b = fieldsOf(request.body);
      applyFields(p, b, {
        productName: ["productName", "string"],
        rateLimit: ["rateLimit", "number"],
        costCentre: ["costCentre", "string"],
        marketplaceVisibility: ["marketplaceVisibility", "boolean"],
        term: ["term", "number"],
        mcrAsn: ["mcrAsn", "number"],
        shutdown: ["shutdown", "boolean"],
        vlan: ["vlan", "number"],
        asn: ["asn", "number"],
      });
      if (typeof b.aEndVlan === "number" && p.aEnd) p.aEnd.vlan = b.aEndVlan;
      if (typeof b.bEndVlan === "number" && p.bEnd) p.bEnd.vlan = b.bEndVlan;
      // A partner configuration edited in the portal: the given keys replace the stored ones.
      for (const [key, end] of [
        ["aEndPartnerConfig", p.aEnd],
        ["bEndPartnerConfig", p.bEnd],
      ] as const) {
        const change = b[key];
        if (end && change && typeof change === "object" && !Array.isArray(change))
          end.partnerConfig = { ...(end.partnerConfig ?? {}), ...(change as Record<string, unknown>) };
      }
      store.save();
      return done(productView(store, p));
    },
  },
  {
    method: "POST",
    path: at(`/products/([^/]+)/(${OUT_OF_BAND_ACTIONS.join("|")})`),
    handle(_r, [uid, action], { store }) {
      const p = ownProduct(store, uid);
      if (action === "CANCEL") p.cancelledAt = store.time();
      else if (action === "FAIL") p.forcedStatus = "FAILED";
      else if (action === "APPROVE" || action === "REJECT") {
        if (p.approval?.status !== "PENDING") throw new HttpError(400, `Product ${uid} awaits no approval`);
        p.approval.status = action === "APPROVE" ? "APPROVED" : "REJECTED";
        // Approved: provisioning runs from now. Rejected: the order is cancelled.
        if (action === "APPROVE") p.boughtAt = store.time();
        else p.cancelNowAt = store.time() - store.timings.decommissionMs;
      } else if (action === "DECOMMISSION") {
        // Straight to the terminal state, as after a staging reset; only this port of a LAG.
        for (const x of [p, ...store.children(uid)])
          x.cancelNowAt = store.time() - store.timings.decommissionMs;
      } else store.cancelNow(p);
      store.save();
      return done(productView(store, p));
    },
  },
  {
    // "Bought in the portal": bought and LIVE at once, for adoption tests and demos.
    method: "POST",
    path: at("/orders"),
    handle(request, _p, { store }) {
      const reply = buy(store, request.body, OUR_COMPANY);
      for (const item of (reply.body as { data: Array<Record<string, unknown>> }).data) {
        const p = store.products.get(String(item.technicalServiceUid ?? item.vxcJTechnicalServiceUid));
        if (p) p.boughtAt -= store.timings.deployableMs + store.timings.configuredMs;
      }
      store.save();
      return reply;
    },
  },
  {
    method: "POST",
    path: at("/seed/reference"),
    handle(_r, _p, { store }) {
      seedReferenceProducts(store);
      return done(REFERENCE_UIDS);
    },
  },
  {
    method: "POST",
    path: at("/reset"),
    handle(_r, _p, { store, log, faults }) {
      store.reset();
      log.length = 0;
      faults.clear();
      return done({ reset: true });
    },
  },
];
