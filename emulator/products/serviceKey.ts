// Service keys as the API shows them: validity, use and, on request, the port they unlock.
import { OUR_COMPANY } from "../data/catalogue";
import { type ServiceKeyState, Store } from "../model/store";
import { productView } from "./views";
export function serviceKeyView(
  store: Store,
  k: ServiceKeyState,
  withProduct = false,
): Record<string, unknown> {
  const p = store.products.get(k.productUid);
  const now = store.time();
  const inWindow = !k.validFor || (k.validFor.start <= now && now <= k.validFor.end);
  return {
    key: k.key,
    createDate: k.createDate,
    companyId: OUR_COMPANY.companyId,
    companyUid: OUR_COMPANY.companyUid,
    companyName: OUR_COMPANY.companyName,
    description: k.description,
    productId: k.productId,
    productUid: k.productUid,
    productName: p?.productName ?? null,
    ...(withProduct && p ? { productDto: productView(store, p) } : {}),
    vlan: k.vlan,
    maxSpeed: k.maxSpeed,
    preApproved: k.preApproved,
    singleUse: k.singleUse,
    lastUsed: k.lastUsed,
    active: k.active,
    validFor: k.validFor,
    expired: !!k.validFor && now > k.validFor.end,
    valid: k.active && inWindow && !(k.singleUse && k.lastUsed !== null),
    promoCode: null,
  };
}
