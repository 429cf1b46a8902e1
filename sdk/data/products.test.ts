// The account data sources against the emulator: filters, VXCs listed once though nested under
// both ends, inactive products left out unless asked for, tag filters, and the Output forms.
import * as pulumi from "@pulumi/pulumi";
import * as megaport from "..";
import {
  TestEmulator,
  buyMcr,
  buyPort,
  clientFor,
  ixOrder,
  natGatewayRequest,
  untilLive,
  useEmulatorEnv,
  vxcOrder,
  withEmulator,
} from "../../tests/support/emulator";

let emu: TestEmulator;
let ports: { tagged: string; plain: string; gone: string };
let mcr: string;
let vxc: string;
let ix: string;

beforeAll(async () => {
  emu = await withEmulator();
  useEmulatorEnv(emu);
  const client = clientFor(emu);
  ports = {
    tagged: await buyPort(client, {
      productName: "syd-edge-1",
      resourceTags: [{ key: "team", value: "net" }],
    }),
    plain: await buyPort(client, { productName: "syd-edge-2", locationId: 2 }),
    gone: await buyPort(client, { productName: "syd-old" }),
  };
  mcr = await buyMcr(client);
  vxc = (await client.orders.buy([vxcOrder(ports.tagged, mcr, { productName: "edge-to-mcr" })])).items[0]
    .vxcJTechnicalServiceUid!;
  ix = (await client.orders.buy([ixOrder(ports.tagged)])).items[0].technicalServiceUid!;
  await emu.admin.productAction(ports.gone, "DECOMMISSION");
  await untilLive();
});
afterAll(() => emu.close());

const uids = (products: megaport.Product[]) => products.map((p) => p.productUid);

test("getPorts lists the account's active ports, sorted by name, filtered by name and location", async () => {
  expect(uids(await megaport.getPorts())).toEqual([ports.tagged, ports.plain]);
  expect(uids(await megaport.getPorts({ nameContains: "EDGE-2" }))).toEqual([ports.plain]);
  expect(uids(await megaport.getPorts({ locationId: 3 }))).toEqual([ports.tagged]);
  expect(uids(await megaport.getPorts({ productName: "syd-edge" }))).toEqual([]);
  expect(uids(await megaport.getPorts({ includeInactive: true, nameContains: "old" }))).toEqual([ports.gone]);
  expect(uids(await megaport.getPorts({ statuses: ["LIVE"] }))).toEqual([ports.tagged, ports.plain]);
});

test("a tag filter reads each candidate's tags and keeps those carrying every tag", async () => {
  await emu.admin.clearRequests();
  expect(uids(await megaport.getPorts({ tags: { team: "net" } }))).toEqual([ports.tagged]);
  expect(await megaport.getPorts({ tags: { team: "net", env: "prod" } })).toEqual([]);
  const paths = (await emu.admin.requests()).map((r) => r.path);
  expect(paths.filter((p) => p === "/v2/products")).toHaveLength(2);
  expect(paths.filter((p) => p.endsWith("/tags"))).toHaveLength(4);
});

test("getMcrs, getVxcs and getIxs: each product once, with its ends", async () => {
  expect(uids(await megaport.getMcrs())).toEqual([mcr]);
  // The VXC is nested under the port and the MCR: listed once.
  const vxcs = await megaport.getVxcs();
  expect(uids(vxcs)).toEqual([vxc]);
  expect(vxcs[0]).toMatchObject({
    rateLimit: 100,
    aEnd: { productUid: ports.tagged },
    bEnd: { productUid: mcr },
  });
  expect(uids(await megaport.getVxcs({ bEndProductUid: mcr, rateLimit: 100 }))).toEqual([vxc]);
  expect(await megaport.getVxcs({ aEndProductUid: mcr })).toEqual([]);
  expect(uids(await megaport.getIxs({ nameContains: "ix" }))).toEqual([ix]);
  expect(await megaport.getMves()).toEqual([]);
});

test("the Output form takes Inputs", async () => {
  const found = await new Promise<megaport.Product[]>((resolve) =>
    megaport.getPortsOutput({ nameContains: pulumi.output("edge-1") }).apply(resolve),
  );
  expect(uids(found)).toEqual([ports.tagged]);
});

test("getNatGateways: the account's bought gateways by name, tag and status; designs only when asked", async () => {
  const gateways = clientFor(emu).natGateways;
  const egress = await gateways.create(
    natGatewayRequest("syd-egress", { resourceTags: [{ key: "team", value: "net" }] }),
  );
  await gateways.buy(egress.productUid);
  const other = await gateways.create(natGatewayRequest("syd-lab"));
  await gateways.buy(other.productUid);
  const design = await gateways.create(natGatewayRequest("syd-draft"));
  const names = (gs: Array<{ productName?: string | null }>) => gs.map((g) => g.productName);
  expect(names(await megaport.getNatGateways())).toEqual(["syd-egress", "syd-lab"]);
  expect(names(await megaport.getNatGateways({ tags: { team: "net" } }))).toEqual(["syd-egress"]);
  expect(names(await megaport.getNatGateways({ nameContains: "LAB" }))).toEqual(["syd-lab"]);
  expect(names(await megaport.getNatGateways({ statuses: ["DESIGN"], includeInactive: true }))).toEqual([
    "syd-draft",
  ]);
  expect(design.provisioningStatus).toBe("DESIGN");
});

test("one product by UID, inactive included, of the data source's kind only; with its resource tags when asked", async () => {
  expect((await megaport.getPorts({ productUid: ports.gone })).map((p) => p.provisioningStatus)).toEqual([
    "DECOMMISSIONED",
  ]);
  expect(await megaport.getMcrs({ productUid: ports.tagged })).toEqual([]);
  expect(await megaport.getVxcs({ productUid: "00000000-0000-4000-8000-000000000000" })).toEqual([]);
  expect((await megaport.getVxcs({ productUid: vxc })).map((v) => v.productUid)).toEqual([vxc]);
  const [tagged] = await megaport.getPorts({ productUid: ports.tagged, includeResourceTags: true });
  expect(tagged.resourceTags).toEqual([{ key: "team", value: "net" }]);
});

test("MVE images that are not released yet, as Terraform's release_image = false asks", async () => {
  const unreleased = await megaport.getMveImages({ releaseImage: false });
  expect(unreleased.length).toBeGreaterThan(0);
  expect(unreleased.every((i) => i.releaseImage !== true)).toBe(true);
  expect((await megaport.getMveImages({ releaseImage: true })).every((i) => i.releaseImage === true)).toBe(
    true,
  );
});
