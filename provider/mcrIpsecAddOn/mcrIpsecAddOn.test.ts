// The IPsec add-on on its own, against the emulator: added once (a lost answer never adds it
// twice), changed in place, read back with drift, adopted by uid, removed with 0 tunnels.
import { TestEmulator, buyMcr, clientFor, untilLive } from "../../tests/support/emulator";
import { checkAndCreate, onEmulator, Provider } from "../../tests/support/serialized";

let emu: TestEmulator;
let addOns: Provider;

beforeAll(async () => ([emu, addOns] = await onEmulator("McrIpsecAddOn")));
afterAll(() => emu.close());

const ipsecOn = async (mcr: string) =>
  ((await clientFor(emu).products.get(mcr)).addOns ?? []).filter((a) => a.addOnType === "IP_SEC");

test("added on an MCR the program does not manage, changed in place, drift read back, removed with 0 tunnels", async () => {
  const mcr = await buyMcr(clientFor(emu));
  await untilLive();
  const made = await checkAndCreate(addOns, { mcrUid: mcr, tunnelCount: 10 });
  const [addOn] = await ipsecOn(mcr);
  expect(made.id).toBe(`${mcr}:${addOn.addOnUid}`);
  expect(addOn.tunnelCount).toBe(10);
  const updated = await addOns.update(made.id, made.outs, { ...made.inputs, tunnelCount: 20 });
  expect(updated.outs).toMatchObject({ tunnelCount: 20, addOnUid: addOn.addOnUid });
  expect((await ipsecOn(mcr))[0].tunnelCount).toBe(20);
  await clientFor(emu).mcrs.setIpsec(mcr, addOn.addOnUid!, 30);
  expect((await addOns.read(made.id, updated.outs!)).inputs).toMatchObject({ tunnelCount: 30 });
  await addOns.delete(made.id, updated.outs!);
  expect((await addOns.read(made.id, updated.outs!)).id).toBe("");
});

test("a second add-on is refused at preview naming the one there; adopting it orders nothing", async () => {
  const mcr = await buyMcr(clientFor(emu));
  await untilLive();
  await clientFor(emu).mcrs.addIpsec(mcr, 10);
  const [existing] = await ipsecOn(mcr);
  expect((await addOns.check({}, { mcrUid: mcr, tunnelCount: 20 })).failures).toEqual([
    {
      property: "mcrUid",
      reason: expect.stringContaining(`has an IPsec add-on already (${existing.addOnUid}, 10 tunnels)`),
    },
  ]);
  await emu.admin.clearRequests();
  const adopted = await checkAndCreate(addOns, {
    mcrUid: mcr,
    tunnelCount: 20,
    adoptAddOnUid: existing.addOnUid,
  });
  expect(adopted.outs.addOnUid).toBe(existing.addOnUid);
  const posts = (await emu.admin.requests()).filter((r) => r.method === "POST" && r.path.endsWith("/addon"));
  expect(posts).toEqual([]);
  expect((await ipsecOn(mcr))[0].tunnelCount).toBe(20);
});

test("a lost answer to adding it is settled from the MCR: added once", async () => {
  const mcr = await buyMcr(clientFor(emu));
  await untilLive();
  await clientFor(emu).products.list(); // a token first, so the fault meets the add-on's POST
  await emu.admin.fault({
    kind: "dropAfterProcessing",
    method: "POST",
    pathPrefix: `/v3/product/${mcr}/addon`,
  });
  const made = await checkAndCreate(addOns, { mcrUid: mcr, tunnelCount: 10 });
  expect(await ipsecOn(mcr)).toHaveLength(1);
  expect(made.outs.addOnUid).toBe((await ipsecOn(mcr))[0].addOnUid);
});
