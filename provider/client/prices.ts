// New-service prices from the price book routes in the v2 reference (GET /v2/pricebook/…).
import { z } from "zod";
import { Transport } from "./transport";
import { optNumber, optString } from "./shapes";

export const PriceBookEntry = z.object({
  monthlySetup: optNumber,
  monthlyRate: z.number(),
  fixedRecurringCharge: optNumber,
  longHaulMbpsRate: optNumber,
  mbpsRate: optNumber,
  currency: z.string(),
  productType: optString,
});
export type PriceBookEntry = z.infer<typeof PriceBookEntry>;

export class PricesService {
  constructor(private readonly t: Transport) {}

  private get(path: string, query: Record<string, string | number | boolean | undefined>) {
    return this.t
      .send({ method: "GET", path, query, schema: PriceBookEntry, retry: "idempotent" })
      .then((r) => r.data);
  }

  port(locationId: number, speed: number, term: number): Promise<PriceBookEntry> {
    return this.get("/v2/pricebook/megaport", { locationId, speed, term, virtual: false });
  }

  mcr(locationId: number, speed: number): Promise<PriceBookEntry> {
    return this.get("/v2/pricebook/megaport", { locationId, speed, virtual: true });
  }

  vxc(aLocationId: number, bLocationId: number, speed: number): Promise<PriceBookEntry> {
    return this.get("/v2/pricebook/vxc", { aLocationId, speed, bLocationId });
  }

  ix(ixType: string, portLocationId: number, speed: number): Promise<PriceBookEntry> {
    return this.get("/v2/pricebook/ix", { ixType, portLocationId, speed });
  }
}
