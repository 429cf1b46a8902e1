// Service keys: list or look up (GET), issue (POST), change (PUT), all on /v2/service/key.
import { randomUUID } from "node:crypto";
import { HttpError, ok } from "../http";
import { fixedVlanProblem } from "../../model/rules";
import { serviceKeyView } from "../../products/serviceKey";
import { Route } from "./route";
import { fieldsOf, type Json } from "../../model/json";

type ValidFor = { start: number; end: number } | null;

function checkKeyFields(b: Json): void {
  const outOfRange = fixedVlanProblem("Service key", b.vlan);
  if (outOfRange) throw new HttpError(400, outOfRange);
  if (b.vlan !== undefined && b.vlan !== null && b.singleUse === false)
    throw new HttpError(400, "Only a single-use service key may carry a VLAN");
  const v = b.validFor as { start?: unknown; end?: unknown } | null | undefined;
  if (v && (typeof v.start !== "number" || typeof v.end !== "number" || v.end <= v.start))
    throw new HttpError(400, "validFor must have numeric start < end (epoch milliseconds)");
}

export const serviceKeyRoutes: Route[] = [
  {
    method: "GET",
    // megaportgo builds the look-up with url.JoinPath, which escapes the "?": it asks for
    // /v2/service/key%3Fkey=<key>, and the live API answers it (the Terraform provider's
    // acceptance tests read keys back this way).
    path: /^\/v2\/service\/key(?:%3[Ff]key=([^/]+))?$/,
    handle(request, [escapedKey], { store }) {
      const key = escapedKey !== undefined ? decodeURIComponent(escapedKey) : request.query.get("key");
      if (key) {
        const k = store.serviceKeys.get(key);
        if (!k) throw new HttpError(404, `Service key ${key} not found`);
        return ok("Found service key", serviceKeyView(store, k));
      }
      const product = request.query.get("productIdOrUid");
      const list = [...store.serviceKeys.values()].filter(
        (k) => !product || k.productUid === product || String(k.productId) === product,
      );
      return ok(
        `Found [${list.length}] service keys`,
        list.map((k) => serviceKeyView(store, k)),
      );
    },
  },
  {
    method: "POST",
    path: /^\/v2\/service\/key$/,
    handle(request, _params, { store }) {
      const b = fieldsOf(request.body);
      const productUid = String(b.productUid ?? "");
      const p =
        store.products.get(productUid) ??
        [...store.products.values()].find((x) => x.productId === b.productId);
      if (!p || (p.productType !== "MEGAPORT" && p.productType !== "MCR2"))
        throw new HttpError(400, `Could not find a service with UID ${productUid}`);
      checkKeyFields(b);
      const key = randomUUID();
      const issued = {
        key,
        productUid: p.productUid,
        productId: p.productId,
        description: (b.description as string | undefined) ?? null,
        vlan: (b.vlan as number | null | undefined) ?? null,
        maxSpeed: (b.maxSpeed as number | null | undefined) ?? null,
        preApproved: b.preApproved === true,
        singleUse: b.singleUse === true,
        active: b.active !== false,
        createDate: store.time(),
        lastUsed: null,
        validFor: (b.validFor as ValidFor | undefined) ?? null,
      };
      store.serviceKeys.set(key, issued);
      store.save();
      return ok(`New service key [${key}] generated`, serviceKeyView(store, issued, true));
    },
  },
  {
    method: "PUT",
    path: /^\/v2\/service\/key$/,
    handle(request, _params, { store }) {
      const b = fieldsOf(request.body);
      const k = store.serviceKeys.get(String(b.key ?? ""));
      if (!k) throw new HttpError(404, `Service key ${String(b.key)} not found`);
      checkKeyFields(b);
      if (typeof b.active === "boolean") k.active = b.active;
      if (b.validFor !== undefined) k.validFor = (b.validFor as ValidFor) ?? null;
      if (typeof b.description === "string") k.description = b.description;
      store.save();
      return ok(`Service key [${k.key}] updated`);
    },
  },
];
