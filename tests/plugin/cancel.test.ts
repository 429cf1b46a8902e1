// The engine's Cancel (a person pressing Ctrl-C): the plugin ends its waits at once, each create
// failing as partially created so its product's id stays in the state, and orders nothing more.
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { startEmulator } from "../../emulator";
import { RunningPlugin, provproto, startPlugin, struct, urnOf } from "../support/plugin";

type Emulator = Awaited<ReturnType<typeof startEmulator>>;
let emu: Emulator;
let plugin: RunningPlugin;

beforeAll(async () => {
  // Slow provisioning: the create is still waiting when the run is cancelled.
  emu = await startEmulator({
    port: 0,
    timings: { deployableMs: 60_000, configuredMs: 60_000, decommissionMs: 1000 },
  });
  plugin = await startPlugin();
  const configure = new provproto.ConfigureRequest().setAcceptsecrets(true);
  const vars = configure.getVariablesMap();
  for (const [k, v] of Object.entries({
    baseUrl: emu.url,
    tokenUrl: emu.tokenUrl,
    accessKey: emu.credentials.accessKey,
    secretKey: emu.credentials.secretKey,
    acceptPurchaseTerms: "true",
    pollIntervalSeconds: "0.25",
  }))
    vars.set(`megaport:${k}`, v);
  await plugin.call("configure", configure);
});
afterAll(async () => {
  plugin.stop();
  await emu.close();
});

const port = (name: string) => ({
  productName: name,
  portSpeed: 10000,
  locationId: 3,
  contractTermMonths: 1,
  marketplaceVisibility: false,
});

async function create(name: string) {
  const urn = urnOf("Port", name);
  const checked = await plugin.call(
    "check",
    new provproto.CheckRequest()
      .setUrn(urn)
      .setOlds(struct({}))
      .setNews(struct(port(name))),
  );
  return plugin.call("create", new provproto.CreateRequest().setUrn(urn).setProperties(checked.getInputs()));
}

const buys = async () =>
  (await emu.admin.requests()).filter((r) => r.path === "/v4/networkdesign/buy").length;

test("a cancelled run's waiting create fails keeping its id, and nothing more is ordered", async () => {
  // The buy's answer comes after the cancel: the wait that follows it must end at once too.
  await emu.admin.fault({ kind: "latency", latencyMs: 1500, pathPrefix: "/v4/networkdesign/buy" });
  const waiting = create("waiting").then(
    () => undefined,
    (e: { message: string; metadata: { get(k: string): unknown[] } }) => e,
  );
  while ((await buys()) === 0) await new Promise((r) => setTimeout(r, 50));
  const started = Date.now();
  await plugin.call("cancel", new Empty());
  const err = await waiting;
  expect(Date.now() - started).toBeLessThan(5_000);
  expect(err?.message).toContain("the run was cancelled");
  // The partial-create detail: the engine keeps the product's id in the state.
  expect(err?.metadata.get("grpc-status-details-bin")).toHaveLength(1);
  const [bought] = await emu.admin.products();
  expect(String(err?.message)).toContain('Port "waiting"');
  expect(bought.provisioningStatus).toBe("DEPLOYABLE");

  await expect(create("after-cancel")).rejects.toThrow(/the run was cancelled/);
  expect(await buys()).toBe(1);
});
