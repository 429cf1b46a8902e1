// networkdesign/validate and networkdesign/buy (v2/v3 take a bare array; v4 wraps it).
import { Company } from "../../data/catalogue";
import { HttpError, ok, Reply } from "../http";
import { checkOrder, validateItemView } from "../../products/order";
import { natGatewayBuyView, natGatewayDesigns, natGatewayValidateView } from "../../products/natGateway";
import { StoredProduct, Store } from "../../model/store";
import { buyResultView } from "../../products/views";
import { Route } from "./route";

function v4Design(body: unknown): unknown {
  const design = (body as { networkDesign?: unknown } | undefined)?.networkDesign;
  if (!Array.isArray(design))
    throw new HttpError(400, "Request body must be {networkDesign: [...], discountCodes: [...]}");
  return design;
}

/** Checks the whole order again and creates its products; nothing is created if any item fails. */
export function buy(store: Store, items: unknown, company: Company): Reply {
  const services = checkOrder(store, items);
  if (typeof services === "string") throw new HttpError(400, services);
  const errors = services.flatMap((s) => s.errors.map((e) => `${s.serviceName || s.productType}: ${e}`));
  if (errors.length > 0)
    throw new HttpError(400, `Validation failed ${errors.join("; ")}`, errors.join("; "));
  const created = services.flatMap((s) => s.create());
  for (const p of created) store.products.set(p.productUid, Object.assign(p, company));
  store.save();
  const noun = {
    VXC: "VXC",
    IX: "IX",
    MEGAPORT: "Port",
    MCR2: "Port",
    MVE: "MVE",
    NAT_GATEWAY: "NAT gateway",
  } as const;
  return ok(
    created.map((p) => `${noun[p.productType]} [${p.productUid}] created.`).join(" "),
    created.map((p) => buyResultView(store, p)),
  );
}

/** Buys NAT gateway designs: their provisioning starts now. */
function buyDesigns(store: Store, designs: StoredProduct[]): Reply {
  for (const d of designs) {
    d.design = false;
    d.boughtAt = store.time();
  }
  store.save();
  return ok(
    designs.map((d) => `NAT gateway [${d.productUid}] ordered.`).join(" "),
    designs.map((d) => natGatewayBuyView(store, d)),
  );
}

export const networkDesignRoutes: Route[] = [
  {
    method: "POST",
    path: /^\/(?:v2|v3)\/networkdesign\/validate$/,
    handle(request, _params, { store }) {
      const designs = natGatewayDesigns(store, request.body);
      if (designs) return ok("Validation passed", designs.map(natGatewayValidateView));
      const services = checkOrder(store, request.body);
      if (typeof services === "string") throw new HttpError(400, services);
      const failed = services.filter((s) => s.errors.length > 0);
      // The live API refuses with 400, "Validation failed" and an `{error}` per failing service, as
      // Terraform provider issues #18, #147 and #272 quote it (the 2018 reference showed a 200).
      if (failed.length > 0)
        throw new HttpError(
          400,
          "Validation failed",
          failed.map((s) => ({ error: s.errors.join("; ") })),
        );
      return ok("Validation passed", services.map(validateItemView));
    },
  },
  {
    method: "POST",
    path: /^\/(v2|v3|v4)\/networkdesign\/buy$/,
    handle(request, [version], { store }) {
      // A NAT gateway design is bought by its UID, on v3 only.
      const designs = version === "v3" ? natGatewayDesigns(store, request.body) : undefined;
      if (designs) return buyDesigns(store, designs);
      return buy(store, version === "v4" ? v4Design(request.body) : request.body, request.company);
    },
  },
];
