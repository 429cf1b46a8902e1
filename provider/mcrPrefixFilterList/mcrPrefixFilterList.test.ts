// The MCR prefix filter list through the serialized provider, against the emulator: the prefix
// rules at preview, one unique description per MCR, create/read/update/delete on the MCR's routes,
// drift, adoption, a lost create answer, and the wait while a VXC still uses the list.
import * as megaport from "../../sdk";
import { TestEmulator, buyMcr, clientFor, untilLive, useEmulatorEnv } from "../../tests/support/emulator";
import { Provider, checkAndCreate, onEmulator } from "../../tests/support/serialized";

let emu: TestEmulator;
let lists: Provider;
let mcr: string;

const args = () => ({
  mcrUid: mcr,
  description: "private",
  addressFamily: "IPv4",
  entries: [
    { action: "permit", prefix: "10.0.0.0/8", le: 24 },
    { action: "deny", prefix: "192.168.0.0/16", ge: 20, le: 32 },
  ],
});

beforeAll(async () => {
  [emu, lists] = await onEmulator("McrPrefixFilterList");
  useEmulatorEnv(emu);
  mcr = await buyMcr(clientFor(emu));
  await untilLive();
});
afterAll(() => emu.close());

const failures = async (inputs: Record<string, unknown>) =>
  (await lists.check({}, { ...args(), ...inputs })).failures;

test("check: canonical prefixes of the family, ge/le bounds, 1-200 entries, an MCR, a unique description", async () => {
  // Entries wrong only against the family and each other: zod's own action error comes first.
  const badPrefixes = [
    { action: "permit", prefix: "10.0.0.1/8" },
    { action: "permit", prefix: "2001:db8::/32" },
    { action: "permit", prefix: "10.1.0.0/16", ge: 8 },
    { action: "permit", prefix: "10.2.0.0/16", ge: 24, le: 20 },
  ];
  expect(await failures({ entries: [...badPrefixes, { action: "allow", prefix: "10.3.0.0/16" }] })).toEqual([
    { property: "", reason: "entries.4.action: action must be permit or deny" },
  ]);
  expect((await failures({ entries: badPrefixes }))?.map((f) => f.reason)).toEqual([
    "entries.0.prefix: 10.0.0.1/8 has host bits set: the prefix must be the network address for /8",
    "entries.1.prefix: 2001:db8::/32 is not an IPv4 prefix such as 10.0.0.0/8",
    "entries.2.ge: ge must be between the prefix length 16 and 32; got 8",
    "entries.3.le: le must be between ge 24 and 32; got 20",
  ]);
  expect(
    await failures({
      addressFamily: "IPv6",
      entries: [{ action: "permit", prefix: "2001:db8::/32", le: 48 }],
    }),
  ).toEqual([]);
  expect(
    (
      await failures({ addressFamily: "IPv6", entries: [{ action: "permit", prefix: "2001:db8::1/64" }] })
    )?.[0].reason.split(":")[0],
  ).toBe("entries.0.prefix");
  expect((await failures({ entries: [] }))?.[0].reason).toBe("entries: entries must hold 1-200 entries");
  expect(await failures({ mcrUid: "00000000-0000-4000-8000-000000000000" })).toEqual([
    {
      property: "mcrUid",
      reason: "mcrUid: 00000000-0000-4000-8000-000000000000 is not an MCR of this Megaport account",
    },
  ]);
});

test("create, read, update in place, drift, a unique description, and delete", async () => {
  const { id, inputs, outs } = await checkAndCreate(lists, args());
  expect(id).toBe(`${mcr}:${outs.prefixListId}`);
  const post = (await emu.admin.requests()).find(
    (r) => r.method === "POST" && r.path.endsWith("/prefixList"),
  )!;
  expect(post.body).toEqual({ id: 0, ...args(), mcrUid: undefined });
  // The API sends ge/le back as strings: read as numbers, so no drift.
  const read = await lists.read(id, outs);
  expect(read.inputs).toEqual(inputs);
  expect(await lists.diff(id, read.props!, inputs)).toMatchObject({ changes: false });

  // Another list of the same name on the MCR is refused at preview; the list's own name is not.
  expect((await lists.check({}, args())).failures?.[0].property).toBe("description");
  expect((await lists.check(inputs, args())).failures).toEqual([]);

  const news = {
    ...inputs,
    description: "private v2",
    entries: [{ action: "permit", prefix: "172.16.0.0/12" }],
  };
  expect(await lists.diff(id, outs, news)).toMatchObject({ changes: true, replaces: [] });
  expect(
    await lists.diff(id, outs, { ...news, mcrUid: "11111111-1111-4111-8111-111111111111" }),
  ).toMatchObject({
    replaces: ["mcrUid"],
  });
  await emu.admin.clearRequests();
  const updated = await lists.update(id, outs, news);
  expect((await emu.admin.requests()).filter((r) => r.method === "PUT").map((r) => r.body)).toEqual([
    {
      id: outs.prefixListId,
      description: "private v2",
      addressFamily: "IPv4",
      entries: [{ action: "permit", prefix: "172.16.0.0/12" }],
    },
  ]);
  expect(updated.outs).toMatchObject({ description: "private v2", prefixListId: outs.prefixListId });

  // Changed outside the program: drift.
  await clientFor(emu).prefixFilterLists.update(mcr, outs.prefixListId as number, {
    description: "private v2",
    addressFamily: "IPv4",
    entries: [{ action: "deny", prefix: "172.16.0.0/12" }],
  });
  expect((await lists.read(id, updated.outs!)).inputs?.entries).toEqual([
    { action: "deny", prefix: "172.16.0.0/12" },
  ]);

  // The data source lists it with its entries.
  const found = await megaport.getMcrPrefixFilterLists({ mcrUid: mcr });
  expect(found.map((l) => [l.id, l.description, l.entries?.length])).toEqual([
    [outs.prefixListId, "private v2", 1],
  ]);

  // In use by a VXC's BGP connection (a 409) for a moment: delete waits, then deletes.
  await emu.admin.fault([
    {
      method: "DELETE",
      pathPrefix: `/v2/product/mcr2/${mcr}/prefixList`,
      kind: "status",
      status: 409,
      message: "Prefix list is in use",
    },
  ]);
  await emu.admin.clearRequests();
  await lists.delete(id, updated.outs!);
  expect((await emu.admin.requests()).filter((r) => r.method === "DELETE").map((r) => r.status)).toEqual([
    409, 200,
  ]);
  expect((await lists.read(id, updated.outs!)).id).toBe("");
});

test("a lost create answer continues with the list that was made; adoption takes over an existing list", async () => {
  await emu.admin.fault([
    { method: "POST", pathPrefix: `/v2/product/mcr2/${mcr}/prefixList`, kind: "dropAfterProcessing" },
  ]);
  const lost = await checkAndCreate(lists, { ...args(), description: "lost answer" });
  const made = await clientFor(emu).prefixFilterLists.list(mcr);
  expect(made.filter((l) => l.description === "lost answer").map((l) => l.id)).toEqual([
    lost.outs.prefixListId,
  ]);

  const adopted = await checkAndCreate(lists, {
    ...args(),
    description: "lost answer",
    adoptPrefixListId: lost.outs.prefixListId,
    entries: [{ action: "deny", prefix: "0.0.0.0/0" }],
  });
  expect(adopted.id).toBe(lost.id);
  expect(adopted.outs.entries).toEqual([{ action: "deny", prefix: "0.0.0.0/0" }]);
  expect(
    (await clientFor(emu).prefixFilterLists.list(mcr)).filter((l) => l.description === "lost answer"),
  ).toHaveLength(1);
});

test("what a Terraform configuration carries: ge/le of 0 (the prefix's own length) and the family in any case", async () => {
  const checked = await lists.check(
    {},
    { ...args(), addressFamily: "ipv4", entries: [{ action: "permit", prefix: "10.0.0.0/8", ge: 0, le: 0 }] },
  );
  expect(checked.failures ?? []).toEqual([]);
  expect(checked.inputs).toMatchObject({
    addressFamily: "IPv4",
    entries: [{ action: "permit", prefix: "10.0.0.0/8" }],
  });
  expect((checked.inputs.entries as Array<Record<string, unknown>>)[0]).not.toHaveProperty("ge");
});
