// Waiting for Megaport: an immediate first check, then a poll interval that starts short and grows
// to a cap, a deadline with a clear error, and progress shown while it waits.
import { MegaportClient, Product, isNotFound } from "../client";
import { FAILED_STATES, READY_STATES, isProductGoneStatus } from "./facts";
import { progress } from "./progress";

export interface WaitOptions {
  timeoutMs: number;
  /** First poll interval; it grows ×1.5 per poll up to maxIntervalMs. */
  initialIntervalMs?: number;
  maxIntervalMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export class WaitTimeoutError extends Error {
  constructor(
    readonly productUid: string,
    readonly lastStatus: string,
    message: string,
  ) {
    super(message);
  }
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls the product until `done` says so; `fail` returns a reason to stop with an error. */
export async function pollProduct(
  client: MegaportClient,
  productUid: string,
  label: string,
  what: string,
  opts: WaitOptions,
  done: (p: Product | undefined) => boolean,
  fail: (p: Product | undefined) => string | undefined,
): Promise<Product | undefined> {
  const started = Date.now();
  const sleep = opts.sleep ?? defaultSleep;
  let interval = opts.initialIntervalMs ?? 250;
  const cap = opts.maxIntervalMs ?? 15_000;
  let last = "unknown";
  for (;;) {
    let product: Product | undefined;
    try {
      product = await client.products.get(productUid);
    } catch (e) {
      if (!isNotFound(e)) throw e;
      product = undefined;
    }
    last = product?.provisioningStatus ?? "not found";
    if (done(product)) return product;
    const reason = fail(product);
    if (reason) throw new Error(`${label}: ${reason}`);
    const elapsed = Date.now() - started;
    if (elapsed >= opts.timeoutMs) {
      throw new WaitTimeoutError(
        productUid,
        last,
        `${label}: timed out after ${Math.round(elapsed / 1000)}s waiting for ${what} (last status ${last}). The product ${productUid} exists; raise megaport:waitTimeMinutes or the resource's customTimeouts and run pulumi up again to keep waiting.`,
      );
    }
    void progress.status(`${label}: ${last}, waiting for ${what} (${Math.round(elapsed / 1000)}s)`);
    await sleep(Math.min(interval, Math.max(0, opts.timeoutMs - elapsed)));
    interval = Math.min(cap, Math.round(interval * 1.5));
  }
}

/** Waits until the product is CONFIGURED or LIVE; fails fast on FAILED, CANCELLED, DECOMMISSIONED. */
export function waitForProvisioning(
  client: MegaportClient,
  productUid: string,
  label: string,
  opts: WaitOptions,
): Promise<Product> {
  return pollProduct(
    client,
    productUid,
    label,
    "CONFIGURED or LIVE",
    opts,
    (p) => !!p && READY_STATES.includes(p.provisioningStatus),
    (p) =>
      p && FAILED_STATES.includes(p.provisioningStatus)
        ? `provisioning ended in ${p.provisioningStatus}`
        : undefined,
  ) as Promise<Product>;
}

/** Waits until the product is DECOMMISSIONED or gone; CANCELLED is not enough (megaport-current-api.md §2). */
export async function waitForDecommission(
  client: MegaportClient,
  productUid: string,
  label: string,
  opts: WaitOptions,
): Promise<void> {
  await pollProduct(
    client,
    productUid,
    label,
    "DECOMMISSIONED",
    opts,
    (p) => !p || p.provisioningStatus === "DECOMMISSIONED",
    () => undefined,
  );
}

/** A product that read() must report as gone. */
export function isGone(p: Product | undefined): boolean {
  return !p || isProductGoneStatus(p.provisioningStatus);
}
