// The products the v2 API reference's examples act on (its placeholder UIDs), so that the
// document's own requests can be replayed against the emulator: POST /_emulator/seed/reference.
import { Store, newProduct } from "../model/store";

export const REFERENCE_UIDS = {
  /** "10G Megaport" at Equinix SG1: the A-end of most examples. */
  port: "1544f278-ec03-11e5-9ce9-5e5517507c66",
  /** The A-end of the Google example. */
  googleAEndPort: "d5f4a3c6-06d3-4cfa-9d4e-8ce6ec0b6dbd",
  /** "Lab 10G Megaport in Sydney", product id 123: the service key examples' port. */
  serviceKeyPort: "221d9846-eab9-41e8-8074-346cd3570a28",
  serviceKey: "980497b6-32ef-42ee-b6a6-c6fd79451fdf",
  /** The VXC and IX the update examples change. */
  vxc: "baa834aa-d295-4521-8369-373c0e832496",
  ix: "aaca53d8-d1ed-4431-a7bc-f8672967200e",
};

/** Adds the reference's products, LIVE, to the store (replacing any with the same UIDs). */
export function seedReferenceProducts(store: Store): void {
  const live = store.time() - store.timings.deployableMs - store.timings.configuredMs;
  const add = (p: ReturnType<typeof newProduct>) =>
    store.products.set(p.productUid, { ...p, boughtAt: live, createDate: live });
  add(
    newProduct(store, REFERENCE_UIDS.port, "MEGAPORT", {
      productName: "10G Megaport",
      locationId: 36,
      portSpeed: 10000,
      term: 12,
      diversityZone: "red",
    }),
  );
  add(
    newProduct(store, REFERENCE_UIDS.googleAEndPort, "MEGAPORT", {
      productName: "Ashburn port",
      locationId: 84,
      portSpeed: 10000,
      term: 12,
      diversityZone: "red",
    }),
  );
  add(
    newProduct(store, REFERENCE_UIDS.serviceKeyPort, "MEGAPORT", {
      productName: "Lab 10G Megaport in Sydney",
      locationId: 6,
      portSpeed: 10000,
      term: 12,
      diversityZone: "red",
      productId: 123,
    }),
  );
  add(
    newProduct(store, REFERENCE_UIDS.vxc, "VXC", {
      productName: "VXC between SG1 and SY3",
      locationId: 36,
      rateLimit: 1000,
      parentUid: REFERENCE_UIDS.port,
      aEnd: { productUid: REFERENCE_UIDS.port, vlan: 42, innerVlan: null, partnerConfig: null },
      bEnd: { productUid: REFERENCE_UIDS.serviceKeyPort, vlan: 42, innerVlan: null, partnerConfig: null },
    }),
  );
  add(
    newProduct(store, REFERENCE_UIDS.ix, "IX", {
      productName: "Sydney IX at Equinix SY3",
      locationId: 6,
      rateLimit: 1000,
      parentUid: REFERENCE_UIDS.serviceKeyPort,
      networkServiceType: "Sydney IX",
      asn: 38195,
      macAddress: "00:8e:f8:a5:a5:81",
      vlan: 46,
    }),
  );
  store.serviceKeys.set(REFERENCE_UIDS.serviceKey, {
    key: REFERENCE_UIDS.serviceKey,
    productUid: REFERENCE_UIDS.serviceKeyPort,
    productId: 123,
    description: "Documentation Service Key",
    vlan: 1001,
    maxSpeed: 10000,
    preApproved: true,
    singleUse: true,
    active: true,
    createDate: live,
    lastUsed: null,
    validFor: null,
  });
  store.save();
}
