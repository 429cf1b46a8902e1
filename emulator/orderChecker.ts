// Network design validate and buy: every rule the emulator enforces on an order, and the products a
// successful buy creates. Validate and buy share one checker, so buy re-checks everything.
import {
  APPROVAL_PORT,
  FOREIGN_PORT,
  FOREIGN_SERVICE_KEYS,
  PRICES,
  currencyOf,
  locatedMonthlyRack,
  roundCents,
  locationById,
  partnerPortByUid,
} from "./catalogue";
import { IMAGE_VENDORS, MVE_MONTHLY, REQUIRED_VENDOR_FIELDS, mveImageById, vendorKey } from "./mveCatalogue";
import { cloudKeyFor, endpointInfo } from "./views";
import { StoredProduct, ProductType, Store, VxcEndState, newProduct } from "./store";
import {
  TERMS,
  asnProblem,
  costCentreProblem,
  ibmProblems,
  ipsecAddOnProblem,
  vrouterProblems,
  macProblem,
  rateLimitProblem,
  termProblem,
  vlanProblem,
  vlanTakenProblem,
} from "./rules";
import { num, obj, str, type Json } from "./json";

const CLOUD_TYPES = ["AWS", "AWSHC", "AZURE", "GOOGLE", "ORACLE", "IBM", "NUTANIX", "ALIBABA"];

/** One service of an order, as listed in the validate response. */
export interface CheckedService {
  serviceName: string;
  productType: ProductType;
  productUid: string;
  market: string | null;
  metro?: string | null;
  errors: string[];
  price: { monthlyRate: number; currency: string } | null;
  /** What to create on buy: one product, or one per port of a LAG (primary first). */
  create: () => StoredProduct[];
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

/** Collects the problems that are not undefined. */
function problems(...found: Array<string | undefined>): string[] {
  return found.filter((p): p is string => p !== undefined);
}

export class OrderChecker {
  /** VLANs claimed per port by earlier items of this order. */
  private readonly vlanClaims = new Map<string, Set<number>>();

  constructor(private readonly store: Store) {}

  /** An end's VLAN: in range, and free on the port (also of this order's earlier claims). */
  private vlanProblems(
    label: string,
    portUid: string | undefined,
    vlan: number | undefined,
    allowUntagged: boolean,
  ) {
    const range = vlanProblem(label, vlan, allowUntagged);
    if (range || vlan === undefined || !portUid || !this.store.products.has(portUid)) return problems(range);
    const claimed = this.vlanClaims.get(portUid) ?? new Set<number>();
    this.vlanClaims.set(portUid, claimed);
    const taken = vlanTakenProblem(this.store, label, portUid, vlan, undefined, claimed);
    claimed.add(vlan);
    return problems(taken);
  }

  /** Checks a whole order (a bare array of items) and returns one entry per service. */
  check(items: unknown): CheckedService[] | string {
    if (!Array.isArray(items)) return "Order must be an array of order items";
    const services: CheckedService[] = [];
    for (const raw of items) {
      const item = obj(raw);
      if (!item) return "Each order item must be an object";
      const parentUid = str(item.productUid);
      const pendingParent = parentUid
        ? undefined
        : item.productType === "MVE"
          ? this.newMve(item, services)
          : this.newPortOrMcr(item, services);
      const parent = parentUid ?? pendingParent;
      for (const vxc of (item.associatedVxcs as unknown[] | undefined) ?? [])
        services.push(this.vxc(obj(vxc) ?? {}, parent, item, services));
      for (const ix of (item.associatedIxs as unknown[] | undefined) ?? [])
        services.push(this.ix(obj(ix) ?? {}, parent, services));
    }
    return services;
  }

  /** A new Port or MCR item; returns the uid the created product will have. */
  private newPortOrMcr(item: Json, services: CheckedService[]): string {
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
      const offered = [
        ...new Set(offers.flatMap((o) => (isMcr ? o.mcrSpeedMbps : o.megaportSpeedMbps))),
      ].sort((a, b) => a - b);
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
    const addOns = isMcr ? this.mcrAddOns(item.addOns, errors) : [];
    const lag = num(item.lagPortCount);
    if (lag !== undefined && (!Number.isInteger(lag) || lag < 0 || lag > 8))
      errors.push(`lagPortCount ${lag} must be 1-8`);
    // LAGs bundle 10, 100 or 400 Gbps ports (the Terraform provider's lag_port rule).
    else if (lag && speed !== undefined && ![10000, 100000, 400000].includes(speed))
      errors.push(`A LAG's ports must be 10000, 100000 or 400000 Mbps; got ${speed}`);
    const costCentre = str(item.costCentre) ?? "";
    errors.push(...problems(costCentreProblem(costCentre)));

    const uid = this.store.newUid();
    const market = location?.market ?? null;
    const term = num(item.term) ?? 1;
    const monthly =
      locatedMonthlyRack(isMcr ? "MCR2" : "MEGAPORT", speed ?? 1000) * (isMcr ? 1 : Math.max(1, lag ?? 1));
    const price = {
      monthlyRate: roundCents(monthly * (PRICES.termDiscount[term] ?? 1)),
      currency: currencyOf(market),
    };
    services.push({
      serviceName: productName,
      productType: isMcr ? "MCR2" : "MEGAPORT",
      productUid: uid,
      market,
      metro: location?.metro ?? null,
      errors,
      price,
      create: () => {
        const port = (memberUid: string) =>
          newProduct(this.store, memberUid, type, {
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
            addOns: addOns.map((a) => ({ ...a, addOnUid: this.store.newUid() })),
            price,
          });
        const primary = port(uid);
        if (isMcr || !lag) return [primary];
        // A LAG is one port per member, sharing an aggregationId (megaportgo port_types.go).
        const members = [primary, ...Array.from({ length: lag - 1 }, () => port(this.store.newUid()))];
        for (const m of members) m.aggregationId = primary.productId;
        primary.lagPrimary = true;
        return members;
      },
    });
    return uid;
  }

  /** A new MVE item (megaportgo mve_types.go): location, image, size, vendor fields and vNICs. */
  private newMve(item: Json, services: CheckedService[]): string {
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

    const uid = this.store.newUid();
    const term = num(item.term) ?? 1;
    const market = location?.market ?? null;
    const price = {
      monthlyRate: roundCents((MVE_MONTHLY[size ?? ""] ?? 500) * (PRICES.termDiscount[term] ?? 1)),
      currency: currencyOf(market),
    };
    services.push({
      serviceName: productName,
      productType: "MVE",
      productUid: uid,
      market,
      metro: location?.metro ?? null,
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
          newProduct(this.store, uid, "MVE", {
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
    });
    return uid;
  }

  /** An MCR order's add-ons: IPsec only, with 10, 20 or 30 tunnels (0 means 10, as megaportgo sends it). */
  private mcrAddOns(raw: unknown, errors: string[]) {
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

  /** Our own product, or one created earlier in the same order. */
  private ownProduct(uid: string | undefined, services: CheckedService[]) {
    if (!uid) return undefined;
    const existing = this.store.products.get(uid);
    if (existing)
      return {
        type: existing.productType,
        locationId: existing.locationId,
        speed: existing.portSpeed,
        status: this.store.status(existing),
        product: existing,
      };
    const pending = services.find((s) => s.productUid === uid);
    if (pending)
      return {
        type: pending.productType,
        locationId: undefined,
        speed: undefined,
        status: "DEPLOYABLE",
        product: undefined,
      };
    return undefined;
  }

  private vxc(
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

    const a = this.ownProduct(aUid, services);
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
      bInfo = endpointInfo(this.store, bUid);
      const own = this.ownProduct(bUid, services);
      if (!bInfo && !own) errors.push(`B-End ${bUid} does not exist`);
      const partner = partnerPortByUid(bUid);
      if (partner && !partner.vxcPermitted) errors.push(`VXCs are not permitted to ${partner.title}`);
      if (own && own.product && !this.store.isActive(own.product))
        errors.push(`B-End ${bUid} is ${own.status}`);
      if (bUid === FOREIGN_PORT.productUid) {
        if (!serviceKey)
          errors.push(`B-End ${bUid} belongs to ${FOREIGN_PORT.companyName}: a service key is required`);
        else if (!FOREIGN_SERVICE_KEYS.includes(serviceKey))
          errors.push(`Service key is not valid for B-End ${bUid}`);
      } else if (serviceKey) {
        const k = this.store.serviceKeys.get(serviceKey);
        const now = this.store.time();
        if (!k || k.productUid !== bUid) errors.push(`Service key is not valid for B-End ${bUid}`);
        else if (
          !k.active ||
          (k.validFor && (now < k.validFor.start || now > k.validFor.end)) ||
          (k.singleUse && k.lastUsed !== null)
        )
          errors.push("Service key is not active, expired or already used");
        else {
          if (k.maxSpeed && rateLimit && rateLimit > k.maxSpeed)
            errors.push(`rateLimit ${rateLimit} exceeds the service key's maximum speed ${k.maxSpeed}`);
          keyVlan = k.vlan;
        }
      }
    }

    // Partner configuration: at the end, or (as the reference's AWS example) on the VXC item itself.
    const bPartner = obj(bEndIn.partnerConfig) ?? obj(v.partnerConfigs) ?? obj(item.partnerConfigs);
    const aPartner = obj(aEndIn.partnerConfig);
    const partner = bUid ? partnerPortByUid(bUid) : undefined;
    if (partner && CLOUD_TYPES.includes(partner.connectType)) {
      this.checkCloudConfig(partner.connectType, partner.productUid, bPartner, rateLimit, a?.type, errors);
    } else if (
      bPartner &&
      bPartner.connectType !== "TRANSIT" &&
      bPartner.connectType !== undefined &&
      partner
    ) {
      errors.push(`Partner config connectType ${String(bPartner.connectType)} does not match the B-End port`);
    }
    // The A-end is the orderer's own product: a cloud's configuration belongs at the cloud's port.
    if (aPartner && typeof aPartner.connectType === "string" && aPartner.connectType !== "VROUTER")
      errors.push(
        `Partner config connectType ${aPartner.connectType} does not match the A-End (${a?.type ?? "unknown"})`,
      );
    else if (aPartner) this.checkVrouterConfig(aPartner, a?.product, a?.type, "A-End", errors);
    const bOwn = bUid ? this.ownProduct(bUid, services) : undefined;
    if (bPartner && (bOwn?.type === "MCR2" || bOwn?.type === "NAT_GATEWAY"))
      this.checkVrouterConfig(bPartner, bOwn.product, bOwn.type, "B-End", errors);

    const aVlan = num(aEndIn.vlan);
    const bVlan = num(bEndIn.vlan);
    const aVnic = vnicIndexProblem("A-End", a?.product, aEndIn.vNicIndex);
    const bVnic = vnicIndexProblem(
      "B-End",
      bUid ? this.store.products.get(bUid) : undefined,
      bEndIn.vNicIndex,
    );
    errors.push(...problems(aVnic, bVnic));
    errors.push(...this.vlanProblems("A-End", aUid, aVlan, a?.type === "MEGAPORT"));
    if (bUid && this.store.products.has(bUid))
      errors.push(...this.vlanProblems("B-End", bUid, bVlan, bOwn?.type === "MEGAPORT"));
    errors.push(
      ...problems(
        vlanProblem("A-End inner", num(aEndIn.innerVlan), true),
        vlanProblem("B-End inner", num(bEndIn.innerVlan), true),
      ),
    );
    if (rateLimit && a?.speed && rateLimit > a.speed)
      errors.push(`rateLimit ${rateLimit} exceeds the A-End speed ${a.speed} Mbps`);

    const uid = this.store.newUid();
    const aLoc = a?.locationId ?? (aUid ? endpointInfo(this.store, aUid)?.locationId : undefined);
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
              ? this.store.products.has(u)
                ? this.store.assignVlan(u)
                : 100 + (this.store.time() % 3000)
              : vlan),
          innerVlan: inner ?? null,
          // An MVE end is on a vNIC: the first one unless the order names another.
          vNicIndex: this.store.products.get(u)?.productType === "MVE" ? (vnic ?? 0) : null,
          partnerConfig: pc ?? null,
        });
        const cloudKey =
          bPartner && partner
            ? cloudKeyFor(
                partner.connectType.toLowerCase(),
                String(bPartner.serviceKey ?? bPartner.pairingKey ?? bPartner.virtualCircuitId ?? ""),
              )
            : undefined;
        const product = newProduct(this.store, uid, "VXC", {
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
          const k = this.store.serviceKeys.get(serviceKey);
          if (k) k.lastUsed = this.store.time();
        }
        return [product];
      },
    };
  }

  private checkCloudConfig(
    type: string,
    portUid: string,
    cfg: Json | undefined,
    rateLimit: number | undefined,
    aType: string | undefined,
    errors: string[],
  ) {
    if (!cfg) {
      errors.push(`Partner configuration is required for a ${type} B-End`);
      return;
    }
    if (cfg.connectType !== type) {
      errors.push(
        `Partner config connectType ${String(cfg.connectType)} does not match the B-End port (${type})`,
      );
      return;
    }
    if (type === "AWS" || type === "AWSHC") {
      if (!/^\d{12}$/.test(String(cfg.ownerAccount ?? "")))
        errors.push("AWS ownerAccount must be a 12-digit AWS account id");
      if (type === "AWS" && !["private", "public", "transit"].includes(String(cfg.type ?? "")))
        errors.push("AWS type must be private, public or transit");
      if (cfg.asn !== undefined && cfg.asn !== null) errors.push(...problems(asnProblem("AWS asn", cfg.asn)));
      if (
        type === "AWS" &&
        cfg.type === "public" &&
        typeof cfg.prefixes === "string" &&
        /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(cfg.prefixes)
      ) {
        errors.push(`Prefix (${cfg.prefixes}) must be a publicly routable network`);
      }
      return;
    }
    if (type === "IBM") {
      errors.push(...ibmProblems(cfg, aType));
      return;
    }
    const keyField =
      type === "GOOGLE"
        ? "pairingKey"
        : type === "ORACLE"
          ? "virtualCircuitId"
          : type === "ALIBABA"
            ? "vbrOwnerId"
            : "serviceKey";
    const key = str(cfg[keyField]);
    if (!key) {
      errors.push(`${type} partner config requires ${keyField}`);
      return;
    }
    if (type === "ALIBABA") return;
    const cloudKey = cloudKeyFor(type.toLowerCase(), key);
    if (!cloudKey) errors.push(`${type} ${keyField} was not recognised`);
    else if (!cloudKey.portUids.includes(portUid))
      errors.push(`${type} ${keyField} does not belong to B-End ${portUid}`);
    else if (
      type === "GOOGLE" &&
      rateLimit &&
      cloudKey.bandwidths &&
      !cloudKey.bandwidths.includes(rateLimit)
    ) {
      errors.push(
        `rateLimit ${rateLimit} is not one of Google's bandwidths: ${cloudKey.bandwidths.join(", ")}`,
      );
    }
  }

  private checkVrouterConfig(
    cfg: Json,
    end: StoredProduct | undefined,
    endType: string | undefined,
    label: string,
    errors: string[],
  ) {
    if (cfg.connectType === "TRANSIT") return;
    const interfaces = cfg.interfaces;
    if (interfaces === undefined) return;
    if (endType !== "MCR2" && endType !== "NAT_GATEWAY") {
      errors.push(`${label} vRouter configuration is only valid on an MCR or NAT gateway`);
      return;
    }
    if (!Array.isArray(interfaces)) {
      errors.push(`${label} partnerConfig.interfaces must be an array`);
      return;
    }
    errors.push(...vrouterProblems(cfg, end, label));
  }

  private ix(x: Json, parentUid: string | undefined, services: CheckedService[]): CheckedService {
    const errors: string[] = [];
    const productName = str(x.productName) ?? "";
    if (!productName.trim()) errors.push("productName is required");
    const port = this.ownProduct(parentUid, services);
    const type = str(x.networkServiceType) ?? "";
    if (!parentUid || !port) errors.push(`Port ${String(parentUid)} is not one of your services`);
    else if (port.type !== "MEGAPORT") errors.push(`An IX can only be ordered on a Port, not ${port.type}`);
    else if (port.product) {
      const location = locationById(port.product.locationId);
      if (!location?.ixTypes.includes(type))
        errors.push(`IX type ${type || "(missing)"} is not available at location ${port.product.locationId}`);
      const duplicate = this.store
        .children(port.product.productUid)
        .some((c) => c.productType === "IX" && this.store.isActive(c) && c.networkServiceType === type);
      if (duplicate)
        errors.push(`Interface ${port.product.productId} already has ${type}, and only one is permitted`);
    }
    errors.push(
      // megaportgo sends "asn": 0 (no omitempty) for a Terraform IX without one, and the live API
      // takes it (the Terraform provider's asn is optional and computed): 0 is accepted as sent.
      ...problems(
        x.asn === 0 ? undefined : asnProblem("ASN", x.asn),
        macProblem(x.macAddress),
        rateLimitProblem(x.rateLimit),
      ),
    );
    const rateLimit = num(x.rateLimit);
    const vlan = num(x.vlan);
    errors.push(...this.vlanProblems("IX", parentUid, vlan, false));
    const uid = this.store.newUid();
    const market = port?.product ? (locationById(port.product.locationId)?.market ?? null) : null;
    const price = {
      monthlyRate: roundCents(PRICES.ixMonthlyBase + (rateLimit ?? 0) * PRICES.ixMonthlyPerMbps),
      currency: currencyOf(market),
    };
    return {
      serviceName: productName,
      productType: "IX",
      productUid: uid,
      market,
      metro: port?.product ? (locationById(port.product.locationId)?.metro ?? null) : null,
      errors,
      price,
      create: () => {
        const ix = newProduct(this.store, uid, "IX", {
          productName,
          locationId: port?.product?.locationId ?? 0,
          term: num(x.term) ?? 1,
          costCentre: str(x.costCentre) ?? "",
          promoCode: str(x.promoCode) ?? null,
          rateLimit: rateLimit ?? 0,
          shutdown: x.shutdown === true,
          parentUid: parentUid ?? null,
          networkServiceType: type,
          asn: num(x.asn) ?? null,
          macAddress: String(x.macAddress).toLowerCase(),
          publicGraph: x.publicGraph !== false,
          reverseDns: str(x.reverseDns) ?? null,
          price,
        });
        ix.vlan = vlan === undefined || vlan === 0 ? this.store.assignVlan(parentUid!) : vlan;
        return [ix];
      },
    };
  }
}

/** The validate response's per-service item, as the reference shows it. */
export function validateItemView(s: CheckedService): Json {
  const base = {
    serviceName: s.serviceName,
    productType: s.productType === "MCR2" ? "MEGAPORT" : s.productType,
    productUid: s.productUid,
  };
  if (s.errors.length > 0) return { ...base, error: s.errors.join("; ") };
  return {
    price: {
      hourlySetup: null,
      dailySetup: 0,
      monthlySetup: 0,
      hourlyRate: null,
      dailyRate: null,
      monthlyRate: s.price?.monthlyRate ?? 0,
      currency: s.price?.currency ?? "USD",
      key: null,
      empty: false,
    },
    ...base,
    market: s.market,
    metro: s.metro,
  };
}
