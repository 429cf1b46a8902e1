// Megaport data centres: all of them filtered, or one by id or exact name. Fetched once per session.
import { z } from "zod";
import { Location } from "../client/locations";
import { DIVERSITY_ZONES } from "../shared/megaportValues";
import { dataSource } from "./dataSource";

export const getLocations = dataSource({
  description: "Megaport data centres, filtered; all given filters must match.",
  args: z
    .object({
      name: z.string().optional().describe("Substring of the location name, case-insensitive."),
      metro: z.string().optional().describe('Metro, exactly: "Sydney".'),
      market: z.string().optional().describe('Market code, e.g. "AU", "US", "GB".'),
      country: z.string().optional(),
      status: z.string().optional().describe('Default: "Active".'),
      portSpeed: z.number().int().optional().describe("Only locations offering ports of this speed (Mbps)."),
      mcr: z
        .union([z.boolean(), z.number().int()])
        .optional()
        .describe("Only locations offering MCRs (of this speed, when a number)."),
      diversityZone: z
        .enum(DIVERSITY_ZONES)
        .optional()
        .describe("Apply the speed filters to this diversity zone only."),
    })
    .strict(),
  result: z.array(Location),
  listedAs: "locations",
  itemType: "Location",
  async run(session, args) {
    const status = args.status ?? "Active";
    const name = args.name?.toLowerCase();
    return (await session.locations()).filter((l) => {
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
  },
});

function zoneOffers(l: Location, zone: string | undefined) {
  const zones = l.diversityZones ?? {};
  return (zone ? [zone] : Object.keys(zones)).map((z) => zones[z]).filter((z) => !!z);
}

export const getLocation = dataSource({
  description: "One Megaport location by id or exact name; fails when none or more than one matches.",
  args: z
    .object({
      id: z.number().int().optional(),
      name: z.string().optional().describe('Exact name, e.g. "Global Switch Sydney".'),
    })
    .strict(),
  result: Location,
  async run(session, args) {
    if (args.id === undefined && !args.name) throw new Error("getLocation: give an id or a name");
    const matches = (await session.locations()).filter(
      (l) => (args.id === undefined || l.id === args.id) && (!args.name || l.name === args.name),
    );
    const what = args.id !== undefined ? `id ${args.id}` : `name "${args.name}"`;
    if (matches.length === 0) throw new Error(`getLocation: no Megaport location has ${what}`);
    if (matches.length > 1)
      throw new Error(
        `getLocation: ${matches.length} locations have ${what} (${matches.map((l) => l.id).join(", ")}); use the id`,
      );
    return matches[0];
  },
});
