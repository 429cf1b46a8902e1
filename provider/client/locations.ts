// GET /v3/locations (the v2 list was removed in 2025; Terraform provider issue #274).
import { z } from "zod";
import { Transport } from "./transport";
import { optNumber, optString } from "./shapes";

const ZoneOffer = z.object({
  mcrSpeedMbps: z.array(z.number()).nullish(),
  megaportSpeedMbps: z.array(z.number()).nullish(),
  mveMaxCpuCoreCount: optNumber,
  mveAvailable: z.boolean().nullish(),
  natGatewaySpeedMbps: z.array(z.number()).nullish(),
});

export const Location = z.object({
  id: z.number(),
  name: z.string(),
  metro: optString,
  market: optString,
  status: optString,
  address: z
    .object({
      street: optString,
      suburb: optString,
      city: optString,
      state: optString,
      postcode: optString,
      country: optString,
    })
    .nullish(),
  latitude: optNumber,
  longitude: optNumber,
  dataCentre: z.object({ id: optNumber, name: optString }).nullish(),
  diversityZones: z
    .object({ red: ZoneOffer.nullish(), blue: ZoneOffer.nullish() })
    .catchall(ZoneOffer.nullish())
    .nullish(),
  orderingMessage: optString,
});
export type Location = z.infer<typeof Location>;

export class LocationsService {
  constructor(private readonly t: Transport) {}

  async list(statuses?: string[]): Promise<Location[]> {
    // Repeated, as megaportgo sends it: locationStatuses=Active&locationStatuses=New.
    return this.t.get(
      "/v3/locations",
      z.array(Location),
      statuses?.length ? { locationStatuses: statuses } : undefined,
    );
  }
}
