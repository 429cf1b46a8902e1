// check()'s look-up of what a location offers, so an unavailable speed fails at preview with the
// location named, not at purchase.
import { Location } from "../client";
import { CheckFailure } from "./checks";
import { getClient } from "./config";
import { cachedLocations } from "./lists";

/** Failures for a location id and speed; none when the API cannot be asked (e.g. no credentials yet). */
export async function checkLocationOffers(
  locationId: number,
  speed: number,
  zone: string | undefined,
  product: "port" | "mcr",
): Promise<CheckFailure[]> {
  let locations: Location[];
  try {
    locations = await cachedLocations(getClient());
  } catch {
    return [];
  }
  const location = locations.find((l) => l.id === locationId);
  if (!location)
    return [
      {
        property: "locationId",
        reason: `locationId ${locationId} is not a Megaport location (see getLocations)`,
      },
    ];
  const zones = location.diversityZones ?? {};
  const names = zone ? [zone] : Object.keys(zones);
  const offered = [
    ...new Set(
      names.flatMap((z) => (product === "mcr" ? zones[z]?.mcrSpeedMbps : zones[z]?.megaportSpeedMbps) ?? []),
    ),
  ].sort((a, b) => a - b);
  const where = `location ${locationId} (${location.name})${zone ? ` in the ${zone} zone` : ""}`;
  if (offered.length === 0)
    return [
      {
        property: "portSpeed",
        reason: `${product === "mcr" ? "MCRs are" : "Ports are"} not offered at ${where}`,
      },
    ];
  if (!offered.includes(speed))
    return [
      {
        property: "portSpeed",
        reason: `portSpeed must be one of ${offered.join(", ")} Mbps at ${where}; got ${speed}`,
      },
    ];
  return [];
}
