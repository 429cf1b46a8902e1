// The emulator driven directly over HTTP: state machine, validation rules, persistence.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { startEmulator } from ".";
import { PORT_ORDER, clientFor, natGatewayRequest } from "../tests/support/emulator";
import { PortOrderItem } from "../provider/client/ports";

const port = (extra: Record<string, unknown> = {}) =>
  ({ ...PORT_ORDER, productName: "p", ...extra }) as unknown as PortOrderItem;

test("a bought port goes DEPLOYABLE → CONFIGURED → LIVE, and CANCEL_NOW ends in DECOMMISSIONED but stays readable", async () => {
  const emu = await startEmulator({ timings: { deployableMs: 150, configuredMs: 150, decommissionMs: 150 } });
  try {
    const client = clientFor(emu);
    const uid = (await client.orders.buy([port()])).items[0].technicalServiceUid!;
    const seen = new Set<string>();
    for (let i = 0; i < 40 && !seen.has("LIVE"); i++) {
      seen.add((await client.products.get(uid)).provisioningStatus);
      await new Promise((r) => setTimeout(r, 20));
    }
    expect([...seen]).toEqual(["DEPLOYABLE", "CONFIGURED", "LIVE"]);
    await client.products.action(uid, "CANCEL_NOW");
    expect((await client.products.get(uid)).provisioningStatus).toBe("DECOMMISSIONING");
    await new Promise((r) => setTimeout(r, 200));
    expect((await client.products.get(uid)).provisioningStatus).toBe("DECOMMISSIONED");
  } finally {
    await emu.close();
  }
});

test.each([
  [{ locationId: 999 }, "Location 999 does not exist"],
  [{ portSpeed: 2500 }, "Port speed 2500 Mbps is not available at location 3: available 1000, 10000, 100000"],
  [{ term: 7 }, "Invalid term 7: must be one of 1, 12, 24, 36, 48, 60 months"],
  [{ locationId: 10, config: { diversityZone: "blue" } }, "Port is not available at location 10 (blue zone)"],
])("validate refuses %j with Megaport-style message", async (change, message) => {
  const emu = await startEmulator();
  try {
    const err = (await clientFor(emu)
      .orders.validate([port(change)])
      .catch((e: unknown) => e)) as Error;
    expect(err.message).toContain(message);
  } finally {
    await emu.close();
  }
});

test("products survive a restart when a state file is given", async () => {
  const statePath = join(mkdtempSync(join(tmpdir(), "emu-")), "state.json");
  const first = await startEmulator({ statePath });
  const uid = (await clientFor(first).orders.buy([port()])).items[0].technicalServiceUid!;
  await first.close();
  const second = await startEmulator({ statePath });
  try {
    expect((await clientFor(second).products.get(uid)).productName).toBe("p");
  } finally {
    await second.close();
  }
});

test("tokens: grant type in the query or the form body; the key pair from the environment, else the default", async () => {
  const saved = { key: process.env.MEGAPORT_ACCESS_KEY, secret: process.env.MEGAPORT_SECRET_KEY };
  process.env.MEGAPORT_ACCESS_KEY = "env-key";
  process.env.MEGAPORT_SECRET_KEY = "env-secret";
  const emu = await startEmulator();
  try {
    const token = (pair: string, how: "query" | "body" | "none") =>
      fetch(`${emu.tokenUrl}${how === "query" ? "?grant_type=client_credentials" : ""}`, {
        method: "POST",
        headers: {
          authorization: `Basic ${Buffer.from(pair).toString("base64")}`,
          "content-type": "application/x-www-form-urlencoded",
        },
        body: how === "body" ? "grant_type=client_credentials" : "",
      });
    expect((await token("env-key:env-secret", "query")).status).toBe(200);
    const body = await token("env-key:env-secret", "body");
    expect(await body.json()).toMatchObject({ token_type: "Bearer", expires_in: 3600 });
    expect(await (await token("env-key:env-secret", "none")).json()).toEqual({
      error: "unsupported_grant_type",
    });
    expect(await (await token("emulator-access-key:emulator-secret-key", "body")).json()).toEqual({
      error: "invalid_client",
    });
  } finally {
    await emu.close();
    if (saved.key === undefined) delete process.env.MEGAPORT_ACCESS_KEY;
    else process.env.MEGAPORT_ACCESS_KEY = saved.key;
    if (saved.secret === undefined) delete process.env.MEGAPORT_SECRET_KEY;
    else process.env.MEGAPORT_SECRET_KEY = saved.secret;
  }
});

test("location 89 is as Megaport's port-creation guide shows it: market UK at 227 Marsh Wall, no MCR", async () => {
  const emu = await startEmulator();
  const client = clientFor(emu);
  const v3 = await client.transport.send({
    method: "GET",
    path: "/v3/locations",
    schema: z.array(z.record(z.string(), z.any())),
    retry: "idempotent",
  });
  const london = v3.data.find((l) => l.id === 89)!;
  expect(london).toMatchObject({ market: "UK", address: { street: "227 Marsh Wall" } });
  expect(london.diversityZones.red.mcrSpeedMbps).toEqual([]);
  const v2 = await client.transport.send({
    method: "GET",
    path: "/v2/locations",
    schema: z.array(z.record(z.string(), z.any())),
    retry: "idempotent",
  });
  expect(v2.data.find((l) => l.id === 89)).toMatchObject({
    market: "UK",
    siteCode: "lon-tc1",
    dc: { name: "Digital Telx", id: 3 },
    vRouterAvailable: false,
  });
  await emu.close();
});

test("a NAT gateway is a design until bought by UID; its rules are the API's, and only a design is deleted", async () => {
  const emu = await startEmulator();
  try {
    const gateways = clientFor(emu).natGateways;
    const body = natGatewayRequest("nat");
    const refused = (await gateways
      .create({ ...body, speed: 3000, term: 7, config: { ...body.config, sessionCount: 1 } })
      .catch((e: unknown) => e)) as Error;
    expect(refused.message).toContain("HTTP 400");
    expect(refused.message).toContain("Speed 3000 Mbps is not offered at Global Switch Sydney");
    expect(refused.message).toContain("Invalid term 7");

    const design = await gateways.create(body);
    expect(design).toMatchObject({ provisioningStatus: "DESIGN", config: { asn: 64512 } });
    expect(typeof design.createDate).toBe("string");
    // A design cannot be cancelled, and the v4 buy does not take it.
    await expect(clientFor(emu).products.action(design.productUid, "CANCEL_NOW")).rejects.toThrow(
      /is a design/,
    );
    expect((await gateways.validate(design.productUid)).price).toMatchObject({
      monthlyRate: 305,
      currency: "AUD",
    });
    await gateways.buy(design.productUid);
    expect((await gateways.get(design.productUid)).provisioningStatus).toBe("DEPLOYABLE");
    await expect(gateways.buy(design.productUid)).rejects.toThrow(/not a design/);
    await expect(gateways.deleteDesign(design.productUid)).rejects.toThrow(/only a design can be deleted/);

    const other = await gateways.create({ ...body, productName: "never bought" });
    await gateways.deleteDesign(other.productUid);
    expect((await gateways.list()).map((g) => g.productName)).toEqual(["nat"]);
  } finally {
    await emu.close();
  }
});
