// A product as GET /v2/product/{uid} and a buy show it, by product type (a VXC's buy answers the
// VXC order shape; every other product's, the technical service).
import { Store, type StoredProduct } from "../model/store";
import { ixView } from "./ix";
import { mveView } from "./mve";
import { portView } from "./port";
import { technicalServiceView } from "./productView";
import { vxcView } from "./vxc";
import { endpointInfo } from "./productView";
import { OUR_COMPANY } from "../data/catalogue";
export function productView(store: Store, p: StoredProduct): Record<string, unknown> {
  switch (p.productType) {
    case "MVE":
      return mveView(store, p);
    case "VXC":
      return vxcView(store, p);
    case "IX":
      return ixView(store, p);
    default:
      return portView(store, p);
  }
}

/** One item of a buy response: the reference's Port/MCR/IX shape, or the VXC order shape. */
export function buyResultView(store: Store, p: StoredProduct): Record<string, unknown> {
  if (p.productType === "VXC") return vxcBuyResultView(store, p);
  return technicalServiceView(store, p, "DEPLOYABLE");
}

/** A VXC buy's result item: the VXC order shape the reference shows. */
function vxcBuyResultView(store: Store, p: StoredProduct): Record<string, unknown> {
  return {
    createDate: p.createDate,
    vxcOrderId: p.productId,
    payerMegaPortId: store.products.get(p.aEnd?.productUid ?? "")?.productId ?? null,
    nonPayerMegaPortId: store.products.get(p.bEnd?.productUid ?? "")?.productId ?? null,
    payerCompanyName: OUR_COMPANY.companyName,
    nonPayerCompanyName:
      endpointInfo(store, p.bEnd?.productUid ?? "")?.ownerUid === OUR_COMPANY.companyUid
        ? OUR_COMPANY.companyName
        : null,
    nonPayerCompanyId: null,
    payerMegaPortNsId: null,
    nonPayerMegaPortNsId: null,
    payerApproverName: null,
    payerApproverId: null,
    nonPayerApproverName: null,
    nonPayerApproverId: null,
    payerApproval: null,
    nonPayerApproval: null,
    payerMegaPortName: endpointInfo(store, p.aEnd?.productUid ?? "")?.productName ?? null,
    nonPayerMegaPortName: endpointInfo(store, p.bEnd?.productUid ?? "")?.productName ?? null,
    payerCompanyId: OUR_COMPANY.companyId,
    salesId: null,
    payerVlanId: p.aEnd?.vlan ?? null,
    nonPayerVlanId: p.bEnd?.vlan ?? null,
    fixedTerm: true,
    duration: p.term,
    rollover: true,
    serviceName: p.productName,
    payerStatus: "APPROVED",
    nonPayerStatus: "APPROVED",
    speed: p.rateLimit,
    distanceBand: "METRO",
    intercapPath: null,
    awsId: null,
    promoCode: p.promoCode,
    rateType: "MONTHLY",
    vxcJTechnicalServiceId: p.productId,
    vxcJTechnicalServiceUid: p.productUid,
    provisionDate: p.createDate,
    orderType: "NEW",
    monthlyDiscountAmount: null,
    discountMonths: null,
    amazonDirectConnectConfigDto: null,
    amsixConnectConfigDto: null,
    rate: null,
    setup: null,
    asn: null,
    bgpPassword: null,
    usageAlgorithm: "TIME_AT_RATE",
    costCentre: p.costCentre || null,
    azureServiceKey: null,
    serviceKey: null,
    connectType: String(p.bEnd?.partnerConfig?.connectType ?? "DEFAULT"),
    fullyApproved: true,
    provisioningStatus: "DEPLOYABLE",
  };
}
