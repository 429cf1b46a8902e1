// Network design validate (POST /v3/networkdesign/validate, bare array) and buy
// (POST /v4/networkdesign/buy, {networkDesign, discountCodes}), as megaportgo calls them today.
import { z } from "zod";
import { MegaportApiError } from "./errors";
import { Transport } from "./transport";
import { optNumber, optString } from "./shapes";
import type { PortOrderItem } from "./ports";
import type { McrOrderItem } from "./mcrs";
import type { MveOrderItem } from "./mves";
import type { VxcOrderItem } from "./vxcs";
import type { IxOrderItem } from "./ixs";

/** One item of a network design: a new Port/MCR, or an existing product with new VXCs/IXs. */
export type OrderItem = PortOrderItem | McrOrderItem | MveOrderItem | VxcOrderItem | IxOrderItem;

export interface BuyOrderRequest {
  networkDesign: OrderItem[];
  discountCodes: string[];
}

export const Price = z.object({
  monthlyRate: optNumber,
  monthlySetup: optNumber,
  hourlyRate: optNumber,
  dailyRate: optNumber,
  currency: optString,
  key: optString,
});

export const ValidateItem = z.object({
  serviceName: optString,
  productType: optString,
  productUid: optString,
  market: optString,
  price: Price.nullish(),
  error: optString,
});
export type ValidateItem = z.infer<typeof ValidateItem>;

export const BuyResultItem = z.object({
  technicalServiceUid: optString,
  /** VXC orders answer with this instead of technicalServiceUid. */
  vxcJTechnicalServiceUid: optString,
  serviceName: optString,
  productType: optString,
  provisioningStatus: optString,
});
export type BuyResultItem = z.infer<typeof BuyResultItem>;

/** Products named in a buy message: "Port [uid] created.", "Created child services [] [VXC uid]". */
export function itemsFromBuyText(text: string): BuyResultItem[] {
  return [...text.matchAll(/\b(Port|MCR|MVE|IX|VXC)\s*\[?\s*([0-9a-fA-F][0-9a-fA-F-]{7,})/g)].map((m) => ({
    technicalServiceUid: m[2],
    productType: m[1] === "Port" ? "MEGAPORT" : m[1],
  }));
}

/** Buy answers with an array of results, or (as several of the reference's examples) a sentence. */
export const BuyData = z.union([z.array(BuyResultItem), z.string().transform(itemsFromBuyText)]).nullish();

export class OrdersService {
  constructor(private readonly t: Transport) {}

  /**
   * Validates an order and returns its priced items; fails with kind "validation" naming each error.
   * The live API refuses with HTTP 400, "Validation failed" and `data` a list of `{error}` items (or
   * a sentence): Terraform provider issues #18, #147, #200 and #272 quote it. The 2018 reference
   * shows a 200 whose items carry `error`; both are read as a failed validation.
   */
  async validate(order: OrderItem[]): Promise<ValidateItem[]> {
    const path = "/v3/networkdesign/validate";
    let res: { message: string; data: ValidateItem[] };
    try {
      // Validate places nothing, so it is safe to repeat.
      res = await this.t.send({
        method: "POST",
        path,
        body: order,
        schema: z.array(ValidateItem),
        retry: "idempotent",
      });
    } catch (e) {
      if (!MegaportApiError.isInstance(e) || e.status !== 400) throw e;
      const items = z.array(ValidateItem).safeParse(e.data);
      throw validationFailure(e.megaportMessage, items.success ? items.data : [], 400, e.data, e.traceId);
    }
    const failed = res.data.filter((i) => i.error);
    if (failed.length > 0) throw validationFailure(res.message, failed, 200, failed);
    return res.data;
  }

  /** Places the order. Never retried after it may have been received: see RetryPolicy "order". */
  async buy(
    order: OrderItem[],
    discountCodes: string[] = [],
  ): Promise<{ message: string; items: BuyResultItem[] }> {
    const body: BuyOrderRequest = { networkDesign: order, discountCodes };
    const res = await this.t.send({
      method: "POST",
      path: "/v4/networkdesign/buy",
      body,
      schema: BuyData,
      retry: "order",
    });
    const items = res.data && res.data.length > 0 ? res.data : itemsFromBuyText(res.message);
    return { message: res.message, items };
  }
}

function validationFailure(
  message: string,
  items: ValidateItem[],
  status: number,
  data: unknown,
  traceId?: string,
): MegaportApiError {
  const reasons = items
    .filter((i) => i.error)
    .map((i) => (i.serviceName ? `${i.serviceName}: ${i.error}` : i.error));
  const detail = reasons.length > 0 ? reasons.join("; ") : typeof data === "string" ? data : "";
  return new MegaportApiError({
    kind: "validation",
    method: "POST",
    path: "/v3/networkdesign/validate",
    status,
    megaportMessage: `${message || "Validation failed"}${detail ? `: ${detail}` : ""}`,
    data,
    traceId,
  });
}

/** The product uid a buy result item names (technicalServiceUid, or vxcJTechnicalServiceUid for VXCs). */
export function boughtUid(item: BuyResultItem): string | undefined {
  return item.technicalServiceUid ?? item.vxcJTechnicalServiceUid ?? undefined;
}
