// The emulator's validation rules, each with the message it answers, and its admin controls and
// lifecycle beyond the happy path; all over real HTTP.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { EmulatorAdmin } from "./admin";
import { FOREIGN_PORT, FOREIGN_SERVICE_KEYS } from "./data/catalogue";
import { MegaportClient, OrderItem } from "../provider/client";
import * as support from "../tests/support/emulator";
import { repo } from "../tests/support/engine";

const { buyMcr, buyPort, clientFor, ixOrder, PORT_ORDER, untilLive, vxcOrder, withEmulator } = support;

let emu: support.TestEmulator;
let client: MegaportClient;
let port: string;
let mcr: string;
let otherPort: string;

const live = untilLive;

beforeAll(async () => {
  emu = await withEmulator();
  client = clientFor(emu);
  [port, otherPort] = await Promise.all([1, 2].map((n) => buyPort(client, { productName: `port ${n}` })));
  mcr = await buyMcr(client);
  await client.orders.buy([vxcOrder(port, mcr, { productName: "taken", aEnd: { vlan: 300 } })]);
  await client.orders.buy([ixOrder(port)]);
  await live();
});
afterAll(() => emu.close());

const vxc = (item: Record<string, unknown>, aEndUid?: string) => vxcOrder(aEndUid ?? port, otherPort, item);
const ix = (item: Record<string, unknown>, on?: string) =>
  ixOrder(on ?? otherPort, { macAddress: "00:11:22:33:44:66", ...item });

async function refusal(order: () => OrderItem): Promise<string> {
  const err = (await client.orders.validate([order()]).catch((e: unknown) => e)) as Error;
  return err.message;
}

test.each<[string, () => OrderItem, string]>([
  [
    "an MCR where none is offered",
    () =>
      ({
        productName: "m",
        term: 1,
        productType: "MCR2",
        portSpeed: 1000,
        locationId: 137,
        config: {},
      }) as OrderItem,
    "MCR is not available at location 137",
  ],
  [
    "a location still being deployed",
    () => ({ ...PORT_ORDER, locationId: 250 }) as OrderItem,
    "Location 250 (Equinix TY2) is not accepting orders: status Deployment",
  ],
  [
    "a malformed MCR ASN",
    () =>
      ({
        productName: "m",
        term: 1,
        productType: "MCR2",
        portSpeed: 1000,
        locationId: 3,
        config: { mcrAsn: 0 },
      }) as OrderItem,
    "Invalid mcrAsn 0: must be a whole number 1-4294967295",
  ],
  [
    "a VLAN out of range",
    () => vxc({ aEnd: { vlan: 4094 } }),
    "A-End VLAN 4094 is out of range: must be 2-4093, 0 to auto-assign or -1 for untagged",
  ],
  [
    "a VLAN already used on the port",
    () => vxc({ aEnd: { vlan: 300 } }),
    "A-End VLAN 300 is already in use on service",
  ],
  [
    "untagged on an MCR end",
    () => vxc({ aEnd: { vlan: -1 } }, mcr),
    "A-End VLAN -1 (untagged) is not allowed here",
  ],
  [
    "a B-end that does not exist",
    () => vxc({ bEnd: { productUid: "00000000-0000-4000-8000-000000000000" } }),
    "B-End 00000000-0000-4000-8000-000000000000 does not exist",
  ],
  [
    "an A-end that is not ours",
    () => vxc({}, "00000000-0000-4000-8000-000000000000"),
    "A-End 00000000-0000-4000-8000-000000000000 is not one of your services",
  ],
  [
    "another company's port without a service key",
    () => vxc({ bEnd: { productUid: FOREIGN_PORT.productUid } }),
    "belongs to Acme Networks: a service key is required",
  ],
  [
    "a cloud port without partner config",
    () => vxc({ bEnd: { productUid: "a4f54ebc-0fa2-492f-a713-1ed7d49dca1c" } }),
    "Partner configuration is required for a AZURE B-End",
  ],
  [
    "an AWS config without an account",
    () =>
      vxc({
        bEnd: {
          productUid: "b3a1b5c0-0a4e-4e2e-9a11-3433adfc357a",
          partnerConfig: { connectType: "AWS", type: "private", ownerAccount: "12" },
        },
      }),
    "AWS ownerAccount must be a 12-digit AWS account id",
  ],
  [
    "a config that does not match the cloud",
    () =>
      vxc({
        bEnd: {
          productUid: "b3a1b5c0-0a4e-4e2e-9a11-3433adfc357a",
          partnerConfig: { connectType: "GOOGLE", pairingKey: "x" },
        },
      }),
    "Partner config connectType GOOGLE does not match the B-End port (AWS)",
  ],
  [
    "a Google rate limit Google does not offer",
    () =>
      vxc({
        rateLimit: 150,
        bEnd: {
          productUid: "9dcd6769-11aa-4b1b-83f7-5f0859744c17",
          partnerConfig: {
            connectType: "GOOGLE",
            pairingKey: "7e51371e-72a3-40b5-b844-2e3efefaee59/australia-southeast1/1",
          },
        },
      }),
    "rateLimit 150 is not one of Google's bandwidths",
  ],
  [
    "an IBM config with a short account id, no ASN from a Port, and addresses in two subnets",
    () =>
      vxc({
        bEnd: {
          productUid: "9a7b6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d",
          partnerConfig: {
            connectType: "IBM",
            account_id: "abc",
            customer_asn: 0,
            name: "",
            customer_ip_address: "169.254.0.1/30",
            provider_ip_address: "169.254.4.2/30",
          },
        },
      }),
    "IBM account_id must be 32 hexadecimal characters; IBM customer_asn is required unless the A-End is an MCR; IBM provider_ip_address must be another address in the subnet of customer_ip_address",
  ],
  [
    "a cloud config on the A-end",
    () =>
      vxc({
        aEnd: { partnerConfig: { connectType: "AWS", type: "private", ownerAccount: "123456789012" } },
      }),
    "Partner config connectType AWS does not match the A-End (MEGAPORT)",
  ],
  [
    "an IX type the location does not offer",
    () => ix({ networkServiceType: "London IX" }),
    "IX type London IX is not available at location 3",
  ],
  [
    "a second IX of the same type on a port",
    () => ix({}, port),
    "already has Sydney IX, and only one is permitted",
  ],
  ["a malformed ASN", () => ix({ asn: -5 }), "Invalid ASN -5: must be a whole number 1-4294967295"],
  ["a malformed MAC", () => ix({ macAddress: "00:11:22" }), "Invalid MAC address 00:11:22"],
])("validate refuses %s", async (_what, order, message) => {
  const text = await refusal(order);
  expect(text).toMatch(/Validation failed/);
  expect(text).toContain(message);
});

test("a port that no longer accepts VXCs is refused by name", async () => {
  const retiring = (await client.partnerPorts.list()).find((p) => p.vxcPermitted === false)!;
  expect(
    await refusal(() =>
      vxc({
        bEnd: {
          productUid: retiring.productUid,
          partnerConfig: { connectType: "AWS", type: "private", ownerAccount: "123456789012" },
        },
      }),
    ),
  ).toContain(`VXCs are not permitted to ${retiring.title}`);
});

test("a service key unlocks another company's port, and buy re-checks what validate checked", async () => {
  const order = () =>
    vxc({ serviceKey: FOREIGN_SERVICE_KEYS[0], bEnd: { productUid: FOREIGN_PORT.productUid } });
  await expect(client.orders.validate([order()])).resolves.toHaveLength(1);
  const err = (await client.orders.buy([vxc({ aEnd: { vlan: 300 } })]).catch((e: unknown) => e)) as Error;
  expect(err.message).toContain("HTTP 400");
  expect(err.message).toContain("A-End VLAN 300 is already in use");
});

test("VLAN 0 (and an IX without one) is assigned the lowest free VLAN", async () => {
  const ixOnPort = (await client.products.get(port)).associatedIxs?.[0];
  expect(ixOnPort?.vlan).toBe(2);
  const uid = (await client.orders.buy([vxc({ aEnd: { vlan: 0 } })])).items[0].vxcJTechnicalServiceUid!;
  expect((await client.products.get(uid)).aEnd?.vlan).toBe(3);
});

test("updates are refused until a product is CONFIGURED or LIVE", async () => {
  const uid = (await client.orders.buy([{ ...PORT_ORDER, productName: "fresh" } as OrderItem])).items[0]
    .technicalServiceUid!;
  const err = (await client.ports.update(uid, { name: "too early" }).catch((e: unknown) => e)) as Error;
  expect(err.message).toContain(
    "cannot be updated while DEPLOYABLE: only CONFIGURED or LIVE services can be updated",
  );
});

test("updates answer the same rules as orders, in the same words", async () => {
  await live();
  const children = await client.products.get(port);
  const taken = String(children.associatedVxcs!.find((v) => v.productName === "taken")!.productUid);
  const ixUid = String(children.associatedIxs![0].productUid);
  const refusals: Array<[Promise<void>, string]> = [
    [client.ports.update(port, { term: 7 }), "Invalid term 7: must be one of 1, 12, 24, 36, 48, 60 months"],
    [client.vxcs.update(taken, { aEndVlan: 4094 }), "A-End VLAN 4094 is out of range"],
    [client.vxcs.update(taken, { aEndVlan: 2 }), `A-End VLAN 2 is already in use on service ${port}`],
    [client.ixs.update(ixUid, { macAddress: "00:11:22" }), "Invalid MAC address 00:11:22"],
    [client.ixs.update(ixUid, { asn: -5 }), "Invalid ASN -5: must be a whole number 1-4294967295"],
    [client.mcrs.update(mcr, { asn: 65001 }), "Cannot update ASN while VXCs are attached to this MCR"],
  ];
  for (const [update, message] of refusals) {
    const err = (await update.catch((e: unknown) => e)) as Error;
    expect(err.message).toContain("HTTP 400");
    expect(err.message).toContain(message);
  }
});

test("CANCEL → CANCELLED → UN_CANCEL → LIVE for a VXC; a port can only be cancelled now", async () => {
  const uid = (await client.orders.buy([vxc({ aEnd: { vlan: 0 }, productName: "to cancel" })])).items[0]
    .vxcJTechnicalServiceUid!;
  await live();
  await client.products.action(uid, "CANCEL");
  expect((await client.products.get(uid)).provisioningStatus).toBe("CANCELLED");
  await client.products.action(uid, "UN_CANCEL");
  expect((await client.products.get(uid)).provisioningStatus).toBe("LIVE");
  const err = (await client.products.action(port, "CANCEL").catch((e: unknown) => e)) as Error;
  expect(err.message).toContain(`Port ${port} can only be cancelled with CANCEL_NOW`);
});

test("decommissioning a port takes its VXCs and IXs with it", async () => {
  const doomed = (await client.orders.buy([{ ...PORT_ORDER, productName: "doomed" } as OrderItem])).items[0]
    .technicalServiceUid!;
  await live();
  const child = (await client.orders.buy([vxc({ aEnd: { vlan: 0 } }, doomed)])).items[0]
    .vxcJTechnicalServiceUid!;
  await emu.admin.productAction(doomed, "DECOMMISSION");
  expect((await client.products.get(child)).provisioningStatus).toBe("DECOMMISSIONED");
});

test("admin faults: latency delays, 5xx and 429 answer as told, and each applies the given number of times", async () => {
  const raw = clientFor(emu, { retry: { maxAttempts: 1 } });
  await emu.admin.fault([
    { kind: "latency", latencyMs: 300, pathPrefix: "/v2/dropdowns" },
    { kind: "status", status: 502, message: "Bad gateway", pathPrefix: "/v3/locations", times: 2 },
  ]);
  const started = Date.now();
  await raw.partnerPorts.list();
  expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  for (let i = 0; i < 2; i++) await expect(raw.locations.list()).rejects.toThrow("HTTP 502");
  await expect(raw.locations.list()).resolves.toHaveLength(17);
  await emu.admin.fault({ kind: "status", status: 429, retryAfterSeconds: 3, pathPrefix: "/v3/locations" });
  const res = await fetch(`${emu.url}/v3/locations`);
  expect(res.status).toBe(429);
  expect(res.headers.get("retry-after")).toBe("3");
});

test("admin clears faults and the request log", async () => {
  const own = new EmulatorAdmin(emu.url);
  await own.fault({ kind: "reset", pathPrefix: "/v3/locations" });
  await own.clearFaults();
  await expect(client.locations.list()).resolves.toHaveLength(17);
  await own.clearRequests();
  expect(await own.requests()).toEqual([]);
});

test("megaport-emulator --port 0 prints 'listening <url>' first and serves the API there", async () => {
  const child = spawn(process.execPath, [join(repo, "dist/emulator/cli.js"), "--port", "0"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  try {
    const first = await new Promise<string>((resolve) =>
      child.stdout.once("data", (d: Buffer) => resolve(d.toString().split("\n")[0])),
    );
    expect(first).toMatch(/^listening http:\/\/127\.0\.0\.1:\d+$/);
    const url = first.slice("listening ".length);
    const res = await fetch(`${url}/v3/locations`);
    expect(res.status).toBe(200);
  } finally {
    child.kill();
  }
});
