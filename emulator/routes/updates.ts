// Product PUTs: each product's route, the rules it checks (shared with orders) and the fields it
// changes. Only CONFIGURED or LIVE products can be updated, as on the real API.
import { HttpError, ok } from "../http";
import {
  asnProblem,
  costCentreProblem,
  macProblem,
  rateLimitProblem,
  termProblem,
  vlanProblem,
  vlanTakenProblem,
  vrouterProblems,
} from "../rules";
import { vnicIndexProblem } from "../orderChecker";
import { StoredProduct, ProductType, Store } from "../store";
import { productView, technicalServiceView } from "../views";
import { EmulatorState, Route, ownProduct } from "./route";
import { fieldsOf, type Json } from "../json";

type FieldType = "string" | "number" | "boolean";
/** Request field → [product field, the JSON type it must have to be applied]. */
export type FieldTable = Record<string, [keyof StoredProduct, FieldType]>;

/** Copies each request field of the right type onto the product field it maps to. */
export function applyFields(p: StoredProduct, body: Json, table: FieldTable): void {
  for (const [from, [to, type]] of Object.entries(table))
    if (typeof body[from] === type) (p as unknown as Json)[to] = body[from];
}

function refuse(...problems: Array<string | undefined>): void {
  const first = problems.find((p) => p !== undefined);
  if (first) throw new HttpError(400, first);
}

function updatable(store: Store, uid: string, types: ProductType[], noun: string) {
  const p = ownProduct(store, uid);
  if (!types.includes(p.productType)) throw new HttpError(400, `Product ${uid} is not ${noun}`);
  if (p.locked) throw new HttpError(400, `Service ${uid} is locked: unlock it before changing it`);
  const status = store.status(p);
  if (status !== "CONFIGURED" && status !== "LIVE")
    throw new HttpError(
      400,
      `Product ${uid} cannot be updated while ${status}: only CONFIGURED or LIVE services can be updated`,
    );
  return p;
}

const COMMON_FIELDS: FieldTable = {
  name: ["productName", "string"],
  costCentre: ["costCentre", "string"],
  term: ["term", "number"],
};

function updatePortOrMcr(uid: string, b: Json, { store }: EmulatorState, route?: string) {
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

/**
 * A VXC or IX update's answer: the whole product, which megaportgo decodes here (UpdateVXCResponse,
 * UpdateIXResponse), with the technical-service fields the 2018 reference shows on top of it.
 */
function updatedProductView(store: Store, p: StoredProduct) {
  return { ...technicalServiceView(store, p), ...productView(store, p) };
}

const VXC_ENDS = [
  { end: "aEnd", label: "A-End" },
  { end: "bEnd", label: "B-End" },
] as const;

function updateVxc(uid: string, b: Json, { store }: EmulatorState) {
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
  return ok(`VXC ${uid} has been updated`, updatedProductView(store, p));
}

function updateIx(uid: string, b: Json, { store }: EmulatorState) {
  const p = updatable(store, uid, ["IX"], "an IX");
  refuse(
    b.macAddress === undefined ? undefined : macProblem(b.macAddress),
    b.asn === undefined ? undefined : asnProblem("ASN", b.asn),
    b.rateLimit === undefined ? undefined : rateLimitProblem(b.rateLimit),
    costCentreProblem(b.costCentre),
    vlanProblem("IX", b.vlan, false),
    typeof b.vlan === "number" && p.parentUid
      ? vlanTakenProblem(store, "IX", p.parentUid, b.vlan, uid)
      : undefined,
  );
  applyFields(p, b, {
    ...COMMON_FIELDS,
    rateLimit: ["rateLimit", "number"],
    vlan: ["vlan", "number"],
    asn: ["asn", "number"],
    publicGraph: ["publicGraph", "boolean"],
    reverseDns: ["reverseDns", "string"],
    shutdown: ["shutdown", "boolean"],
  });
  if (typeof b.macAddress === "string") p.macAddress = b.macAddress.toLowerCase();
  store.save();
  return ok(`IX Service ${p.productId} has been updated`, updatedProductView(store, p));
}

/** PUT /v2/product/mve/{uid}: name, term, cost centre, and vNIC descriptions by position. */
function updateMve(uid: string, b: Json, { store }: EmulatorState) {
  const p = updatable(store, uid, ["MVE"], "an MVE");
  refuse(termProblem(b.term), costCentreProblem(b.costCentre));
  if (b.vnics !== undefined) {
    const vnics = Array.isArray(b.vnics) ? (b.vnics as Json[]) : [];
    if (vnics.length !== p.vnics.length)
      throw new HttpError(400, `The MVE has ${p.vnics.length} vNICs: give a description for each, in order`);
    if (vnics.some((v) => typeof v.description !== "string" || !v.description.trim()))
      throw new HttpError(400, "Every vNIC needs a description");
    vnics.forEach((v, i) => (p.vnics[i] = { ...p.vnics[i], description: String(v.description) }));
  }
  applyFields(p, b, { ...COMMON_FIELDS, marketplaceVisibility: ["marketplaceVisibility", "boolean"] });
  store.save();
  return ok(`MVE [${uid}] has been updated`, technicalServiceView(store, p));
}

export const updateRoutes: Route[] = [
  {
    method: "PUT",
    path: /^\/v2\/product\/mve\/([^/]+)$/,
    handle: (request, [uid], emulator) => updateMve(uid, fieldsOf(request.body), emulator),
  },
  {
    method: "PUT",
    path: /^\/v2\/product\/(megaport|mcr2)\/([^/]+)$/,
    handle: (request, [route, uid], emulator) =>
      updatePortOrMcr(uid, fieldsOf(request.body), emulator, route),
  },
  {
    method: "PUT",
    path: /^\/(?:v2|v3)\/product\/vxc\/([^/]+)$/,
    handle: (request, [uid], emulator) => updateVxc(uid, fieldsOf(request.body), emulator),
  },
  {
    method: "PUT",
    path: /^\/v2\/product\/ix\/([^/]+)$/,
    handle: (request, [uid], emulator) => updateIx(uid, fieldsOf(request.body), emulator),
  },
  {
    // The v2 reference's form, without the product type in the path.
    method: "PUT",
    path: /^\/v2\/product\/([0-9a-fA-F-]{8,})$/,
    handle: (request, [uid], emulator) => updatePortOrMcr(uid, fieldsOf(request.body), emulator),
  },
];
