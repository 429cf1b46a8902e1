// The flagship stack (port + MCR + private VXC, an IX and a service key) on the real Pulumi
// engine against the emulator: up, no-change preview, drift, in-place updates, replacement,
// out-of-band cancel, bad input at preview, adoption and destroy. Each test starts from the stack
// it needs (startFromInitial), so none depends on what ran before it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { BuyResultItem, boughtUid } from "../../provider/client";
import * as megaport from "../../sdk";
import { TestEmulator, portalPort, untilLive, vxcOrder, withEmulator } from "../support/emulator";
import { TestStack, changedInputs, emulatorConfig, newStack } from "../support/engine";

interface Knobs {
  portSpeed: number;
  vxcRateLimit: number;
  vxcVlan: number;
  mcrAsn: number;
  ixRateLimit: number;
  portLocation?: number;
  portName?: string;
}

const initial: Knobs = {
  portSpeed: 10000,
  vxcRateLimit: 500,
  vxcVlan: 100,
  mcrAsn: 64512,
  ixRateLimit: 1000,
};
let knobs: Knobs = { ...initial };

function flagship() {
  const port = new megaport.Port("port", {
    productName: knobs.portName ?? "syd-port",
    portSpeed: knobs.portSpeed,
    locationId: knobs.portLocation ?? 3,
    contractTermMonths: 12,
    marketplaceVisibility: false,
  });
  const mcr = new megaport.Mcr("mcr", {
    productName: "syd-mcr",
    portSpeed: 1000,
    locationId: 3,
    contractTermMonths: 1,
    asn: knobs.mcrAsn,
  });
  const vxc = new megaport.Vxc("vxc", {
    productName: "port-to-mcr",
    rateLimit: knobs.vxcRateLimit,
    contractTermMonths: 1,
    aEnd: { productUid: port.productUid, vlan: knobs.vxcVlan },
    bEnd: { productUid: mcr.productUid },
    bEndPartnerConfig: {
      connectType: "VROUTER",
      interfaces: [
        {
          ipAddresses: ["10.0.0.1/30"],
          bgpConnections: [
            {
              peerAsn: 65000,
              localIpAddress: "10.0.0.1",
              peerIpAddress: "10.0.0.2",
              password: "bgp-secret-password",
            },
          ],
        },
      ],
    },
  });
  const ix = new megaport.Ix("ix", {
    productName: "syd-ix",
    portUid: port.productUid,
    networkServiceType: "Sydney IX",
    asn: 64512,
    macAddress: "00:11:22:33:44:55",
    rateLimit: knobs.ixRateLimit,
  });
  const key = new megaport.ServiceKey("key", {
    portUid: port.productUid,
    singleUse: true,
    maxSpeed: 1000,
    description: "for a partner",
  });
  return {
    portUid: port.productUid,
    mcrUid: mcr.productUid,
    vxcUid: vxc.productUid,
    ixUid: ix.ixUid,
    portPrice: port.monthlyRate,
    portCurrency: port.currency,
    bEndVlan: vxc.bEndDetails.apply((d) => d.vlan),
    serviceKey: key.key,
  };
}

let emu: TestEmulator;
let t: TestStack;

beforeAll(async () => {
  emu = await withEmulator();
  t = await newStack(
    "flagship",
    async () => flagship(),
    emulatorConfig(emu.url, emu.tokenUrl, emu.credentials),
  );
});
afterAll(async () => {
  await t?.cleanup();
  await emu?.close();
});

async function requestsSince(mark: number) {
  return (await emu.admin.requests()).slice(mark);
}

/**
 * The flagship as a test needs it: up with the initial settings (from nothing, or converging what an
 * earlier test left), so that each test stands alone whatever ran before it.
 */
async function startFromInitial(): Promise<void> {
  knobs = { ...initial };
  await t.stack.up();
}

const outputsOf = async () =>
  Object.fromEntries(Object.entries(await t.stack.outputs()).map(([k, v]) => [k, v.value])) as Record<
    string,
    unknown
  >;

test("up from nothing creates every product once; outputs are right; secrets stay secret in outputs and state", async () => {
  knobs = { ...initial };
  await t.stack.destroy();
  const mark = (await emu.admin.requests()).length;
  const up = await t.stack.up();
  expect(up.summary.resourceChanges).toEqual({ create: 6 });
  const ours = [up.outputs.portUid, up.outputs.mcrUid, up.outputs.vxcUid, up.outputs.ixUid].map(
    (o) => o.value,
  );
  const products = (await emu.admin.products()).filter((p) => ours.includes(p.productUid));
  expect(products.map((p) => p.productType).sort()).toEqual(["IX", "MCR2", "MEGAPORT", "VXC"]);
  expect(products.every((p) => ["CONFIGURED", "LIVE"].includes(String(p.provisioningStatus)))).toBe(true);
  expect(up.outputs.portPrice.value).toBeGreaterThan(0);
  expect(up.outputs.portCurrency.value).toBe("AUD");
  expect(up.outputs.bEndVlan.value).toBeGreaterThanOrEqual(2);
  expect(up.outputs.serviceKey.secret).toBe(true);
  // The state file as the backend stores it (exportStack would decrypt secrets).
  const state = readFileSync(join(t.dir, ".pulumi/stacks/flagship/test.json"), "utf8");
  const key = String(up.outputs.serviceKey.value);
  expect(state).not.toContain(key);
  expect(state).not.toContain("bgp-secret-password");
  expect(state).not.toContain(emu.credentials.secretKey);
  // Exactly one buy per product: no order was placed twice.
  expect((await requestsSince(mark)).filter((r) => r.path === "/v4/networkdesign/buy")).toHaveLength(4);
});

test("a preview right after an up finds no changes", async () => {
  await startFromInitial();
  const preview = await t.stack.preview();
  expect(preview.changeSummary).toEqual({ same: 6 });
});

test("out-of-band changes show in preview --refresh, up converges, and preview is clean again", async () => {
  await startFromInitial();
  const out = await outputsOf();
  await emu.admin.changeProduct(String(out.portUid), { productName: "renamed-in-portal" });
  await emu.admin.changeProduct(String(out.vxcUid), { rateLimit: 50 });
  const events: string[] = [];
  const preview = await t.stack.preview({
    refresh: true,
    onEvent: (e) => {
      const m = e.resourcePreEvent?.metadata;
      if (m && m.op === "update") {
        const olds = (m.old?.inputs ?? {}) as Record<string, unknown>;
        const news = (m.new?.inputs ?? {}) as Record<string, unknown>;
        const changed = changedInputs(olds, news);
        events.push(`${m.urn.split("::").pop()}:${changed.join(",")}`);
      }
    },
  });
  expect(preview.changeSummary.update).toBe(2);
  expect(events.sort()).toEqual(["port:productName", "vxc:rateLimit"]);
  const up = await t.stack.up({ refresh: true });
  expect(up.summary.resourceChanges?.update).toBe(2);
  const products = await emu.admin.products();
  expect(products.find((p) => p.productUid === out.portUid)?.productName).toBe("syd-port");
  expect(products.find((p) => p.productUid === out.vxcUid)?.rateLimit).toBe(500);
  expect((await t.stack.preview({ refresh: true })).changeSummary).toEqual({ same: 6 });
});

test("renaming the port previews as one in-place update: what hangs off it is not announced as replaced", async () => {
  await startFromInitial();
  knobs = { ...knobs, portName: "syd-port-renamed" };
  try {
    expect((await t.stack.preview()).changeSummary).toEqual({ same: 5, update: 1 });
    expect((await t.stack.up()).summary.resourceChanges).toEqual({ same: 5, update: 1 });
  } finally {
    knobs = { ...knobs, portName: undefined };
  }
  expect((await t.stack.up()).summary.resourceChanges).toEqual({ same: 5, update: 1 });
});

test("in-place updates keep each product UID and send one PUT each", async () => {
  await startFromInitial();
  const before = await outputsOf();
  const mark = (await emu.admin.requests()).length;
  knobs = { ...knobs, vxcRateLimit: 1000, vxcVlan: 200, ixRateLimit: 2000 };
  const up = await t.stack.up();
  expect(up.summary.resourceChanges).toEqual({ same: 4, update: 2 });
  const after = await outputsOf();
  expect(after.vxcUid).toBe(before.vxcUid);
  expect(after.ixUid).toBe(before.ixUid);
  const puts = (await requestsSince(mark)).filter((r) => r.method === "PUT");
  expect(puts.map((r) => [r.path, r.body])).toEqual(
    expect.arrayContaining([
      // costCentre goes with every PUT, as megaportgo sends it.
      [`/v3/product/vxc/${String(before.vxcUid)}`, { rateLimit: 1000, aEndVlan: 200, costCentre: "" }],
      [`/v2/product/ix/${String(before.ixUid)}`, { rateLimit: 2000, costCentre: "" }],
    ]),
  );
  expect(puts).toHaveLength(2);
  expect((await requestsSince(mark)).some((r) => r.path.endsWith("/networkdesign/buy"))).toBe(false);
});

test("an MCR ASN change while a VXC is attached surfaces Megaport's refusal", async () => {
  await startFromInitial();
  knobs = { ...knobs, mcrAsn: 65010 };
  const err = (await t.stack.up().catch((e: unknown) => e)) as Error;
  expect(err.message).toContain("Cannot update ASN while VXCs are attached to this MCR");
  expect(err.message).toContain('MCR "syd-mcr"');
  knobs = { ...knobs, mcrAsn: initial.mcrAsn };
});

test("a bad input fails at preview with the property named, and nothing is bought", async () => {
  await startFromInitial();
  const mark = (await emu.admin.requests()).length;
  const saved = knobs;
  try {
    // A nested input is named in the message, with what was given (the engine's own line for a
    // property would print `value {<nil>}` for it).
    knobs = { ...saved, vxcVlan: 5000 };
    const nested = (await t.stack.preview().catch((e: unknown) => e)) as Error;
    expect(nested.message).toContain("aEnd.vlan: vlan must be 2-4093, or 0 to let Megaport assign one");
    expect(nested.message).toContain("got 5000");
    expect(nested.message).not.toContain("<nil>");
    knobs = { ...saved, portSpeed: 2500 };
    const err = (await t.stack.preview().catch((e: unknown) => e)) as Error;
    expect(err?.message).toBeDefined();
    expect(err.message).toContain("portSpeed must be one of 1000, 10000, 100000, 400000 Mbps; got 2500");
    knobs = { ...saved, portLocation: 137, portSpeed: 100000 };
    const zoneErr = (await t.stack.preview().catch((e: unknown) => e)) as Error;
    expect(zoneErr?.message).toBeDefined();
    expect(zoneErr.message).toContain(
      "portSpeed must be one of 1000, 10000 Mbps at location 137 (3DC/Telecity Sofia); got 100000",
    );
    expect((await requestsSince(mark)).filter((r) => r.path.includes("networkdesign"))).toHaveLength(0);
  } finally {
    knobs = saved;
  }
});

test("a replacing change (port speed) orders a new port and cancels the old one", async () => {
  await startFromInitial();
  // The IX and VXC hang off the port: moving them is part of the replacement.
  const before = await outputsOf();
  knobs = { ...knobs, portSpeed: 100000 };
  const up = await t.stack.up();
  expect(up.summary.resourceChanges?.replace).toBeGreaterThanOrEqual(1);
  const after = await outputsOf();
  expect(after.portUid).not.toBe(before.portUid);
  const old = (await emu.admin.products()).find((p) => p.productUid === before.portUid);
  expect(old?.provisioningStatus).toBe("DECOMMISSIONED");
  expect((await t.stack.preview()).changeSummary).toEqual({ same: 6 });
});

test("a product decommissioned out of band is ordered again by the next up", async () => {
  await startFromInitial();
  const before = await outputsOf();
  await emu.admin.productAction(String(before.mcrUid), "DECOMMISSION");
  const up = await t.stack.up({ refresh: true });
  expect(up.summary.resourceChanges?.create).toBeGreaterThanOrEqual(1);
  const after = await outputsOf();
  expect(after.mcrUid).not.toBe(before.mcrUid);
  expect((await emu.admin.products()).find((p) => p.productUid === after.mcrUid)?.provisioningStatus).toMatch(
    /CONFIGURED|LIVE/,
  );
});

test("destroy refuses while a VXC it does not manage is on the MCR, without a stack trace; then empties the stack", async () => {
  await startFromInitial();
  const before = await outputsOf();
  const { mcrUid } = before;
  const far = String(await portalPort(emu, { productName: "far" }));
  const [bought] = (await emu.admin.order([vxcOrder(String(mcrUid), far, { productName: "guest-vxc" })]))
    .data;
  const guest = boughtUid(bought as BuyResultItem)!;
  await untilLive();
  const refused = (await t.stack.destroy().catch((e: unknown) => e)) as Error;
  expect(refused.message).toContain("guest-vxc");
  // What a person reads: the resource, the call, Megaport's message; no Node stack frames.
  expect(refused.message).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  await emu.admin.productAction(guest, "DECOMMISSION");
  await emu.admin.productAction(far, "DECOMMISSION");
  const destroy = await t.stack.destroy();
  // The first destroy took down all that nothing else hangs on; this one the MCR and the stack.
  expect(destroy.summary.resourceChanges?.delete).toBeGreaterThanOrEqual(1);
  const ours = [before.portUid, before.mcrUid, before.vxcUid, before.ixUid, guest, far];
  const left = (await emu.admin.products()).filter(
    (p) => ours.includes(p.productUid as string) && p.provisioningStatus !== "DECOMMISSIONED",
  );
  expect(left).toEqual([]);
  const keys = [...emu.store.serviceKeys.values()];
  expect(keys.every((k) => !k.active)).toBe(true);
  const state = (await t.stack.exportStack()).deployment as { resources?: unknown[] };
  expect(state.resources ?? []).toHaveLength(0);
});

test("adopting an existing port brings it under management without a new order", async () => {
  const uid = await portalPort(emu, { productName: "portal-port", portSpeed: 1000, locationId: 4 });
  const mark = (await emu.admin.requests()).length;
  const adopt = await newStack(
    "adopt",
    async () => {
      const p = new megaport.Port("adopted", {
        productName: "managed-now",
        portSpeed: 1000,
        locationId: 4,
        contractTermMonths: 12,
        marketplaceVisibility: false,
        adoptProductUid: uid,
      });
      return { uid: p.productUid, secretCheck: pulumi.secret("x") };
    },
    emulatorConfig(emu.url, emu.tokenUrl, emu.credentials),
  );
  try {
    const up = await adopt.stack.up();
    expect(up.outputs.uid.value).toBe(uid);
    const log = await requestsSince(mark);
    expect(log.some((r) => r.path.includes("networkdesign"))).toBe(false);
    expect(log.find((r) => r.method === "PUT")?.body).toEqual({ name: "managed-now", costCentre: "" });
    expect((await adopt.stack.preview()).changeSummary).toEqual({ same: 2 });
  } finally {
    await adopt.cleanup();
  }
});
