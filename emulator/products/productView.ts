// What every product's GET shows (its name, status, dates, location and owner), the "technical
// service" shape of buys and PUTs, and any VXC end's name and owner.
import { APPROVAL_PORT, FOREIGN_PORT, OUR_COMPANY } from "../data/catalogue";
import { locationById, partnerPortByUid } from "../model/places";
import { Store, type StoredProduct } from "../model/store";
export function locationDetail(locationId: number) {
  const l = locationById(locationId);
  return l ? { name: l.name, city: l.city, metro: l.metro, country: l.country } : null;
}

/** The name, location and owner of any product a VXC can end on: ours, a partner port, or a foreign port. */
export function endpointInfo(store: Store, uid: string) {
  const endpoint = (
    productName: string,
    locationId: number,
    ownerUid: string,
    diversityZone: string | null,
    connectType: string,
  ) => ({ productName, locationId, ownerUid, diversityZone, connectType });
  const own = store.products.get(uid);
  if (own) return endpoint(own.productName, own.locationId, own.companyUid, own.diversityZone, "DEFAULT");
  // A foreign port (another company's) reads like a partner port without a partner type.
  const other =
    partnerPortByUid(uid) ??
    [FOREIGN_PORT, APPROVAL_PORT]
      .filter((f) => f.productUid === uid)
      .map((f) => ({ ...f, title: f.productName, connectType: "DEFAULT" }))[0];
  if (!other) return null;
  return endpoint(other.title, other.locationId, other.companyUid, other.diversityZone, other.connectType);
}

export function commonView(store: Store, p: StoredProduct) {
  const live = store.liveDate(p);
  const month = 30 * 24 * 3600 * 1000;
  return {
    productId: p.productId,
    productUid: p.productUid,
    productName: p.productName,
    productType: p.productType,
    provisioningStatus: store.status(p),
    createDate: p.createDate,
    createdBy: "dca8286a-590e-4c20-8c13-d42c54481537",
    terminateDate: p.cancelNowAt,
    liveDate: live,
    contractStartDate: live,
    contractEndDate: live === null ? null : live + p.term * month,
    contractTermMonths: p.term,
    market: locationById(p.locationId)?.market ?? null,
    locationId: p.locationId,
    locationDetail: locationDetail(p.locationId),
    costCentre: p.costCentre,
    companyUid: p.companyUid,
    companyName: p.companyName,
    secondaryName: null,
    usageAlgorithm:
      p.productType === "VXC" ? "POST_PAID_HOURLY_SPEED_LONG_HAUL_VXC" : "POST_PAID_HOURLY_SPEED_MCR",
    locked: p.locked,
    adminLocked: false,
    cancelable: true,
    attributeTags: {},
    resourceTags: p.resourceTags,
    vxcApproval: p.approval
      ? {
          status: p.approval.status,
          message:
            p.approval.status === "PENDING"
              ? `Awaiting approval from ${p.approval.company}`
              : `${p.approval.status} by ${p.approval.company}`,
          uid: p.productUid,
          type: "NEW_ORDER",
          newSpeed: null,
        }
      : { status: null, message: null, uid: null, type: null, newSpeed: null },
  };
}

/**
 * The "technical service" shape the reference shows for Port/MCR/IX buys and for every product
 * PUT, with its nulls (and both of its spellings of attributes).
 */
export function technicalServiceView(
  store: Store,
  p: StoredProduct,
  provisioningStatus = store.status(p),
): Record<string, unknown> {
  return {
    serviceName: p.productName,
    name: p.productName,
    secondaryName: null,
    technicalServiceId: p.productId,
    technicalServiceUid: p.productUid,
    requestedDate: p.createDate,
    configuredDate: null,
    currentEstimatedDelivery: null,
    companyName: p.companyName,
    companyId: OUR_COMPANY.companyId,
    billingContactName: null,
    billingContactId: null,
    adminContactName: null,
    adminContactId: null,
    technicalContactName: null,
    technicalContactId: null,
    salesName: null,
    salesId: null,
    billableId: p.productId,
    billableUsageAlgorithm: "NOT_POST_PAID",
    productType: p.productType === "MCR2" ? "MEGAPORT" : p.productType,
    provisioningStatus,
    inAdvanceBillingStatus: provisioningStatus === "LIVE" ? "ACTIVE" : "NOT_ACTIVATED",
    provisioningItems: [],
    tags: [],
    vxcDistanceBand: null,
    intercapPath: null,
    marketplaceVisibility: p.marketplaceVisibility,
    vxcPermitted: true,
    vxcAutoApproval: false,
    createDate: p.createDate,
    terminationDate: null,
    contractStartDate: null,
    rateType: "MONTHLY",
    trialAgreement: false,
    payerCompanyId: null,
    minimumSpeed: null,
    maximumSpeed: null,
    rateLimit: p.rateLimit ?? p.portSpeed,
    errorMessage: null,
    market: locationById(p.locationId)?.market ?? null,
    accountManager: null,
    promptUid: null,
    components: [],
    attributes: [],
    attribtes: [],
    aLocation: null,
    bLocation: null,
    aLocationId: null,
    bLocationId: null,
    attributeTags: {},
    createdBy: "dca8286a-590e-4c20-8c13-d42c54481537",
    buyoutPort: false,
    ...(p.productType === "IX" ? { publicGraph: p.publicGraph } : {}),
    virtual: p.productType === "MCR2" || p.productType === "NAT_GATEWAY",
    shortTechnicalServiceUid: p.productUid.slice(0, 8),
  };
}
