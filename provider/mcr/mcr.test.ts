// The MCR's lifecycle through the serialized provider, against the emulator.
import * as pulumi from "@pulumi/pulumi";
import { TestEmulator, untilLive, withEmulator } from "../../tests/support/emulator";
import { checkAndCreate, emulatorStackConfig, serializedProvider } from "../../tests/support/serialized";

let emu: TestEmulator;
let mcr: Required<pulumi.dynamic.ResourceProvider>;
const args = { productName: "core", portSpeed: 1000, locationId: 3, contractTermMonths: 1 };

beforeAll(async () => {
  emu = await withEmulator();
  mcr = (await serializedProvider("Mcr", emulatorStackConfig(emu))).provider;
});
afterAll(() => emu.close());

test("check applies the default ASN and names MCR speeds and locations without MCRs", async () => {
  expect((await mcr.check({}, args)).inputs).toMatchObject({ asn: 133937 });
  expect((await mcr.check({}, { ...args, portSpeed: 3000 })).failures?.[0].reason).toBe(
    "portSpeed: portSpeed must be one of 1000, 2500, 5000, 10000, 25000, 50000, 100000, 400000 Mbps; got 3000",
  );
  expect((await mcr.check({}, { ...args, locationId: 137 })).failures).toEqual([
    { property: "portSpeed", reason: "MCRs are not offered at location 137 (3DC/Telecity Sofia)" },
  ]);
  expect((await mcr.check({}, { ...args, asn: 0 })).failures?.[0].property).toBe("asn");
});

test("create orders an MCR2 with config.mcrAsn; an ASN change updates in place with one PUT", async () => {
  const { id, inputs, outs } = await checkAndCreate(mcr, { ...args, asn: 64512 });
  const buy = (await emu.admin.requests()).find((r) => r.path === "/v4/networkdesign/buy")!;
  expect(buy.body).toMatchObject({
    networkDesign: [{ productType: "MCR2", portSpeed: 1000, config: { mcrAsn: 64512 } }],
  });
  await untilLive();
  const news = { ...inputs, asn: 65010 };
  expect(await mcr.diff(id, outs, news)).toMatchObject({ changes: true, replaces: [] });
  expect(await mcr.diff(id, outs, { ...news, portSpeed: 2500 })).toMatchObject({ replaces: ["portSpeed"] });
  await emu.admin.clearRequests();
  const res = await mcr.update(id, outs, news);
  expect((await emu.admin.requests()).filter((r) => r.method === "PUT").map((r) => [r.path, r.body])).toEqual(
    [[`/v2/product/mcr2/${id}`, { asn: 65010, costCentre: "" }]],
  );
  expect(res.outs).toMatchObject({ productUid: id, asn: 65010 });
  const read = await mcr.read(id, res.outs!);
  expect(read.inputs).toMatchObject({ asn: 65010 });
});
