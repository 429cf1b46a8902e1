// Internet Exchange services: ordered on a Port (associatedIxs), updated with PUT /v2/product/ix/{uid},
// and the IX as GET shows it (its peering addresses and BGP session).
import { PRICES } from "../data/catalogue";
import { ok } from "../http/http";
import { type Json, num, str } from "../model/json";
import { locationById } from "../model/places";
import { currencyOf, roundCents } from "../model/pricing";
import {
  asnProblem,
  costCentreProblem,
  macProblem,
  rateLimitProblem,
  vlanProblem,
  vlanTakenProblem,
} from "../model/rules";
import { newProduct, Store, type StoredProduct } from "../model/store";
import { type CheckedService, OrderContext, problems } from "./orderContext";
import { applyFields, COMMON_FIELDS, refuse, updatable, updatedProductView } from "./update";
import { commonView } from "./productView";

export function orderIx(
  ctx: OrderContext,
  x: Json,
  parentUid: string | undefined,
  services: CheckedService[],
): CheckedService {
  const errors: string[] = [];
  const productName = str(x.productName) ?? "";
  if (!productName.trim()) errors.push("productName is required");
  const port = ctx.ownProduct(parentUid, services);
  const type = str(x.networkServiceType) ?? "";
  if (!parentUid || !port) errors.push(`Port ${String(parentUid)} is not one of your services`);
  else if (port.type !== "MEGAPORT") errors.push(`An IX can only be ordered on a Port, not ${port.type}`);
  else if (port.product) {
    const location = locationById(port.product.locationId);
    if (!location?.ixTypes.includes(type))
      errors.push(`IX type ${type || "(missing)"} is not available at location ${port.product.locationId}`);
    const duplicate = ctx.store
      .children(port.product.productUid)
      .some((c) => c.productType === "IX" && ctx.store.isActive(c) && c.networkServiceType === type);
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
  errors.push(...ctx.vlanProblems("IX", parentUid, vlan, false));
  const uid = ctx.store.newUid();
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
      const ix = newProduct(ctx.store, uid, "IX", {
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
      ix.vlan = vlan === undefined || vlan === 0 ? ctx.store.assignVlan(parentUid!) : vlan;
      return [ix];
    },
  };
}

export function updateIx(uid: string, b: Json, store: Store) {
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
  return ok(`IX Service ${p.productId} has been updated`, updatedProductView(store, p, ixView));
}

export function ixView(store: Store, ix: StoredProduct) {
  const ixType = ix.networkServiceType ?? "";
  // Each IX gets an address of its own on the exchange's peering LAN.
  const ipv4 = `103.26.${68 + (Math.floor(ix.productId / 250) % 2)}.${(ix.productId % 250) + 2}`;
  return {
    ...commonView(store, ix),
    // The reference shows it null.
    locationUid: null,
    term: ix.term,
    deployDate: store.liveDate(ix),
    rateLimit: ix.rateLimit,
    promoCode: ix.promoCode,
    vlan: ix.vlan,
    macAddress: ix.macAddress,
    asn: ix.asn,
    networkServiceType: ixType,
    publicGraph: ix.publicGraph,
    reverseDns: ix.reverseDns,
    shutdown: ix.shutdown,
    ixPeerMacro: `AS-${ix.asn}`,
    resources: {
      interface: {
        demarcation: "",
        description: ix.companyName,
        id: ix.productId,
        loa_template: null,
        media: "LR",
        name: "Ethernet1/1",
        port_speed: 10000,
        resource_name: "interface",
        resource_type: "interface",
        up: 1,
        shutdown: ix.shutdown,
      },
      bgp_connection: [
        {
          asn: ix.asn,
          customer_asn: ix.asn,
          customer_ip_address: ipv4,
          isp_asn: 58941,
          isp_ip_address: "103.26.68.1",
          ix_peer_policy: "open",
          max_prefixes: 1000,
          password: null,
          resource_name: "bgp_connection",
          resource_type: "bgp_connection",
          up: 1,
        },
      ],
      ip_address: [
        {
          address: `${ipv4}/23`,
          description: ix.companyName,
          id: ix.productId,
          resource_name: "ip_address",
          resource_type: "ip_address",
          version: 4,
          reverse_dns: ix.reverseDns,
        },
        {
          address: `2001:7fa:11:6::${ix.productId.toString(16)}/64`,
          description: ix.companyName,
          id: ix.productId + 1,
          resource_name: "ip_address",
          resource_type: "ip_address",
          version: 6,
          reverse_dns: ix.reverseDns,
        },
      ],
      vpls_interface: {
        mac_address: ix.macAddress,
        rate_limit_mbps: ix.rateLimit,
        resource_name: "vpls_interface",
        resource_type: "vpls_interface",
        vlan: ix.vlan,
        shutdown: ix.shutdown,
      },
    },
  };
}
