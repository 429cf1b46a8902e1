// Waiting for Megaport: every wait is registered with the session's one watcher (watcher.ts), which
// looks at all waiting products together at a short fixed interval, with a deadline per wait and
// progress shown per resource. Cancelling waits the same way for DECOMMISSIONED.
import { ActionOptions, Product, isNotFound, isFailed, isGone, isReady } from "../client";
import { canonical, LifecycleContext, WaitOptions } from "./lifecycle";
import { progress } from "./progress";

export { WaitTimeoutError } from "./watcher";

export const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Waits until `done` says so; `fail` returns a reason to stop with an error. */
export function pollProduct(
  ctx: LifecycleContext,
  productUid: string,
  what: string,
  done: (p: Product | undefined) => boolean,
  fail: (p: Product | undefined) => string | undefined,
  opts: WaitOptions = ctx.wait,
): Promise<Product | undefined> {
  return ctx.session
    .watcher()
    .watch({ productUid, label: ctx.label, what, done, fail, timeoutMs: opts.timeoutMs, via: opts.via });
}

/** A VXC to another company's port that waits for that company: nothing happens until it answers. */
export function awaitsApproval(p: Product): boolean {
  return p.vxcApproval?.status === "PENDING";
}

/**
 * Waits until the product is CONFIGURED or LIVE, or awaits another company's approval (which can
 * take days: the wait ends there, the product is kept, and the next `up` looks again); fails at
 * once on FAILED, CANCELLED, DECOMMISSIONED.
 */
export async function waitForProvisioning(ctx: LifecycleContext, productUid: string): Promise<Product> {
  const p = await pollProduct(
    ctx,
    productUid,
    "CONFIGURED or LIVE",
    (x) => !!x && (isReady(x.provisioningStatus) || awaitsApproval(x)),
    // Not found is waited through, as before: a product just bought may not be readable at once.
    (x) =>
      x && isFailed(x.provisioningStatus)
        ? `provisioning of ${productUid} ended in ${x.provisioningStatus}`
        : undefined,
  );
  if (awaitsApproval(p!))
    await progress.warn(
      `${ctx.label}: ${p!.vxcApproval?.message ?? "awaiting the other company's approval"}. The VXC ${productUid} is kept; run pulumi up again once it is approved to finish.`,
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
  // Sent without reading the product first: a refusal is looked into below, which costs a read only
  // where the product was already on its way out (a delete resumed after a crash).
  try {
    await ctx.client.products.action(productUid, "CANCEL_NOW", opts);
  } catch (e) {
    const now = await ctx.client.products.get(productUid).catch(() => undefined);
    if (isNotFound(e) || (now && isGone(now.provisioningStatus))) {
      // Gone already, or an earlier attempt went through (its answer was lost): nothing to cancel.
    } else throw e;
  }
  await pollProduct(ctx, productUid, "DECOMMISSIONED", gone, () => undefined);
  await progress.info(`${ctx.label}: cancelled (${productUid} is DECOMMISSIONED)`);
}
