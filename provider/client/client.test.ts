// The client against the emulator over real HTTP: auth, retries, the never-double-buy rule, errors,
// and every endpoint's request shape as the emulator received it.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Agent } from "undici";
import {
  MegaportApiError,
  isAmbiguousOrderFailure,
  isNotFound,
  isTimeout,
  isValidationFailed,
  redact,
} from ".";
import { OrderItem } from "./orders";
import { PACKAGE_VERSION } from "./version";
import { resolveEndpoints } from "./environments";
import { Product } from "./products";
import { ServiceKey } from "./serviceKeys";
import { CloudLookup } from "./cloudLookups";
import { PortOrderItem } from "./ports";
import {
  buyMcr,
  clientFor,
  ixOrder,
  PORT_ORDER,
  TestEmulator,
  untilLive,
  vxcOrder,
  withEmulator,
} from "../../tests/support/emulator";

let emu: TestEmulator;
beforeAll(async () => (emu = await withEmulator()));
afterAll(() => emu.close());
beforeEach(() => emu.admin.reset());

const portOrder = (): OrderItem[] => [{ ...PORT_ORDER } as PortOrderItem];

async function bought(client = clientFor(emu)): Promise<string> {
  const res = await client.orders.buy(portOrder());
  return res.items[0].technicalServiceUid!;
}

describe("auth", () => {
  test("a token is fetched once with Basic credentials and reused", async () => {
    const client = clientFor(emu);
    await client.partnerPorts.list();
    await client.partnerPorts.list();
    const log = await emu.admin.requests();
    const tokenCalls = log.filter((r) => r.path === "/oauth2/token");
    expect(tokenCalls).toHaveLength(1);
    expect(tokenCalls[0].body).toBe("grant_type=client_credentials");
    expect(client.tokens.fetches).toBe(1);
  });

  test("concurrent callers share one token refresh", async () => {
    const client = clientFor(emu);
    await Promise.all(Array.from({ length: 8 }, () => client.partnerPorts.list()));
    expect(client.tokens.fetches).toBe(1);
  });

  test("a token about to expire is refreshed before use", async () => {
    await emu.admin.reset();
    emu.store.timings.tokenLifetimeSeconds = 1;
    try {
      const client = clientFor(emu);
      await client.partnerPorts.list();
      await new Promise((r) => setTimeout(r, 1000));
      await client.partnerPorts.list();
      expect(client.tokens.fetches).toBe(2);
      expect((await emu.admin.requests()).filter((r) => r.status === 401)).toHaveLength(0);
    } finally {
      emu.store.timings.tokenLifetimeSeconds = 3600;
    }
  });

  test("a 401 invalidates the token, re-authenticates and retries the call once", async () => {
    const client = clientFor(emu);
    await client.partnerPorts.list();
    await emu.admin.expireTokens();
    await client.partnerPorts.list();
    const paths = (await emu.admin.requests()).map((r) => `${r.path}:${r.status}`);
    expect(paths).toEqual([
      "/oauth2/token:200",
      "/v2/dropdowns/partner/megaports:200",
      "/v2/dropdowns/partner/megaports:401",
      "/oauth2/token:200",
      "/v2/dropdowns/partner/megaports:200",
    ]);
  });

  test("wrong credentials fail with a message that names the keys but never their values", async () => {
    const client = clientFor(emu, { accessKey: "not-the-key", secretKey: "super-secret-value" });
    const err = (await client.partnerPorts.list().catch((e: unknown) => e)) as Error;
    expect(err).toBeInstanceOf(MegaportApiError);
    expect(err.message).toMatch(/authentication failed.*megaport:secretKey/);
    expect(err.message).not.toContain("super-secret-value");
    expect(err.message).not.toContain("not-the-key");
  });
});

describe("retries", () => {
  test("a 429 with Retry-After is retried after the time it asks for", async () => {
    const waits: number[] = [];
    const client = clientFor(emu, { sleep: async (ms) => void waits.push(ms) });
    await emu.admin.fault({ kind: "status", status: 429, retryAfterSeconds: 7, pathPrefix: "/v3/locations" });
    const locations = await client.locations.list();
    expect(locations.length).toBeGreaterThan(10);
    expect(waits).toEqual([7000]);
  });

  test("a buy whose token request meets 429 and 503 waits as asked and is sent once", async () => {
    const waits: number[] = [];
    const logged: string[] = [];
    const client = clientFor(emu, { sleep: async (ms) => void waits.push(ms), log: (m) => logged.push(m) });
    await emu.admin.fault([
      { kind: "status", status: 429, retryAfterSeconds: 2, pathPrefix: "/oauth2/token" },
      { kind: "status", status: 503, pathPrefix: "/oauth2/token" },
    ]);
    await emu.admin.clearRequests();
    await client.orders.buy(portOrder());
    const buys = (await emu.admin.requests()).filter((r) => r.path === "/v4/networkdesign/buy");
    expect(buys.map((r) => r.status)).toEqual([200]);
    expect(waits[0]).toBe(2000);
    expect(logged[0]).toContain("Megaport POST /oauth2/token failed (429)");
  });

  test("a GET meeting 5xx is retried, then fails with the status, Megaport's message and the trace id", async () => {
    const client = clientFor(emu);
    await emu.admin.fault({
      kind: "status",
      status: 503,
      message: "Service Unavailable",
      pathPrefix: "/v2/dropdowns",
      times: 10,
    });
    const err = (await client.partnerPorts.list().catch((e: unknown) => e)) as MegaportApiError;
    expect(err.status).toBe(503);
    expect(err.message).toMatch(
      /^GET \/v2\/dropdowns\/partner\/megaports: HTTP 503: trace [0-9a-f-]{36}: Service Unavailable$/,
    );
    const attempts = (await emu.admin.requests()).filter((r) => r.path === "/v2/dropdowns/partner/megaports");
    expect(attempts).toHaveLength(4);
  });

  test("a GET whose connection is reset is retried", async () => {
    const client = clientFor(emu);
    await emu.admin.fault({ kind: "reset", pathPrefix: "/v3/locations" });
    await expect(client.locations.list()).resolves.toHaveLength(17);
  });

  test("a buy that meets a 500 is not retried", async () => {
    const client = clientFor(emu);
    await emu.admin.fault({ kind: "status", status: 500, pathPrefix: "/v4/networkdesign/buy" });
    const err = (await client.orders.buy(portOrder()).catch((e: unknown) => e)) as MegaportApiError;
    expect(err.status).toBe(500);
    expect((await emu.admin.requests()).filter((r) => r.path === "/v4/networkdesign/buy")).toHaveLength(1);
  });

  test("a buy whose connection drops after it was processed is not retried", async () => {
    const client = clientFor(emu);
    await emu.admin.fault({ kind: "dropAfterProcessing", pathPrefix: "/v4/networkdesign/buy" });
    const err = (await client.orders.buy(portOrder()).catch((e: unknown) => e)) as MegaportApiError;
    expect(err.kind).toBe("connection");
    expect(err.mayHaveBeenSent).toBe(true);
    expect((await emu.admin.requests()).filter((r) => r.path === "/v4/networkdesign/buy")).toHaveLength(1);
    // The order went through once: exactly one port exists.
    expect(await emu.admin.products()).toHaveLength(1);
  });

  test("a buy that times out waiting for the answer is a timeout and is not retried", async () => {
    // undici checks its timeouts on a coarse clock, so the answer comes well after the timeout.
    const client = clientFor(emu, { dispatcher: new Agent({ headersTimeout: 300, bodyTimeout: 300 }) });
    await emu.admin.fault({ kind: "latency", latencyMs: 2500, pathPrefix: "/v4/networkdesign/buy" });
    const err = await client.orders.buy(portOrder()).catch((e: unknown) => e);
    expect(isTimeout(err)).toBe(true);
    expect(isAmbiguousOrderFailure(err)).toBe(true);
    expect((await emu.admin.requests()).filter((r) => r.path === "/v4/networkdesign/buy")).toHaveLength(1);
  });

  test("a buy that meets a 429 is retried, because nothing was ordered", async () => {
    const client = clientFor(emu);
    await emu.admin.fault({
      kind: "status",
      status: 429,
      retryAfterSeconds: 1,
      pathPrefix: "/v4/networkdesign/buy",
    });
    const res = await client.orders.buy(portOrder());
    expect(res.items).toHaveLength(1);
    expect(
      (await emu.admin.requests()).filter((r) => r.path === "/v4/networkdesign/buy").map((r) => r.status),
    ).toEqual([429, 200]);
  });
});

describe("endpoints", () => {
  test("validate sends a bare array to /v3 and returns the price", async () => {
    const items = await clientFor(emu).orders.validate(portOrder());
    expect(items[0].price?.monthlyRate).toBeGreaterThan(0);
    expect(items[0].price?.currency).toBe("AUD");
    const req = (await emu.admin.requests()).find((r) => r.path === "/v3/networkdesign/validate")!;
    expect(Array.isArray(req.body)).toBe(true);
  });

  test("validate failures are validation errors with Megaport's reason, from a 400 as the live API answers", async () => {
    const err = await clientFor(emu)
      .orders.validate([{ ...PORT_ORDER, portSpeed: 2500 } as unknown as PortOrderItem])
      .catch((e: unknown) => e);
    expect(isValidationFailed(err)).toBe(true);
    // 400 with data [{error}] (Terraform provider issues #18, #272): the reason is in the list.
    expect((err as MegaportApiError).status).toBe(400);
    expect((err as Error).message).toContain("HTTP 400: trace ");
    expect((err as Error).message).toContain(
      "Validation failed: Port speed 2500 Mbps is not available at location 3",
    );
  });

  test("buy wraps the design as {networkDesign, discountCodes} on /v4", async () => {
    await clientFor(emu).orders.buy(portOrder(), ["PROMO"]);
    const req = (await emu.admin.requests()).find((r) => r.path === "/v4/networkdesign/buy")!;
    expect(req.body).toEqual({
      networkDesign: [expect.objectContaining({ productType: "MEGAPORT" })],
      discountCodes: ["PROMO"],
    });
  });

  test("product get, update, tags and lifecycle use the current routes", async () => {
    const client = clientFor(emu);
    const uid = await bought(client);
    await untilLive();
    await client.ports.update(uid, { name: "renamed", costCentre: "NET-1" });
    await client.products.setTags(uid, [{ key: "team", value: "net" }]);
    expect(await client.products.tags(uid)).toEqual([{ key: "team", value: "net" }]);
    const p = await client.products.get(uid);
    expect(p.productName).toBe("renamed");
    expect(p.costCentre).toBe("NET-1");
    expect((await client.products.list()).map((x) => x.productUid)).toEqual([uid]);
    await client.products.action(uid, "CANCEL_NOW");
    const paths = (await emu.admin.requests()).map((r) => `${r.method} ${r.path}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        `PUT /v2/product/megaport/${uid}`,
        `PUT /v2/product/${uid}/tags`,
        `GET /v2/product/${uid}`,
        "GET /v2/products",
        `POST /v3/product/${uid}/action/CANCEL_NOW`,
      ]),
    );
  });

  test("an MCR update goes to PUT /v2/product/mcr2/{uid} with only the given fields", async () => {
    const client = clientFor(emu);
    const mcr = await buyMcr(client);
    await untilLive();
    await client.mcrs.update(mcr, { asn: 65010, term: 12 });
    const put = (await emu.admin.requests()).find((r) => r.method === "PUT")!;
    expect([put.path, put.body]).toEqual([`/v2/product/mcr2/${mcr}`, { asn: 65010, term: 12 }]);
    expect((await client.products.get(mcr)).resources?.virtual_router?.mcrAsn).toBe(65010);
  });

  test("an unknown product is not found (400 'Could not find a service with UID')", async () => {
    const err = await clientFor(emu)
      .products.get("00000000-0000-4000-8000-000000000000")
      .catch((e: unknown) => e);
    expect(isNotFound(err)).toBe(true);
  });

  test("VXC and IX updates and IX types use their routes", async () => {
    const client = clientFor(emu);
    const port = await bought(client);
    const mcr = await buyMcr(client);
    await untilLive();
    const vxc = (await client.orders.buy([vxcOrder(port, mcr, { aEnd: { vlan: 10 } })])).items[0]
      .vxcJTechnicalServiceUid!;
    const ix = (await client.orders.buy([ixOrder(port)])).items[0].technicalServiceUid!;
    await untilLive();
    await client.vxcs.update(vxc, { rateLimit: 200, aEndVlan: 11 });
    await client.ixs.update(ix, { rateLimit: 300, publicGraph: false });
    const v = await client.products.get(vxc);
    expect(v.rateLimit).toBe(200);
    expect(v.aEnd?.vlan).toBe(11);
    expect((await client.products.get(ix)).publicGraph).toBe(false);
    expect((await client.ixs.types(3)).map((t) => t.name)).toContain("Sydney IX");
    const log = await emu.admin.requests();
    expect(log.find((r) => r.path === `/v3/product/vxc/${vxc}`)?.body).toEqual({
      rateLimit: 200,
      aEndVlan: 11,
    });
    expect(log.find((r) => r.path === `/v2/product/ix/${ix}`)?.body).toEqual({
      rateLimit: 300,
      publicGraph: false,
    });
  });

  test("service keys are created, read by key as a query parameter, updated and listed", async () => {
    const client = clientFor(emu);
    const port = await bought(client);
    const key = await client.serviceKeys.create({
      productUid: port,
      singleUse: true,
      maxSpeed: 1000,
      active: true,
      description: "partner",
    });
    expect((await client.serviceKeys.get(key)).description).toBe("partner");
    await client.serviceKeys.update({ key: key, productUid: port, singleUse: true, active: false });
    expect((await client.serviceKeys.get(key)).active).toBe(false);
    expect(await client.serviceKeys.list(port)).toHaveLength(1);
    const get = (await emu.admin.requests()).find(
      (r) => r.method === "GET" && r.path === "/v2/service/key" && r.query.key,
    );
    expect(get?.query.key).toBe(key);
  });

  test("cloud lookups answer with free and used ports, and the key never shows in an error", async () => {
    const client = clientFor(emu);
    const azure = await client.cloudLookups.lookup("azure", "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d");
    expect(azure.megaports.map((m) => m.type)).toEqual(["primary", "secondary"]);
    const google = await client.cloudLookups.lookup(
      "google",
      "7e51371e-72a3-40b5-b844-2e3efefaee59/australia-southeast1/1",
    );
    expect(google.bandwidths).toContain(1000);
    const err = (await client.cloudLookups
      .lookup("oracle", "ocid1.virtualcircuit.secret-circuit-id")
      .catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/HTTP 400/);
    expect(err.message).not.toContain("secret-circuit-id");
  });

  test("price book routes answer for ports, MCRs, VXCs and IXs", async () => {
    const prices = clientFor(emu).prices;
    expect((await prices.port(3, 10000, 12)).currency).toBe("AUD");
    expect((await prices.mcr(68, 1000)).currency).toBe("USD");
    expect((await prices.vxc(3, 89, 100)).monthlyRate).toBeGreaterThan(0);
    expect((await prices.ix("London IX", 89, 1000)).currency).toBe("GBP");
  });
});

describe("parsing and errors", () => {
  test("a response that does not match its schema names the endpoint and the field", async () => {
    const client = clientFor(emu);
    const uid = await bought(client);
    emu.store.products.get(uid)!.productName = 42 as unknown as string;
    const err = (await client.products.get(uid).catch((e: unknown) => e)) as MegaportApiError;
    expect(err.kind).toBe("parse");
    expect(err.message).toContain(`GET /v2/product/${uid}`);
    expect(err.message).toContain("data.productName");
  });

  test("redact removes bearer tokens and registered secrets", () => {
    expect(redact('Authorization: Bearer abc.def {"authKey":"k-123"}')).toBe(
      'Authorization: Bearer [secret] {"authKey":"[secret]"}',
    );
  });

  test("the User-Agent names the package and its version", () => {
    const pkg = JSON.parse(readFileSync(resolve(__dirname, "../../package.json"), "utf8")) as {
      version: string;
    };
    expect(PACKAGE_VERSION).toBe(pkg.version);
  });

  test("example responses from the reference parse through their schemas", () => {
    // Transcribed from Megaport's v2 API reference (Get Product Details, service key POST, Azure lookup).
    const product = {
      productUid: "1544f278-ec03-11e5-9ce9-5e5517507c66",
      productName: "10G Megaport",
      productType: "MEGAPORT",
      provisioningStatus: "LIVE",
      createDate: 1437433843814,
      portSpeed: 10000,
      terminateDate: null,
      market: "SG",
      locationId: 36,
      locked: false,
      associatedVxcs: [],
      associatedIxs: [],
      resources: {
        interface: {
          description: "description",
          id: 2627,
          resource_type: "interface",
          media: "LR/LX",
          port_speed: 10000,
          demarcation: "Equinix SG1",
          name: "Ethernet1/7",
        },
      },
    };
    expect(Product.parse(product).portSpeed).toBe(10000);
    const key = {
      key: "980497b6-32ef-42ee-b6a6-c6fd79451fdf",
      createDate: 1449031709865,
      companyId: 1153,
      description: "Leo's testing service key",
      productId: 123,
      productUid: "221d9846-eab9-41e8-8074-346cd3570a28",
      productName: "Lab 10G Megaport in Sydney",
      vlan: 1001,
      maxSpeed: 10000,
      preApproved: true,
      singleUse: true,
      lastUsed: null,
      active: true,
      validFor: { start: 1446438929356, end: 1449030932662 },
      valid: false,
    };
    expect(ServiceKey.parse(key).validFor?.end).toBe(1449030932662);
    const azure = {
      bandwidth: 50,
      megaports: [
        {
          port: 100,
          type: "primary",
          vxc: 200,
          productId: 100,
          productUid: "a4f54ebc-0fa2-492f-a713-1ed7d49dca1c",
          name: "Brisbane Primary",
          portSpeed: 10000,
          locationId: 3,
        },
        {
          port: 120,
          type: "secondary",
          vxc: null,
          productUid: "e269447e-5601-4575-9c23-32fe5a9f8605",
          portSpeed: 10000,
          locationId: 3,
        },
      ],
      resource_type: "Azure_connection",
      service_key: "63dasd3c",
      vlan: 300,
    };
    expect(CloudLookup.parse(azure).megaports[1].vxc).toBeNull();
    const vxc = {
      productUid: "v",
      productName: "n",
      productType: "VXC",
      provisioningStatus: "DECOMMISSIONED",
      resources: { vll: [], csp_connection: [{ connectType: "GOOGLE" }] },
    };
    expect(Product.parse(vxc).resources?.vll).toEqual([]);
  });
});
