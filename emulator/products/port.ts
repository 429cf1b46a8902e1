// Ports (and LAGs) and MCRs: one order item, with a location, speed, zone and term; the update
// rules of PUT /v2/product/{megaport|mcr2}/{uid}; and the product as GET shows it.
import { PRICES } from "../data/catalogue";
import { HttpError, ok } from "../http/http";
import { type Json, num, obj, str } from "../model/json";
import { locationById } from "../model/places";
import { currencyOf, locatedMonthlyRack, roundCents } from "../model/pricing";
import { TERMS, asnProblem, costCentreProblem, ipsecAddOnProblem, termProblem } from "../model/rules";
import { newProduct, type ProductType, Store, type StoredProduct } from "../model/store";
import { ixView } from "./ix";
import { atLocation, type CheckedService, OrderContext, problems } from "./orderContext";
import { commonView, technicalServiceView } from "./productView";
import { applyFields, COMMON_FIELDS, refuse, updatable } from "./update";
import { vxcView } from "./vxc";
/** A new Port or MCR item; returns the uid the created product will have. */
export function orderPortOrMcr(ctx: OrderContext, item: Json, services: CheckedService[]): string {
  const isMcr = item.productType === "MCR2" || (item.productType === "MEGAPORT" && item.virtual === true);
  const type: ProductType = isMcr ? "MCR2" : "MEGAPORT";
  const errors: string[] = [];
  const productName = str(item.productName) ?? "";
  if (!productName.trim()) errors.push("productName is required");
  if (item.productType !== "MEGAPORT" && item.productType !== "MCR2")
    errors.push(`Unsupported productType ${String(item.productType)}`);
  const locationId = num(item.locationId);
  const location = locationId === undefined ? undefined : locationById(locationId);
  const config = obj(item.config) ?? {};
  const zone = str(config.diversityZone) ?? str(item.diversityZone);
  const speed = num(item.portSpeed);
  if (!location) errors.push(`Location ${String(item.locationId)} does not exist`);
  else if (location.status !== "Active")
    errors.push(
      `Location ${location.id} (${location.name}) is not accepting orders: status ${location.status}`,
    );
  if (zone !== undefined && zone !== "red" && zone !== "blue")
    errors.push(`Invalid diversityZone ${zone}: must be red or blue`);
  if (location && speed === undefined) errors.push("portSpeed is required");
  if (location && speed !== undefined && (zone === undefined || zone === "red" || zone === "blue")) {
    const offers = zone ? [location.zones[zone]] : [location.zones.red, location.zones.blue];
    const offered = [...new Set(offers.flatMap((o) => (isMcr ? o.mcrSpeedMbps : o.megaportSpeedMbps)))].sort(
      (a, b) => a - b,
    );
    const where = `location ${location.id}${zone ? ` (${zone} zone)` : ""}`;
    if (offered.length === 0) errors.push(`${isMcr ? "MCR" : "Port"} is not available at ${where}`);
    else if (!offered.includes(speed))
      errors.push(
        `${isMcr ? "MCR" : "Port"} speed ${speed} Mbps is not available at ${where}: available ${offered.join(", ")}`,
      );
  }
  if (item.term === undefined) errors.push(`term is required: one of ${TERMS.join(", ")} months`);
  errors.push(...problems(termProblem(item.term)));
  if (isMcr && config.mcrAsn !== undefined) errors.push(...problems(asnProblem("mcrAsn", config.mcrAsn)));
  const addOns = isMcr ? mcrAddOns(item.addOns, errors) : [];
  const lag = num(item.lagPortCount);
  if (lag !== undefined && (!Number.isInteger(lag) || lag < 0 || lag > 8))
    errors.push(`lagPortCount ${lag} must be 1-8`);
  // LAGs bundle 10, 100 or 400 Gbps ports (the Terraform provider's lag_port rule).
  else if (lag && speed !== undefined && ![10000, 100000, 400000].includes(speed))
    errors.push(`A LAG's ports must be 10000, 100000 or 400000 Mbps; got ${speed}`);
  const costCentre = str(item.costCentre) ?? "";
  errors.push(...problems(costCentreProblem(costCentre)));

  const uid = ctx.store.newUid();
  const market = location?.market ?? null;
  const term = num(item.term) ?? 1;
  const monthly =
    locatedMonthlyRack(isMcr ? "MCR2" : "MEGAPORT", speed ?? 1000) * (isMcr ? 1 : Math.max(1, lag ?? 1));
  const price = {
    monthlyRate: roundCents(monthly * (PRICES.termDiscount[term] ?? 1)),
    currency: currencyOf(market),
  };
  services.push(
    atLocation(location, {
      serviceName: productName,
      productType: isMcr ? "MCR2" : "MEGAPORT",
      productUid: uid,
      errors,
      price,
      create: () => {
        const port = (memberUid: string) =>
          newProduct(ctx.store, memberUid, type, {
            productName,
            locationId: locationId ?? 0,
            term,
            costCentre,
            marketplaceVisibility:
              item.marketplaceVisibility === undefined ? !isMcr : item.marketplaceVisibility === true,
            diversityZone: zone ?? (isMcr ? null : "red"),
            promoCode: str(item.promoCode) ?? null,
            resourceTags: Array.isArray(item.resourceTags)
              ? (item.resourceTags as Array<{ key: string; value: string }>)
              : [],
            portSpeed: speed ?? null,
            mcrAsn: isMcr ? (num(config.mcrAsn) ?? 133937) : null,
            addOns: addOns.map((a) => ({ ...a, addOnUid: ctx.store.newUid() })),
            price,
          });
        const primary = port(uid);
        if (isMcr || !lag) return [primary];
        // A LAG is one port per member, sharing an aggregationId (megaportgo port_types.go).
        const members = [primary, ...Array.from({ length: lag - 1 }, () => port(ctx.store.newUid()))];
        for (const m of members) m.aggregationId = primary.productId;
        primary.lagPrimary = true;
        return members;
      },
    }),
  );
  return uid;
}

/** An MCR order's add-ons: IPsec only, with 10, 20 or 30 tunnels (0 means 10, as megaportgo sends it). */
function mcrAddOns(raw: unknown, errors: string[]) {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    errors.push("addOns must be a list");
    return [];
  }
  return raw.flatMap((a) => {
    const addOn = obj(a) ?? {};
    const problem = ipsecAddOnProblem(addOn.addOnType, addOn.tunnelCount);
    if (problem) {
      errors.push(problem);
      return [];
    }
    return [
      {
        addOnType: "IP_SEC" as const,
        tunnelCount: num(addOn.tunnelCount) || 10,
        packCount: num(addOn.packCount) || 1,
      },
    ];
  });
}

export function updatePortOrMcr(uid: string, b: Json, store: Store, route?: string) {
  // The current routes name the product type (megaport or mcr2); the v2 form does not.
  const types: ProductType[] = route === "mcr2" ? ["MCR2"] : route ? ["MEGAPORT"] : ["MEGAPORT", "MCR2"];
  const p = updatable(store, uid, types, route ? `a ${route}` : "a Port or MCR");
  refuse(termProblem(b.term), costCentreProblem(b.costCentre));
  if (b.asn !== undefined) {
    if (p.productType !== "MCR2") throw new HttpError(400, "asn can only be changed on an MCR");
    refuse(asnProblem("asn", b.asn));
    const attached = store.children(uid).some((c) => c.productType === "VXC" && store.isActive(c));
    if (attached && b.asn !== p.mcrAsn)
      throw new HttpError(
        400,
        "Cannot update ASN while VXCs are attached to this MCR. Remove the VXCs first.",
      );
  }
  applyFields(p, b, {
    ...COMMON_FIELDS,
    marketplaceVisibility: ["marketplaceVisibility", "boolean"],
    asn: ["mcrAsn", "number"],
  });
  store.save();
  return ok(`Product [${uid}] has been updated`, technicalServiceView(store, p));
}

export function portView(store: Store, p: StoredProduct) {
  // Every VXC and IX, decommissioned ones too: megaportgo filters inactive ones out itself.
  const children = store.children(p.productUid);
  const base = {
    ...commonView(store, p),
    portSpeed: p.portSpeed,
    marketplaceVisibility: p.marketplaceVisibility,
    vxcPermitted: true,
    vxcpermitted: true,
    vxcAutoApproval: false,
    diversityZone: p.diversityZone,
    virtual: p.productType === "MCR2" || p.productType === "NAT_GATEWAY",
    buyoutPort: false,
    // Full VXC and IX objects, as a VXC or IX GET shows them (megaportgo reads them so).
    associatedVxcs: children.filter((c) => c.productType === "VXC").map((c) => vxcView(store, c)),
    associatedIxs: children.filter((c) => c.productType === "IX").map((c) => ixView(store, c)),
    lagPrimary: p.lagPrimary,
    lagId: p.aggregationId,
    aggregationId: p.aggregationId ?? 0,
  };
  const portInterface = {
    demarcation: `${locationById(p.locationId)?.name ?? ""}\nType: Single Mode Fibre Pair\n`,
    description: p.companyName,
    id: p.productId,
    loa_template: p.productType === "MCR2" ? null : "megaport",
    media: p.productType === "MCR2" ? "Virtual" : p.portSpeed === 1000 ? "LR/LX" : "LR4",
    name: `Ethernet1/${p.productId % 48}`,
    port_speed: p.portSpeed,
    resource_name: "interface",
    resource_type: "interface",
    supported_speeds: [p.portSpeed],
    up: store.status(p) === "LIVE" ? 1 : 0,
  };
  if (p.productType === "MCR2") {
    return {
      ...base,
      addOns: p.addOns.map((a) => ({ productUid: p.productUid, ...a })),
      resources: {
        interface: portInterface,
        virtual_router: {
          id: p.productId,
          mcrAsn: p.mcrAsn,
          name: p.productName,
          resource_name: "virtual_router",
          resource_type: "virtual_router",
          speed: p.portSpeed,
        },
      },
    };
  }
  return { ...base, resources: { interface: portInterface } };
}
