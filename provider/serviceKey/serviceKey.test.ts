// The ServiceKey's lifecycle through the serialized provider: the key is never the id, active and
// validFor update in place, delete deactivates.
import { OrderItem } from "../client";
import { PORT_ORDER, TestEmulator, clientFor } from "../../tests/support/emulator";
import { checkAndCreate, onEmulator, Provider } from "../../tests/support/serialized";

let emu: TestEmulator;
let sk: Provider;
let port: string;

beforeAll(async () => {
  [emu, sk] = await onEmulator("ServiceKey");
  port = (await clientFor(emu).orders.buy([PORT_ORDER as unknown as OrderItem])).items[0]
    .technicalServiceUid!;
});
afterAll(() => emu.close());

test("check: a VLAN only on single-use keys, a window that ends after it starts, instants normalised", async () => {
  const bad = await sk.check(
    {},
    {
      portUid: port,
      singleUse: false,
      maxSpeed: 100,
      vlan: 100,
      validFor: { start: "2027-02-01", end: "2027-01-01" },
    },
  );
  expect(bad.failures?.map((f) => f.property).sort()).toEqual(["validFor", "vlan"]);
  const ok = await sk.check(
    {},
    {
      portUid: port,
      singleUse: true,
      maxSpeed: 100,
      validFor: { start: "2027-01-01T10:00:00+10:00", end: "2027-06-01T00:00:00Z" },
    },
  );
  expect(ok.inputs).toMatchObject({ active: true, validFor: { start: "2027-01-01T00:00:00.000Z" } });
});

test("create issues a key whose id does not reveal it; active updates in place; delete deactivates", async () => {
  const { id, inputs, outs } = await checkAndCreate(sk, {
    portUid: port,
    singleUse: true,
    maxSpeed: 1000,
    description: "partner",
  });
  const key = String(outs.key);
  expect(key).toMatch(/^[0-9a-f-]{36}$/);
  expect(id).not.toContain(key);
  expect(await sk.diff(id, outs, { ...inputs, active: false })).toMatchObject({
    changes: true,
    replaces: [],
  });
  expect(await sk.diff(id, outs, { ...inputs, maxSpeed: 500 })).toMatchObject({ replaces: ["maxSpeed"] });
  const res = await sk.update(id, outs, { ...inputs, active: false });
  expect(res.outs).toMatchObject({ active: false, key });
  const read = await sk.read(id, res.outs!);
  expect(read.inputs).toMatchObject({ active: false, description: "partner" });
  await sk.update(id, outs, inputs);
  await sk.delete(id, outs);
  expect(emu.store.serviceKeys.get(key)?.active).toBe(false);
});

test("a key issued in the portal is adopted: nothing issued, active set to the program's, fixed settings held", async () => {
  const client = clientFor(emu);
  const key = await client.serviceKeys.create({
    productUid: port,
    singleUse: false,
    maxSpeed: 500,
    active: false,
    preApproved: false,
    description: "from the portal",
  });
  const program = { portUid: port, singleUse: false, maxSpeed: 500, description: "from the portal" };
  // A setting that only a new key could change is refused, saying what the key has.
  const err = (await sk
    .create({ ...(await sk.check({}, { ...program, maxSpeed: 1000, adoptKey: key })).inputs })
    .catch((e: unknown) => e)) as Error;
  expect(err.message).toContain("adoptKey's maxSpeed is 500, not 1000: these cannot change in place");
  expect(err.message).not.toContain(key);

  await emu.admin.clearRequests();
  const before = (await client.serviceKeys.list(port)).length;
  const { id, outs } = await checkAndCreate(sk, { ...program, adoptKey: key });
  expect(outs).toMatchObject({ key, active: true, maxSpeed: 500 });
  expect(id).not.toContain(key);
  expect((await emu.admin.requests()).filter((r) => r.method === "POST")).toEqual([]);
  expect((await client.serviceKeys.list(port)).length).toBe(before);
  expect((await client.serviceKeys.get(key)).active).toBe(true);
  await expect(
    checkAndCreate(sk, { ...program, adoptKey: "00000000-0000-4000-8000-00000000beef" }),
  ).rejects.toThrow("adoptKey is not a service key of this Megaport account");
});
