// The IX's lifecycle through the serialized provider: every in-place field is really sent.
import { buyPort, clientFor, TestEmulator, untilLive } from "../../tests/support/emulator";
import { checkAndCreate, onEmulator, Provider } from "../../tests/support/serialized";

let emu: TestEmulator;
let ix: Provider;
let port: string;

beforeAll(async () => {
  [emu, ix] = await onEmulator("Ix");
  port = await buyPort(clientFor(emu));
  await untilLive();
});
afterAll(() => emu.close());

const args = () => ({
  productName: "syd-ix",
  portUid: port,
  networkServiceType: "Sydney IX",
  asn: 64512,
  macAddress: "00:11:22:33:44:55",
  rateLimit: 1000,
});

test("check names a malformed MAC and ASN, and an exchange the port's location does not offer", async () => {
  const bad = await ix.check({}, { ...args(), macAddress: "0011.2233.4455", asn: 4294967296 });
  expect(bad.failures?.map((f) => f.property).sort()).toEqual(["asn", "macAddress"]);
  expect((await ix.check({}, { ...args(), networkServiceType: "London IX" })).failures).toEqual([
    {
      property: "networkServiceType",
      reason:
        'networkServiceType "London IX" is not offered at location 3; offered: Sydney IX, Brisbane IX, Melbourne IX, Auckland IX',
    },
  ]);
});

test("every in-place field is sent in one PUT and read back; the port and exchange replace", async () => {
  const { id, inputs, outs } = await checkAndCreate(ix, args());
  expect(outs).toMatchObject({
    ixUid: id,
    portUid: port,
    productUid: port,
    assignedVlan: expect.any(Number),
  });
  await untilLive();
  const inPlace = {
    rateLimit: 2000,
    vlan: 777,
    macAddress: "00:11:22:33:44:66",
    asn: 65020,
    publicGraph: false,
    reverseDns: "ix.example.net",
    shutdown: true,
    costCentre: "NET",
  };
  const news = { ...inputs, productName: "renamed", ...inPlace };
  expect(await ix.diff(id, outs, news)).toMatchObject({ changes: true, replaces: [] });
  expect(await ix.diff(id, outs, { ...news, networkServiceType: "Melbourne IX" })).toMatchObject({
    replaces: ["networkServiceType"],
  });
  await emu.admin.clearRequests();
  const res = await ix.update(id, outs, news);
  const puts = (await emu.admin.requests()).filter((r) => r.method === "PUT");
  expect(puts.map((r) => [r.path, r.body])).toEqual([
    [
      `/v2/product/ix/${id}`,
      // Every in-place field, in one PUT.
      { name: "renamed", ...inPlace },
    ],
  ]);
  const read = await ix.read(id, res.outs!);
  expect(await ix.diff(id, read.props!, news)).toMatchObject({ changes: false });
});

test("the BGP sessions and addresses Megaport assigns are outputs, each IX with its own address", async () => {
  // One IX per exchange on a port: two new ports.
  const [portA, portB] = [await buyPort(clientFor(emu)), await buyPort(clientFor(emu))];
  await untilLive();
  const a = await checkAndCreate(ix, { ...args(), productName: "ix-a", portUid: portA });
  const b = await checkAndCreate(ix, { ...args(), productName: "ix-b", portUid: portB });
  expect(a.outs.bgpConnections).toEqual([
    {
      customerAsn: 64512,
      customerIpAddress: expect.stringMatching(/^103\.26\.\d+\.\d+$/),
      ispAsn: 58941,
      ispIpAddress: "103.26.68.1",
      peerPolicy: "open",
      maxPrefixes: 1000,
    },
  ]);
  expect((a.outs.ipAddresses as Array<{ version: number }>).map((x) => x.version)).toEqual([4, 6]);
  expect(a.outs.attributeTags).toEqual({});
  const address = (o: Record<string, unknown>) =>
    (o.bgpConnections as Array<{ customerIpAddress: string }>)[0].customerIpAddress;
  expect(address(a.outs)).not.toBe(address(b.outs));
  // The IPv4 session address is the IPv4 interface address.
  expect((a.outs.ipAddresses as Array<{ address: string }>)[0].address).toBe(`${address(a.outs)}/23`);
});

test("a program or a state that names the port productUid, as earlier versions did, keeps working", async () => {
  // One IX per exchange on a port: a port of its own.
  const own = await buyPort(clientFor(emu));
  await untilLive();
  const { portUid: _port, ...rest } = args();
  const old = { ...rest, productName: "old-name", productUid: own };
  // The program's old name: checked as portUid, with a warning naming the new one.
  const checked = await ix.check({}, old);
  expect(checked.failures).toEqual([]);
  expect(checked.inputs).toMatchObject({ portUid: own });
  expect(checked.inputs).not.toHaveProperty("productUid");
  const { id, outs } = await checkAndCreate(ix, old);
  await untilLive();
  // A state written by an earlier version: inputs under productUid, no portUid.
  const { portUid: _new, ...earlierState } = { ...outs, productUid: own } as Record<string, unknown>;
  expect(await ix.diff(id, earlierState, checked.inputs)).toMatchObject({ changes: false, replaces: [] });
  // Refreshed, the state takes the new name; the port is also still an output under the old one.
  const read = await ix.read(id, earlierState);
  expect(read.inputs).toMatchObject({ portUid: own });
  expect(read.props).toMatchObject({ portUid: own, productUid: own });
});
