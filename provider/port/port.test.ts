// The Port's whole lifecycle through the serialized provider, against the emulator over HTTP.
import { TestEmulator, clientFor, ixOrder, portalPort, untilLive } from "../../tests/support/emulator";
import {
  checkAndCreate,
  emulatorStackConfig,
  markerFor,
  onEmulator,
  Provider,
  serializedProvider,
} from "../../tests/support/serialized";
import { MANAGED_COMPANIES } from "../../emulator/data/catalogue";
import { UNKNOWN } from "../shared/unknowns";

let emu: TestEmulator;
let port: Provider;
const args = {
  productName: "syd-1",
  portSpeed: 10000,
  locationId: 3,
  contractTermMonths: 12,
  marketplaceVisibility: false,
  orderMarker: markerFor("Port", "syd-1"),
};

beforeAll(async () => ([emu, port] = await onEmulator("Port")));
afterAll(() => emu.close());
beforeEach(() => emu.admin.reset());

// A reset forgets tokens, so the first call after one meets a 401 and is re-sent: those are left out.
const calls = async (filter: (path: string) => boolean) =>
  (await emu.admin.requests())
    .filter((r) => filter(r.path) && r.status !== 401)
    .map((r) => `${r.method} ${r.path}`);

test("the state stores a small shim without secrets", async () => {
  const s = await serializedProvider("Port", emulatorStackConfig(emu));
  expect(s.containsSecrets).toBe(false);
  expect(s.bytes).toBeLessThan(3000);
});

describe("check", () => {
  test("reports one failure per property, naming what is allowed", async () => {
    const res = await port.check(
      {},
      {
        ...args,
        portSpeed: 2500,
        contractTermMonths: 7,
        diversityZone: "green",
        costCentre: "x".repeat(300),
      },
    );
    expect(res.failures?.map((f) => f.property).sort()).toEqual([
      "contractTermMonths",
      "costCentre",
      "diversityZone",
      "portSpeed",
    ]);
    expect(res.failures?.find((f) => f.property === "portSpeed")?.reason).toBe(
      "portSpeed: portSpeed must be one of 1000, 10000, 100000, 400000 Mbps; got 2500",
    );
    expect(await calls((p) => p.includes("networkdesign"))).toEqual([]);
  });

  test("names a speed the location does not offer, with the location", async () => {
    const res = await port.check({}, { ...args, locationId: 137, portSpeed: 100000 });
    expect(res.failures).toEqual([
      {
        property: "portSpeed",
        reason: "portSpeed must be one of 1000, 10000 Mbps at location 137 (3DC/Telecity Sofia); got 100000",
      },
    ]);
  });

  test("rejects unknown properties and a missing name", async () => {
    const { productName: _n, ...rest } = args;
    const res = await port.check({}, { ...rest, portspeed: 10000 });
    expect(res.failures?.map((f) => f.reason.split(":")[0]).sort()).toEqual(["(inputs)", "productName"]);
  });

  test("tolerates values not known during preview", async () => {
    const res = await port.check({}, { ...args, locationId: UNKNOWN, productName: UNKNOWN });
    expect(res.failures).toEqual([]);
  });
});

test("create validates, buys exactly once, records the price and waits until ready", async () => {
  const { id, outs } = await checkAndCreate(port, args);
  expect(await calls((p) => p.includes("networkdesign") || p.startsWith("/v2/product/"))).toEqual([
    "POST /v3/networkdesign/validate",
    "POST /v4/networkdesign/buy",
    ...Array((await emu.admin.requests()).filter((r) => r.path === `/v2/product/${id}`).length).fill(
      `GET /v2/product/${id}`,
    ),
  ]);
  expect(outs).toMatchObject({
    productUid: id,
    monthlyRate: 990,
    currency: "AUD",
    locationDetails: { name: "Global Switch Sydney" },
  });
  expect(["CONFIGURED", "LIVE"]).toContain(outs.provisioningStatus);
});

test("without acceptPurchaseTerms nothing is bought and the error says why and what it costs", async () => {
  const strict = (
    await serializedProvider("Port", emulatorStackConfig(emu, { "megaport:acceptPurchaseTerms": "false" }))
  ).provider;
  await expect(strict.create(args)).rejects.toThrow(
    /not ordered, because Megaport's purchase terms have not been accepted.*megaport:acceptPurchaseTerms.*990 AUD per month/,
  );
  expect(await calls((p) => p.endsWith("/buy"))).toEqual([]);
  await port.configure({
    config: {
      get: (k: string) => emulatorStackConfig(emu)[k],
      require: (k: string) => emulatorStackConfig(emu)[k],
    },
  });
});

test("a buy whose answer is lost finds the product instead of ordering again", async () => {
  await emu.admin.fault({ kind: "dropAfterProcessing", pathPrefix: "/v4/networkdesign/buy" });
  const { id } = await checkAndCreate(port, args);
  expect(await calls((p) => p.endsWith("/buy"))).toEqual(["POST /v4/networkdesign/buy"]);
  expect((await emu.admin.products()).map((p) => p.productUid)).toEqual([id]);
});

test("a wait that times out keeps the product id (partial create) for the next up", async () => {
  const slow = (
    await serializedProvider("Port", emulatorStackConfig(emu, { "megaport:waitTimeMinutes": "0.005" }))
  ).provider;
  emu.store.timings.deployableMs = 60_000;
  try {
    const err = (await slow.create(args).catch((e: unknown) => e)) as {
      id?: string;
      message: string;
      reasons?: string[];
    };
    expect(err.id).toBe((await emu.admin.products())[0].productUid);
    expect(err.message).toMatch(
      /timed out after \d+s waiting for CONFIGURED or LIVE \(last status DEPLOYABLE\)/,
    );
  } finally {
    emu.store.timings.deployableMs = 100;
    await port.configure({
      config: {
        get: (k: string) => emulatorStackConfig(emu)[k],
        require: (k: string) => emulatorStackConfig(emu)[k],
      },
    });
  }
});

test("a product that fails while provisioning stops the wait at once, keeping the id", async () => {
  emu.store.timings.deployableMs = 60_000;
  try {
    const creating = port.create(args).then(
      () => ({ id: undefined, message: "create succeeded" }),
      (e: unknown) => e as { id?: string; message: string },
    );
    let uid: string | undefined;
    while (!uid) {
      await new Promise((r) => setTimeout(r, 20));
      uid = (await emu.admin.products())[0]?.productUid as string | undefined;
    }
    await emu.admin.productAction(uid, "FAIL");
    const err = await creating;
    expect(err.id).toBe(uid);
    expect(err.message).toContain(`Port "syd-1": provisioning of ${uid} ended in FAILED`);
  } finally {
    emu.store.timings.deployableMs = 100;
  }
});

test("diff: a rename updates in place, a new speed replaces, a new package version alone changes nothing", async () => {
  const { outs } = await checkAndCreate(port, args);
  expect(await port.diff("id", { ...outs, __provider: "old" }, { ...args, __provider: "new" })).toEqual({
    changes: false,
    replaces: [],
    deleteBeforeReplace: false,
  });
  expect(await port.diff("id", outs, { ...args, productName: "renamed" })).toMatchObject({
    changes: true,
    replaces: [],
  });
  expect(await port.diff("id", outs, { ...args, portSpeed: 100000, diversityZone: "blue" })).toMatchObject({
    changes: true,
    replaces: ["portSpeed", "diversityZone"],
  });
});

test("update sends one PUT with only the changed fields and keeps the product", async () => {
  const { id, outs } = await checkAndCreate(port, args);
  await untilLive();
  await emu.admin.clearRequests();
  const news = { ...args, productName: "renamed", costCentre: "NET-7" };
  const res = await port.update(id, outs, news);
  const puts = (await emu.admin.requests()).filter((r) => r.method === "PUT");
  expect(puts.map((r) => [r.path, r.body])).toEqual([
    [`/v2/product/megaport/${id}`, { name: "renamed", costCentre: "NET-7" }],
  ]);
  expect(res.outs).toMatchObject({
    productUid: id,
    productName: "renamed",
    costCentre: "NET-7",
    monthlyRate: 990,
  });
});

test("read reports out-of-band changes as drift, and a decommissioned port as gone", async () => {
  const { id, outs } = await checkAndCreate(port, args);
  await emu.admin.changeProduct(id, { productName: "renamed in portal" });
  const read = await port.read(id, outs);
  expect(read.id).toBe(id);
  expect(read.inputs).toMatchObject({ ...args, productName: "renamed in portal" });
  expect(await port.diff(id, read.props!, args)).toMatchObject({ changes: true, replaces: [] });
  await emu.admin.productAction(id, "DECOMMISSION");
  expect(await port.read(id, outs)).toEqual({ id: "", props: {} });
  expect(await port.read("00000000-0000-4000-8000-000000000000", outs)).toEqual({ id: "", props: {} });
});

test("delete cancels now and waits for DECOMMISSIONED; an already-gone port is fine", async () => {
  const { id, outs } = await checkAndCreate(port, args);
  await untilLive();
  await port.delete(id, outs);
  expect((await emu.admin.products())[0].provisioningStatus).toBe("DECOMMISSIONED");
  expect(await calls((p) => p.includes("/action/"))).toEqual([`POST /v3/product/${id}/action/CANCEL_NOW`]);
  await expect(port.delete(id, outs)).resolves.toBeUndefined();
});

test("delete never takes down a service the program does not manage: safeDelete refuses while an IX is on the port", async () => {
  const { id, outs } = await checkAndCreate(port, args);
  await untilLive();
  // An IX ordered in the portal, on this port.
  await emu.admin.order([ixOrder(id, { productName: "portal ix", vlan: 0, shutdown: false })]);
  const err = (await port.delete(id, outs).catch((e: unknown) => e)) as Error;
  expect(err.message).toContain("Cannot cancel");
  expect(err.message).toContain('IX "portal ix"');
  const cancel = (await emu.admin.requests()).find((r) => r.path.endsWith("/action/CANCEL_NOW"))!;
  expect(cancel.query).toEqual({ safeDelete: "true" });
  const products = await emu.admin.products();
  expect(products.map((p) => [p.productName, p.provisioningStatus]).sort()).toEqual([
    ["portal ix", "LIVE"],
    ["syd-1", "LIVE"],
  ]);
});

test("a LAG's size is read from its members (the API sends no count): no drift, and a lost member shows", async () => {
  const lag = { ...args, productName: "syd-lag", lagPortCount: 3, orderMarker: markerFor("Port", "syd-lag") };
  const { id, outs } = await checkAndCreate(port, lag);
  await untilLive();
  const members = (await emu.admin.products()).filter((p) => p.productName === "syd-lag");
  expect(members).toHaveLength(3);
  expect(new Set(members.map((m) => m.aggregationId)).size).toBe(1);
  // The members are outputs, the primary (the resource's id) first.
  expect(outs.lagPortUids).toHaveLength(3);
  expect((outs.lagPortUids as string[])[0]).toBe(id);
  expect([...(outs.lagPortUids as string[])].sort()).toEqual(members.map((m) => m.productUid).sort());
  const read = await port.read(id, outs);
  expect(read.inputs).toMatchObject({ lagPortCount: 3 });
  expect(read.props?.lagPortUids).toEqual(outs.lagPortUids);
  expect(await port.diff(id, read.props, lag)).toMatchObject({ changes: false });
  // One member decommissioned in the portal: the LAG now has 2 ports, which the program must see.
  await emu.admin.productAction(String(members.find((m) => m.productUid !== id)!.productUid), "DECOMMISSION");
  const shrunk = await port.read(id, outs);
  expect(shrunk.inputs).toMatchObject({ lagPortCount: 2 });
  expect(shrunk.props?.lagPortUids).toHaveLength(2);
  // The program still asks for 3: the next up orders a new LAG of 3.
  expect(await port.diff(id, shrunk.props!, lag)).toMatchObject({
    changes: true,
    replaces: ["lagPortCount"],
  });
});

test("LAG speed rules and 400 Gbps ports fail at preview where they cannot be bought, and order where they can", async () => {
  const failures = async (inputs: Record<string, unknown>) =>
    (await port.check({}, { ...args, ...inputs })).failures?.map((f) => f.reason);
  expect(await failures({ portSpeed: 1000, lagPortCount: 2 })).toEqual([
    "portSpeed: a LAG's ports must be 10000, 100000, 400000 Mbps; got 1000",
  ]);
  expect(await failures({ portSpeed: 400000 })).toEqual([
    "portSpeed must be one of 1000, 10000, 100000 Mbps at location 3 (Global Switch Sydney); got 400000",
  ]);
  const big = {
    ...args,
    productName: "sy1-400g",
    locationId: 2,
    portSpeed: 400000,
    lagPortCount: 2,
    orderMarker: markerFor("Port", "sy1-400g"),
  };
  const { outs } = await checkAndCreate(port, big);
  // Two 400 Gbps ports at 12,500 a month each, less 10% for a 12-month term.
  expect(outs).toMatchObject({ portSpeed: 400000, lagPortCount: 2, monthlyRate: 22500 });
  expect(outs.lagPortUids).toHaveLength(2);
  // The API refuses a 1 Gbps LAG too, for programs that skip check().
  await emu.admin.clearRequests();
  const err = (await port
    .create({ ...args, portSpeed: 1000, lagPortCount: 2 })
    .catch((e: unknown) => e)) as Error;
  expect(err.message).toContain("A LAG's ports must be 10000, 100000 or 400000 Mbps; got 1000");
});

test("adopting an existing port orders nothing and converges what differs", async () => {
  const uid = await portalPort(emu, { productName: "portal", marketplaceVisibility: true });
  await emu.admin.clearRequests();
  const { id, outs } = await checkAndCreate(port, { ...args, adoptProductUid: uid });
  expect(id).toBe(uid);
  expect(await calls((p) => p.includes("networkdesign"))).toEqual([]);
  expect((await emu.admin.requests()).find((r) => r.method === "PUT")?.body).toEqual({
    name: "syd-1",
    marketplaceVisibility: false,
    // Sent in every PUT with its current value, as megaportgo sends it.
    costCentre: "",
  });
  expect(outs).toMatchObject({ productName: "syd-1", marketplaceVisibility: false, monthlyRate: null });
  await expect(
    port.create({ ...args, adoptProductUid: "00000000-0000-4000-8000-000000000000" }),
  ).rejects.toThrow(
    "adoptProductUid 00000000-0000-4000-8000-000000000000 does not exist in this Megaport account",
  );
});

test("API errors name the resource, the call, the status and Megaport's message, without secrets", async () => {
  await emu.admin.fault({
    kind: "status",
    status: 400,
    message: "Validation failed: capacity exhausted",
    pathPrefix: "/v3/networkdesign/validate",
  });
  const err = (await port.create(args).catch((e: unknown) => e)) as Error;
  expect(err.message).toMatch(
    /^Port "syd-1": create failed: POST \/v3\/networkdesign\/validate: HTTP 400: trace [0-9a-f-]+: Validation failed: capacity exhausted$/,
  );
  expect(err.message).not.toContain(emu.credentials.secretKey);
});

test("with megaport:managedAccountUid the port is ordered, read and cancelled in the managed company's account", async () => {
  const customer = MANAGED_COMPANIES[0];
  const forCustomer = (
    await serializedProvider(
      "Port",
      emulatorStackConfig(emu, { "megaport:managedAccountUid": customer.companyUid }),
    )
  ).provider;
  const { id, outs } = await checkAndCreate(forCustomer, args);
  expect((await emu.admin.products()).map((p) => [p.productUid, p.companyUid])).toEqual([
    [id, customer.companyUid],
  ]);
  expect((await forCustomer.read(id, outs)).id).toBe(id);
  // From the partner's own account the customer's port is not there.
  await expect(clientFor(emu).products.get(id)).rejects.toThrow("Could not find a service");
  await untilLive();
  await forCustomer.delete(id, outs);
  const requests = (await emu.admin.requests()).filter((r) => r.path !== "/oauth2/token");
  const customerCalls = requests.filter((r) => r.headers.callContext === customer.companyUid);
  expect(customerCalls.map((r) => r.path)).toContain("/v4/networkdesign/buy");
  expect(customerCalls.map((r) => r.path)).toContain(`/v3/product/${id}/action/CANCEL_NOW`);
  // The setting is checked at preview: a malformed UID never reaches the API.
  const misconfigured = (
    await serializedProvider("Port", emulatorStackConfig(emu, { "megaport:managedAccountUid": "acme" }))
  ).provider;
  const checked = await misconfigured.check({}, args);
  expect(checked.failures?.[0]?.reason).toContain(
    "megaport:managedAccountUid (or MEGAPORT_MANAGED_ACCOUNT_UID) must be a company UID",
  );
  // One configuration per provider process, as under the engine: put the suite's back.
  port = (await serializedProvider("Port", emulatorStackConfig(emu))).provider;
});
