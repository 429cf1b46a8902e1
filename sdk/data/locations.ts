import * as pulumi from "@pulumi/pulumi";
import type { Location } from "../../provider/client";
import { fromApi } from "./client";

export type { Location };

export interface GetLocationsArgs {
  /** Substring of the location name, case-insensitive. */
  name?: string;
  metro?: string;
  /** Market code, e.g. "AU", "US", "GB". */
  market?: string;
  country?: string;
  /** Default: "Active". */
  status?: string;
  /** Only locations offering ports of this speed (Mbps). */
  portSpeed?: number;
  /** Only locations offering MCRs (of this speed, when a number). */
  mcr?: boolean | number;
  /** Apply the speed filters to this diversity zone only. */
  diversityZone?: "red" | "blue";
}

const allLocations = () => fromApi((s) => s.locations());

function zoneOffers(l: Location, zone: string | undefined) {
  const zones = l.diversityZones ?? {};
  return (zone ? [zone] : Object.keys(zones)).map((z) => zones[z]).filter((z) => !!z);
}

/**
 * Megaport data centres, filtered. Locations are fetched once per run.
 *
 * ```ts
 * const sydney = await megaport.getLocations({ metro: "Sydney", portSpeed: 10000, mcr: true });
 * ```
 */
export async function getLocations(args: GetLocationsArgs = {}): Promise<Location[]> {
  const status = args.status ?? "Active";
  const name = args.name?.toLowerCase();
  return (await allLocations()).filter((l) => {
    if (status && l.status !== status) return false;
    if (name && !l.name.toLowerCase().includes(name)) return false;
    if (args.metro && l.metro !== args.metro) return false;
    if (args.market && l.market !== args.market) return false;
    if (args.country && l.address?.country !== args.country) return false;
    const offers = zoneOffers(l, args.diversityZone);
    if (args.portSpeed !== undefined && !offers.some((z) => z.megaportSpeedMbps?.includes(args.portSpeed!)))
      return false;
    if (args.mcr === true && !offers.some((z) => (z.mcrSpeedMbps ?? []).length > 0)) return false;
    if (typeof args.mcr === "number" && !offers.some((z) => z.mcrSpeedMbps?.includes(args.mcr as number)))
      return false;
    return true;
  });
}

export function getLocationsOutput(args: pulumi.Input<GetLocationsArgs> = {}): pulumi.Output<Location[]> {
  return pulumi.output(args).apply((a) => getLocations(a as GetLocationsArgs));
}

export interface GetLocationArgs {
  id?: number;
  /** Exact name, e.g. "Global Switch Sydney". */
  name?: string;
}

/**
 * One location by id or exact name; fails when none or more than one matches.
 *
 * ```ts
 * const gs = await megaport.getLocation({ name: "Global Switch Sydney" });
 * ```
 */
export async function getLocation(args: GetLocationArgs): Promise<Location> {
  if (args.id === undefined && !args.name) throw new Error("getLocation: give an id or a name");
  const matches = (await allLocations()).filter(
    (l) => (args.id === undefined || l.id === args.id) && (!args.name || l.name === args.name),
  );
  const what = args.id !== undefined ? `id ${args.id}` : `name "${args.name}"`;
  if (matches.length === 0) throw new Error(`getLocation: no Megaport location has ${what}`);
  if (matches.length > 1)
    throw new Error(
      `getLocation: ${matches.length} locations have ${what} (${matches.map((l) => l.id).join(", ")}); use the id`,
    );
  return matches[0];
}

export function getLocationOutput(args: pulumi.Input<GetLocationArgs>): pulumi.Output<Location> {
  return pulumi.output(args).apply((a) => getLocation(a as GetLocationArgs));
}
