// A small HTTP client for the emulator's admin API (/_emulator), used by tests, the demo and
// anyone driving an emulator started as a separate process.
import { ADMIN_PREFIX } from "./adminContract";
import type { Fault, LoggedRequest, OutOfBandAction } from "./adminContract";

export class EmulatorAdmin {
  constructor(private readonly url: string) {}

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.url}${ADMIN_PREFIX}${path}`, {
      method,
      headers: body === undefined ? {} : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json()) as T & { message?: string };
    if (!res.ok) throw new Error(`emulator admin ${method} ${path}: ${res.status} ${json.message ?? ""}`);
    return json;
  }

  /** Every API request received since the last reset or clear, oldest first. */
  requests(): Promise<LoggedRequest[]> {
    return this.call("GET", "/requests");
  }

  clearRequests(): Promise<unknown> {
    return this.call("DELETE", "/requests");
  }

  /** The next matching request(s) meet this fault. */
  fault(fault: Fault | Fault[]): Promise<unknown> {
    return this.call("POST", "/faults", fault);
  }

  clearFaults(): Promise<unknown> {
    return this.call("DELETE", "/faults");
  }

  expireTokens(): Promise<unknown> {
    return this.call("POST", "/tokens/expire");
  }

  /** A change made out of band, as a person in the Megaport portal would make it. */
  changeProduct(productUid: string, change: Record<string, unknown>): Promise<Record<string, unknown>> {
    return this.call("POST", `/products/${productUid}`, change);
  }

  /** CANCEL (end of term), CANCEL_NOW, DECOMMISSION (immediately gone) or FAIL, out of band. */
  productAction(productUid: string, action: OutOfBandAction): Promise<Record<string, unknown>> {
    return this.call("POST", `/products/${productUid}/${action}`);
  }

  /** Products as GET /v2/product/{uid} renders them. */
  products(): Promise<Array<Record<string, unknown>>> {
    return this.call("GET", "/products");
  }

  /** Buys an order (a bare network-design array) that is LIVE at once, as if bought in the portal. */
  order(items: unknown[]): Promise<{ data: Array<Record<string, unknown>> }> {
    return this.call("POST", "/orders", items);
  }

  /** Adds the products the v2 reference's examples act on (see referenceProducts.ts). */
  seedReference(): Promise<Record<string, string>> {
    return this.call("POST", "/seed/reference");
  }

  reset(): Promise<unknown> {
    return this.call("POST", "/reset");
  }
}
