// Waiting for Megaport: an immediate first check, then a poll interval that starts short and grows
// to a cap, a deadline with a clear error, and progress shown while it waits. Cancelling waits the
// same way for DECOMMISSIONED.
import { ActionOptions, Product, isNotFound } from "../client";
import { FAILED_STATES, READY_STATES } from "./facts";
import { canonical, LifecycleContext } from "./lifecycle";
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

export const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls the product until `done` says so; `fail` returns a reason to stop with an error. */
export async function pollProduct(
  ctx: LifecycleContext,
  productUid: string,
  what: string,
  done: (p: Product | undefined) => boolean,
  fail: (p: Product | undefined) => string | undefined,
  opts: WaitOptions = ctx.wait,
): Promise<Product | undefined> {
  const started = Date.now();
  const sleep = opts.sleep ?? defaultSleep;
  let interval = opts.initialIntervalMs ?? 250;
  const cap = opts.maxIntervalMs ?? 15_000;
  for (;;) {
    let product: Product | undefined;
    try {
      product = await ctx.client.products.get(productUid);
    } catch (e) {
      if (!isNotFound(e)) throw e;
      product = undefined;
    }
    const last = product?.provisioningStatus ?? "not found";
    if (done(product)) return product;
    const reason = fail(product);
    if (reason) throw new Error(`${ctx.label}: ${reason}`);
    const elapsed = Date.now() - started;
    if (elapsed >= opts.timeoutMs) {
      throw new WaitTimeoutError(
        productUid,
        last,
        `${ctx.label}: timed out after ${Math.round(elapsed / 1000)}s waiting for ${what} (last status ${last}). The product ${productUid} exists and is kept in the state; raise megaport:waitTimeMinutes (or MEGAPORT_WAIT_TIME_MINUTES) and run pulumi up again to keep waiting.`,
      );
    }
    void progress.status(`${ctx.label}: ${last}, waiting for ${what} (${Math.round(elapsed / 1000)}s)`);
    await sleep(Math.min(interval, Math.max(0, opts.timeoutMs - elapsed)));
    interval = Math.min(cap, Math.round(interval * 1.5));
  }
}

/** Waits until the product is CONFIGURED or LIVE; fails at once on FAILED, CANCELLED, DECOMMISSIONED. */
export async function waitForProvisioning(ctx: LifecycleContext, productUid: string): Promise<Product> {
  const p = await pollProduct(
    ctx,
    productUid,
    "CONFIGURED or LIVE",
    (x) => !!x && READY_STATES.includes(x.provisioningStatus),
    // Not found is waited through, as before: a product just bought may not be readable at once.
    (x) =>
      x && FAILED_STATES.includes(x.provisioningStatus)
        ? `provisioning of ${productUid} ended in ${x.provisioningStatus}`
        : undefined,
  );
  return p!;
}

/** After a PUT, waits until a GET shows every expected value (the API applies changes asynchronously). */
export async function waitUntilShown(
  ctx: LifecycleContext,
  productUid: string,
  expected: Array<[string, (p: Product) => unknown, unknown]>,
): Promise<Product> {
  if (expected.length === 0) return ctx.client.products.get(productUid);
  const p = await pollProduct(
    ctx,
    productUid,
    `the update of ${expected.map(([k]) => k).join(", ")} to show`,
    (x) => !!x && expected.every(([, get, want]) => canonical(get(x)) === canonical(want)),
    (x) => (x ? undefined : "the product disappeared during the update"),
    { ...ctx.wait, timeoutMs: Math.min(ctx.wait.timeoutMs, 5 * 60_000) },
  );
  return p!;
}

/**
 * CANCEL_NOW, then a wait until DECOMMISSIONED or gone; CANCELLED is not enough, because after
 * CANCEL_NOW it can mean the termination failed while the service is still live and billed.
 * A product already gone is success, also when a retried CANCEL_NOW finds it so.
 */
export async function cancelNow(
  ctx: LifecycleContext,
  productUid: string,
  opts: ActionOptions = {},
): Promise<void> {
  const gone = (p: Product | undefined) => !p || p.provisioningStatus === "DECOMMISSIONED";
  const current = await ctx.client.products.get(productUid).catch((e: unknown) => {
    if (isNotFound(e)) return undefined;
    throw e;
  });
  if (gone(current)) return;
  if (current!.provisioningStatus !== "DECOMMISSIONING") {
    try {
      await ctx.client.products.action(productUid, "CANCEL_NOW", opts);
    } catch (e) {
      const now = await ctx.client.products.get(productUid).catch(() => undefined);
      if (isNotFound(e) || (now && ["DECOMMISSIONING", "DECOMMISSIONED"].includes(now.provisioningStatus))) {
        // An earlier attempt went through (its answer was lost): nothing left to cancel.
      } else throw e;
    }
  }
  await pollProduct(ctx, productUid, "DECOMMISSIONED", gone, () => undefined);
  await progress.info(`${ctx.label}: cancelled (${productUid} is DECOMMISSIONED)`);
}
