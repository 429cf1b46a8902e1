// The VXC: ordered as associatedVxcs on its A-end product, a cloud B-end looked up from its key,
// read back with assigned VLANs, moved ends and the cloud connection, updated with
// PUT /v3/product/vxc/{uid}.
import {
  MegaportClient,
  Product,
  UpdateVxcRequest,
  VxcOrderItem,
  isNotFound,
  redact,
  isGone,
} from "../client";
import { CheckFailure } from "../shared/inputChecks";
import { Inputs, LifecycleContext, canonical } from "../shared/lifecycle";
import { nameTermAndCostCentre } from "../shared/productFields";
import { orderTags, productResource } from "../shared/productResource";
import { progress } from "../shared/progress";
import { partnerConfigToApi, vrouterUpdateToApi } from "./partnerConfig";
import { cspEntries, readPartnerConfig, withoutSecrets } from "./partnerConfigReadBack";
import { PartnerConfigArgs, VxcArgs, isCloudConfig } from "./schema";
import { checkVrouterReferences } from "./vrouterReferences";

/**
 * The B-end port for a cloud key: Azure's by port choice; for Google and Oracle, of the ports the
 * key offers that are free and fast enough, the one with the lowest product UID. The API lists the
 * ports in no stated order, so taking the first would choose differently between runs (the pitfall
 * the Terraform provider documents in PR #366); check() names the choice at preview.
 */
export async function resolveCloudBEnd(
  client: MegaportClient,
  args: VxcArgs,
): Promise<{ productUid: string; name?: string | null }> {
  const cfg = args.bEndPartnerConfig;
  if (args.bEnd.productUid) return { productUid: args.bEnd.productUid };
  if (!cfg || (cfg.connectType !== "AZURE" && cfg.connectType !== "GOOGLE" && cfg.connectType !== "ORACLE"))
    throw new Error("bEnd.productUid is required");
  const key =
    cfg.connectType === "AZURE"
      ? cfg.serviceKey
      : cfg.connectType === "GOOGLE"
        ? cfg.pairingKey
        : cfg.virtualCircuitId;
  const found = await client.cloudLookups.lookup(
    cfg.connectType.toLowerCase() as "azure" | "google" | "oracle",
    key,
  );
  const choice = cfg.connectType === "AZURE" ? (cfg.portChoice ?? "primary") : undefined;
  const port = found.megaports
    .filter(
      (m) =>
        (m.vxc === null || m.vxc === undefined) &&
        (choice ? m.type === choice : (m.portSpeed ?? 0) >= args.rateLimit),
    )
    .sort((a, b) => a.productUid.localeCompare(b.productUid))[0];
  if (!port)
    throw new Error(
      `no free ${cfg.connectType} port for this key${choice ? ` (${choice})` : ` with at least ${args.rateLimit} Mbps`}: every candidate already has a VXC`,
    );
  return { productUid: port.productUid, name: port.name };
}

function endDetails(e: Product["aEnd"]) {
  return {
    productUid: e?.productUid ?? null,
    productName: e?.productName ?? null,
    locationId: e?.locationId ?? null,
    location: e?.location ?? null,
    vlan: e?.vlan ?? null,
    innerVlan: e?.innerVlan ?? null,
    vnicIndex: e?.vNicIndex ?? null,
    ownerUid: e?.ownerUid ?? null,
    diversityZone: e?.diversityZone ?? null,
  };
}

/** VXCs on a port or MCR, with the VLAN each uses there. */
function vlansInUse(parent: Product): Array<{ productName: string; vlan: number }> {
  return (parent.associatedVxcs ?? []).flatMap((v) => {
    if (isGone(String(v.provisioningStatus))) return [];
    return (["aEnd", "bEnd"] as const).flatMap((side) => {
      const e = v[side] as { productUid?: string; vlan?: number } | undefined;
      return e?.productUid === parent.productUid && typeof e.vlan === "number" && e.vlan > 0
        ? [{ productName: String(v.productName), vlan: e.vlan }]
        : [];
    });
  });
}

/**
 * A B-end that is one of our products, when a VLAN or a vNIC is asked for there (partner ports are
 * not ours).
 */
async function ownPort(
  ctx: LifecycleContext,
  uid: string | undefined,
  vlan: number | undefined,
  vnicIndex: number | undefined,
) {
  if (!uid || ((!vlan || vlan <= 0) && vnicIndex === undefined)) return undefined;
  if ((await ctx.session.partnerPorts()).some((p) => p.productUid === uid)) return undefined;
  return ctx.client.products.get(uid).catch(() => undefined);
}

/**
 * A VLAN asked for on a port or MCR must be free there (for a port: GET /v2/product/port/{uid}/vlan),
 * said at preview naming the end and, when it is one of ours, the VXC using it. An end whose port
 * and VLAN are unchanged is this VXC's own.
 */
async function vlanTaken(
  ctx: LifecycleContext,
  side: "aEnd" | "bEnd",
  port: Product,
  end: { productUid?: string; vlan?: number },
  old: unknown,
): Promise<CheckFailure[]> {
  const vlan = end.vlan;
  const before = old as { productUid?: string; vlan?: number } | undefined;
  const unchanged = before?.productUid === end.productUid && before?.vlan === vlan;
  if (!vlan || vlan <= 0 || unchanged) return [];
  const user = vlansInUse(port).find((u) => u.vlan === vlan);
  // The availability route is a port's; an MCR's VLANs in use are its VXCs'.
  const free =
    port.productType.toUpperCase() === "MEGAPORT"
      ? await ctx.client.ports.vlanAvailable(port.productUid, vlan)
      : !user;
  if (free) return [];
  return [
    {
      property: `${side}.vlan`,
      reason: `${side}.vlan: VLAN ${vlan} is already in use on ${port.productName}${user ? ` by VXC "${user.productName}"` : ""}`,
    },
  ];
}

/** A vNIC index names one of an MVE's vNICs; other products have none. */
function vnicProblems(
  side: "aEnd" | "bEnd",
  product: Product,
  vnicIndex: number | undefined,
): CheckFailure[] {
  if (vnicIndex === undefined) return [];
  const isMve = product.productType.toUpperCase() === "MVE";
  const count = product.vnics?.length ?? 0;
  if (isMve && vnicIndex < count) return [];
  return [
    {
      property: `${side}.vnicIndex`,
      reason: isMve
        ? `${side}.vnicIndex: ${product.productName} has ${count} vNIC${count === 1 ? "" : "s"} (0-${count - 1}); got ${vnicIndex}`
        : `${side}.vnicIndex: only an MVE end has vNICs, and ${product.productName} is a ${product.productType}`,
    },
  ];
}

/** The ends must exist, the rate fit the A-end, a chosen VLAN be free, a partner port accept VXCs. */
async function checkEnds(ctx: LifecycleContext, args: VxcArgs, olds: Inputs): Promise<CheckFailure[]> {
  let aEnd: Product;
  try {
    aEnd = await ctx.client.products.get(args.aEnd.productUid);
  } catch (e) {
    if (!isNotFound(e)) throw e;
    return [
      {
        property: "aEnd.productUid",
        reason: `aEnd.productUid: ${args.aEnd.productUid} is not a product of this Megaport account`,
      },
    ];
  }
  if (isGone(aEnd.provisioningStatus))
    return [
      {
        property: "aEnd.productUid",
        reason: `aEnd.productUid: ${aEnd.productName} is ${aEnd.provisioningStatus}`,
      },
    ];
  const failures: CheckFailure[] = [];
  if (aEnd.portSpeed && args.rateLimit > aEnd.portSpeed)
    failures.push({
      property: "rateLimit",
      reason: `rateLimit: ${args.rateLimit} Mbps is more than the A-end ${aEnd.productName} can carry (${aEnd.portSpeed} Mbps)`,
    });
  failures.push(...(await vlanTaken(ctx, "aEnd", aEnd, args.aEnd, olds.aEnd)));
  failures.push(...vnicProblems("aEnd", aEnd, args.aEnd.vnicIndex));
  const bEnd = await ownPort(ctx, args.bEnd.productUid, args.bEnd.vlan, args.bEnd.vnicIndex);
  if (bEnd) {
    failures.push(...(await vlanTaken(ctx, "bEnd", bEnd, args.bEnd, olds.bEnd)));
    failures.push(...vnicProblems("bEnd", bEnd, args.bEnd.vnicIndex));
  }
  failures.push(...configFitsEnds(aEnd, args));
  failures.push(...(await vrouterOn(ctx, "aEnd", aEnd, args.aEndPartnerConfig, args.orderStack)));
  if (args.bEndPartnerConfig?.connectType === "VROUTER" && args.bEnd.productUid) {
    const b = bEnd ?? (await ctx.client.products.get(args.bEnd.productUid).catch(() => undefined));
    if (b) failures.push(...(await vrouterOn(ctx, "bEnd", b, args.bEndPartnerConfig, args.orderStack)));
  }
  return [...failures, ...(await checkPartnerEnd(ctx, args)), ...(await showCloudBEnd(ctx, args, olds))];
}

/**
 * The A-end is always the account's own Port, MCR, MVE or NAT gateway (the order is placed on it), so a cloud
 * or Transit configuration, which belongs to the end at the cloud's port, cannot be there; IBM
 * needs the customer's ASN unless the A-end is an MCR, whose ASN it then takes.
 */
function configFitsEnds(aEnd: Product, args: VxcArgs): CheckFailure[] {
  const failures: CheckFailure[] = [];
  const a = args.aEndPartnerConfig;
  if (a && a.connectType !== "VROUTER")
    failures.push({
      property: "aEndPartnerConfig",
      reason: `aEndPartnerConfig: a ${a.connectType} configuration belongs on the end at the ${a.connectType} port (the B-end); the A-end ${aEnd.productName} is your ${aEnd.productType}`,
    });
  const b = args.bEndPartnerConfig;
  if (b?.connectType === "IBM" && b.customer_asn === undefined && aEnd.productType.toUpperCase() !== "MCR2")
    failures.push({
      property: "bEndPartnerConfig.customer_asn",
      reason: `bEndPartnerConfig.customer_asn: is required unless the A-end is an MCR (${aEnd.productName} is a ${aEnd.productType})`,
    });
  return failures;
}

/** A vRouter configuration that fits its end, then what it names there (vrouterReferences.ts). */
async function vrouterOn(
  ctx: LifecycleContext,
  side: "aEnd" | "bEnd",
  product: Product,
  config: PartnerConfigArgs | undefined,
  stack: string | undefined,
): Promise<CheckFailure[]> {
  if (config?.connectType !== "VROUTER") return [];
  const misfit = vrouterFits(side, product, config);
  return misfit.length > 0 ? misfit : checkVrouterReferences(ctx, side, product, config, stack);
}

/** A vRouter configuration needs an MCR or NAT gateway at its end; packet filters, a NAT gateway. */
function vrouterFits(
  side: "aEnd" | "bEnd",
  product: Product,
  config: PartnerConfigArgs | undefined,
): CheckFailure[] {
  if (config?.connectType !== "VROUTER") return [];
  const property = `${side}PartnerConfig`;
  const type = product.productType.toUpperCase();
  if (type !== "MCR2" && type !== "NAT_GATEWAY")
    return [
      {
        property,
        reason: `${property}: a vRouter configuration needs an MCR or NAT gateway at the ${side === "aEnd" ? "A" : "B"}-end; ${product.productName} is a ${product.productType}`,
      },
    ];
  const filtered = config.interfaces.some(
    (i) => i.packetFilterIn !== undefined || i.packetFilterOut !== undefined,
  );
  if (filtered && type !== "NAT_GATEWAY")
    return [
      {
        property,
        reason: `${property}: packetFilterIn/packetFilterOut are a NAT gateway's; ${product.productName} is an MCR`,
      },
    ];
  return [];
}

/**
 * A new VXC's B-end to be found from a cloud key: say at preview which port it will be, or why none
 * can be. (An existing VXC keeps the port it has; its key's ports then show it as taken.)
 */
async function showCloudBEnd(ctx: LifecycleContext, args: VxcArgs, olds: Inputs): Promise<CheckFailure[]> {
  if (
    Object.keys(olds).length > 0 ||
    args.bEnd.productUid ||
    !args.bEndPartnerConfig ||
    !["AZURE", "GOOGLE", "ORACLE"].includes(args.bEndPartnerConfig.connectType)
  )
    return [];
  try {
    const chosen = await resolveCloudBEnd(ctx.client, args);
    await progress.info(
      `${ctx.label}: the B-end will be ${chosen.name ?? "the port"} (${chosen.productUid}), chosen from the ${args.bEndPartnerConfig.connectType} key`,
    );
    return [];
  } catch (e) {
    if (isNotFound(e))
      return [
        {
          property: "bEndPartnerConfig",
          reason: `bEndPartnerConfig: Megaport does not know this ${args.bEndPartnerConfig.connectType} key`,
        },
      ];
    // The lookup's path carries the key: redact() removes it (the client registered it).
    return [{ property: "bEndPartnerConfig", reason: redact(`bEndPartnerConfig: ${(e as Error).message}`) }];
  }
}

/** Where an end is: a partner's port from the public list, else the account's product; nothing when unnamed. */
async function endLocation(ctx: LifecycleContext, uid: string | undefined): Promise<number | undefined> {
  if (!uid) return undefined;
  const partner = (await ctx.session.partnerPorts()).find((p) => p.productUid === uid);
  if (partner) return partner.locationId;
  return (await ctx.client.products.get(uid)).locationId ?? undefined;
}

async function checkPartnerEnd(ctx: LifecycleContext, args: VxcArgs): Promise<CheckFailure[]> {
  if (!args.bEnd.productUid) return [];
  const port = (await ctx.session.partnerPorts()).find((p) => p.productUid === args.bEnd.productUid);
  if (!port) return [];
  const name = port.title ?? port.productName ?? port.productUid;
  if (port.vxcPermitted === false)
    return [
      { property: "bEnd.productUid", reason: `bEnd.productUid: new VXCs are not permitted to ${name}` },
    ];
  const cloud = ["AWS", "AWSHC", "AZURE", "GOOGLE", "ORACLE", "IBM"];
  if (cloud.includes(port.connectType) && args.bEndPartnerConfig?.connectType !== port.connectType)
    return [
      {
        property: "bEndPartnerConfig",
        reason: `bEndPartnerConfig: ${name} is a ${port.connectType} port, so bEndPartnerConfig with connectType ${port.connectType} is required`,
      },
    ];
  return [];
}

export const vxcDefinition = productResource<VxcArgs, UpdateVxcRequest>({
  label: "VXC",
  args: VxcArgs,
  productTypes: ["VXC"],
  tags: true,
  fields: [
    ...nameTermAndCostCentre,
    { arg: "rateLimit", order: "rateLimit", put: "rateLimit", read: (p) => p.rateLimit },
    { arg: "shutdown", order: "shutdown", put: "shutdown", read: (p) => p.shutdown },
    { arg: "serviceKey", order: "serviceKey" },
    // megaportgo and the Terraform provider name the A-end product in the end too.
    {
      arg: "aEnd.productUid",
      order: "aEnd.productUid",
      put: "aEndProductUid",
      read: (p) => p.aEnd?.productUid,
    },
    { arg: "aEnd.vlan", order: "aEnd.vlan", put: "aEndVlan", read: (p) => p.aEnd?.vlan, assigned: true },
    {
      arg: "aEnd.innerVlan",
      order: "aEnd.innerVlan",
      put: "aEndInnerVlan",
      read: (p) => p.aEnd?.innerVlan,
      assigned: true,
    },
    {
      arg: "aEnd.vnicIndex",
      order: "aEnd.vNicIndex",
      put: "aVnicIndex",
      read: (p) => p.aEnd?.vNicIndex,
      assigned: true,
    },
    // A B-end found from a cloud key stays unset in the program: the look-up chose it (order()).
    { arg: "bEnd.productUid", put: "bEndProductUid", read: (p) => p.bEnd?.productUid, assigned: true },
    { arg: "bEnd.vlan", order: "bEnd.vlan", put: "bEndVlan", read: (p) => p.bEnd?.vlan, assigned: true },
    {
      arg: "bEnd.innerVlan",
      order: "bEnd.innerVlan",
      put: "bEndInnerVlan",
      read: (p) => p.bEnd?.innerVlan,
      assigned: true,
    },
    {
      arg: "bEnd.vnicIndex",
      order: "bEnd.vNicIndex",
      put: "bVnicIndex",
      read: (p) => p.bEnd?.vNicIndex,
      assigned: true,
    },
    // Partner configurations are read back where csp_connection answers them (keys and passwords
    // are kept from state); a vRouter configuration is sent, a cloud one replaces the VXC.
    {
      arg: "aEndPartnerConfig",
      order: "aEnd.partnerConfig",
      toOrder: (c) => partnerConfigToApi(c as PartnerConfigArgs),
      put: "aEndConfig",
      toApi: vrouterUpdateToApi,
      read: (p, stored, importing) => readPartnerConfig(p, "aEnd", stored, importing),
    },
    {
      arg: "bEndPartnerConfig",
      order: "bEnd.partnerConfig",
      toOrder: (c) => partnerConfigToApi(c as PartnerConfigArgs),
      put: "bEndConfig",
      toApi: vrouterUpdateToApi,
      read: (p, stored, importing) => readPartnerConfig(p, "bEnd", stored, importing),
    },
  ],

  // A cloud B-end left out of the program is looked up from its key at order time.
  order: async (ctx, args, body): Promise<VxcOrderItem> => {
    const vxc = body as VxcOrderItem["associatedVxcs"][number];
    const bEnd = { ...vxc.bEnd, productUid: (await resolveCloudBEnd(ctx.client, args)).productUid };
    return {
      productUid: args.aEnd.productUid,
      associatedVxcs: [
        { ...vxc, bEnd, ...(args.promoCode ? { promoCode: args.promoCode } : {}), ...orderTags(args) },
      ],
    };
  },
  candidates: async (client, args) =>
    ((await client.products.get(args.aEnd.productUid)).associatedVxcs ?? [])
      .filter((v) => v.productName === args.productName)
      .map((v) => String(v.productUid)),
  put: (client, uid, body) => client.vxcs.update(uid, body),
  outputs: (p) => {
    return {
      aEndDetails: endDetails(p.aEnd),
      bEndDetails: endDetails(p.bEnd),
      // One object or an array, depending on the partner: always a list here, and never with the
      // keys AWS answers in it (outputs are not secret).
      cspConnections: cspEntries(p).map((e) => withoutSecrets(e) as Record<string, unknown>),
      approvalStatus: p.vxcApproval?.status ?? null,
      approvalMessage: p.vxcApproval?.message ?? null,
      serviceId: p.nServiceId ?? null,
      distanceBand: p.distanceBand ?? null,
    };
  },
  checkWithApi: checkEnds,
  priceRequest: async (ctx, args) => {
    const [a, b] = await Promise.all([
      endLocation(ctx, args.aEnd.productUid),
      endLocation(ctx, args.bEnd.productUid),
    ]);
    if (a === undefined || b === undefined) return undefined;
    return {
      request: {
        productType: "VXC",
        aLocationId: a,
        bLocationId: b,
        speed: args.rateLimit,
        term: args.contractTermMonths,
      },
    };
  },
  // A different cloud configuration is a different cloud connection: order a new VXC.
  // (The B-end's alone when the A-end has none, so that markers of earlier orders still match.)
  orderIdentity: (args) => {
    const b = isCloudConfig(args.bEndPartnerConfig) ? args.bEndPartnerConfig : undefined;
    return isCloudConfig(args.aEndPartnerConfig) ? [args.aEndPartnerConfig, b] : b;
  },
  replacedWhen: (olds, news) =>
    (["aEndPartnerConfig", "bEndPartnerConfig"] as const).filter(
      (k) =>
        canonical(olds[k]) !== canonical(news[k]) &&
        (isCloudConfig(olds[k] as PartnerConfigArgs) || isCloudConfig(news[k] as PartnerConfigArgs)),
    ),
});
