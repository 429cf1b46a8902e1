// The order-safety fault suite, through the serialized provider as the engine's plugin loads it,
// against the emulator over HTTP. Each scenario states the invariant it holds: the products bought
// are exactly the products the resources record; a product of another stack (or of nobody) is never
// taken over; an unknown answer orders nothing; status is the truth; bad input stops at preview.
import * as pulumi from "@pulumi/pulumi";
import { OrderItem, boughtUid } from "../../provider/client";
import { buyPort, clientFor, PORT_ORDER, TestEmulator, untilLive, withEmulator } from "../support/emulator";
import {
  checkAndCreate,
  emulatorStackConfig,
  markerFor,
  privateVxcArgs,
  serializedProvider,
  stackFor,
} from "../support/serialized";

type Provider = Required<pulumi.dynamic.ResourceProvider>;
let emu: TestEmulator;
let port: Provider;
let vxc: Provider;
let serviceKey: Provider;

const portArgs = (stack = "test", name = "edge") => ({
  productName: name,
  portSpeed: 10000,
  locationId: 3,
  contractTermMonths: 12,
  marketplaceVisibility: false,
  orderMarker: markerFor("Port", name, stack),
  orderStack: stackFor(stack),
});

beforeAll(async () => {
  emu = await withEmulator();
  port = (await serializedProvider("Port", emulatorStackConfig(emu))).provider;
  vxc = (await serializedProvider("Vxc", emulatorStackConfig(emu))).provider;
  serviceKey = (await serializedProvider("ServiceKey", emulatorStackConfig(emu))).provider;
});
afterAll(() => emu.close());
// Every provider of a process shares the configuration the engine gives it (as every resource of a
// stack does): each test starts from the default one.
beforeEach(async () => {
  await emu.admin.reset();
  await serializedProvider("Port", emulatorStackConfig(emu));
});

/** A short wait time; it also bounds the look-up after a lost buy, so scenarios that never find end fast. */
const shortWaits = async () =>
  (await serializedProvider("Port", emulatorStackConfig(emu, { "megaport:waitTimeMinutes": "0.05" })))
    .provider;

/** A reset forgets tokens: one authenticated call, so that no faulted request is one refused for its token. */
const logIn = (p: Provider) => p.read("00000000-0000-4000-8000-000000000000", {});

const buys = async () =>
  (await emu.admin.requests()).filter((r) => r.path === "/v4/networkdesign/buy" && r.status !== 401);
const activePorts = async () =>
  (await emu.admin.products()).filter(
    (p) => p.productType === "MEGAPORT" && p.provisioningStatus !== "DECOMMISSIONED",
  );

describe("never doubled, never stolen", () => {
  test("a lost buy answer takes this stack's own order, not another stack's port of the same name", async () => {
    const other = await checkAndCreate(port, portArgs("other-stack"));
    await emu.admin.fault({ kind: "dropAfterProcessing", pathPrefix: "/v4/networkdesign/buy" });
    const ours = await checkAndCreate(port, portArgs("test"));
    expect(ours.id).not.toBe(other.id);
    expect((await activePorts()).map((p) => p.productUid).sort()).toEqual([other.id, ours.id].sort());
  });

  test("a port bought in the portal under the same name is never adopted after a lost buy", async () => {
    const portal = String(
      (await emu.admin.order([{ ...PORT_ORDER, productName: "edge" }])).data[0].technicalServiceUid,
    );
    await emu.admin.fault({ kind: "dropAfterProcessing", pathPrefix: "/v4/networkdesign/buy" });
    const ours = await checkAndCreate(port, portArgs());
    expect(ours.id).not.toBe(portal);
    expect(await activePorts()).toHaveLength(2);
  });

  test("two resources of the same name in different stacks each get a port of their own", async () => {
    const a = await checkAndCreate(port, portArgs("a"));
    const b = await checkAndCreate(port, portArgs("b"));
    expect(a.id).not.toBe(b.id);
    expect((await buys()).length).toBe(2);
  });

  test("a create interrupted after its buy (a crash) resumes that order instead of buying again", async () => {
    // The first create buys, then the CLI dies while it waits: the engine never records the product.
    emu.store.timings.deployableMs = 60_000;
    try {
      await (await shortWaits()).create(portArgs()).catch(() => undefined);
    } finally {
      emu.store.timings.deployableMs = 100;
    }
    await serializedProvider("Port", emulatorStackConfig(emu));
    const [earlier] = await activePorts();
    await emu.admin.clearRequests();
    const resumed = await checkAndCreate(port, portArgs());
    expect(resumed.id).toBe(earlier.productUid);
    expect(await buys()).toEqual([]);
    expect(await activePorts()).toHaveLength(1);
    // A replacement (another speed) is another order: it never takes the product it replaces.
    const replacement = await checkAndCreate(port, { ...portArgs(), portSpeed: 1000 });
    expect(replacement.id).not.toBe(earlier.productUid);
  });

  test("an order of a stopped run that lands after the rerun looked is cancelled: one product, the rerun's", async () => {
    // The stopped run's buy, exactly as this resource sends it: taken from a create's request log.
    const first = await checkAndCreate(port, portArgs());
    const sent = (await buys()).at(-1)!.body;
    await emu.admin.productAction(first.id, "DECOMMISSION");
    await emu.admin.clearRequests();
    // Both buys take 1.5 s. The stopped run's was received before it died: it lands after the
    // rerun looked for it and found nothing, and before the rerun's own buy settles.
    await emu.admin.fault({
      kind: "latency",
      latencyMs: 1500,
      pathPrefix: "/v4/networkdesign/buy",
      times: 2,
    });
    const { networkDesign } = sent as { networkDesign: OrderItem[] };
    const inFlight = clientFor(emu).orders.buy(networkDesign, []);
    while (!(await buys()).length) await new Promise((r) => setTimeout(r, 20));
    const rerun = await checkAndCreate(port, portArgs());
    const stray = boughtUid((await inFlight).items[0])!;
    expect((await buys()).length).toBe(2);
    expect((await activePorts()).map((p) => p.productUid)).toEqual([rerun.id]);
    const cancelled = (await emu.admin.requests()).filter((r) => r.path.endsWith("/action/CANCEL_NOW"));
    expect(cancelled.map((r) => r.path)).toEqual([`/v3/product/${stray}/action/CANCEL_NOW`]);
  });

  test("adoption refuses another stack's product, naming that stack, unless told to take it over", async () => {
    const theirs = await checkAndCreate(port, portArgs("other-stack", "shared-edge"));
    const adopting = { ...portArgs("test", "edge"), productName: "shared-edge", adoptProductUid: theirs.id };
    await expect(checkAndCreate(port, adopting)).rejects.toThrow(
      `adoptProductUid ${theirs.id} is not this resource's to take: the Pulumi stack organization/tests/other-stack ordered it`,
    );
    // Taken over, it carries this resource's marker: the other stack's look-ups no longer find it.
    const taken = await checkAndCreate(port, { ...adopting, adoptTakeOver: true });
    expect(taken.id).toBe(theirs.id);
    const tags = await clientFor(emu).products.tags(theirs.id);
    expect(tags).toEqual(
      expect.arrayContaining([{ key: "pulumi-megaport-stack", value: "organization/tests/test" }]),
    );
    expect(tags.map((t) => t.value)).not.toContain(portArgs("other-stack", "shared-edge").orderMarker);
    // A product bought in the portal carries no marker: adopted as before.
    const portal = await buyPort(clientFor(emu), { productName: "portal-edge" });
    await untilLive();
    expect((await checkAndCreate(port, { ...portArgs("test", "edge2"), adoptProductUid: portal })).id).toBe(
      portal,
    );
  });

  test("a look-up that fails after a lost buy is retried until it answers; one product", async () => {
    await logIn(port);
    await emu.admin.fault([
      { kind: "dropAfterProcessing", pathPrefix: "/v4/networkdesign/buy" },
      // The look-up before the order passes; those after the lost buy meet 503s for a while.
      { kind: "status", status: 503, method: "GET", pathPrefix: "/v2/products", skip: 1, times: 6 },
    ]);
    const { id } = await checkAndCreate(port, portArgs());
    expect((await buys()).length).toBe(1);
    expect((await activePorts()).map((p) => p.productUid)).toEqual([id]);
  });

  test("a look-up that never answers is an error that orders nothing again, never 'not found'", async () => {
    const short = await shortWaits();
    await logIn(short);
    await emu.admin.fault([
      { kind: "dropAfterProcessing", pathPrefix: "/v4/networkdesign/buy" },
      { kind: "status", status: 503, method: "GET", pathPrefix: "/v2/products", skip: 1, times: 1000 },
    ]);
    const err = (await short.create(portArgs()).catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(
      /whether the order went through cannot be told: looking for it failed \(GET \/v2\/products: HTTP 503/,
    );
    expect(err.message).toContain("Nothing was ordered again");
    expect((await buys()).length).toBe(1);
    await emu.admin.clearFaults();
    await serializedProvider("Port", emulatorStackConfig(emu));
    // The next up finds the order by its marker.
    const { id } = await checkAndCreate(port, portArgs());
    expect((await buys()).length).toBe(1);
    expect((await activePorts()).map((p) => p.productUid)).toEqual([id]);
  });

  test("a lost service-key answer continues with the key that was issued; no second key", async () => {
    const p = await buyPort(clientFor(emu));
    await emu.admin.fault({ kind: "dropAfterProcessing", method: "POST", pathPrefix: "/v2/service/key" });
    const { outs } = await checkAndCreate(serviceKey, { productUid: p, singleUse: false, maxSpeed: 1000 });
    const keys = await clientFor(emu).serviceKeys.list(p);
    expect(keys.map((k) => k.key)).toEqual([outs.key]);
  });
});

describe("status is the truth", () => {
  test("after a create that timed out, the next up waits for the product instead of taking it as done", async () => {
    emu.store.timings.deployableMs = 60_000;
    let err: { id?: string; properties?: Record<string, unknown> };
    try {
      err = (await (await shortWaits()).create(portArgs()).catch((e: unknown) => e)) as typeof err;
    } finally {
      emu.store.timings.deployableMs = 100;
    }
    await serializedProvider("Port", emulatorStackConfig(emu));
    const state = { ...err.properties!, provisioningStatus: "DEPLOYABLE" };
    expect(await port.diff(err.id!, state, portArgs())).toMatchObject({ changes: true, replaces: [] });
    const updated = await port.update(err.id!, state, portArgs());
    expect(["CONFIGURED", "LIVE"]).toContain(updated.outs!.provisioningStatus);
    expect((await buys()).length).toBe(1);
  });

  test("a product FAILED out of band is drift that replaces it; CANCELLED is drift that restores it", async () => {
    const { id, outs } = await checkAndCreate(port, portArgs());
    await emu.admin.productAction(id, "FAIL");
    const failed = await port.read(id, outs);
    expect(failed.props).toMatchObject({ provisioningStatus: "FAILED" });
    expect(await port.diff(id, failed.props!, portArgs())).toMatchObject({
      changes: true,
      replaces: ["provisioningStatus"],
    });
    // Deleting the FAILED product ends at once.
    await port.delete(id, failed.props!);
    expect((await emu.admin.products())[0].provisioningStatus).toBe("DECOMMISSIONED");
  });

  test("an IX cancelled at the end of its term out of band shows as drift, and the next up restores it", async () => {
    const client = clientFor(emu);
    const p = await buyPort(client);
    await untilLive();
    const ix = (await serializedProvider("Ix", emulatorStackConfig(emu))).provider;
    const ixArgs = {
      productName: "ix",
      productUid: p,
      networkServiceType: "Sydney IX",
      asn: 64512,
      macAddress: "00:11:22:33:44:55",
      rateLimit: 1000,
    };
    const { id, outs } = await checkAndCreate(ix, ixArgs);
    await emu.admin.productAction(id, "CANCEL");
    const read = await ix.read(id, outs);
    expect(read.props).toMatchObject({ provisioningStatus: "CANCELLED" });
    expect(await ix.diff(id, read.props!, ixArgs)).toMatchObject({ changes: true, replaces: [] });
    const res = await ix.update(id, read.props!, read.inputs!);
    expect(res.outs).toMatchObject({ provisioningStatus: "LIVE" });
  });

  test("a CANCEL_NOW whose answer was lost, retried, finds the product on its way out and succeeds", async () => {
    const { id, outs } = await checkAndCreate(port, portArgs());
    await emu.admin.fault({
      kind: "dropAfterProcessing",
      pathPrefix: `/v3/product/${id}/action/CANCEL_NOW`,
      times: 1,
    });
    await expect(port.delete(id, outs)).resolves.toBeUndefined();
    expect((await emu.admin.products())[0].provisioningStatus).toBe("DECOMMISSIONED");
  });
});

describe("preview tells the truth", () => {
  let portUid: string;
  beforeEach(async () => {
    portUid = await buyPort(clientFor(emu));
    await untilLive();
  });
  const vxcArgs = () => privateVxcArgs("v", { productUid: portUid, vlan: 100 }, portUid);

  test("a VXC faster than its port, on a port that does not exist, or on a VLAN in use fails at check", async () => {
    expect((await vxc.check({}, { ...vxcArgs(), rateLimit: 20000 })).failures).toEqual([
      {
        property: "rateLimit",
        reason: "rateLimit: 20000 Mbps is more than the A-end Sydney port can carry (10000 Mbps)",
      },
    ]);
    const missing = "00000000-0000-4000-8000-000000000000";
    expect((await vxc.check({}, { ...vxcArgs(), aEnd: { productUid: missing } })).failures).toEqual([
      {
        property: "",
        reason: `aEnd.productUid: ${missing} is not a product of this Megaport account`,
      },
    ]);
    await checkAndCreate(vxc, vxcArgs());
    expect(
      (await vxc.check({}, { ...vxcArgs(), productName: "w", orderMarker: markerFor("Vxc", "w") })).failures,
    ).toEqual([{ property: "", reason: 'aEnd.vlan: VLAN 100 is already in use on Sydney port by VXC "v"' }]);
    // The VXC that holds the VLAN is not in its own way.
    expect((await vxc.check(vxcArgs(), { ...vxcArgs(), rateLimit: 200 })).failures).toEqual([]);
  });

  test("a service key faster than its port fails at check", async () => {
    expect(
      (await serviceKey.check({}, { productUid: portUid, singleUse: false, maxSpeed: 40000 })).failures,
    ).toEqual([
      { property: "maxSpeed", reason: "maxSpeed: 40000 Mbps is more than Sydney port carries (10000 Mbps)" },
    ]);
  });

  test("bad settings and missing or wrong credentials fail at check, naming the setting", async () => {
    const check = async (extra: Record<string, string>) =>
      (
        await (
          await serializedProvider("Port", emulatorStackConfig(emu, extra))
        ).provider.check({}, portArgs())
      ).failures;
    expect((await check({ "megaport:environment": "prod" }))?.[0].reason).toBe(
      'pulumi-megaport configuration: megaport:environment (or MEGAPORT_ENVIRONMENT) must be one of production, staging, development; got "prod"',
    );
    expect((await check({ "megaport:waitTimeMinutes": "banana" }))?.[0].reason).toContain(
      "megaport:waitTimeMinutes (or MEGAPORT_WAIT_TIME_MINUTES) must be a number of minutes",
    );
    expect((await check({ "megaport:secretKey": "wrong-secret" }))?.[0]).toMatchObject({
      property: "",
      reason: expect.stringContaining(
        "megaport:accessKey and megaport:secretKey: POST /oauth2/token: HTTP 400: authentication failed",
      ),
    });
    const noKeys = Object.fromEntries(
      Object.entries(emulatorStackConfig(emu)).filter(([k]) => !k.endsWith("Key")),
    );
    const saved = { a: process.env.MEGAPORT_ACCESS_KEY, s: process.env.MEGAPORT_SECRET_KEY };
    delete process.env.MEGAPORT_ACCESS_KEY;
    delete process.env.MEGAPORT_SECRET_KEY;
    try {
      const p = (await serializedProvider("Port", noKeys)).provider;
      expect((await p.check({}, portArgs())).failures?.[0].reason).toMatch(
        /^Megaport credentials are not set/,
      );
    } finally {
      if (saved.a) process.env.MEGAPORT_ACCESS_KEY = saved.a;
      if (saved.s) process.env.MEGAPORT_SECRET_KEY = saved.s;
    }
  });
});
