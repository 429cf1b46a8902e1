// The VXC's whole lifecycle: resolve a cloud B-end from its key, order on the A-end product, wait,
// read back (assigned VLANs, moved ends, cloud connection), update in place with one PUT, cancel.
import { MegaportClient, PartnerConfig, Product, UpdateVxcRequest, VxcOrderItem } from "../client";
import { CheckFailure } from "../shared/checks";
import { getClient } from "../shared/config";
import { cachedPartnerPorts } from "../shared/lists";
import {
  ChangeSet,
  adoptOrOrder,
  cancelNow,
  priceOutputs,
  productOutputs,
  readLiveProduct,
  readTags,
  tagsToList,
} from "../shared/product";
import { isProductGoneStatus } from "../shared/facts";
import { waitForProvisioning } from "../shared/provisioning";
import { LifecycleContext, Outputs, ResourceDefinition, canonical } from "../shared/resourceProvider";
import { PartnerConfigArgs, VXC_REPLACE_ON, VxcArgs, isCloudConfig } from "./args";
import { PartnerPort } from "../client/partnerPorts";

/** Our partner config args as the API's order shape (Azure's portChoice is ours, not Megaport's). */
function toApiConfig(c: PartnerConfigArgs | undefined): PartnerConfig | undefined {
  if (!c) return undefined;
  if (c.connectType === "AZURE") {
    const { portChoice: _choice, ...rest } = c;
    return rest;
  }
  return c as PartnerConfig;
}

/** The B-end port for a cloud key: Azure by port choice, Google/Oracle the first free port fast enough. */
export async function resolveCloudBEnd(client: MegaportClient, args: VxcArgs): Promise<string> {
  const cfg = args.bEndPartnerConfig;
  if (args.bEnd.productUid) return args.bEnd.productUid;
  if (!cfg || !["AZURE", "GOOGLE", "ORACLE"].includes(cfg.connectType))
    throw new Error("bEnd.productUid is required");
  const partner = cfg.connectType.toLowerCase() as "azure" | "google" | "oracle";
  const key =
    cfg.connectType === "AZURE"
      ? cfg.serviceKey
      : cfg.connectType === "GOOGLE"
        ? cfg.pairingKey
        : (cfg as { virtualCircuitId: string }).virtualCircuitId;
  const found = await client.cloudLookups.lookup(partner, key);
  const choice = cfg.connectType === "AZURE" ? (cfg.portChoice ?? "primary") : undefined;
  const port = found.megaports.find(
    (m) =>
      (m.vxc === null || m.vxc === undefined) &&
      (choice ? m.type === choice : (m.portSpeed ?? 0) >= args.rateLimit),
  );
  if (!port)
    throw new Error(
      `no free ${cfg.connectType} port for this key${choice ? ` (${choice})` : ` with at least ${args.rateLimit} Mbps`}: every candidate already has a VXC`,
    );
  return port.productUid;
}

export function vxcOrder(args: VxcArgs, bEndUid: string): VxcOrderItem {
  return {
    productUid: args.aEnd.productUid,
    associatedVxcs: [
      {
        productName: args.productName,
        rateLimit: args.rateLimit,
        term: args.contractTermMonths,
        shutdown: args.shutdown,
        ...(args.costCentre ? { costCentre: args.costCentre } : {}),
        ...(args.promoCode ? { promoCode: args.promoCode } : {}),
        ...(args.serviceKey ? { serviceKey: args.serviceKey } : {}),
        aEnd: {
          ...(args.aEnd.vlan !== undefined ? { vlan: args.aEnd.vlan } : {}),
          ...(args.aEnd.innerVlan !== undefined ? { innerVlan: args.aEnd.innerVlan } : {}),
          ...(args.aEndPartnerConfig ? { partnerConfig: toApiConfig(args.aEndPartnerConfig) } : {}),
        },
        bEnd: {
          productUid: bEndUid,
          ...(args.bEnd.vlan !== undefined ? { vlan: args.bEnd.vlan } : {}),
          ...(args.bEnd.innerVlan !== undefined ? { innerVlan: args.bEnd.innerVlan } : {}),
          ...(args.bEndPartnerConfig ? { partnerConfig: toApiConfig(args.bEndPartnerConfig) } : {}),
        },
        ...(args.resourceTags ? { resourceTags: tagsToList(args.resourceTags) } : {}),
      },
    ],
  };
}

/** A VLAN the program left to Megaport (unset or 0) stays as written; an explicit one reads back. */
function requestedVlan(asked: number | undefined, actual: number | null | undefined): number | undefined {
  if (asked === undefined || asked === 0) return asked;
  return actual ?? asked;
}

export function vxcInputs(p: Product, olds: Outputs, tags: Record<string, string> | undefined): VxcArgs {
  const o = olds as Partial<VxcArgs>;
  const oa = o.aEnd ?? { productUid: "" };
  const ob = o.bEnd ?? {};
  return {
    productName: p.productName,
    rateLimit: p.rateLimit ?? o.rateLimit ?? 0,
    contractTermMonths: p.contractTermMonths ?? o.contractTermMonths ?? 1,
    aEnd: {
      productUid: p.aEnd?.productUid ?? oa.productUid,
      vlan: requestedVlan(oa.vlan, p.aEnd?.vlan),
      innerVlan: requestedVlan(oa.innerVlan, p.aEnd?.innerVlan),
    },
    bEnd: {
      // A B-end found from a cloud key stays unset in the program: the lookup chose it.
      productUid: ob.productUid === undefined ? undefined : (p.bEnd?.productUid ?? ob.productUid),
      vlan: requestedVlan(ob.vlan, p.bEnd?.vlan),
      innerVlan: requestedVlan(ob.innerVlan, p.bEnd?.innerVlan),
    },
    // Partner configurations are not returned in full by the API (keys, passwords): kept from state,
    // as the Terraform provider does.
    aEndPartnerConfig: o.aEndPartnerConfig,
    bEndPartnerConfig: o.bEndPartnerConfig,
    serviceKey: o.serviceKey,
    shutdown: p.shutdown ?? o.shutdown ?? false,
    costCentre: p.costCentre ? p.costCentre : o.costCentre === undefined ? undefined : "",
    promoCode: o.promoCode,
    resourceTags: tags,
    adoptProductUid: o.adoptProductUid,
  };
}

function endDetails(e: Product["aEnd"]) {
  return {
    productUid: e?.productUid ?? null,
    productName: e?.productName ?? null,
    locationId: e?.locationId ?? null,
    vlan: e?.vlan ?? null,
    innerVlan: e?.innerVlan ?? null,
    ownerUid: e?.ownerUid ?? null,
    diversityZone: e?.diversityZone ?? null,
  };
}

function outputs(p: Product, args: VxcArgs, olds: Outputs): Outputs {
  const csp = p.resources?.csp_connection;
  return {
    ...args,
    ...productOutputs(p),
    ...priceOutputs(olds),
    aEndDetails: endDetails(p.aEnd),
    bEndDetails: endDetails(p.bEnd),
    // One object or an array, depending on the partner (megaport-current-api.md): always a list here.
    cspConnections: csp ? (Array.isArray(csp) ? csp : [csp]) : [],
  };
}

async function findOrderedVxc(client: MegaportClient, args: VxcArgs): Promise<Product | undefined> {
  const parent = await client.products.get(args.aEnd.productUid);
  const match = (parent.associatedVxcs ?? []).find(
    (v) => v.productName === args.productName && !isProductGoneStatus(String(v.provisioningStatus)),
  );
  return match ? client.products.get(String(match.productUid)) : undefined;
}

async function checkPartnerEnd(args: VxcArgs): Promise<CheckFailure[]> {
  if (!args.bEnd.productUid) return [];
  let ports: PartnerPort[];
  try {
    ports = await cachedPartnerPorts(getClient());
  } catch {
    return [];
  }
  const port = ports.find((p) => p.productUid === args.bEnd.productUid);
  if (!port) return [];
  const name = port.title ?? port.productName ?? port.productUid;
  if (port.vxcPermitted === false)
    return [
      { property: "bEnd.productUid", reason: `bEnd.productUid: new VXCs are not permitted to ${name}` },
    ];
  const cloud = ["AWS", "AWSHC", "AZURE", "GOOGLE", "ORACLE"];
  if (cloud.includes(port.connectType) && args.bEndPartnerConfig?.connectType !== port.connectType) {
    return [
      {
        property: "bEndPartnerConfig",
        reason: `bEndPartnerConfig: ${name} is a ${port.connectType} port, so bEndPartnerConfig with connectType ${port.connectType} is required`,
      },
    ];
  }
  return [];
}

export const vxcDefinition: ResourceDefinition<VxcArgs> = {
  kind: "VXC",
  schema: VxcArgs,
  replaceOn: VXC_REPLACE_ON,
  createOnly: ["adoptProductUid", "promoCode"],
  extraChecks: checkPartnerEnd,
  // A different cloud configuration is a different cloud connection: order a new VXC.
  extraReplaces: (olds, news) =>
    canonical(olds.bEndPartnerConfig) !== canonical(news.bEndPartnerConfig) &&
    (isCloudConfig(olds.bEndPartnerConfig as PartnerConfigArgs) ||
      isCloudConfig(news.bEndPartnerConfig as PartnerConfigArgs))
      ? ["bEndPartnerConfig"]
      : [],

  // A cloud B-end left out of the program is looked up from its key at order time.
  create: (ctx, args) =>
    adoptOrOrder(
      ctx,
      args,
      ["VXC"],
      async () => vxcOrder(args, await resolveCloudBEnd(ctx.client, args)),
      (c) => findOrderedVxc(c, args),
    ),

  async awaitCreated(ctx, id, args, outs) {
    const p = await waitForProvisioning(ctx.client, id, ctx.label, ctx.wait);
    return outputs(p, args, outs);
  },

  async read(ctx, id, olds) {
    const p = await readLiveProduct(ctx.client, id);
    if (!p) return undefined;
    const inputs = vxcInputs(p, olds, await readTags(ctx.client, id, olds.resourceTags));
    return { inputs, outs: outputs(p, inputs, olds) };
  },

  async update(ctx, id, olds, news, changed) {
    return updateVxc(ctx, id, olds, news, changed);
  },

  async delete(ctx, id) {
    await cancelNow(ctx, id);
  },
};

async function updateVxc(
  ctx: LifecycleContext,
  id: string,
  olds: Outputs,
  news: VxcArgs,
  changed: string[],
): Promise<Outputs> {
  const o = olds as Partial<VxcArgs>;
  const changes = new ChangeSet();
  // A VLAN of 0 asks Megaport to pick one: sent, but not waited for as a value.
  const set = <K extends keyof UpdateVxcRequest>(
    key: K,
    value: UpdateVxcRequest[K],
    label: string,
    read: (p: Product) => unknown,
  ) => changes.set(key, value, label, value === 0 ? undefined : read);
  if (changed.includes("productName")) set("name", news.productName, "productName", (p) => p.productName);
  if (changed.includes("rateLimit")) set("rateLimit", news.rateLimit, "rateLimit", (p) => p.rateLimit);
  if (changed.includes("contractTermMonths"))
    set("term", news.contractTermMonths, "contractTermMonths", (p) => p.contractTermMonths);
  if (changed.includes("shutdown")) set("shutdown", news.shutdown, "shutdown", (p) => p.shutdown);
  if (changed.includes("costCentre"))
    set("costCentre", news.costCentre ?? "", "costCentre", (p) => p.costCentre ?? "");
  if (changed.includes("aEnd")) {
    const a = news.aEnd;
    const oa = o.aEnd ?? { productUid: "" };
    if (a.productUid !== oa.productUid)
      set("aEndProductUid", a.productUid, "aEnd.productUid", (p) => p.aEnd?.productUid);
    if (a.vlan !== oa.vlan && a.vlan !== undefined) set("aEndVlan", a.vlan, "aEnd.vlan", (p) => p.aEnd?.vlan);
    if (a.innerVlan !== oa.innerVlan && a.innerVlan !== undefined)
      set("aEndInnerVlan", a.innerVlan, "aEnd.innerVlan", (p) => p.aEnd?.innerVlan);
  }
  if (changed.includes("bEnd")) {
    const b = news.bEnd;
    const ob = o.bEnd ?? {};
    if (b.productUid !== ob.productUid && b.productUid !== undefined)
      set("bEndProductUid", b.productUid, "bEnd.productUid", (p) => p.bEnd?.productUid);
    if (b.vlan !== ob.vlan && b.vlan !== undefined) set("bEndVlan", b.vlan, "bEnd.vlan", (p) => p.bEnd?.vlan);
    if (b.innerVlan !== ob.innerVlan && b.innerVlan !== undefined)
      set("bEndInnerVlan", b.innerVlan, "bEnd.innerVlan", (p) => p.bEnd?.innerVlan);
  }
  // vRouter configuration is not returned by the API, so it is sent but not read back.
  if (changed.includes("aEndPartnerConfig") && news.aEndPartnerConfig)
    changes.set("aEndConfig", news.aEndPartnerConfig, "aEndPartnerConfig");
  if (changed.includes("bEndPartnerConfig") && news.bEndPartnerConfig?.connectType === "VROUTER")
    changes.set("bEndConfig", news.bEndPartnerConfig, "bEndPartnerConfig");
  await changes.send((body) => ctx.client.vxcs.update(id, body as UpdateVxcRequest));
  if (changed.includes("resourceTags")) await ctx.client.products.setTags(id, tagsToList(news.resourceTags));
  const p = await changes.settled(ctx, id);
  return outputs(p, news, olds);
}
