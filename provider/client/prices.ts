// New-service prices: POST /v4/pricebook/product, as megaportgo prices (the v2 reference's
// GET /v2/pricebook/* routes are not used by any current Megaport client).
import { z } from "zod";
import { Transport } from "./transport";
import { optNumber, optString } from "./shapes";

export const PriceBookEntry = z.object({
  productType: optString,
  currency: z.string(),
  monthlyRate: z.number(),
  /** Before discounts (term, wholesale, partner). */
  monthlyRackRate: optNumber,
  prices: z
    .array(
      z.object({ chargeReason: optString, frequency: optString, amount: z.number(), addOnType: optString }),
    )
    .nullish(),
  discounts: z.array(z.object({ discountReason: optString, amount: z.number() })).nullish(),
});
export type PriceBookEntry = z.infer<typeof PriceBookEntry>;

/** The body of a price request, by product type (megaportgo pricing_types.go). */
export type PriceRequest =
  | { productType: "MEGAPORT" | "MCR2"; locationId: number; speed: number; term?: number }
  | { productType: "VXC"; aLocationId: number; bLocationId: number; speed: number; term?: number }
  | { productType: "IX"; portLocationId: number; ixType: string; speed: number; term?: number };

export class PricesService {
  constructor(private readonly t: Transport) {}

  /** Pricing places nothing, so it is retried like a read. */
  async price(body: PriceRequest): Promise<PriceBookEntry> {
    return this.t.post("/v4/pricebook/product", body, PriceBookEntry, "idempotent");
  }

  port(locationId: number, speed: number, term: number): Promise<PriceBookEntry> {
    return this.price({ productType: "MEGAPORT", locationId, speed, term });
  }

  mcr(locationId: number, speed: number, term?: number): Promise<PriceBookEntry> {
    return this.price({ productType: "MCR2", locationId, speed, ...(term ? { term } : {}) });
  }

  vxc(aLocationId: number, bLocationId: number, speed: number, term?: number): Promise<PriceBookEntry> {
    return this.price({ productType: "VXC", aLocationId, bLocationId, speed, ...(term ? { term } : {}) });
  }

  ix(ixType: string, portLocationId: number, speed: number, term?: number): Promise<PriceBookEntry> {
    return this.price({ productType: "IX", portLocationId, ixType, speed, ...(term ? { term } : {}) });
  }
}
