// Every bad input of the corpus stops at preview: check() through the serialized provider, against
// the emulator, fails with a reason that names the property's path first and says what was given,
// and nothing is ordered. The tally is printed for the session notes.
import * as pulumi from "@pulumi/pulumi";
import type { ResourceKind } from "../../provider/resourceKinds";
import { TestEmulator, buyPort, clientFor, untilLive, withEmulator } from "../support/emulator";
import { checkAndCreate, emulatorStackConfig, serializedProvider } from "../support/serialized";
import * as good from "./corpus";
import { BAD_INPUTS, Fixtures } from "./corpus";

let emu: TestEmulator;
let fixtures: Fixtures;
const providers = new Map<ResourceKind, Required<pulumi.dynamic.ResourceProvider>>();
const provider = async (kind: ResourceKind) => {
  if (!providers.has(kind))
    providers.set(kind, (await serializedProvider(kind, emulatorStackConfig(emu))).provider);
  return providers.get(kind)!;
};

beforeAll(async () => {
  emu = await withEmulator();
  const client = clientFor(emu);
  const [port, farPort] = [await buyPort(client), await buyPort(client, { productName: "far port" })];
  const mcr = await checkAndCreate(await provider("Mcr"), good.mcr());
  const list = await checkAndCreate(await provider("McrPrefixFilterList"), {
    mcrUid: mcr.id,
    description: "existing-list",
    addressFamily: "IPv4",
    entries: [{ action: "permit", prefix: "10.0.0.0/8" }],
  });
  const nat = await checkAndCreate(await provider("NatGateway"), good.nat());
  const filter = await checkAndCreate(await provider("NatGatewayPacketFilter"), {
    natGatewayUid: nat.id,
    description: "existing-filter",
    entries: [{ action: "permit", sourceAddress: "10.0.0.0/8", destinationAddress: "0.0.0.0/0" }],
  });
  const natList = await checkAndCreate(await provider("NatGatewayPrefixList"), {
    natGatewayUid: nat.id,
    description: "existing-nat-list",
    addressFamily: "IPv4",
    entries: [{ action: "permit", prefix: "10.0.0.0/8" }],
  });
  await untilLive();
  fixtures = {
    port,
    farPort,
    mcr: mcr.id,
    mcrListId: list.outs.prefixListId as number,
    nat: nat.id,
    packetFilterId: filter.outs.packetFilterId as number,
    natListId: natList.outs.prefixListId as number,
  };
  await emu.admin.clearRequests();
});
afterAll(() => emu.close());

test("the corpus covers every resource with at least 100 cases", () => {
  expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(100);
  const kinds = new Set(BAD_INPUTS.map((c) => c.kind));
  expect([...kinds].sort()).toEqual(
    [
      "Ix",
      "Mcr",
      "McrIpsecAddOn",
      "McrPrefixFilterList",
      "Mve",
      "NatGateway",
      "NatGatewayPacketFilter",
      "NatGatewayPrefixList",
      "Port",
      "ServiceKey",
      "Vxc",
    ].sort(),
  );
});

describe.each(BAD_INPUTS.map((c) => [`${c.kind}: ${c.mistake}`, c] as const))("%s", (_name, c) => {
  test(`stops at preview naming ${c.stops.property}`, async () => {
    const inputs = Object.fromEntries(Object.entries(c.inputs(fixtures)).filter(([, v]) => v !== undefined));
    const { failures = [] } = await (await provider(c.kind)).check({}, inputs);
    const reasons = failures.map((f) => f.reason);
    // Named first: "aEnd.vlan: …", or in prose, "locationId 99999 is not …".
    const named = reasons.filter(
      (r) => r.startsWith(`${c.stops.property}: `) || r.startsWith(`${c.stops.property} `),
    );
    if (named.length === 0)
      throw new Error(`no failure names ${c.stops.property}; the failures were ${JSON.stringify(reasons)}`);
    if (c.stops.says) expect(named.join("\n")).toContain(c.stops.says);
    // The engine prints a failure's property with the program's value of that input: only top-level,
    // non-secret inputs carry one; the rest are named in the reason alone (never `value {<nil>}`).
    for (const f of failures) expect(f.property === "" || !f.property.includes(".")).toBe(true);
  });
});

test("no bad input ordered, designed or changed anything", async () => {
  const sent = (await emu.admin.requests()).filter(
    (r) => r.method !== "GET" && !r.path.endsWith("/validate") && r.path !== "/oauth2/token",
  );
  expect(sent.map((r) => `${r.method} ${r.path}`)).toEqual([]);
});
