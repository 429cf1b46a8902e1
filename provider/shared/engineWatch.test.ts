import { createServer, Server } from "node:net";
import { MegaportClient } from "../client";
import { TestEmulator, withEmulator } from "../../tests/support/emulator";
import { EngineGoneError, EngineWatch, engineAddressFromArgs, isListening } from "./engineWatch";

/** A stand-in for the engine's gRPC server: something listening on a loopback port. */
async function listening(): Promise<{ server: Server; address: string }> {
  const server = createServer((socket) => socket.destroy());
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  return { server, address: `127.0.0.1:${port}` };
}
const closed = (server: Server) => new Promise<void>((r) => server.close(() => r()));

test("the engine's address is the last host:port argument the plugin was started with", () => {
  const node = ["/usr/bin/node", "/x/cmd/dynamic-provider/index.js"];
  expect(engineAddressFromArgs([...node, "127.0.0.1:41234"])).toBe("127.0.0.1:41234");
  expect(engineAddressFromArgs([...node, "--logtostderr", "-v=9", "--tracing", "a:1", "127.0.0.1:5"])).toBe(
    "127.0.0.1:5",
  );
  expect(engineAddressFromArgs([...node, "[::1]:7000"])).toBe("[::1]:7000");
  // Jest, a program: nothing to watch.
  expect(engineAddressFromArgs(["/usr/bin/node", "/x/jest", "provider/shared"])).toBeUndefined();
});

test("a closed port is gone; a listening one is alive", async () => {
  const { server, address } = await listening();
  expect(await isListening(address)).toBe(true);
  await closed(server);
  expect(await isListening(address)).toBe(false);
});

test("ensureAlive passes while the engine listens, then stops the plugin and refuses once it is gone", async () => {
  const { server, address } = await listening();
  const gone: string[] = [];
  const watch = new EngineWatch(address, { onGone: (a) => gone.push(a) });
  await expect(watch.ensureAlive()).resolves.toBeUndefined();
  await closed(server);
  await expect(watch.ensureAlive()).rejects.toThrow(EngineGoneError);
  await expect(watch.ensureAlive()).rejects.toThrow(/is gone: nothing more is ordered/);
  expect(gone).toEqual([address]);
});

test("the periodic look notices the engine is gone without any order being sent", async () => {
  const { server, address } = await listening();
  let stopped = 0;
  const watch = new EngineWatch(address, { intervalMs: 20, onGone: () => stopped++ }).start();
  await closed(server);
  for (let i = 0; i < 100 && stopped === 0; i++) await new Promise((r) => setTimeout(r, 20));
  watch.stop();
  expect(stopped).toBe(1);
});

describe("the request pipeline with a run that is gone", () => {
  let emu: TestEmulator;
  beforeAll(async () => (emu = await withEmulator()));
  afterAll(async () => emu.close());

  test("reads still go out, but no buy, PUT or cancel leaves the process", async () => {
    await emu.admin.clearRequests();
    const client = new MegaportClient({
      ...emu.credentials,
      baseUrl: emu.url,
      tokenUrl: emu.tokenUrl,
      beforeChange: () => Promise.reject(new EngineGoneError("the engine is gone")),
    });
    expect((await client.locations.list()).length).toBeGreaterThan(0);
    await expect(client.orders.buy([{ productType: "MEGAPORT" } as never], [])).rejects.toThrow(
      "the engine is gone",
    );
    await expect(client.products.action("abc", "CANCEL_NOW")).rejects.toThrow("the engine is gone");
    const sent = (await emu.admin.requests()).map((r) => `${r.method} ${r.path}`);
    // Getting a token changes nothing in the account.
    expect(sent.filter((r) => !r.startsWith("GET ") && r !== "POST /oauth2/token")).toEqual([]);
    expect(sent.some((r) => r.startsWith("GET /v3/locations"))).toBe(true);
  });
});
