// A VXC's MCR (vRouter) end in full, against the emulator: BGP sessions filtered with the MCR's
// prefix filter lists by id, export policies, MTU, and an IPsec tunnel that needs the MCR's add-on.
import { TestEmulator, buyPort, clientFor, untilLive } from "../../tests/support/emulator";
import * as on from "../../tests/support/serialized";
import {
  checkAndCreate,
  emulatorStackConfig,
  privateVxcArgs,
  serializedProvider,
} from "../../tests/support/serialized";

let emu: TestEmulator;
let vxc: on.Provider;
let mcr: on.Provider;
let lists: on.Provider;

beforeAll(async () => ([emu, vxc, mcr, lists] = await on.onEmulator("Vxc", "Mcr", "McrPrefixFilterList")));
afterAll(() => emu.close());

const session = (extra: Record<string, unknown> = {}) => ({
  peerAsn: 65001,
  localIpAddress: "10.10.0.1",
  peerIpAddress: "10.10.0.2",
  password: "bgp-secret",
  ...extra,
});

test("BGP filters name the MCR's prefix lists; a list in use cannot go; tunnels need the IPsec add-on", async () => {
  const core = await checkAndCreate(mcr, {
    productName: "core",
    portSpeed: 1000,
    locationId: 3,
    contractTermMonths: 1,
    ipsecTunnelCount: 10,
  });
  const port = await buyPort(clientFor(emu));
  await untilLive();
  const inbound = await checkAndCreate(lists, {
    mcrUid: core.id,
    description: "from-dc",
    addressFamily: "IPv4",
    entries: [{ action: "permit", prefix: "10.0.0.0/8", le: 24 }],
  });
  const listId = inbound.outs.prefixListId as number;
  const vrouter = {
    connectType: "VROUTER",
    interfaces: [
      {
        description: "to the DC",
        ipMtu: 9000,
        ipAddresses: ["10.10.0.1/30"],
        bgpConnections: [
          session({
            importWhitelist: listId,
            exportPolicy: "deny",
            permitExportTo: ["10.10.0.6"],
            asPathPrependCount: 2,
            peerType: "NON_CLOUD",
            asOverride: true,
          }),
        ],
      },
      {
        description: "branch tunnel",
        interfaceType: "ipSecTunnel",
        ipAddresses: ["10.20.0.1/30"],
        ipSecTunnelOptions: {
          sourceIpAddress: "10.10.0.1",
          destinationIpAddress: "203.0.113.10",
          preSharedKey: "tunnel-secret",
          phase1Lifetime: 28800,
          phase2Lifetime: 3600,
        },
      },
    ],
  };
  const args = {
    ...privateVxcArgs("dc-to-core", { productUid: port, vlan: 120 }, core.id),
    bEndPartnerConfig: vrouter,
  };

  // At preview: the rules a person can act on.
  const failures = async (cfg: unknown) =>
    (await vxc.check({}, { ...args, bEndPartnerConfig: cfg })).failures?.map((f) => f.reason);
  const [dc, tunnel] = vrouter.interfaces;
  expect(await failures({ ...vrouter, interfaces: [{ ...dc, ipMtu: 10000 }] })).toEqual([
    "bEndPartnerConfig.interfaces.0.ipMtu: ipMtu must be 68-9074",
  ]);
  expect(
    await failures({
      ...vrouter,
      interfaces: [
        { ...tunnel, ipSecTunnelOptions: { ...tunnel.ipSecTunnelOptions, phase2Lifetime: 30000 } },
      ],
    }),
  ).toEqual([
    "bEndPartnerConfig.interfaces.0.ipSecTunnelOptions.phase2Lifetime: phase2Lifetime (30000 s) must be shorter than phase1Lifetime (28800 s)",
  ]);
  expect(await failures({ ...vrouter, interfaces: [{ ...tunnel, interfaceType: undefined }] })).toEqual([
    'bEndPartnerConfig.interfaces.0.interfaceType: ipSecTunnelOptions needs interfaceType "ipSecTunnel"',
  ]);
  expect(
    await failures({ ...vrouter, interfaces: [{ ...dc, bgpConnections: [session({ peerType: "CLOUD" })] }] }),
  ).toEqual([
    "bEndPartnerConfig.interfaces.0.bgpConnections.0.peerType: peerType must be NON_CLOUD, PRIV_CLOUD or PUB_CLOUD",
  ]);

  // A filter naming a list the MCR does not have is refused by Megaport at validate.
  const unknownList = {
    ...vrouter,
    interfaces: [{ ...dc, bgpConnections: [session({ exportBlacklist: 99 })] }],
  };
  await expect(
    vxc.create((await vxc.check({}, { ...args, bEndPartnerConfig: unknownList })).inputs),
  ).rejects.toThrow("B-End BGP exportBlacklist 99 is not a prefix list of core");

  const made = await checkAndCreate(vxc, args);
  const buy = (await emu.admin.requests()).filter((r) => r.path === "/v4/networkdesign/buy").pop()!;
  const sent = (
    buy.body as { networkDesign: Array<{ associatedVxcs: Array<{ bEnd: { partnerConfig: unknown } }> }> }
  ).networkDesign[0].associatedVxcs[0].bEnd.partnerConfig;
  expect(sent).toMatchObject({
    interfaces: [
      {
        ipMtu: 9000,
        bgpConnections: [
          {
            importWhitelist: listId,
            permitExportTo: ["10.10.0.6"],
            asPathPrependCount: 2,
            peerType: "NON_CLOUD",
            asOverride: true,
          },
        ],
      },
      {
        interfaceType: "ipSecTunnel",
        ipSecTunnelOptions: { destinationIpAddress: "203.0.113.10", preSharedKey: "tunnel-secret" },
      },
    ],
  });
  expect(JSON.stringify(made.outs.cspConnections)).not.toContain("bgp-secret");

  // The list cannot be deleted while the session filters with it (409, waited out up to the
  // deadline); once the VXC is gone it can.
  await untilLive();
  await emu.admin.clearRequests();
  const shortLists = (
    await serializedProvider(
      "McrPrefixFilterList",
      emulatorStackConfig(emu, { "megaport:waitTimeMinutes": "0.05" }),
    )
  ).provider;
  await expect(shortLists.delete(inbound.id, inbound.outs)).rejects.toThrow(
    /still in use by a VXC's BGP connection.*in use by VXC dc-to-core/,
  );
  await vxc.delete(made.id, made.outs);
  await shortLists.delete(inbound.id, inbound.outs);

  // Without the add-on, a tunnel is refused.
  const plain = await checkAndCreate(mcr, {
    productName: "no-ipsec",
    portSpeed: 1000,
    locationId: 3,
    contractTermMonths: 1,
  });
  await untilLive();
  const noAddOn = {
    ...args,
    productName: "no-addon",
    bEnd: { productUid: plain.id },
    bEndPartnerConfig: {
      ...vrouter,
      interfaces: [dc, tunnel].map((i) => ({ ...i, bgpConnections: undefined })),
    },
  };
  await expect(vxc.create((await vxc.check({}, noAddOn)).inputs)).rejects.toThrow(
    "B-End IPsec tunnels need the MCR's IPsec add-on",
  );
});
