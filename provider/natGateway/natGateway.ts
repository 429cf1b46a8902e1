// The NAT gateway: designed (POST /v3/products/nat_gateways, nothing bought), validated with its
// price and bought by its UID through the v3 network-design routes, waited for, read from
// GET /v3/products/nat_gateways/{uid}, changed with one full PUT, and deleted as a design or
// cancelled with CANCEL_NOW. Buying names the design's UID, so a second buy of the same design
// cannot make a second gateway; the design carries the order marker, so a create interrupted
// anywhere finds its design (or its gateway) before designing again. Waits read the gateways' own
// list (GET /v3/products/nat_gateways), as the Terraform provider polls the gateway's route.
import {
  NatGateway,
  NatGatewayRequest,
  isAmbiguousOrderFailure,
  isFailed,
  isInactive,
  isReady,
} from "../client";
import { CheckFailure } from "../shared/inputChecks";
import { ArgPath, FieldMapping, inputsFromProduct, orderBody } from "../shared/fieldMapping";
import { fieldRules } from "../shared/fields";
import { Inputs, LifecycleContext, Outputs, ResourceDefinition, canonical } from "../shared/lifecycle";
import { confirmPrice } from "../shared/order";
import {
  ORDER_MARKER_TAG,
  isLiveOrder,
  orderMarkerFor,
  orderedElsewhere,
  withMarker,
} from "../shared/orderMarker";
import { statusDecision, tagsFromList, tagsToList } from "../shared/productResource";
import { progress } from "../shared/progress";
import { cancelNow, waitForProvisioning } from "../shared/provisioning";
import { getGateway } from "./gateway";
import { NatGatewayArgs } from "./schema";

type Args = NatGatewayArgs;

const RULES = fieldRules(NatGatewayArgs);
/** The program's inputs (the outputs hold more). */
const INPUT_KEYS = RULES.keys;

/**
 * The marker a design carries: the resource's, and the values of the inputs the schema says replace
 * the gateway (a new replacing field goes into the marker by being declared so). The same value as
 * the location and promotion code listed by hand before, so earlier designs are still found.
 */
const markerOf = (args: Args) =>
  args.orderMarker
    ? orderMarkerFor(
        args.orderMarker,
        canonical(RULES.replaces.map((k) => (args as Record<string, unknown>)[k])),
      )
    : undefined;

/**
 * The gateway's fields, as every product's (fieldMapping.ts): where the design carries each input
 * and how a read answers it. Every in-place change is one full PUT of the same body.
 */
const FIELDS: ReadonlyArray<FieldMapping<never, ArgPath<Args>, NatGateway>> = [
  { arg: "productName", order: "productName", read: (g) => g.productName },
  { arg: "contractTermMonths", order: "term", read: (g) => g.term },
  { arg: "autoRenewTerm", order: "autoRenewTerm", read: (g) => g.autoRenewTerm },
  { arg: "locationId", order: "locationId", read: (g) => g.locationId },
  { arg: "diversityZone", order: "config.diversityZone", read: (g) => g.config?.diversityZone },
  { arg: "speed", order: "speed", read: (g) => g.speed },
  { arg: "sessionCount", order: "config.sessionCount", read: (g) => g.config?.sessionCount },
  // An ASN the program leaves to Megaport stays unset.
  { arg: "asn", order: "config.asn", read: (g) => g.config?.asn, assigned: true },
  {
    arg: "bgpShutdownDefault",
    order: "config.bgpShutdownDefault",
    read: (g) => g.config?.bgpShutdownDefault,
  },
  { arg: "promoCode", order: "promoCode" },
];

function request(args: Args, marker: string | undefined, currentAsn?: number | null): NatGatewayRequest {
  const body = orderBody(FIELDS, args) as Omit<NatGatewayRequest, "resourceTags">;
  return {
    ...body,
    resourceTags: withMarker(tagsToList(args.resourceTags), marker, args.orderStack),
    // Always sent in full. An ASN the program leaves to Megaport: 0 asks for one at the design,
    // and a PUT sends back the one it has, so an update never changes it.
    config: { ...body.config, asn: args.asn ?? currentAsn ?? 0 },
  };
}

/** The inputs as the gateway has them now: drift shows as a difference. */
function inputsOf(g: NatGateway, olds: Outputs): Args {
  const inputs = inputsFromProduct(FIELDS, INPUT_KEYS, g, olds);
  const tags = tagsFromList(g.resourceTags ?? []);
  if (olds.resourceTags !== undefined || Object.keys(tags).length > 0) inputs.resourceTags = tags;
  return inputs as Args;
}

function outputsOf(g: NatGateway, args: Args, olds: Outputs): Outputs {
  return {
    ...args,
    productUid: g.productUid,
    provisioningStatus: g.provisioningStatus,
    gatewayAsn: g.config?.asn ?? null,
    createDate: g.createDate || null,
    contractEndDate: g.contractEndDate || null,
    monthlyRate: (olds.monthlyRate as number | undefined) ?? null,
    currency: (olds.currency as string | undefined) ?? null,
    locked: g.locked ?? null,
    adminLocked: g.adminLocked ?? null,
    createdBy: g.createdBy ?? null,
    serviceLevelReference: g.serviceLevelReference ?? null,
  };
}

/** Waits read the gateway on its own route, as the Terraform provider polls it. */
const onGatewayRoute = (ctx: LifecycleContext): LifecycleContext => ({
  ...ctx,
  wait: { ...ctx.wait, via: "natGateway" },
});

/**
 * The location must offer NAT gateways at this speed, and the speed this session count (the
 * sessions matrix). A matrix that cannot be read is a warning, as in Terraform: the buy still
 * checks. Unchanged speed and sessions are not checked again (the matrix may have moved on).
 */
async function checkOffer(ctx: LifecycleContext, args: Args, olds: Inputs): Promise<CheckFailure[]> {
  const failures: CheckFailure[] = [];
  const location = (await ctx.session.locations()).find((l) => l.id === args.locationId);
  if (!location)
    return [{ property: "locationId", reason: `locationId: ${args.locationId} is not a Megaport location` }];
  const unchanged =
    olds.locationId === args.locationId &&
    olds.speed === args.speed &&
    olds.sessionCount === args.sessionCount;
  if (unchanged) return [];
  const speeds = location.diversityZones?.[args.diversityZone]?.natGatewaySpeedMbps ?? [];
  if (speeds.length === 0)
    failures.push({
      property: "locationId",
      reason: `locationId: ${location.name} offers no NAT gateways in the ${args.diversityZone} zone`,
    });
  else if (!speeds.includes(args.speed))
    failures.push({
      property: "speed",
      reason: `speed: ${location.name} offers NAT gateways of ${speeds.join(", ")} Mbps in the ${args.diversityZone} zone; got ${args.speed}`,
    });
  try {
    const row = (await ctx.client.natGateways.sessions()).find((r) => r.speedMbps === args.speed);
    if (row && !row.sessionCount.includes(args.sessionCount))
      failures.push({
        property: "sessionCount",
        reason: `sessionCount: a ${args.speed} Mbps NAT gateway offers ${row.sessionCount.join(" or ")} sessions; got ${args.sessionCount}`,
      });
  } catch (e) {
    await progress.warn(
      `${ctx.label}: the speed/session matrix could not be read (${(e as Error).message}); the buy will check sessionCount`,
    );
  }
  return failures;
}

/** A design or gateway this resource made earlier, found by its marker, if it is not over. */
async function findMarked(
  ctx: LifecycleContext,
  marker: string | undefined,
): Promise<NatGateway | undefined> {
  if (!marker) return undefined;
  // The rule every product's look-up follows: a FAILED gateway is over, so the replacement it asks
  // for designs anew instead of continuing with it.
  return (await ctx.client.natGateways.list()).find((g) => isLiveOrder(g, g.resourceTags ?? [], marker));
}

/** A gateway to adopt: it must be this account's, not over, and not another stack's order (unless taken over). */
async function adoptable(ctx: LifecycleContext, args: Args): Promise<NatGateway> {
  const uid = args.adoptProductUid!;
  const g = await getGateway(ctx.client, uid);
  if (!g) throw new Error(`adoptProductUid ${uid} is not a NAT gateway of this account`);
  if (isFailed(g.provisioningStatus)) throw new Error(`adoptProductUid ${uid} is ${g.provisioningStatus}`);
  const elsewhere = orderedElsewhere(g.resourceTags ?? [], {
    marker: markerOf(args),
    stack: args.orderStack,
  });
  if (elsewhere && !args.adoptTakeOver)
    throw new Error(
      `adoptProductUid ${uid} is not this resource's to take: ${elsewhere}. Remove it from that stack's state first (pulumi state delete), or set adoptTakeOver: true to take it over.`,
    );
  return g;
}

/** Makes the design; after a lost answer, the design is looked for by its marker, never made twice. */
async function design(ctx: LifecycleContext, args: Args, marker: string | undefined): Promise<NatGateway> {
  try {
    return await ctx.client.natGateways.create(request(args, marker));
  } catch (e) {
    if (!isAmbiguousOrderFailure(e)) throw e;
    const found = await findMarked(ctx, marker).catch(() => undefined);
    if (!found)
      throw new Error(
        `${ctx.label}: creating the design failed after it may have reached Megaport (${(e as Error).message}) and no design of this resource was found. Nothing was bought; the next pulumi up looks for it again.`,
      );
    return found;
  }
}

/** Buys a design. A buy whose answer is lost is settled by reading the design: still DESIGN, or bought. */
async function buy(ctx: LifecycleContext, uid: string): Promise<void> {
  try {
    await ctx.client.natGateways.buy(uid);
  } catch (e) {
    if (!isAmbiguousOrderFailure(e)) throw e;
    const now = await getGateway(ctx.client, uid).catch(() => undefined);
    if (now && now.provisioningStatus !== "DESIGN") {
      await progress.warn(
        `${ctx.label}: the buy's answer was lost, but ${uid} is ${now.provisioningStatus}: it was bought; continuing`,
      );
      return;
    }
    throw new Error(
      `${ctx.label}: the buy failed after it may have reached Megaport (${(e as Error).message}), and ${uid} ${now ? "is still a design" : "could not be read"}. A design can be bought only once: the next pulumi up buys it if it is still a design.`,
    );
  }
}

export const natGatewayDefinition: ResourceDefinition<Args> = {
  label: "NAT gateway",
  args: NatGatewayArgs,
  checkWithApi: checkOffer,

  // A FAILED gateway is replaced; one still provisioning is waited for, as any product.
  diffState: statusDecision,

  async create(ctx, args) {
    const marker = markerOf(args);
    // The gateway to adopt, or one a create interrupted earlier designed or bought already.
    let g = args.adoptProductUid ? await adoptable(ctx, args) : await findMarked(ctx, marker);
    if (g && g.provisioningStatus !== "DESIGN") {
      if (args.adoptProductUid)
        await progress.info(
          `${ctx.label}: adopted existing NAT gateway ${g.productUid}; nothing was ordered`,
        );
      else
        await progress.warn(
          `${ctx.label}: found ${g.productUid} (${g.provisioningStatus}), ordered earlier by this resource; continuing with it instead of ordering again`,
        );
      return { id: g.productUid, outs: { monthlyRate: null, currency: null } };
    }
    if (g && args.adoptProductUid)
      await progress.info(`${ctx.label}: adopted the design ${g.productUid}; buying it`);
    g ??= await design(ctx, args, marker);
    const validated = await ctx.client.natGateways.validate(g.productUid);
    const price = await confirmPrice(ctx, validated.price);
    await buy(ctx, g.productUid);
    return { id: g.productUid, outs: price };
  },

  async awaitCreated(ctx, id, args, outs) {
    await waitForProvisioning(onGatewayRoute(ctx), id);
    const g = await ctx.client.natGateways.get(id);
    // An adopted gateway takes the program's settings (one full PUT), as an update would; one
    // taken over from another stack takes this resource's marker too.
    const marker = args.adoptTakeOver ? markerOf(args) : markerTagOf(g);
    if (
      args.adoptProductUid &&
      (canonical(inputsOf(g, args)) !== canonical(args) || marker !== markerTagOf(g))
    ) {
      await ctx.client.natGateways.update(id, request(args, marker, g.config?.asn));
      return outputsOf(await ctx.client.natGateways.get(id), args, outs);
    }
    return outputsOf(g, args, outs);
  },

  async read(ctx, id, olds) {
    const g = await getGateway(ctx.client, id);
    // Cancelled, decommissioned or never bought: the next up orders (or buys) it again.
    if (!g || isInactive(g.provisioningStatus) || g.provisioningStatus === "DESIGN") return undefined;
    const inputs = inputsOf(g, olds);
    return { inputs, outs: outputsOf(g, inputs, olds) };
  },

  async update(ctx, id, olds, news) {
    const before = await ctx.client.natGateways.get(id);
    if (!isReady(before.provisioningStatus)) await waitForProvisioning(onGatewayRoute(ctx), id);
    // The marker stays on the gateway through the full PUT.
    await ctx.client.natGateways.update(id, request(news, markerTagOf(before), before.config?.asn));
    return outputsOf(await ctx.client.natGateways.get(id), news, olds);
  },

  async delete(ctx, id) {
    const g = await getGateway(ctx.client, id);
    if (!g || isInactive(g.provisioningStatus)) return;
    if (g.provisioningStatus === "DESIGN") return ctx.client.natGateways.deleteDesign(id);
    // safeDelete, as for ports and MCRs: Megaport refuses while a VXC the program may not manage is
    // attached, instead of taking it down with the gateway.
    await cancelNow(onGatewayRoute(ctx), id, { safeDelete: true });
  },
};

/** The order marker a gateway carries, kept through a full PUT that would otherwise drop it. */
function markerTagOf(g: NatGateway): string | undefined {
  return (g.resourceTags ?? []).find((t) => t.key === ORDER_MARKER_TAG)?.value;
}
