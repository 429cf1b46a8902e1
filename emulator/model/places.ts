// Finding things in the emulator's fixed world: a location by id, a partner port by UID, where a
// location's data centre is and which NAT gateway speeds a zone offers.
import {
  type CatalogueLocation,
  LOCATIONS,
  NAT_GATEWAY_SESSIONS,
  PARTNER_PORTS,
  type PartnerPort,
  type ZoneOffer,
} from "../data/catalogue";

/** Where a location's data centre is: as a document names it, or derived from the location. */
export function dataCentreOf(l: CatalogueLocation): { id: number; name: string } {
  return l.dataCentre ?? { id: 1000 + l.id, name: l.name.split(" ")[0] };
}

export function locationById(id: number): CatalogueLocation | undefined {
  return LOCATIONS.find((l) => l.id === id);
}

export function partnerPortByUid(uid: string): PartnerPort | undefined {
  return PARTNER_PORTS.find((p) => p.productUid === uid);
}

/** A zone offers NAT gateways where it offers MCRs (the emulator's choice), at every matrix speed. */
export function natGatewaySpeeds(z: ZoneOffer): number[] {
  return z.mcrSpeedMbps.length > 0 ? NAT_GATEWAY_SESSIONS.map((m) => m.speedMbps) : [];
}
