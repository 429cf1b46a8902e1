// The MCR's lifecycle through the serialized provider, against the emulator.
import { TestEmulator, clientFor, untilLive } from "../../tests/support/emulator";
import { checkAndCreate, onEmulator, Provider } from "../../tests/support/serialized";

let emu: TestEmulator;
let mcr: Provider;
const args = { productName: "core", portSpeed: 1000, locationId: 3, contractTermMonths: 1 };

beforeAll(async () => ([emu, mcr] = await onEmulator("Mcr")));
afterAll(() => emu.close());

test("check applies the default ASN and names MCR speeds and locations without MCRs", async () => {
  expect((await mcr.check({}, args)).inputs).toMatchObject({ asn: 133937 });
  expect((await mcr.check({}, { ...args, portSpeed: 3000 })).failures?.[0].reason).toBe(
    "portSpeed: portSpeed must be one of 1000, 2500, 5000, 10000, 25000, 50000, 100000, 400000 Mbps; got 3000",
  );
  expect((await mcr.check({}, { ...args, locationId: 137 })).failures).toEqual([
    {
      property: "locationId",
      reason: "locationId: MCRs are not offered at location 137 (3DC/Telecity Sofia)",
    },
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

test("the IPsec add-on is ordered with the MCR, changed and removed in place, and its loss is drift", async () => {
  await emu.admin.reset();
  expect((await mcr.check({}, { ...args, ipsecTunnelCount: 15 })).failures?.[0].reason).toBe(
    "ipsecTunnelCount: ipsecTunnelCount must be one of 10, 20, 30 tunnels; got 15",
  );
  const { id, inputs, outs } = await checkAndCreate(mcr, { ...args, ipsecTunnelCount: 10 });
  const buy = (await emu.admin.requests()).find((r) => r.path === "/v4/networkdesign/buy")!;
  expect(buy.body).toMatchObject({
    networkDesign: [{ productType: "MCR2", addOns: [{ addOnType: "IP_SEC", tunnelCount: 10 }] }],
  });
  await untilLive();
  expect((await mcr.read(id, outs)).inputs).toMatchObject({ ipsecTunnelCount: 10 });

  // 10 → 20: one PUT on the add-on's own route; no product PUT.
  await emu.admin.clearRequests();
  const more = await mcr.update(id, outs, { ...inputs, ipsecTunnelCount: 20 });
  const writes = async () =>
    (await emu.admin.requests()).filter((r) => r.method !== "GET").map((r) => [r.method, r.path, r.body]);
  const [addOn] = (await emu.admin.products()).find((p) => p.productUid === id)!.addOns as Array<{
    addOnUid: string;
  }>;
  expect(await writes()).toEqual([
    ["PUT", `/v3/product/${id}/addon/${addOn.addOnUid}`, { addOnType: "IP_SEC", tunnelCount: 20 }],
  ]);
  expect(more.outs).toMatchObject({ ipsecTunnelCount: 20 });

  // Removed in the portal: the read shows 0 tunnels, so the next up adds it back.
  await clientFor(emu).mcrs.setIpsec(id, addOn.addOnUid, 0);
  const lost = await mcr.read(id, more.outs!);
  expect(lost.inputs).toMatchObject({ ipsecTunnelCount: 0 });
  expect(await mcr.diff(id, lost.props!, { ...inputs, ipsecTunnelCount: 20 })).toMatchObject({
    changes: true,
    replaces: [],
  });

  await emu.admin.clearRequests();
  const restored = await mcr.update(id, lost.props!, { ...inputs, ipsecTunnelCount: 20 });
  expect(await writes()).toEqual([
    ["POST", `/v3/product/${id}/addon`, { addOnType: "IP_SEC", tunnelCount: 20 }],
  ]);

  // Left out: 0 tunnels removes it; the read then shows none, and no drift for a program without it.
  const { ipsecTunnelCount: _dropped, ...withoutIpsec } = inputs;
  const [current] = (await emu.admin.products()).find((p) => p.productUid === id)!.addOns as Array<{
    addOnUid: string;
  }>;
  await emu.admin.clearRequests();
  const removed = await mcr.update(id, restored.outs!, withoutIpsec);
  expect(await writes()).toEqual([
    ["PUT", `/v3/product/${id}/addon/${current.addOnUid}`, { addOnType: "IP_SEC", tunnelCount: 0 }],
  ]);
  const read = await mcr.read(id, removed.outs!);
  expect(read.inputs.ipsecTunnelCount).toBeUndefined();
  expect(await mcr.diff(id, read.props!, withoutIpsec)).toMatchObject({ changes: false });
});
