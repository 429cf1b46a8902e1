// What Megaport's own clients send, byte for byte where it matters, is what the emulator accepts,
// and it answers in the shapes they decode: megaportgo's zero-valued vNicIndex on every VXC end,
// its escaped service-key look-up path, IBM connections in list form, and a cloud connection's
// bandwidth left as provisioned by a rate-limit change.
import { request } from "undici";
import { BuyResultItem, boughtUid } from "../provider/client";
import { TestEmulator, buyMcr, buyPort, clientFor, untilLive, withEmulator } from "../tests/support/emulator";

let emu: TestEmulator;
let port: string;
let mcr: string;

beforeAll(async () => {
  emu = await withEmulator();
  const client = clientFor(emu);
  port = await buyPort(client);
  mcr = await buyMcr(client);
  await untilLive();
});
afterAll(() => emu.close());

/** A request exactly as given: path and body untouched by any client of ours. */
async function raw(method: "GET" | "POST" | "PUT", path: string, body?: unknown) {
  const token = await clientFor(emu).tokens.get();
  const res = await request(emu.url + path, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.statusCode, json: (await res.body.json()) as { message: string; data: unknown } };
}

/** POST /v4/networkdesign/buy as megaportgo sends it. */
const buy = (items: unknown[]) =>
  raw("POST", "/v4/networkdesign/buy", { networkDesign: items, discountCodes: [] });

/** A VXC order as megaportgo's BuyVXC marshals it: every end carries vNicIndex, 0 unless set. */
const megaportgoVxc = (aEnd: string, bEnd: string, bVnic = 0) => [
  {
    productUid: aEnd,
    associatedVxcs: [
      {
        productName: "from megaportgo",
        rateLimit: 100,
        term: 1,
        shutdown: false,
        promoCode: "",
        costCentre: "",
        aEnd: { productUid: aEnd, vlan: 0, innerVlan: 0, vNicIndex: 0 },
        bEnd: { productUid: bEnd, vlan: 0, innerVlan: 0, vNicIndex: bVnic },
      },
    ],
  },
];

test("a port-to-MCR VXC with vNicIndex 0 on both ends is validated and bought; another index is refused", async () => {
  expect((await raw("POST", "/v3/networkdesign/validate", megaportgoVxc(port, mcr))).status).toBe(200);
  const bought = await buy(megaportgoVxc(port, mcr));
  expect(bought.status).toBe(200);
  const refused = await raw("POST", "/v3/networkdesign/validate", megaportgoVxc(port, mcr, 1));
  expect(refused.status).toBe(400);
  expect(JSON.stringify(refused.json)).toContain("B-End vNicIndex is only for an MVE end");
});

test("a service key is read back on megaportgo's escaped path /v2/service/key%3Fkey=<key>", async () => {
  const issued = await raw("POST", "/v2/service/key", { productUid: port, singleUse: true, maxSpeed: 100 });
  const key = (issued.json.data as { key: string }).key;
  const read = await raw("GET", `/v2/service/key%3Fkey=${key}`);
  expect(read.status).toBe(200);
  expect(read.json.data).toMatchObject({ key, productUid: port });
  expect((await raw("GET", `/v2/service/key%3Fkey=00000000-0000-4000-8000-000000000000`)).status).toBe(404);
});

test("an IBM connection is answered as a list, the only form megaportgo decodes for IBM", async () => {
  const ibmPort = "9a7b6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d";
  const order = megaportgoVxc(port, ibmPort);
  (order[0].associatedVxcs[0].bEnd as Record<string, unknown>).partnerConfig = {
    connectType: "IBM",
    account_id: "0123456789abcdef0123456789abcdef",
    customer_asn: 64999,
  };
  const bought = await buy(order);
  expect(bought.status).toBe(200);
  const uid = boughtUid((bought.json.data as BuyResultItem[])[0])!;
  const vxc = (await raw("GET", `/v2/product/${uid}`)).json.data as {
    resources: { csp_connection: unknown };
  };
  expect(vxc.resources.csp_connection).toEqual([
    expect.objectContaining({ connectType: "IBM", csp_name: "IBM" }),
  ]);
});

test("a rate-limit change leaves a cloud connection's bandwidth as provisioned", async () => {
  const client = clientFor(emu);
  const azure = await client.cloudLookups.lookup("azure", "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d");
  const order = megaportgoVxc(port, azure.megaports[0].productUid);
  (order[0].associatedVxcs[0].bEnd as Record<string, unknown>).partnerConfig = {
    connectType: "AZURE",
    serviceKey: "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d",
  };
  const bought = await buy(order);
  const uid = boughtUid((bought.json.data as BuyResultItem[])[0])!;
  await untilLive();
  expect((await raw("PUT", `/v3/product/vxc/${uid}`, { rateLimit: 200 })).status).toBe(200);
  const vxc = (await raw("GET", `/v2/product/${uid}`)).json.data as {
    rateLimit: number;
    resources: { csp_connection: { bandwidth: number } };
  };
  expect({ rateLimit: vxc.rateLimit, bandwidth: vxc.resources.csp_connection.bandwidth }).toEqual({
    rateLimit: 200,
    bandwidth: 100,
  });
});
