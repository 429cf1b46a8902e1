// The NAT gateway's lifecycle through the serialized provider, against the emulator: preview checks
// against the location and the sessions matrix, design → validate → buy by UID, in-place updates
// as one full PUT, lost answers that never design or buy twice, drift, delete; its packet filters
// and prefix lists, and a VXC that ends on it.
import * as emulator from "../../tests/support/emulator";
import * as on from "../../tests/support/serialized";

const { buyMcr, buyPort, clientFor, natGatewayRequest, untilLive } = emulator;
const { checkAndCreate, emulatorStackConfig, markerFor, privateVxcArgs, serializedProvider, stackFor } = on;

let emu: emulator.TestEmulator;
let [nat, filters, lists, vxc] = [] as on.Provider[];

beforeAll(async () => {
  const kinds = ["NatGateway", "NatGatewayPacketFilter", "NatGatewayPrefixList", "Vxc"] as const;
  [emu, nat, filters, lists, vxc] = await on.onEmulator(...kinds);
});
afterAll(() => emu.close());

const args = (name = "egress", extra: Record<string, unknown> = {}) => ({
  productName: name,
  locationId: 3,
  diversityZone: "red",
  speed: 1000,
  sessionCount: 50000,
  contractTermMonths: 1,
  orderMarker: markerFor("NatGateway", name),
  ...extra,
});

const requests = async (method: string, prefix: string) =>
  (await emu.admin.requests()).filter((r) => r.method === method && r.path.startsWith(prefix));

const designs = async () =>
  (await clientFor(emu).natGateways.list()).filter(
    (g) => !["DECOMMISSIONED", "CANCELLED"].includes(g.provisioningStatus),
  );

test("check: a speed the location offers, a session count the speed offers, at preview", async () => {
  const failures = async (extra: Record<string, unknown>) =>
    ((await nat.check({}, args("x", extra))).failures ?? []).map((f) => f.reason);
  expect(await failures({ speed: 3000 })).toEqual([
    "speed: Global Switch Sydney offers NAT gateways of 1000, 2500, 5000, 10000 Mbps in the red zone; got 3000",
  ]);
  expect(await failures({ sessionCount: 60000 })).toEqual([
    "sessionCount: a 1000 Mbps NAT gateway offers 50000 or 100000 sessions; got 60000",
  ]);
  expect(await failures({ diversityZone: "green" })).toEqual([
    "diversityZone: diversityZone must be red or blue",
  ]);
  expect(await failures({})).toEqual([]);
});

test("design, validate with its price and buy by UID; read, update in place with one full PUT, delete", async () => {
  await emu.admin.clearRequests();
  const made = await checkAndCreate(nat, args("egress", { resourceTags: { team: "net" } }));
  const [design] = await requests("POST", "/v3/products/nat_gateways");
  expect(design.body).toMatchObject({
    productName: "egress",
    speed: 1000,
    config: { asn: 0, diversityZone: "red", sessionCount: 50000, bgpShutdownDefault: false },
  });
  expect((await requests("POST", "/v3/networkdesign/validate"))[0].body).toEqual([{ productUid: made.id }]);
  expect((await requests("POST", "/v3/networkdesign/buy"))[0].body).toEqual([{ productUid: made.id }]);
  expect(made.outs).toMatchObject({
    productUid: made.id,
    gatewayAsn: 64512,
    monthlyRate: 305,
    currency: "AUD",
  });
  expect(["CONFIGURED", "LIVE"]).toContain(made.outs.provisioningStatus);
  // The wait read the gateways' own route, never the product routes.
  expect((await requests("GET", "/v3/products/nat_gateways")).length).toBeGreaterThan(0);
  expect(await requests("GET", `/v2/product/${made.id}`)).toEqual([]);

  const read = await nat.read(made.id, made.outs);
  expect(await nat.diff(made.id, read.props!, made.inputs)).toMatchObject({ changes: false });
  // Only the program's keys come back as inputs.
  expect(Object.keys(read.inputs!).sort()).toEqual(Object.keys(made.inputs).sort());

  const faster = { ...made.inputs, speed: 2500, sessionCount: 250000, productName: "egress-2" };
  expect(await nat.diff(made.id, made.outs, faster)).toMatchObject({ changes: true, replaces: [] });
  expect(await nat.diff(made.id, made.outs, { ...made.inputs, locationId: 6 })).toMatchObject({
    replaces: ["locationId"],
  });
  await emu.admin.clearRequests();
  const updated = await nat.update(made.id, made.outs, faster);
  const [put] = await requests("PUT", `/v3/products/nat_gateways/${made.id}`);
  // The whole gateway, config in full, the order marker kept among the tags.
  expect(put.body).toMatchObject({
    productName: "egress-2",
    speed: 2500,
    // The ASN Megaport chose is sent back, not 0.
    config: { sessionCount: 250000, diversityZone: "red", asn: 64512 },
    resourceTags: expect.arrayContaining([{ key: "team", value: "net" }]),
  });
  expect((put.body as { resourceTags: unknown[] }).resourceTags).toHaveLength(2);
  expect(updated.outs).toMatchObject({ speed: 2500, productName: "egress-2" });

  await nat.delete(made.id, updated.outs!);
  expect((await requests("POST", `/v3/product/${made.id}/action/CANCEL_NOW`)).length).toBe(1);
  expect((await nat.read(made.id, updated.outs!)).id).toBe("");
});

test("a lost answer to the design or the buy never designs or buys twice", async () => {
  await emu.admin.fault({
    kind: "dropAfterProcessing",
    method: "POST",
    pathPrefix: "/v3/products/nat_gateways",
  });
  const a = await checkAndCreate(nat, args("lost-design"));
  await emu.admin.fault({ kind: "dropAfterProcessing", pathPrefix: "/v3/networkdesign/buy" });
  const b = await checkAndCreate(nat, args("lost-buy"));
  const mine = (await designs()).filter((g) => ["lost-design", "lost-buy"].includes(g.productName ?? ""));
  expect(mine.map((g) => g.productUid).sort()).toEqual([a.id, b.id].sort());
  expect(mine.every((g) => g.provisioningStatus !== "DESIGN")).toBe(true);
});

test("a create stopped between design and buy is finished by the next one, with the same design", async () => {
  await emu.admin.fault({ kind: "status", status: 503, pathPrefix: "/v3/networkdesign/validate", times: 10 });
  await expect(checkAndCreate(nat, args("interrupted"))).rejects.toThrow(/HTTP 503/);
  await emu.admin.clearFaults();
  const [left] = (await designs()).filter((g) => g.productName === "interrupted");
  expect(left.provisioningStatus).toBe("DESIGN");
  const done = await checkAndCreate(nat, args("interrupted"));
  expect(done.id).toBe(left.productUid);
  expect((await designs()).filter((g) => g.productName === "interrupted")).toHaveLength(1);
});

test("drift: a gateway cancelled out of band is gone; one changed in the portal shows the change", async () => {
  const made = await checkAndCreate(nat, args("drifting"));
  await emu.admin.changeProduct(made.id, { productName: "renamed" });
  const read = await nat.read(made.id, made.outs);
  expect((read.inputs as { productName: string }).productName).toBe("renamed");
  await emu.admin.productAction(made.id, "CANCEL_NOW");
  expect((await nat.read(made.id, made.outs)).id).toBe("");
});

test("packet filters and prefix lists on the gateway; a VXC from it applies them", async () => {
  const gw = await checkAndCreate(nat, args("edge-nat"));
  const port = await buyPort(clientFor(emu));
  await untilLive();
  const filter = await checkAndCreate(filters, {
    natGatewayUid: gw.id,
    description: "web only",
    entries: [
      {
        action: "permit",
        sourceAddress: "0.0.0.0/0",
        destinationAddress: "10.1.0.0/16",
        destinationPorts: "80,443",
        ipProtocol: 6,
      },
      { action: "deny", sourceAddress: "0.0.0.0/0", destinationAddress: "0.0.0.0/0" },
    ],
  });
  expect(filter.id).toBe(`${gw.id}:${filter.outs.packetFilterId as number}`);
  const list = await checkAndCreate(lists, {
    natGatewayUid: gw.id,
    description: "from-dc",
    addressFamily: "IPv4",
    entries: [{ action: "permit", prefix: "10.0.0.0/8", le: 24 }],
  });
  // ge and le go over the wire as strings for NAT gateway lists.
  const [sent] = await requests("POST", `/v3/products/nat_gateways/${gw.id}/prefix_lists`);
  expect(sent.body).toMatchObject({ entries: [{ prefix: "10.0.0.0/8", le: "24" }] });
  const listRead = await lists.read(list.id, list.outs);
  expect(await lists.diff(list.id, listRead.props!, list.inputs)).toMatchObject({ changes: false });

  // A second list of the same description is refused at preview.
  const dup = await lists.check({}, { ...list.inputs, entries: [{ action: "deny", prefix: "0.0.0.0/0" }] });
  expect(dup.failures?.[0].property).toBe("description");

  const link = await checkAndCreate(vxc, {
    ...privateVxcArgs("nat-to-port", { productUid: gw.id, vlan: 0 }, port),
    aEndPartnerConfig: {
      connectType: "VROUTER",
      interfaces: [
        {
          ipAddresses: ["10.30.0.1/30"],
          packetFilterIn: filter.outs.packetFilterId,
          bgpConnections: [
            {
              peerAsn: 65030,
              localIpAddress: "10.30.0.1",
              peerIpAddress: "10.30.0.2",
              importWhitelist: list.outs.prefixListId,
            },
          ],
        },
      ],
    },
  });
  expect(link.outs.aEndDetails).toMatchObject({ productUid: gw.id });

  // In use: Megaport answers 409, so the delete waits (here until a short deadline) and says why.
  const short = (
    await serializedProvider(
      "NatGatewayPacketFilter",
      emulatorStackConfig(emu, { "megaport:waitTimeMinutes": "0.02" }),
    )
  ).provider;
  await expect(short.delete(filter.id, filter.outs)).rejects.toThrow(/still in use by a VXC interface/);
  await vxc.delete(link.id, link.outs);
  await filters.delete(filter.id, filter.outs);
  await lists.delete(list.id, list.outs);
  expect(await clientFor(emu).natGateways.packetFilters(gw.id).summaries()).toEqual([]);
});

test("a packet filter on an MCR end, or a vRouter on a port, fails at preview; Megaport refuses them too", async () => {
  const client = clientFor(emu);
  const mcr = await buyMcr(client);
  const port = await buyPort(client);
  await untilLive();
  const filtered = {
    ...privateVxcArgs("mcr-filter", { productUid: mcr, vlan: 0 }, port),
    aEndPartnerConfig: {
      connectType: "VROUTER",
      interfaces: [{ ipAddresses: ["10.40.0.1/30"], packetFilterIn: 1 }],
    },
  };
  expect((await vxc.check({}, filtered)).failures).toEqual([
    {
      property: "",
      reason: "aEndPartnerConfig: packetFilterIn/packetFilterOut are a NAT gateway's; mcr is an MCR",
    },
  ]);
  const onPort = { ...filtered, aEnd: { productUid: port, vlan: 0 }, bEnd: { productUid: mcr } };
  expect((await vxc.check({}, onPort)).failures).toEqual([
    {
      property: "",
      reason:
        "aEndPartnerConfig: a vRouter configuration needs an MCR or NAT gateway at the A-end; Sydney port is a MEGAPORT",
    },
  ]);
  // Past preview (a program that skips check), validate says the same.
  const err = (await vxc.create(filtered).catch((e: unknown) => e)) as Error;
  expect(err.message).toContain("A-End packetFilterIn is only valid on a NAT gateway");
});

test("adopting a gateway bought elsewhere orders nothing and sets the program's settings with one PUT", async () => {
  const client = clientFor(emu);
  const bought = await client.natGateways.create(natGatewayRequest("portal-nat"));
  await client.natGateways.buy(bought.productUid);
  await emu.admin.clearRequests();
  const adopted = await checkAndCreate(
    nat,
    args("managed-nat", { adoptProductUid: bought.productUid, sessionCount: 100000 }),
  );
  expect(adopted.id).toBe(bought.productUid);
  expect(await requests("POST", "/v3/networkdesign/buy")).toEqual([]);
  expect(await requests("POST", "/v3/products/nat_gateways")).toEqual([]);
  expect((await requests("PUT", `/v3/products/nat_gateways/${bought.productUid}`)).length).toBe(1);
  expect(await client.natGateways.get(bought.productUid)).toMatchObject({
    productName: "managed-nat",
    config: { sessionCount: 100000 },
  });
});

test("adopting another stack's gateway is refused, naming the stack, unless taken over", async () => {
  const theirs = await checkAndCreate(
    nat,
    args("their-nat", {
      orderMarker: markerFor("NatGateway", "their-nat", "other"),
      orderStack: stackFor("other"),
    }),
  );
  const adopting = args("our-nat", { adoptProductUid: theirs.id, orderStack: stackFor() });
  await expect(checkAndCreate(nat, adopting)).rejects.toThrow(
    "is not this resource's to take: the Pulumi stack organization/tests/other ordered it",
  );
  const taken = await checkAndCreate(nat, { ...adopting, adoptTakeOver: true });
  expect(taken.id).toBe(theirs.id);
  const tags = (await clientFor(emu).natGateways.get(theirs.id)).resourceTags ?? [];
  expect(tags).toContainEqual({ key: "pulumi-megaport-stack", value: "organization/tests/test" });
  expect(tags.map((t) => t.value)).not.toContain(markerFor("NatGateway", "their-nat", "other"));
});

test("the design's marker comes from the schema's replacing inputs, with the value earlier designs carry", async () => {
  // What every version of this package has put on a design: the location and promotion code.
  const { orderMarkerFor } = await import("../shared/orderMarker");
  const { canonical } = await import("../shared/lifecycle");
  const inputs = args("marker-check", { promoCode: "PROMO" });
  const made = await checkAndCreate(nat, inputs);
  const tags = (await clientFor(emu).natGateways.get(made.id)).resourceTags ?? [];
  expect(tags).toContainEqual({
    key: "pulumi-megaport-order",
    value: orderMarkerFor(inputs.orderMarker, canonical([inputs.locationId, "PROMO"])),
  });
});
