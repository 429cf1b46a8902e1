// Cloud partners' keys (Azure service keys, Google pairing keys, Oracle circuit ids): which partner
// ports each offers, and the look-up answer with the VXC already on each port.
import { CLOUD_KEYS, type CloudKey } from "../data/catalogue";
import { locationById, partnerPortByUid } from "../model/places";
import { Store, type StoredProduct } from "../model/store";
/** Which VXC, if any, occupies a partner port (the lookups' `vxc` field). */
function vxcOnPort(store: Store, portUid: string): StoredProduct | undefined {
  return [...store.products.values()].find(
    (p) => p.productType === "VXC" && store.isActive(p) && p.bEnd?.productUid === portUid,
  );
}

export function cloudKeyFor(kind: string, key: string): CloudKey | undefined {
  return CLOUD_KEYS.find((k) => k.kind === kind && k.key === key);
}

export function cloudLookupView(store: Store, k: CloudKey): Record<string, unknown> {
  const megaports = k.portUids.map((uid) => {
    const port = partnerPortByUid(uid)!;
    const loc = locationById(port.locationId);
    const used = vxcOnPort(store, uid);
    return {
      port: 5000 + port.rank,
      ...(k.kind === "azure" ? { type: port.azureType } : {}),
      vxc: used ? used.productId : null,
      productId: 5000 + port.rank,
      productUid: uid,
      name: port.title,
      nServiceId: 10000 + port.rank,
      description: `${port.companyName} at ${loc?.name ?? ""}`,
      companyId: 5000,
      companyUid: port.companyUid,
      companyName: port.companyName,
      portSpeed: port.speed,
      locationId: port.locationId,
      state: loc?.state ?? null,
      country: loc?.country ?? null,
    };
  });
  switch (k.kind) {
    case "azure":
      return {
        bandwidth: k.bandwidth,
        megaports,
        peers: [],
        resource_type: "Azure_connection",
        service_key: k.key,
        vlan: k.vlan ?? 0,
      };
    case "google":
      return { bandwidths: k.bandwidths, megaports, resource_type: "csp_connection" };
    case "oracle":
      return { bandwidth: k.bandwidth, csp_id: k.key, megaports, resource_type: "csp_connection" };
    case "nutanix":
      return {
        bandwidth: k.bandwidth,
        connectType: "NUTANIX",
        megaports,
        resource_type: "csp_connection",
        serviceKey: k.key,
      };
  }
}
