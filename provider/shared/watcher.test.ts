// The shared watcher against the emulator over HTTP, both on one clock the test moves by hand: how
// many requests a wait costs, how late a change is noticed, backoff on failures, a product that
// disappears, and a deadline. Products become CONFIGURED 20 s (of that clock) after their order.
import { startEmulator } from "../../emulator";
import { buyPort, clientFor } from "../../tests/support/emulator";
import { isReady } from "../client";
import { productFetch } from "./productFetch";
import { ProductWatcher, WaitTimeoutError, WatchRequest } from "./watcher";

const T = 20_000;
let t = Date.UTC(2026, 0, 1);
/** Sleeping moves the clock: a wait of minutes takes milliseconds, and every time is exact. */
const clock = { now: () => t, sleep: async (ms: number) => void (t += ms) };

let emu: Awaited<ReturnType<typeof startEmulator>>;
beforeAll(async () => {
  emu = await startEmulator({
    now: clock.now,
    timings: { deployableMs: T, configuredMs: T, decommissionMs: T },
  });
});
afterAll(() => emu.close());
beforeEach(() => emu.admin.reset());

const client = () => clientFor(emu);
const watcherFor = (c = client()) => new ProductWatcher(productFetch(c), { clock, intervalMs: 2000 });
const ready = (productUid: string, timeoutMs = 10 * 60_000): WatchRequest => ({
  productUid,
  label: `Port ${productUid.slice(0, 8)}`,
  what: "CONFIGURED or LIVE",
  done: (p) => !!p && isReady(p.provisioningStatus),
  fail: (p) => (p ? undefined : "the product disappeared"),
  timeoutMs,
});
const apiRequests = async () =>
  (await emu.admin.requests())
    .filter((r) => r.status !== 401)
    .map((r) => ({ route: `${r.method} ${r.path}`, at: r.at }));

test("50 waiting products cost one product list per 2 s tick, and each is noticed within 2 s of CONFIGURED", async () => {
  const c = client();
  const uids: string[] = [];
  for (let i = 0; i < 50; i++) uids.push(await buyPort(c, { productName: `p${i}` }));
  const bought = t;
  await emu.admin.clearRequests();
  const watcher = watcherFor(c);
  const noticed = await Promise.all(uids.map((u) => watcher.watch(ready(u)).then((p) => ({ p, at: t }))));
  for (const n of noticed) {
    expect(n.p?.provisioningStatus).toBe("CONFIGURED");
    expect(n.at - (bought + T)).toBeGreaterThanOrEqual(0);
    expect(n.at - (bought + T)).toBeLessThanOrEqual(2000);
  }
  const requests = await apiRequests();
  // Nothing but the list: 50 products, one request per tick.
  expect(new Set(requests.map((r) => r.route))).toEqual(new Set(["GET /v2/products"]));
  const seconds = (noticed[0].at - bought) / 1000;
  expect(requests.length / seconds).toBeLessThanOrEqual(0.6);
  expect(watcher.ticks).toBe(requests.length);
  expect(watcher.requests).toBe(requests.length);
});

test("one waiting product costs one product GET per tick", async () => {
  const c = client();
  const uid = await buyPort(c);
  await emu.admin.clearRequests();
  await watcherFor(c).watch(ready(uid));
  const routes = new Set((await apiRequests()).map((r) => r.route));
  expect(routes).toEqual(new Set([`GET /v2/product/${uid}`]));
});

test("a product that starts waiting while others wait is looked at within a second, not a tick later", async () => {
  const c = client();
  const first = await buyPort(c, { productName: "first" });
  const second = await buyPort(c, { productName: "second" });
  const watcher = watcherFor(c);
  let added: number | undefined;
  let look: Promise<number> | undefined;
  // The second wait starts during a tick of the first, 5 s in (the clock moves only when it sleeps).
  const start = t;
  await watcher.watch({
    ...ready(first),
    done: (p) => {
      if (added === undefined && t - start >= 5000) {
        added = t;
        // Done at its first look, so when it resolves is when it was first looked at.
        look = watcher.watch({ ...ready(second), done: () => true }).then(() => t);
      }
      return !!p && isReady(p.provisioningStatus);
    },
  });
  expect((await look!) - added!).toBeLessThanOrEqual(1000);
});

test("failures slow the ticks down (Retry-After honoured by the transport), and success brings the interval back", async () => {
  const c = client();
  const uids = [await buyPort(c, { productName: "a" }), await buyPort(c, { productName: "b" })];
  await emu.admin.clearRequests();
  // Two ticks' worth of failed list requests (the transport makes 4 attempts each).
  await emu.admin.fault({ kind: "status", status: 503, method: "GET", pathPrefix: "/v2/products", times: 8 });
  const watcher = watcherFor(c);
  await Promise.all(uids.map((u) => watcher.watch(ready(u))));
  const lists = (await apiRequests()).filter((r) => r.route === "GET /v2/products");
  // Tick starts: each tick's first attempt follows the previous tick's last by the tick gap.
  const tickStarts = lists.filter((_, i) => (i < 8 ? i % 4 === 0 : true)).map((r) => r.at);
  const gaps = tickStarts.slice(1).map((at, i) => at - tickStarts[i]);
  expect(gaps.slice(0, 2)).toEqual([4000, 8000]);
  expect(gaps.slice(2).every((g) => g === 2000)).toBe(true);
});

test("a product that is gone or not found ends its wait with the reason; the others keep waiting", async () => {
  const c = client();
  const [gone, stays] = [
    await buyPort(c, { productName: "gone" }),
    await buyPort(c, { productName: "stays" }),
  ];
  await emu.admin.productAction(gone, "DECOMMISSION");
  const missing = "00000000-0000-4000-8000-000000000000";
  const watcher = watcherFor(c);
  const endedIn = (p: { provisioningStatus: string } | undefined) =>
    p?.provisioningStatus === "DECOMMISSIONED" ? "it ended in DECOMMISSIONED" : undefined;
  const goneWait = watcher.watch({ ...ready(gone), fail: endedIn });
  const missingWait = watcher.watch(ready(missing));
  const staysWait = watcher.watch(ready(stays));
  await expect(goneWait).rejects.toThrow(`Port ${gone.slice(0, 8)}: it ended in DECOMMISSIONED`);
  // Not in the list: read on its own (one GET a tick at most), and not found.
  await expect(missingWait).rejects.toThrow("Port 00000000: the product disappeared");
  expect((await staysWait)?.provisioningStatus).toBe("CONFIGURED");
});

test("a wait past its deadline ends with a timeout that keeps the product's id", async () => {
  const uid = await buyPort(client());
  const started = t;
  const err = (await watcherFor()
    .watch(ready(uid, 9000))
    .catch((e: unknown) => e)) as WaitTimeoutError;
  expect(err).toBeInstanceOf(WaitTimeoutError);
  expect(err.productUid).toBe(uid);
  expect(err.lastStatus).toBe("DEPLOYABLE");
  expect(t - started).toBe(9000);
  expect(err.message).toContain(
    `timed out after 9s waiting for CONFIGURED or LIVE (last status DEPLOYABLE). The product ${uid} exists`,
  );
});
