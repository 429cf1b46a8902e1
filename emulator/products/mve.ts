// MVEs (megaportgo mve_types.go): the order rules (image, size, vendor fields, vNICs), the update
// rules of PUT /v2/product/mve/{uid}, and the MVE as GET shows it.
import { PRICES } from "../data/catalogue";
import {
  IMAGE_VENDORS,
  MVE_IMAGE_GROUPS,
  MVE_MONTHLY,
  MVE_SIZES,
  type MveImageRecord,
  REQUIRED_VENDOR_FIELDS,
} from "../data/mveImages";
import { HttpError, ok } from "../http/http";
import { type Json, num, obj, str } from "../model/json";
import { locationById } from "../model/places";
import { currencyOf, roundCents } from "../model/pricing";
import { costCentreProblem, termProblem, vlanProblem } from "../model/rules";
import { newProduct, Store, type StoredProduct } from "../model/store";
import { atLocation, type CheckedService, OrderContext, problems } from "./orderContext";
import { commonView, technicalServiceView } from "./productView";
import { applyFields, COMMON_FIELDS, refuse, updatable } from "./update";
import { vxcView } from "./vxc";
/** A vendor name as one key: upper case, spaces and dashes as underscores ("Palo Alto" = "palo_alto"). */
export function vendorKey(vendor: string): string {
  return vendor
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, "_");
}

export function mveImageById(id: number): (MveImageRecord & { vendor: string; product: string }) | undefined {
  for (const g of MVE_IMAGE_GROUPS) {
    const found = g.images.find((i) => i.id === id);
    if (found) return { ...found, vendor: g.vendor, product: g.product };
  }
  return undefined;
}

/** A new MVE item (megaportgo mve_types.go): location, image, size, vendor fields and vNICs. */
export function orderMve(ctx: OrderContext, item: Json, services: CheckedService[]): string {
  const errors: string[] = [];
  const productName = str(item.productName) ?? "";
  if (!productName.trim()) errors.push("productName is required");
  const locationId = num(item.locationId);
  const location = locationId === undefined ? undefined : locationById(locationId);
  const zone = str(obj(item.config)?.diversityZone);
  if (!location) errors.push(`Location ${String(item.locationId)} does not exist`);
  else if (location.status !== "Active") errors.push(`Location ${location.id} is not accepting orders`);
  else if (location.zones.red.mcrSpeedMbps.length === 0 && location.zones.blue.mcrSpeedMbps.length === 0)
    errors.push(`MVE is not available at location ${location.id}`);
  if (zone !== undefined && zone !== "red" && zone !== "blue")
    errors.push(`Invalid diversityZone ${zone}: must be red or blue`);
  errors.push(...problems(termProblem(item.term), costCentreProblem(str(item.costCentre) ?? "")));

  const cfg = obj(item.vendorConfig) ?? {};
  const vendor = vendorKey(str(cfg.vendor) ?? "");
  const imageId = num(cfg.imageId);
  const image = imageId === undefined ? undefined : mveImageById(imageId);
  const size = str(cfg.productSize)?.toUpperCase() ?? (vendor === "PALO_ALTO" ? "SMALL" : undefined);
  if (!REQUIRED_VENDOR_FIELDS[vendor]) errors.push(`Unsupported MVE vendor ${String(cfg.vendor)}`);
  else
    for (const key of REQUIRED_VENDOR_FIELDS[vendor])
      if (!str(cfg[key])) errors.push(`vendorConfig.${key} is required for ${String(cfg.vendor)}`);
  if (!image) errors.push(`MVE image ${String(cfg.imageId)} does not exist`);
  else {
    if (![vendor, ...(IMAGE_VENDORS[vendor] ?? [])].includes(vendorKey(image.vendor)))
      errors.push(`MVE image ${image.id} is a ${image.vendor} image, not ${String(cfg.vendor)}`);
    if (!image.releaseImage) errors.push(`MVE image ${image.id} is not available for ordering`);
    if (!size) errors.push("vendorConfig.productSize is required");
    else if (!image.availableSizes.includes(size))
      errors.push(`MVE image ${image.id} does not run in size ${size}: ${image.availableSizes.join(", ")}`);
  }
  const vnicsIn = Array.isArray(item.vnics) ? (item.vnics as unknown[]).map((v) => obj(v) ?? {}) : [];
  if (vnicsIn.length < 1 || vnicsIn.length > 5) errors.push("An MVE must have 1-5 vnics");
  vnicsIn.forEach((v, i) => {
    if (!str(v.description)?.trim()) errors.push(`vnics[${i}].description is required`);
    errors.push(...problems(vlanProblem(`vnics[${i}]`, num(v.vlan) ?? 0, false)));
  });

  const uid = ctx.store.newUid();
  const term = num(item.term) ?? 1;
  const market = location?.market ?? null;
  const price = {
    monthlyRate: roundCents((MVE_MONTHLY[size ?? ""] ?? 500) * (PRICES.termDiscount[term] ?? 1)),
    currency: currencyOf(market),
  };
  services.push(
    atLocation(location, {
      serviceName: productName,
      productType: "MVE",
      productUid: uid,
      errors,
      price,
      create: () => {
        // A VLAN of 0 lets Megaport choose one: the lowest not used by the MVE's other vNICs.
        const asked = vnicsIn.map((v) => num(v.vlan) ?? 0);
        const vnics = asked.map((vlan, i) => {
          let chosen = vlan;
          for (let c = 2; chosen === 0; c++) if (!asked.includes(c)) chosen = c;
          asked[i] = chosen;
          return { description: str(vnicsIn[i].description) ?? "", vlan: chosen };
        });
        return [
          newProduct(ctx.store, uid, "MVE", {
            productName,
            locationId: locationId ?? 0,
            term,
            costCentre: str(item.costCentre) ?? "",
            diversityZone: zone ?? "red",
            promoCode: str(item.promoCode) ?? null,
            resourceTags: Array.isArray(item.resourceTags)
              ? (item.resourceTags as Array<{ key: string; value: string }>)
              : [],
            vendor,
            mveSize: size ?? null,
            imageId: imageId ?? null,
            vnics,
            price,
          }),
        ];
      },
    }),
  );
  return uid;
}

/** PUT /v2/product/mve/{uid}: name, term, cost centre, and vNIC descriptions by position. */
export function updateMve(uid: string, b: Json, store: Store) {
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

/** An MVE as GET /v2/product/{uid} shows it (megaportgo mve_types.go); never its vendor configuration. */
export function mveView(store: Store, p: StoredProduct) {
  // Every VXC and IX, decommissioned ones too: megaportgo filters inactive ones out itself.
  const children = store.children(p.productUid);
  const image = p.imageId === null ? undefined : mveImageById(p.imageId);
  const size = MVE_SIZES.find((s) => s.size === p.mveSize);
  return {
    ...commonView(store, p),
    marketplaceVisibility: p.marketplaceVisibility,
    vxcpermitted: true,
    vxcAutoApproval: false,
    virtual: true,
    buyoutPort: false,
    vendor: p.vendor,
    mveSize: p.mveSize,
    diversityZone: p.diversityZone,
    vnics: p.vnics,
    associatedVxcs: children.filter((c) => c.productType === "VXC").map((c) => vxcView(store, c)),
    associatedIxs: [],
    resources: {
      interface: {
        demarcation: "",
        description: "",
        id: p.productId,
        loa_template: null,
        media: "Virtual",
        name: "",
        port_speed: null,
        resource_name: "interface",
        resource_type: "interface",
        up: store.status(p) === "LIVE" ? 1 : 0,
      },
      virtual_machine: [
        {
          id: p.productId,
          cpu_count: size?.cpuCoreCount ?? null,
          image: image
            ? { id: image.id, vendor: image.vendor, product: image.product, version: image.version }
            : null,
          resource_type: "virtual_machine",
          up: store.status(p) === "LIVE",
          vnics: p.vnics.map((v, i) => ({ vlan: v.vlan, description: v.description, index: i })),
        },
      ],
    },
  };
}
