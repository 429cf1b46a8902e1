// What the products bought at a location (Port, MCR, MVE) share: the speed, location and zone fields,
// the common part of their order, and where their orders show up (the account's product list).
import { Location, MegaportClient, Product } from "../client";
import { CheckFailure } from "./inputChecks";
import type { DiversityZone } from "./megaportValues";
import { FieldMapping } from "./fieldMapping";
import { Inputs, LifecycleContext } from "./lifecycle";
import { ProductInputs, orderTags } from "./productResource";

export interface LocatedInputs extends ProductInputs {
  portSpeed: number;
  locationId: number;
  contractTermMonths: number;
  costCentre?: string;
  diversityZone?: DiversityZone;
}

/** Speed, location and zone: read back for drift, changed only by a new product. */
export const locatedFields: ReadonlyArray<
  FieldMapping<object, "portSpeed" | "locationId" | "diversityZone">
> = [
  { arg: "portSpeed", order: "portSpeed", read: (p) => p.portSpeed },
  { arg: "locationId", order: "locationId", read: (p) => p.locationId },
  { arg: "diversityZone", order: "config.diversityZone", read: (p) => p.diversityZone, assigned: true },
];

/** What locatedOrder writes (an MVE has no portSpeed: its table has no row for one). */
interface LocatedOrder {
  productName: string;
  term: number;
  portSpeed: number;
  locationId: number;
  costCentre?: string;
  marketplaceVisibility?: boolean;
  config: { diversityZone?: string; mcrAsn?: number };
  promoCode?: string;
  resourceTags?: Array<{ key: string; value: string }>;
}

/**
 * The order fields a Port, an MCR and an MVE write alike: the table's (name, term, cost centre,
 * speed, location, zone), the promotion code and the marker's tags; `config` always present.
 */
export function locatedOrder(args: ProductInputs, body: Inputs): LocatedOrder {
  return {
    // The rows that write these are this file's and productFields.ts's (one test covers them all).
    ...(body as Omit<LocatedOrder, "config">),
    config: (body.config ?? {}) as LocatedOrder["config"],
    ...(args.promoCode ? { promoCode: args.promoCode } : {}),
    ...orderTags(args),
  };
}

/** The market a location bills in: a port order names it (megaportgo always sends it). */
export async function marketOf(ctx: LifecycleContext, locationId: number): Promise<string> {
  const location = (await ctx.session.locations()).find((l) => l.id === locationId);
  return location?.market ?? "";
}

/** Products of these types ordered under this name at this location (the marker then decides). */
export function locatedCandidates(productType: string) {
  return async (
    client: MegaportClient,
    args: Pick<LocatedInputs, "productName" | "locationId">,
  ): Promise<string[]> =>
    (await client.products.list())
      .filter(
        (p: Product) =>
          p.productType === productType &&
          p.productName === args.productName &&
          p.locationId === args.locationId,
      )
      .map((p) => p.productUid);
}

type ZoneOffer = NonNullable<NonNullable<Location["diversityZones"]>[string]>;

/**
 * check(): the location and what its zones offer (the asked-for zone, or both), or the failure
 * naming a location that does not exist.
 */
export async function zoneOffers(
  ctx: LifecycleContext,
  args: { locationId: number; diversityZone?: DiversityZone },
): Promise<{ offers: ZoneOffer[]; where: string } | CheckFailure[]> {
  const location = (await ctx.session.locations()).find((l) => l.id === args.locationId);
  if (!location)
    return [
      {
        property: "locationId",
        reason: `locationId ${args.locationId} is not a Megaport location (see getLocations)`,
      },
    ];
  const zones = location.diversityZones ?? {};
  const names = args.diversityZone ? [args.diversityZone] : Object.keys(zones);
  return {
    offers: names.flatMap((z) => (zones[z] ? [zones[z]!] : [])),
    where: `location ${args.locationId} (${location.name})${args.diversityZone ? ` in the ${args.diversityZone} zone` : ""}`,
  };
}

/** check(): the location must exist and offer this speed (in this zone), said with the location named. */
export async function checkLocationOffers(
  ctx: LifecycleContext,
  args: LocatedInputs,
  product: "port" | "mcr",
): Promise<CheckFailure[]> {
  const found = await zoneOffers(ctx, args);
  if (Array.isArray(found)) return found;
  const { offers, where } = found;
  const offered = [
    ...new Set(offers.flatMap((z) => (product === "mcr" ? z.mcrSpeedMbps : z.megaportSpeedMbps) ?? [])),
  ].sort((a, b) => a - b);
  if (offered.length === 0)
    return [
      {
        property: "locationId",
        reason: `locationId: ${product === "mcr" ? "MCRs are" : "Ports are"} not offered at ${where}`,
      },
    ];
  if (!offered.includes(args.portSpeed))
    return [
      {
        property: "portSpeed",
        reason: `portSpeed must be one of ${offered.join(", ")} Mbps at ${where}; got ${args.portSpeed}`,
      },
    ];
  return [];
}
