// VXCs: the order rules (ends, service keys, partner configurations, VLANs, price), the update rules
// of PUT /v3/product/vxc/{uid}, and the VXC as GET shows it.
import { APPROVAL_PORT, FOREIGN_PORT, FOREIGN_SERVICE_KEYS, OUR_COMPANY, PRICES } from "../data/catalogue";
import { HttpError, ok } from "../http/http";
import { type Json, num, obj, str } from "../model/json";
import { locationById, partnerPortByUid } from "../model/places";
import { currencyOf, roundCents } from "../model/pricing";
import {
  costCentreProblem,
  rateLimitProblem,
  termProblem,
  vlanProblem,
  vlanTakenProblem,
  vrouterProblems,
} from "../model/rules";
import { newProduct, Store, type StoredProduct, type VxcEndState } from "../model/store";
import { cloudKeyFor } from "./cloudKeys";
import { type CheckedService, OrderContext, problems } from "./orderContext";
import { commonView, endpointInfo, locationDetail, technicalServiceView } from "./productView";
import { applyFields, COMMON_FIELDS, refuse, updatable, updatedProductView } from "./update";
import { cloudBandwidth, cspConnection, partnerConfigProblems } from "./vxcPartnerConfigs";
declare module "../model/store" {
  /** What the emulator keeps of a VXC that no other product has, declared with the VXC's rules. */
  interface StoredProduct {
    /**
     * A cloud VXC's connection bandwidth as the cloud side was provisioned with it (csp_connection's
     * `bandwidth`): set when ordered and not rewritten by a rate-limit PUT (see vxcPartnerConfigs.ts).
     */
    cloudBandwidth?: number | null;
  }
}

/**
 * A vNIC index names one of an MVE's vNICs; no other product has vNICs. 0 is taken at any end:
 * megaportgo sends `"vNicIndex": 0` on every end (VXCOrderMVEConfig has no omitempty) and the
 * live API orders port and MCR VXCs from it (the Terraform provider's everyday orders).
 */
export function vnicIndexProblem(
  label: string,
  p: StoredProduct | undefined,
  index: unknown,
): string | undefined {
  if (index === undefined || index === null) return undefined;
  if (p?.productType !== "MVE") return index === 0 ? undefined : `${label} vNicIndex is only for an MVE end`;
  if (typeof index !== "number" || !Number.isInteger(index) || index < 0 || index >= p.vnics.length)
    return `${label} vNicIndex ${String(index)} is not one of the MVE's ${p.vnics.length} vNICs`;
  return undefined;
}

/** A service key names the B-end, is active, in its window, unused if single-use, fast enough. */
function serviceKeyProblems(
  store: Store,
  bUid: string,
  serviceKey: string,
  rateLimit: number | undefined,
): { errors: string[]; vlan: number | null } {
  const k = store.serviceKeys.get(serviceKey);
  const now = store.time();
  if (!k || k.productUid !== bUid)
    return { errors: [`Service key is not valid for B-End ${bUid}`], vlan: null };
  if (
    !k.active ||
    (k.validFor && (now < k.validFor.start || now > k.validFor.end)) ||
    (k.singleUse && k.lastUsed !== null)
  )
    return { errors: ["Service key is not active, expired or already used"], vlan: null };
  if (k.maxSpeed && rateLimit && rateLimit > k.maxSpeed)
    return {
      errors: [`rateLimit ${rateLimit} exceeds the service key's maximum speed ${k.maxSpeed}`],
      vlan: k.vlan,
    };
  return { errors: [], vlan: k.vlan };
}

export function orderVxc(
  ctx: OrderContext,
  v: Json,
  parentUid: string | undefined,
  item: Json,
  services: CheckedService[],
): CheckedService {
  const errors: string[] = [];
  const productName = str(v.productName) ?? "";
  if (!productName.trim()) errors.push("productName is required");
  const aEndIn = obj(v.aEnd) ?? {};
  const bEndIn = obj(v.bEnd) ?? {};
  // megaportgo names the A-end twice: the item's productUid and aEnd.productUid.
  const aUid = str(aEndIn.productUid) ?? parentUid;
  if (parentUid && aUid !== parentUid)
    errors.push(`A-End productUid ${aUid} does not match the order item's productUid ${parentUid}`);
  const bUid = str(bEndIn.productUid);
  const rateLimit = num(v.rateLimit);
  errors.push(...problems(rateLimitProblem(v.rateLimit), termProblem(v.term)));

  const a = ctx.ownProduct(aUid, services);
  if (!aUid) errors.push("Valid A-End is required");
  else if (!a) errors.push(`A-End ${aUid} is not one of your services`);
  else if (["DECOMMISSIONED", "DECOMMISSIONING", "CANCELLED", "FAILED", "DESIGN"].includes(a.status))
    errors.push(`A-End ${aUid} is ${a.status}`);
  else if (!["MEGAPORT", "MCR2", "MVE", "NAT_GATEWAY"].includes(a.type))
    errors.push(`A-End ${aUid} must be a Port, MCR, MVE or NAT gateway`);

  const serviceKey = str(v.serviceKey);
  let keyVlan: number | null = null;
  let bInfo: ReturnType<typeof endpointInfo> = null;
  if (!bUid) errors.push("Valid B-End is required");
  else {
    bInfo = endpointInfo(ctx.store, bUid);
    const own = ctx.ownProduct(bUid, services);
    if (!bInfo && !own) errors.push(`B-End ${bUid} does not exist`);
    const partner = partnerPortByUid(bUid);
    if (partner && !partner.vxcPermitted) errors.push(`VXCs are not permitted to ${partner.title}`);
    if (own && own.product && !ctx.store.isActive(own.product)) errors.push(`B-End ${bUid} is ${own.status}`);
    if (bUid === FOREIGN_PORT.productUid) {
      if (!serviceKey)
        errors.push(`B-End ${bUid} belongs to ${FOREIGN_PORT.companyName}: a service key is required`);
      else if (!FOREIGN_SERVICE_KEYS.includes(serviceKey))
        errors.push(`Service key is not valid for B-End ${bUid}`);
    } else if (serviceKey) {
      const key = serviceKeyProblems(ctx.store, bUid, serviceKey, rateLimit);
      errors.push(...key.errors);
      keyVlan = key.vlan;
    }
  }

  // Partner configuration: at the end, or (as the reference's AWS example) on the VXC item itself.
  const bPartner = obj(bEndIn.partnerConfig) ?? obj(v.partnerConfigs) ?? obj(item.partnerConfigs);
  const aPartner = obj(aEndIn.partnerConfig);
  const partner = bUid ? partnerPortByUid(bUid) : undefined;
  const bOwn = bUid ? ctx.ownProduct(bUid, services) : undefined;
  errors.push(...partnerConfigProblems({ a, aPartner, bOwn, partner, bPartner, rateLimit }));

  const aVlan = num(aEndIn.vlan);
  const bVlan = num(bEndIn.vlan);
  const aVnic = vnicIndexProblem("A-End", a?.product, aEndIn.vNicIndex);
  const bVnic = vnicIndexProblem("B-End", bUid ? ctx.store.products.get(bUid) : undefined, bEndIn.vNicIndex);
  errors.push(...problems(aVnic, bVnic));
  errors.push(...ctx.vlanProblems("A-End", aUid, aVlan, a?.type === "MEGAPORT"));
  if (bUid && ctx.store.products.has(bUid))
    errors.push(...ctx.vlanProblems("B-End", bUid, bVlan, bOwn?.type === "MEGAPORT"));
  errors.push(
    ...problems(
      vlanProblem("A-End inner", num(aEndIn.innerVlan), true),
      vlanProblem("B-End inner", num(bEndIn.innerVlan), true),
    ),
  );
  if (rateLimit && a?.speed && rateLimit > a.speed)
    errors.push(`rateLimit ${rateLimit} exceeds the A-End speed ${a.speed} Mbps`);

  const uid = ctx.store.newUid();
  const aLoc = a?.locationId ?? (aUid ? endpointInfo(ctx.store, aUid)?.locationId : undefined);
  const aMarket = aLoc ? (locationById(aLoc)?.market ?? null) : null;
  const bMetro = bInfo ? locationById(bInfo.locationId)?.metro : undefined;
  const aMetro = aLoc ? locationById(aLoc)?.metro : undefined;
  const perMbps =
    aMetro && bMetro && aMetro !== bMetro
      ? PRICES.vxcMonthlyPerMbps.longHaul
      : PRICES.vxcMonthlyPerMbps.metro;
  const price = {
    monthlyRate: roundCents((rateLimit ?? 0) * perMbps),
    currency: currencyOf(aMarket),
  };
  const term = num(v.term) ?? 1;
  return {
    serviceName: productName,
    productType: "VXC",
    productUid: uid,
    market: aMarket,
    metro: aMetro ?? null,
    errors,
    price,
    create: () => {
      const end = (
        u: string,
        vlan: number | undefined,
        inner: number | undefined,
        pc: Json | undefined,
        forced: number | null,
        vnic: number | undefined,
      ): VxcEndState => ({
        productUid: u,
        vlan:
          forced ??
          (vlan === undefined || vlan === 0
            ? ctx.store.products.has(u)
              ? ctx.store.assignVlan(u)
              : 100 + (ctx.store.time() % 3000)
            : vlan),
        innerVlan: inner ?? null,
        // An MVE end is on a vNIC: the first one unless the order names another.
        vNicIndex: ctx.store.products.get(u)?.productType === "MVE" ? (vnic ?? 0) : null,
        partnerConfig: pc ?? null,
      });
      const cloudKey =
        bPartner && partner
          ? cloudKeyFor(
              partner.connectType.toLowerCase(),
              String(bPartner.serviceKey ?? bPartner.pairingKey ?? bPartner.virtualCircuitId ?? ""),
            )
          : undefined;
      const product = newProduct(ctx.store, uid, "VXC", {
        productName,
        locationId: aLoc ?? 0,
        term,
        costCentre: str(v.costCentre) ?? "",
        promoCode: str(v.promoCode) ?? null,
        resourceTags: Array.isArray(v.resourceTags)
          ? (v.resourceTags as Array<{ key: string; value: string }>)
          : [],
        rateLimit: rateLimit ?? 0,
        cloudBandwidth: rateLimit ?? 0,
        shutdown: v.shutdown === true,
        parentUid: aUid ?? null,
        serviceKey: serviceKey ?? null,
        // A marketplace port of another company: its owner must approve the order first.
        approval:
          bUid === APPROVAL_PORT.productUid
            ? { status: "PENDING", company: APPROVAL_PORT.companyName }
            : null,
        price,
      });
      product.aEnd = end(aUid!, aVlan, num(aEndIn.innerVlan), aPartner, null, num(aEndIn.vNicIndex));
      // Azure dictates the B-end VLAN from the service key (the reference's step 2 notes).
      product.bEnd = end(
        bUid!,
        bVlan,
        num(bEndIn.innerVlan),
        bPartner,
        cloudKey?.vlan ? cloudKey.vlan : keyVlan,
        num(bEndIn.vNicIndex),
      );
      if (serviceKey) {
        const k = ctx.store.serviceKeys.get(serviceKey);
        if (k) k.lastUsed = ctx.store.time();
      }
      return [product];
    },
  };
}

const VXC_ENDS = [
  { end: "aEnd", label: "A-End" },
  { end: "bEnd", label: "B-End" },
] as const;

export function updateVxc(uid: string, b: Json, store: Store) {
  const p = updatable(store, uid, ["VXC"], "a VXC");
  refuse(termProblem(b.term), costCentreProblem(b.costCentre));
  if (b.rateLimit !== undefined) refuse(rateLimitProblem(b.rateLimit));
  for (const { end, label } of VXC_ENDS) {
    const target = b[`${end}ProductUid`];
    if (typeof target === "string" && target !== p[end]?.productUid) {
      const t = store.products.get(target);
      if (!t || !store.isActive(t) || !["MEGAPORT", "MCR2", "MVE"].includes(t.productType))
        throw new HttpError(
          400,
          `Cannot move the ${end} to ${target}: not an active Port, MCR or MVE of yours`,
        );
    }
    const vlan = b[`${end}Vlan`];
    const portUid = typeof target === "string" ? target : p[end]?.productUid;
    refuse(
      vlanProblem(label, vlan, true),
      vlanProblem(`${label} inner`, b[`${end}InnerVlan`], true),
      typeof vlan === "number" && portUid ? vlanTakenProblem(store, label, portUid, vlan, uid) : undefined,
    );
    const vnicKey = end === "aEnd" ? "aVnicIndex" : "bVnicIndex";
    const endProduct = store.products.get(typeof target === "string" ? target : (p[end]?.productUid ?? ""));
    refuse(vnicIndexProblem(label, endProduct, b[vnicKey]));
    const config = b[`${end}Config`] as Json | undefined;
    if (config && config.interfaces === undefined && config.connectType !== "VROUTER")
      throw new HttpError(400, "Only vRouter partner configuration can be changed on an existing VXC");
    if (config && endProduct?.productType === "MCR2") refuse(...vrouterProblems(config, endProduct, label));
  }
  applyFields(p, b, {
    ...COMMON_FIELDS,
    rateLimit: ["rateLimit", "number"],
    shutdown: ["shutdown", "boolean"],
  });
  for (const { end } of VXC_ENDS) {
    const state = p[end];
    if (!state) continue;
    const productUid = b[`${end}ProductUid`];
    const vlan = b[`${end}Vlan`];
    const innerVlan = b[`${end}InnerVlan`];
    if (typeof productUid === "string") {
      // A moved A-end moves the VXC to its new port: the old one no longer carries it.
      if (end === "aEnd" && p.parentUid === state.productUid) p.parentUid = productUid;
      state.productUid = productUid;
    }
    if (typeof vlan === "number") state.vlan = vlan === 0 ? store.assignVlan(state.productUid) : vlan;
    if (typeof innerVlan === "number") state.innerVlan = innerVlan;
    const vnic = b[end === "aEnd" ? "aVnicIndex" : "bVnicIndex"];
    if (typeof vnic === "number") state.vNicIndex = vnic;
    if (b[`${end}Config`] !== undefined) state.partnerConfig = b[`${end}Config`] as Json;
  }
  store.save();
  return ok(`VXC ${uid} has been updated`, updatedProductView(store, p, vxcView));
}

export function vxcView(store: Store, v: StoredProduct) {
  const status = store.status(v);
  const end = (e: StoredProduct["aEnd"]) => {
    const info = endpointInfo(store, e?.productUid ?? "");
    return {
      productUid: e?.productUid ?? null,
      productName: info?.productName ?? null,
      locationId: info?.locationId ?? null,
      location: info ? (locationById(info.locationId)?.name ?? null) : null,
      locationDetail: info ? locationDetail(info.locationId) : null,
      vlan: e?.vlan ?? null,
      innerVlan: e?.innerVlan ?? null,
      // Only an MVE end has a vNIC.
      vNicIndex: e?.vNicIndex ?? null,
      ownerUid: info?.ownerUid ?? null,
      diversityZone: info?.diversityZone ?? null,
      connectType: info?.connectType ?? "DEFAULT",
      secondaryName: null,
    };
  };
  const csp = cspConnection(store, v);
  const mcrEnd = [v.aEnd, v.bEnd]
    .map((e) => store.products.get(e?.productUid ?? ""))
    .find((p) => p?.productType === "MCR2");
  const decommissioned = status === "DECOMMISSIONED";
  return {
    ...commonView(store, v),
    nServiceId: v.productId,
    rateLimit: v.rateLimit,
    maximumRate: 10000,
    shutdown: v.shutdown,
    up: status === "LIVE" && !v.shutdown,
    distanceBand: "METRO",
    aEnd: end(v.aEnd),
    bEnd: end(v.bEnd),
    resources: {
      interface: [],
      ...(mcrEnd
        ? {
            virtual_router: {
              mcrAsn: mcrEnd.mcrAsn,
              resource_name: "virtual_router",
              resource_type: "virtual_router",
              speed: mcrEnd.portSpeed,
              bgpShutdownDefault: false,
            },
          }
        : {}),
      // A decommissioned VXC reports `vll: []` (megaportgo vxc_types.go unmarshals both forms).
      vll: decommissioned
        ? []
        : {
            a_vlan: v.aEnd?.vlan ?? null,
            b_vlan: v.bEnd?.vlan ?? null,
            rate_limit_mbps: v.rateLimit,
            resource_name: "vll",
            resource_type: "vll",
            shutdown: v.shutdown,
            up: status === "LIVE" ? 1 : 0,
          },
      ...(csp ? { csp_connection: csp } : {}),
    },
  };
}
