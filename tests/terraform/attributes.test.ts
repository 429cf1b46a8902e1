// Every computed attribute Megaport's Terraform provider exposes is an output here too, filled from
// what Megaport answers: created through the serialized providers against the emulator.
import * as pulumi from "@pulumi/pulumi";
import type { ResourceKind } from "../../provider/resourceKinds";
import { TestEmulator, buyPort, clientFor, untilLive, withEmulator } from "../support/emulator";
import {
  checkAndCreate,
  emulatorStackConfig,
  privateVxcArgs,
  serializedProvider,
} from "../support/serialized";

let emu: TestEmulator;
let port: string;
let far: string;
const provider = async (kind: ResourceKind): Promise<Required<pulumi.dynamic.ResourceProvider>> =>
  (await serializedProvider(kind, emulatorStackConfig(emu))).provider;

beforeAll(async () => {
  emu = await withEmulator();
  port = await buyPort(clientFor(emu));
  far = await buyPort(clientFor(emu), { productName: "far" });
  await untilLive();
});
afterAll(() => emu.close());

/** What every product answers (Terraform: product_id, market, locked, admin_locked, …). */
const common = {
  productId: expect.any(Number),
  market: "AU",
  locked: false,
  adminLocked: false,
  cancelable: true,
  usageAlgorithm: expect.any(String),
  createdBy: expect.any(String),
  companyName: expect.any(String),
  attributeTags: {},
};

test("a port: the common attributes, the zone Megaport chose, vxcPermitted and its interface", async () => {
  const { outs } = await checkAndCreate(await provider("Port"), {
    productName: "tf-port",
    portSpeed: 10000,
    locationId: 3,
    contractTermMonths: 1,
    marketplaceVisibility: false,
  });
  expect(outs).toMatchObject({
    ...common,
    assignedDiversityZone: expect.stringMatching(/red|blue/),
    vxcPermitted: true,
    vxcAutoApproval: false,
    interfaceDetails: {
      demarcation: expect.any(String),
      loaTemplate: "megaport",
      media: "LR4",
      portSpeed: 10000,
    },
  });
  expect(outs.diversityZone).toBeUndefined();
});

test("a VXC: its service id, distance band and the ends' location names", async () => {
  const { outs } = await checkAndCreate(
    await provider("Vxc"),
    privateVxcArgs("tf-vxc", { productUid: port, vlan: 0 }, far),
  );
  expect(outs).toMatchObject({
    ...common,
    serviceId: expect.any(Number),
    distanceBand: "METRO",
    aEndDetails: { location: expect.any(String) },
    bEndDetails: { location: expect.any(String) },
  });
});

test("an IX: deploy date (once live), peer macro, term, VPLS interface and the exchange interface", async () => {
  const ix = await provider("Ix");
  const { id, outs } = await checkAndCreate(ix, {
    productName: "tf-ix",
    productUid: port,
    networkServiceType: "Sydney IX",
    asn: 64512,
    macAddress: "00:11:22:33:44:55",
    rateLimit: 1000,
  });
  await untilLive();
  const { props } = await ix.read(id, outs);
  expect(props).toMatchObject({
    ixPeerMacro: "AS-64512",
    term: expect.any(Number),
    deployDate: expect.any(Number),
    vplsInterface: { mac_address: "00:11:22:33:44:55", rate_limit_mbps: 1000 },
    interfaceDetails: { media: expect.any(String) },
  });
});

test("an MCR's marketplace visibility is ordered, read back and changed in place; left out, never compared", async () => {
  const mcr = await provider("Mcr");
  const args = { productName: "tf-mcr", portSpeed: 1000, locationId: 3, contractTermMonths: 1 };
  const listed = await checkAndCreate(mcr, { ...args, marketplaceVisibility: true });
  const order = (await emu.admin.requests()).filter((r) => r.path === "/v4/networkdesign/buy").at(-1)!;
  expect(JSON.stringify(order.body)).toContain('"marketplaceVisibility":true');
  const read = await mcr.read(listed.id, listed.outs);
  expect(read.inputs).toMatchObject({ marketplaceVisibility: true });
  await mcr.update(listed.id, listed.outs, { ...listed.inputs, marketplaceVisibility: false });
  expect((await clientFor(emu).products.get(listed.id)).marketplaceVisibility).toBe(false);
  const plain = await checkAndCreate(mcr, { ...args, productName: "tf-mcr-2" });
  expect((await mcr.read(plain.id, plain.outs)).inputs).not.toHaveProperty("marketplaceVisibility");
});

test("a service key: the issuing company and whether it has expired", async () => {
  const { outs } = await checkAndCreate(await provider("ServiceKey"), {
    productUid: port,
    singleUse: true,
    maxSpeed: 100,
  });
  expect(outs).toMatchObject({ expired: false, companyUid: expect.any(String) });
});

test("a NAT gateway: locked and its service level reference", async () => {
  const { outs } = await checkAndCreate(await provider("NatGateway"), {
    productName: "tf-nat",
    locationId: 3,
    diversityZone: "red",
    speed: 1000,
    sessionCount: 50000,
    contractTermMonths: 1,
  });
  expect(outs).toMatchObject({
    locked: false,
    adminLocked: false,
    createdBy: expect.any(String),
    serviceLevelReference: expect.any(String),
  });
});
