// One lifecycle for every product, held product by product through the serialized providers against
// the emulator: deleting a product never takes down a VXC the program does not manage (safeDelete),
// and a product FAILED out of band is replaced by the next up (never continued by its marker).
import * as pulumi from "@pulumi/pulumi";
import type { ResourceKind } from "../../provider/resourceKinds";
import {
  FORTINET_CONFIG,
  TestEmulator,
  buyPort,
  clientFor,
  untilLive,
  vxcOrder,
  withEmulator,
} from "../support/emulator";
import { checkAndCreate, emulatorStackConfig, markerFor, serializedProvider } from "../support/serialized";

type Provider = Required<pulumi.dynamic.ResourceProvider>;
let emu: TestEmulator;
/** A port of this account outside any program: the far end of the VXCs made here. */
let farPort: string;

beforeAll(async () => {
  emu = await withEmulator();
  farPort = await buyPort(clientFor(emu));
  await untilLive();
});
afterAll(() => emu.close());

const provider = async (kind: ResourceKind): Promise<Provider> =>
  (await serializedProvider(kind, emulatorStackConfig(emu))).provider;

const named = (kind: ResourceKind, name: string, args: Record<string, unknown>) => ({
  productName: name,
  orderMarker: markerFor(kind, name),
  ...args,
});

/** Products a VXC can end on, with what the VXC order names as that end. */
const ENDPOINTS: Array<{ kind: ResourceKind; args: () => Record<string, unknown> }> = [
  {
    kind: "Port",
    args: () => ({ portSpeed: 10000, locationId: 3, contractTermMonths: 1, marketplaceVisibility: false }),
  },
  { kind: "Mcr", args: () => ({ portSpeed: 1000, locationId: 3, contractTermMonths: 1 }) },
  {
    kind: "Mve",
    args: () => ({
      locationId: 3,
      contractTermMonths: 1,
      vendorConfig: FORTINET_CONFIG,
      vnics: [{ description: "inside" }],
    }),
  },
  {
    kind: "NatGateway",
    args: () => ({
      locationId: 3,
      diversityZone: "red",
      speed: 1000,
      sessionCount: 50000,
      contractTermMonths: 1,
    }),
  },
];

describe.each(ENDPOINTS)("$kind", ({ kind, args }) => {
  test("deleting it refuses while a VXC the program does not manage is on it; that VXC survives", async () => {
    const p = await provider(kind);
    const made = await checkAndCreate(p, named(kind, `${kind}-with-guest`, args()));
    // Bought in the portal: no program knows this VXC.
    const client = clientFor(emu);
    await client.orders.buy([vxcOrder(made.id, farPort, { productName: "portal-vxc" })], []);
    await untilLive();
    await expect(p.delete(made.id, made.outs)).rejects.toThrow(/portal-vxc/);
    const after = await emu.admin.products();
    const guest = after.find((x) => x.productName === "portal-vxc")!;
    expect(guest.provisioningStatus).toBe("LIVE");
    expect(after.find((x) => x.productUid === made.id)?.provisioningStatus).toMatch(/LIVE|CONFIGURED/);
  });
});

const FAILABLE: Array<{ kind: ResourceKind; args: () => Promise<Record<string, unknown>> }> = [
  ...ENDPOINTS.map(({ kind, args }) => ({ kind, args: async () => args() })),
  {
    kind: "Vxc",
    args: async () => ({
      rateLimit: 100,
      contractTermMonths: 1,
      aEnd: {
        productUid: await buyPort(clientFor(emu)).then(async (uid) => (await untilLive(), uid)),
        vlan: 0,
      },
      bEnd: { productUid: farPort },
    }),
  },
  {
    kind: "Ix",
    args: async () => ({
      productUid: await buyPort(clientFor(emu)).then(async (uid) => (await untilLive(), uid)),
      networkServiceType: "Sydney IX",
      asn: 64512,
      macAddress: "00:11:22:33:44:55",
      rateLimit: 1000,
    }),
  },
];

describe.each(FAILABLE)("$kind", ({ kind, args }) => {
  test("FAILED out of band is replaced by the next up, never continued by its order marker", async () => {
    const p = await provider(kind);
    const inputs = named(kind, `${kind}-to-fail`, await args());
    const made = await checkAndCreate(p, inputs);
    await emu.admin.productAction(made.id, "FAIL");
    const read = await p.read(made.id, made.outs);
    expect(read.props?.provisioningStatus).toBe("FAILED");
    const diff = await p.diff(made.id, read.props!, made.inputs);
    expect(diff.replaces).toContain("provisioningStatus");
    // The replacement, created before the FAILED one is deleted (Pulumi's default order).
    const replacement = await checkAndCreate(p, inputs);
    expect(replacement.id).not.toBe(made.id);
    expect(replacement.outs.provisioningStatus).toMatch(/LIVE|CONFIGURED/);
    await p.delete(made.id, read.props!);
    const statuses = Object.fromEntries(
      (await emu.admin.products()).map((x) => [x.productUid, x.provisioningStatus]),
    );
    expect(statuses[replacement.id]).toMatch(/LIVE|CONFIGURED/);
    expect(statuses[made.id]).toMatch(/DECOMMISSION|CANCELLED/);
  });
});
