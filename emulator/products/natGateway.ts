// NAT gateways in the emulator: a design record made by POST /v3/products/nat_gateways (status
// DESIGN), validated and bought by its UID alone through the v3 network-design routes, then
// provisioned like any product (megaportgo nat_gateway.go). The rules here are the API's as
// megaportgo and the Terraform provider check them: name, location, speed offered there, term,
// and a speed/session pair from the sessions matrix.
import { Company, NAT_GATEWAY_SESSIONS, PRICES } from "../data/catalogue";
import { locationById, natGatewaySpeeds } from "../model/places";
import { currencyOf, roundCents } from "../model/pricing";
import { HttpError } from "../http/http";
import { TERMS, asnProblem } from "../model/rules";
import { NatGatewayConfig, StoredProduct, Store, newProduct } from "../model/store";
import { num, type Json } from "../model/json";

const DEFAULT_NAT_ASN = 64512;

/** What a create or update body asks for, or the problems with it (every one, in the API's words). */
export function natGatewayProblems(body: Json, existing?: StoredProduct): string[] {
  const problems: string[] = [];
  const name = typeof body.productName === "string" ? body.productName.trim() : "";
  if (!name) problems.push("productName is required");
  const locationId = num(body.locationId) ?? 0;
  const location = locationById(locationId);
  const speed = num(body.speed) ?? 0;
  const term = num(body.term);
  const config = (body.config ?? {}) as Json;
  const zone = String(config.diversityZone ?? "");
  if (!location) problems.push(`Location ${locationId} does not exist`);
  else if (existing && existing.locationId !== locationId)
    problems.push("locationId cannot be changed: order a new NAT gateway");
  else {
    const zones =
      zone === "red" || zone === "blue" ? [location.zones[zone]] : [location.zones.red, location.zones.blue];
    const speeds = zones.flatMap(natGatewaySpeeds);
    if (speeds.length === 0) problems.push(`NAT gateways are not offered at ${location.name}`);
    else if (!speeds.includes(speed))
      problems.push(
        `Speed ${speed} Mbps is not offered at ${location.name}: ${[...new Set(speeds)].join(", ")}`,
      );
  }
  if (zone && zone !== "red" && zone !== "blue")
    problems.push(`Invalid diversityZone ${zone}: must be red or blue`);
  if (term === undefined || !TERMS.includes(term))
    problems.push(`Invalid term ${String(term)}: must be one of ${TERMS.join(", ")}`);
  const sessions = num(config.sessionCount) ?? 0;
  const row = NAT_GATEWAY_SESSIONS.find((m) => m.speedMbps === speed);
  if (row && !row.sessionCount.includes(sessions))
    problems.push(`sessionCount ${sessions} is not offered at ${speed} Mbps: ${row.sessionCount.join(", ")}`);
  if (config.asn !== undefined && config.asn !== null && config.asn !== 0) {
    const p = asnProblem("asn", config.asn);
    if (p) problems.push(p);
  }
  return problems;
}

function configOf(body: Json): NatGatewayConfig {
  const c = (body.config ?? {}) as Json;
  return {
    asn: num(c.asn) || DEFAULT_NAT_ASN,
    bgpShutdownDefault: c.bgpShutdownDefault === true,
    diversityZone: String(c.diversityZone ?? "") || "red",
    sessionCount: num(c.sessionCount) ?? 0,
  };
}

function tagsOf(body: Json): Array<{ key: string; value: string }> {
  return Array.isArray(body.resourceTags) ? (body.resourceTags as Array<{ key: string; value: string }>) : [];
}

/** POST /v3/products/nat_gateways: a design, nothing bought. */
export function createNatGatewayDesign(store: Store, body: Json, company: Company): StoredProduct {
  const problems = natGatewayProblems(body);
  if (problems.length > 0)
    throw new HttpError(400, `Validation failed ${problems.join("; ")}`, problems.join("; "));
  const natConfig = configOf(body);
  const p = newProduct(store, store.newUid(), "NAT_GATEWAY", {
    productName: String(body.productName),
    companyUid: company.companyUid,
    companyName: company.companyName,
    locationId: num(body.locationId) ?? 0,
    term: num(body.term) ?? 1,
    portSpeed: num(body.speed) ?? 0,
    promoCode: typeof body.promoCode === "string" ? body.promoCode : null,
    resourceTags: tagsOf(body),
    autoRenewTerm: body.autoRenewTerm === true,
    natConfig,
    diversityZone: natConfig.diversityZone,
    design: true,
  });
  store.products.set(p.productUid, p);
  store.save();
  return p;
}

/** PUT /v3/products/nat_gateways/{uid}: the whole gateway replaced, its location kept. */
export function replaceNatGateway(store: Store, p: StoredProduct, body: Json): void {
  const problems = natGatewayProblems(body, p);
  if (problems.length > 0)
    throw new HttpError(400, `Validation failed ${problems.join("; ")}`, problems.join("; "));
  p.productName = String(body.productName);
  p.term = num(body.term) ?? p.term;
  p.portSpeed = num(body.speed) ?? p.portSpeed;
  p.autoRenewTerm = body.autoRenewTerm === true;
  p.resourceTags = tagsOf(body);
  p.natConfig = configOf(body);
  p.diversityZone = p.natConfig.diversityZone;
  store.save();
}

export function natGatewayPrice(p: StoredProduct): { monthlyRate: number; currency: string } {
  const market = locationById(p.locationId)?.market ?? null;
  const sessions = p.natConfig?.sessionCount ?? 0;
  const rate = PRICES.natGatewayMonthlyPerGbps * ((p.portSpeed ?? 0) / 1000) + sessions / 10000;
  return { monthlyRate: roundCents(rate * (PRICES.termDiscount[p.term] ?? 1)), currency: currencyOf(market) };
}

/** The gateway object every NAT gateway route answers; dates are strings here, unlike elsewhere. */
export function natGatewayView(store: Store, p: StoredProduct): Json {
  return {
    productUid: p.productUid,
    productName: p.productName,
    provisioningStatus: store.status(p),
    locationId: p.locationId,
    speed: p.portSpeed,
    term: p.term,
    autoRenewTerm: p.autoRenewTerm,
    locked: p.locked,
    adminLocked: false,
    orderApprovalStatus: p.design ? "NOT_SUBMITTED" : "APPROVED",
    promoCode: p.promoCode ?? "",
    serviceLevelReference: "",
    createDate: new Date(p.createDate).toISOString(),
    contractEndDate: p.design ? "" : new Date(p.boughtAt + p.term * 30 * 86_400_000).toISOString(),
    createdBy: "api-user@example.com",
    resourceTags: p.resourceTags,
    config: p.natConfig,
  };
}

/** The validate reply's item: the metro really is under a key named "string". */
export function natGatewayValidateView(p: StoredProduct): Json {
  const price = natGatewayPrice(p);
  return {
    productUid: p.productUid,
    productType: "NAT_GATEWAY",
    string: locationById(p.locationId)?.metro ?? null,
    price: {
      hourlySetup: 0,
      dailySetup: 0,
      monthlySetup: 0,
      hourlyRate: roundCents(price.monthlyRate / 730),
      dailyRate: roundCents(price.monthlyRate / 30),
      monthlyRate: price.monthlyRate,
      fixedRecurringCharge: 0,
      longHaulMbpsRate: 0,
      mbpsRate: 0,
      currency: price.currency,
      productType: "NAT_GATEWAY",
      monthlyRackRate: price.monthlyRate,
    },
  };
}

/** The buy reply's item for a gateway. */
export function natGatewayBuyView(store: Store, p: StoredProduct): Json {
  return {
    uid: p.productUid,
    name: p.productName,
    serviceName: p.productName,
    productType: "NAT_GATEWAY",
    provisioningStatus: store.status(p),
    rateLimit: p.portSpeed,
    aLocationId: p.locationId,
    contractTermMonths: p.term,
    createDate: p.boughtAt,
  };
}

/** Items of a v3 validate or buy that name NAT gateway designs by UID, or undefined for other orders. */
export function natGatewayDesigns(store: Store, items: unknown): StoredProduct[] | undefined {
  if (!Array.isArray(items) || items.length === 0) return undefined;
  // A design item is its UID alone; an item with VXCs on a gateway is an ordinary order.
  if (!items.every((i) => i && typeof i === "object" && Object.keys(i as Json).join() === "productUid"))
    return undefined;
  const designs = items.map((i) => store.products.get(String((i as Json | null)?.productUid ?? "")));
  if (!designs.every((d) => d?.productType === "NAT_GATEWAY")) return undefined;
  for (const d of designs as StoredProduct[])
    if (!d.design)
      throw new HttpError(
        400,
        `Validation failed NAT gateway ${d.productUid} is ${store.status(d)}, not a design`,
      );
  return designs as StoredProduct[];
}
