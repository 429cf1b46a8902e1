// One watcher per provider session (in practice per provider process): every resource that waits
// for Megaport (a create, an update, a delete) registers here, and each tick learns the state of all
// of them with as few requests as the API allows (productFetch.ts), at a short fixed interval. So a
// change is noticed within one interval, and a stack of 50 waiting products sends the same one
// request per tick as a stack of two. Only failures (429, 5xx, connection) slow the ticks down.
import type { Product } from "../client";
import { isConnectionError, isRateLimited, isServerError } from "../client";
import { progress } from "./progress";

export interface WatcherClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const SYSTEM_CLOCK: WatcherClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise<void>((r) => setTimeout(r, ms)),
};

/**
 * What one tick learns: each asked-for product, `null` when it is gone (not found), and nothing for
 * a product this tick could not learn (it is asked for again next tick).
 */
export type ProductFetch = (
  productUids: string[],
  /** Products read on a route of their own (a NAT gateway's), by UID. */
  via?: ReadonlyMap<string, ProductRoute>,
) => Promise<{ products: Map<string, Product | null>; requests: number }>;

/** A product whose state is read on its own route rather than the product routes. */
export type ProductRoute = "natGateway";

export interface WatcherOptions {
  /** Time between ticks while products are waited for (default 2 s). */
  intervalMs?: number;
  /** The longest wait between ticks after repeated failures. */
  maxBackoffMs?: number;
  /** A product that starts waiting is looked at this soon at the earliest after the last tick. */
  minGapMs?: number;
  clock?: WatcherClock;
}

export interface WatchRequest {
  productUid: string;
  /** How messages name the resource (`Port "syd-1"`). */
  label: string;
  /** What is waited for, for progress and timeout messages ("CONFIGURED or LIVE"). */
  what: string;
  /** Whether the wait is over; given undefined when the product is not found. */
  done(p: Product | undefined): boolean;
  /** A reason to stop waiting with an error. */
  fail(p: Product | undefined): string | undefined;
  timeoutMs: number;
  /** Read on this route instead of the product routes. */
  via?: ProductRoute;
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

interface Waiter extends WatchRequest {
  started: number;
  deadline: number;
  last: string;
  /** The ticks begun when it started waiting: it is in every tick after that. */
  sinceTick: number;
  resolve(p: Product | undefined): void;
  reject(e: Error): void;
}

const isTransient = (e: unknown) => isRateLimited(e) || isServerError(e) || isConnectionError(e);

export class ProductWatcher {
  private readonly waiters = new Set<Waiter>();
  private readonly intervalMs: number;
  private readonly maxBackoffMs: number;
  private readonly minGapMs: number;
  private readonly clock: WatcherClock;
  private running = false;
  private lastTick = -Infinity;
  /** Wakes a sleeping loop early (a new waiter arrived); replaced after each sleep. */
  private wake: (() => void) | undefined;
  /** Ticks so far: what the benchmark and tests count. */
  ticks = 0;
  /** API requests the ticks have made. */
  requests = 0;

  constructor(
    private readonly fetch: ProductFetch,
    opts: WatcherOptions = {},
  ) {
    this.intervalMs = opts.intervalMs ?? 2000;
    this.maxBackoffMs = opts.maxBackoffMs ?? 30_000;
    this.minGapMs = opts.minGapMs ?? Math.min(1000, this.intervalMs);
    this.clock = opts.clock ?? SYSTEM_CLOCK;
  }

  /** Why every wait ends at once, from now on (the engine cancelled the run). */
  private cancelled: string | undefined;

  /**
   * Ends every wait now with `reason`, and every wait asked for later at once (the engine cancelled
   * the run): each resource keeps its id.
   */
  cancelAll(reason: string): void {
    this.cancelled = reason;
    for (const w of this.waiters) w.reject(new Error(`${w.label}: ${reason}; it was ${w.last}`));
    this.waiters.clear();
    this.wake?.();
  }

  /** Resolves with the product once `done` says so (undefined: not found), or rejects. */
  watch(request: WatchRequest): Promise<Product | undefined> {
    if (this.cancelled) return Promise.reject(new Error(`${request.label}: ${this.cancelled}`));
    return new Promise((resolve, reject) => {
      const started = this.clock.now();
      this.waiters.add({
        ...request,
        started,
        deadline: started + request.timeoutMs,
        last: "not checked yet",
        sinceTick: this.ticks,
        resolve,
        reject,
      });
      this.wake?.();
      if (!this.running) void this.run();
    });
  }

  private async run(): Promise<void> {
    this.running = true;
    let backoff = 0;
    // Waits that start together (resources created side by side) share the first look.
    await new Promise<void>((r) => setImmediate(r));
    const busy = { since: this.clock.now(), ticks: this.ticks, requests: this.requests };
    try {
      while (this.waiters.size > 0) {
        const waitFor = this.lastTick + Math.max(this.minGapMs, backoff) - this.clock.now();
        if (waitFor > 0) await this.clock.sleep(waitFor);
        backoff = (await this.tick())
          ? 0
          : Math.min(this.maxBackoffMs, Math.max(backoff * 2, this.intervalMs * 2));
        if (this.waiters.size > 0) await this.sleepUntilNextTick(backoff);
      }
    } finally {
      this.running = false;
    }
    // What waiting cost, for the person watching and for the benchmark (which reads it from the
    // engine's events): a live status line, not kept.
    const seconds = (this.clock.now() - busy.since) / 1000;
    const requests = this.requests - busy.requests;
    void progress.status(
      `pulumi-megaport watcher: ${this.ticks - busy.ticks} looks, ${requests} requests in ${seconds.toFixed(1)}s of waiting (${(requests / Math.max(seconds, 0.001)).toFixed(2)}/s)`,
    );
  }

  /** Sleeps an interval (or the backoff), less if a deadline comes first, ended early by a new waiter. */
  private async sleepUntilNextTick(backoff: number): Promise<void> {
    const now = this.clock.now();
    const nearestDeadline = Math.min(...[...this.waiters].map((w) => w.deadline));
    // A product that started waiting during the last tick has not been looked at yet: soon, then.
    const fresh = [...this.waiters].some((w) => w.sinceTick >= this.ticks);
    const gap = fresh && backoff === 0 ? this.minGapMs : Math.max(this.intervalMs, backoff);
    const ms = Math.max(0, Math.min(this.lastTick + gap - now, nearestDeadline - now));
    if (ms === 0) return;
    const woken = new Promise<void>((r) => (this.wake = r));
    await Promise.race([this.clock.sleep(ms), woken]);
    this.wake = undefined;
  }

  /** One look at every waiting product; false when the look failed for a reason worth backing off. */
  private async tick(): Promise<boolean> {
    this.lastTick = this.clock.now();
    this.ticks++;
    const waiting = [...this.waiters];
    let found: Map<string, Product | null>;
    try {
      const via = new Map(waiting.flatMap((w) => (w.via ? [[w.productUid, w.via] as const] : [])));
      const fetched = await this.fetch(
        [...new Set(waiting.map((w) => w.productUid))],
        via.size > 0 ? via : undefined,
      );
      found = fetched.products;
      this.requests += fetched.requests;
    } catch (e) {
      this.requests++;
      // The transport has already retried (honouring Retry-After); what is left slows the ticks down.
      if (!isTransient(e)) {
        for (const w of waiting) this.settle(w, () => w.reject(e as Error));
        return true;
      }
      this.expire(waiting);
      return false;
    }
    const now = this.clock.now();
    for (const w of waiting) {
      if (!found.has(w.productUid)) continue;
      const p = found.get(w.productUid) ?? undefined;
      w.last = p?.provisioningStatus ?? "not found";
      if (w.done(p)) {
        this.settle(w, () => w.resolve(p));
        continue;
      }
      const reason = w.fail(p);
      if (reason) {
        this.settle(w, () => w.reject(new Error(`${w.label}: ${reason}`)));
        continue;
      }
      void progress.status(
        `${w.label}: ${w.last}, waiting for ${w.what} (${Math.round((now - w.started) / 1000)}s)`,
      );
    }
    this.expire(waiting);
    return true;
  }

  /** Waiters whose deadline has passed end with a timeout that keeps the product's id. */
  private expire(waiting: Waiter[]): void {
    const now = this.clock.now();
    for (const w of waiting) {
      if (!this.waiters.has(w) || now < w.deadline) continue;
      const elapsed = Math.round((now - w.started) / 1000);
      this.settle(w, () =>
        w.reject(
          new WaitTimeoutError(
            w.productUid,
            w.last,
            `${w.label}: timed out after ${elapsed}s waiting for ${w.what} (last status ${w.last}). The product ${w.productUid} exists and is kept in the state; raise megaport:waitTimeMinutes (or MEGAPORT_WAIT_TIME_MINUTES) and run pulumi up again to keep waiting.`,
          ),
        ),
      );
    }
  }

  private settle(w: Waiter, then: () => void): void {
    this.waiters.delete(w);
    then();
  }
}
