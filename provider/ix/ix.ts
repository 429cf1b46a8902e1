// The IX's whole lifecycle. Unlike the Terraform provider (which silently ignores some fields),
// every in-place field is sent in the PUT and waited for.
import { MegaportClient, Product } from "../client";
import { IxOrderItem, UpdateIxRequest } from "../client/ixs";
import { CheckFailure } from "../shared/checks";
import { getClient } from "../shared/config";
import {
  ChangeSet,
  adoptOrOrder,
  cancelNow,
  priceOutputs,
  productOutputs,
  readLiveProduct,
} from "../shared/product";
import { isProductGoneStatus } from "../shared/facts";
import { waitForProvisioning } from "../shared/provisioning";
import { Outputs, ResourceDefinition } from "../shared/resourceProvider";
import { IX_REPLACE_ON, IxArgs } from "./args";

export function ixOrder(args: IxArgs): IxOrderItem {
  return {
    productUid: args.productUid,
    associatedIxs: [
      {
        productName: args.productName,
        networkServiceType: args.networkServiceType,
        asn: args.asn,
        macAddress: args.macAddress,
        rateLimit: args.rateLimit,
        shutdown: args.shutdown,
        publicGraph: args.publicGraph,
        ...(args.vlan !== undefined ? { vlan: args.vlan } : {}),
        ...(args.reverseDns ? { reverseDns: args.reverseDns } : {}),
        ...(args.promoCode ? { promoCode: args.promoCode } : {}),
      },
    ],
  };
}

export function ixInputs(p: Product, olds: Outputs): IxArgs {
  const o = olds as Partial<IxArgs>;
  return {
    productName: p.productName,
    productUid: o.productUid ?? "",
    networkServiceType: p.networkServiceType ?? o.networkServiceType ?? "",
    asn: p.asn ?? o.asn ?? 0,
    macAddress: p.macAddress ?? o.macAddress ?? "",
    rateLimit: p.rateLimit ?? o.rateLimit ?? 0,
    // Left to Megaport (unset) stays unset; an explicit VLAN reads back so drift shows.
    vlan: o.vlan === undefined ? undefined : (p.vlan ?? o.vlan),
    shutdown: p.shutdown ?? o.shutdown ?? false,
    publicGraph: p.publicGraph ?? o.publicGraph ?? true,
    reverseDns: o.reverseDns === undefined ? undefined : (p.reverseDns ?? o.reverseDns),
    costCentre: p.costCentre ? p.costCentre : o.costCentre === undefined ? undefined : "",
    promoCode: o.promoCode,
    adoptProductUid: o.adoptProductUid,
  };
}

function outputs(p: Product, args: IxArgs, olds: Outputs): Outputs {
  // `productUid` is the port the IX is on (Megaport's order field); the IX's own UID is `ixUid` and the id.
  return {
    ...productOutputs(p),
    ...priceOutputs(olds),
    ...args,
    ixUid: p.productUid,
    assignedVlan: p.vlan ?? null,
  };
}

async function findOrderedIx(client: MegaportClient, args: IxArgs): Promise<Product | undefined> {
  const port = await client.products.get(args.productUid);
  const match = (port.associatedIxs ?? []).find(
    (x) =>
      x.productName === args.productName &&
      x.networkServiceType === args.networkServiceType &&
      !isProductGoneStatus(String(x.provisioningStatus)),
  );
  return match ? client.products.get(String(match.productUid)) : undefined;
}

/** The IX type must be offered at the port's location (GET /v2/product/ix/types). */
async function checkIxType(args: IxArgs): Promise<CheckFailure[]> {
  try {
    const client = getClient();
    const port = await client.products.get(args.productUid);
    if (port.locationId === null || port.locationId === undefined) return [];
    const types = await client.ixs.types(port.locationId);
    if (!types.some((t) => t.name === args.networkServiceType)) {
      return [
        {
          property: "networkServiceType",
          reason: `networkServiceType "${args.networkServiceType}" is not offered at location ${port.locationId}; offered: ${types.map((t) => t.name).join(", ") || "none"}`,
        },
      ];
    }
  } catch {
    // The port may not exist yet (created in the same update) or credentials are not set: validate decides.
  }
  return [];
}

const UPDATABLE: Array<[keyof IxArgs & string, keyof UpdateIxRequest & string, (p: Product) => unknown]> = [
  ["productName", "name", (p) => p.productName],
  ["rateLimit", "rateLimit", (p) => p.rateLimit],
  ["costCentre", "costCentre", (p) => p.costCentre ?? ""],
  ["vlan", "vlan", (p) => p.vlan],
  ["macAddress", "macAddress", (p) => p.macAddress],
  ["asn", "asn", (p) => p.asn],
  ["publicGraph", "publicGraph", (p) => p.publicGraph],
  ["reverseDns", "reverseDns", (p) => p.reverseDns],
  ["shutdown", "shutdown", (p) => p.shutdown],
];

export const ixDefinition: ResourceDefinition<IxArgs> = {
  kind: "IX",
  schema: IxArgs,
  replaceOn: IX_REPLACE_ON,
  createOnly: ["adoptProductUid", "promoCode"],
  extraChecks: checkIxType,

  create: (ctx, args) =>
    adoptOrOrder(
      ctx,
      args,
      ["IX"],
      () => ixOrder(args),
      (c) => findOrderedIx(c, args),
    ),

  async awaitCreated(ctx, id, args, outs) {
    const p = await waitForProvisioning(ctx.client, id, ctx.label, ctx.wait);
    return outputs(p, args, outs);
  },

  async read(ctx, id, olds) {
    const p = await readLiveProduct(ctx.client, id);
    if (!p) return undefined;
    const inputs = ixInputs(p, olds);
    return { inputs, outs: outputs(p, inputs, olds) };
  },

  async update(ctx, id, olds, news, changed) {
    const changes = new ChangeSet();
    for (const [arg, field, read] of UPDATABLE) {
      if (!changed.includes(arg)) continue;
      const value = news[arg] ?? (arg === "costCentre" || arg === "reverseDns" ? "" : undefined);
      if (value === undefined) continue;
      changes.set(field, value, arg, (p) => read(p) ?? (arg === "reverseDns" ? "" : undefined));
    }
    await changes.send((body) => ctx.client.ixs.update(id, body as UpdateIxRequest));
    return outputs(await changes.settled(ctx, id), news, olds);
  },

  delete: (ctx, id) => cancelNow(ctx, id),
};
