// A catalogue location as the look-ups list it: the /v3/locations shape megaportgo reads, and the
// deprecated /v2/locations shape the port-creation guide shows.
import type { CatalogueLocation, ZoneOffer } from "../../data/catalogue";
import { dataCentreOf, natGatewaySpeeds } from "../../model/places";

/** The /v3/locations representation of a catalogue location. */
export function locationV3(l: CatalogueLocation) {
  const zone = (z: ZoneOffer) => ({
    mcrSpeedMbps: z.mcrSpeedMbps,
    megaportSpeedMbps: z.megaportSpeedMbps,
    mveMaxCpuCoreCount: z.mcrSpeedMbps.length > 0 ? 12 : null,
    mveAvailable: z.mcrSpeedMbps.length > 0,
    natGatewaySpeedMbps: natGatewaySpeeds(z),
  });
  return {
    id: l.id,
    name: l.name,
    metro: l.metro,
    market: l.market,
    status: l.status,
    address: {
      street: l.street,
      suburb: null,
      city: l.city,
      state: l.state,
      postcode: l.postcode,
      country: l.country,
    },
    latitude: l.latitude,
    longitude: l.longitude,
    dataCentre: dataCentreOf(l),
    diversityZones: { red: zone(l.zones.red), blue: zone(l.zones.blue) },
    productAddOns: { crossConnect: { available: true, type: "SINGLE_MODE_FIBRE" } },
    orderingMessage:
      l.status === "Deployment" ? "This location is being deployed; orders ship when it goes live." : null,
  };
}

/** The deprecated GET /v2/locations shape, as the port-creation guide shows it. */
export function locationV2(l: CatalogueLocation) {
  const megaport = [...new Set([...l.zones.red.megaportSpeedMbps, ...l.zones.blue.megaportSpeedMbps])]
    .sort((a, b) => a - b)
    .map((mbps) => mbps / 1000);
  const mcr2 = [...new Set([...l.zones.red.mcrSpeedMbps, ...l.zones.blue.mcrSpeedMbps])].sort(
    (a, b) => a - b,
  );
  return {
    id: l.id,
    name: l.name,
    country: l.country,
    liveDate: 1467331200000,
    siteCode: l.siteCode ?? `${l.metro.slice(0, 3).toLowerCase()}-${l.id}`,
    networkRegion: "MP1",
    address: {
      country: l.country,
      city: l.city,
      street: l.street,
      postcode: l.postcode,
      suburb: null,
      state: l.state,
    },
    campus: "campus_deprecated",
    latitude: l.latitude,
    longitude: l.longitude,
    products: { mcr: false, mcrVersion: mcr2.length > 0 ? 2 : null, megaport, mve: [], mcr1: [], mcr2 },
    market: l.market,
    metro: l.metro,
    vRouterAvailable: false,
    dc: dataCentreOf(l),
    status: l.status,
    ordering_message: null,
  };
}
