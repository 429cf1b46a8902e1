// The IX: ordered as associatedIxs on a port, updated with PUT /v2/product/ix/{uid}. Unlike the
// Terraform provider (which silently ignores some fields), every in-place field is sent and waited for.
import type { IxOrderItem, UpdateIxRequest } from "../client";
import { CheckFailure } from "../shared/inputChecks";
import { LifecycleContext } from "../shared/lifecycle";
import { nameAndCostCentre, interfaceDetails } from "../shared/productFields";
import { productResource } from "../shared/productResource";
import { IxArgs } from "./schema";

/** The IX type must be offered at the port's location (GET /v2/product/ix/types). */
async function checkIxType(ctx: LifecycleContext, args: IxArgs): Promise<CheckFailure[]> {
  const port = await ctx.client.products.get(args.portUid).catch(() => undefined);
  // The port may not exist yet (ordered in the same update): validate decides then.
  if (port?.locationId === null || port?.locationId === undefined) return [];
  const types = await ctx.client.ixs.types(port.locationId);
  if (types.some((t) => t.name === args.networkServiceType)) return [];
  return [
    {
      property: "networkServiceType",
      reason: `networkServiceType "${args.networkServiceType}" is not offered at location ${port.locationId}; offered: ${types.map((t) => t.name).join(", ") || "none"}`,
    },
  ];
}

export const ixDefinition = productResource<IxArgs, UpdateIxRequest>({
  label: "IX",
  args: IxArgs,
  // Megaport's order names the port productUid; every other resource's productUid is its own UID.
  renamedInputs: { productUid: "portUid" },
  productTypes: ["IX"],
  // Megaport keeps no tags on an IX: an IX ordered by a lost buy is found by its fields and date.
  tags: false,
  fields: [
    ...nameAndCostCentre,
    { arg: "networkServiceType", read: (p) => p.networkServiceType },
    { arg: "rateLimit", put: "rateLimit", read: (p) => p.rateLimit },
    { arg: "vlan", put: "vlan", read: (p) => p.vlan, assigned: true },
    { arg: "macAddress", put: "macAddress", read: (p) => p.macAddress },
    { arg: "asn", put: "asn", read: (p) => p.asn },
    { arg: "publicGraph", put: "publicGraph", read: (p) => p.publicGraph },
    { arg: "reverseDns", put: "reverseDns", read: (p) => p.reverseDns, assigned: true, cleared: "" },
    { arg: "shutdown", put: "shutdown", read: (p) => p.shutdown },
  ],
  order: (_ctx, args): IxOrderItem => ({
    productUid: args.portUid,
    associatedIxs: [
      {
        productName: args.productName,
        networkServiceType: args.networkServiceType,
        asn: args.asn,
        macAddress: args.macAddress,
        rateLimit: args.rateLimit,
        // 0 asks Megaport to assign one; megaportgo always sends vlan and shutdown. publicGraph and
        // reverseDns are not part of an IX order: set after provisioning (awaitCreated) when needed.
        vlan: args.vlan ?? 0,
        shutdown: args.shutdown,
        ...(args.promoCode ? { promoCode: args.promoCode } : {}),
      },
    ],
  }),
  candidates: async (client, args) =>
    ((await client.products.get(args.portUid)).associatedIxs ?? [])
      .filter(
        (x) =>
          x.productName === args.productName &&
          x.networkServiceType === args.networkServiceType &&
          x.macAddress === args.macAddress,
      )
      .map((x) => String(x.productUid)),
  put: (client, uid, body) => client.ixs.update(uid, body),
  // The IX's own UID is `ixUid` and the id; `productUid` is the deprecated name of the port.
  outputs: (p, args) => ({
    productUid: args.portUid,
    ixUid: p.productUid,
    assignedVlan: p.vlan ?? null,
    deployDate: p.deployDate ?? null,
    ixPeerMacro: p.ixPeerMacro ?? null,
    term: p.term ?? null,
    vplsInterface: p.resources?.vpls_interface ?? null,
    interfaceDetails: interfaceDetails(p),
    bgpConnections: (p.resources?.bgp_connection ?? []).map((b) => ({
      customerAsn: b.customer_asn ?? null,
      customerIpAddress: b.customer_ip_address ?? null,
      ispAsn: b.isp_asn ?? null,
      ispIpAddress: b.isp_ip_address ?? null,
      peerPolicy: b.ix_peer_policy ?? null,
      maxPrefixes: b.max_prefixes ?? null,
    })),
    ipAddresses: (p.resources?.ip_address ?? []).map((a) => ({
      address: a.address ?? null,
      version: a.version ?? null,
      reverseDns: a.reverse_dns ?? null,
    })),
  }),
  checkWithApi: checkIxType,
  // Where the port is decides the price.
  priceRequest: async (ctx, args) => {
    const port = await ctx.client.products.get(args.portUid);
    if (port.locationId === null || port.locationId === undefined) return undefined;
    return {
      request: {
        productType: "IX",
        portLocationId: port.locationId,
        ixType: args.networkServiceType,
        speed: args.rateLimit,
      },
    };
  },
});
