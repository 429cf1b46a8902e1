// Partner configurations against the emulator: IBM Cloud Direct Link, what each end may carry, and
// configurations read back from csp_connection so that portal changes show as drift.
import { TestEmulator } from "../../tests/support/emulator";
import {
  Provider,
  checkAndCreate,
  livePortAndMcr,
  onEmulator,
  privateVxcArgs,
} from "../../tests/support/serialized";

let emu: TestEmulator;
let vxc: Provider;
let ends: { port: string; mcr: string };

const IBM_PORT = "9a7b6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d";
const AWS_SYDNEY = "b3a1b5c0-0a4e-4e2e-9a11-3433adfc357a";
const IBM_ACCOUNT = "0123456789abcdef0123456789abcdef";

beforeAll(async () => {
  [emu, vxc] = await onEmulator("Vxc");
  ends = await livePortAndMcr(emu);
});
afterAll(() => emu.close());

const toIbm = (name: string, aEnd: string, config: Record<string, unknown>) => ({
  ...privateVxcArgs(name, { productUid: aEnd, vlan: 0 }, IBM_PORT),
  bEndPartnerConfig: { connectType: "IBM", account_id: IBM_ACCOUNT, ...config },
});

/** [the property each reason names, the reason]: nested properties reach the engine in the reason alone. */
const failures = async (args: Record<string, unknown>) =>
  ((await vxc.check({}, args)).failures ?? []).map((f) => [f.reason.split(":")[0], f.reason]);

test("check: IBM's account id, ASN ranges, name and one subnet for both addresses, at preview", async () => {
  expect(
    await failures(
      toIbm("ibm", ends.port, {
        account_id: "not-hex",
        customer_asn: 64500,
        name: "has spaces",
        customer_ip_address: "169.254.10.1/30",
        provider_ip_address: "169.254.11.2/30",
      }),
    ),
  ).toEqual([
    [
      "bEndPartnerConfig.account_id",
      "bEndPartnerConfig.account_id: account_id must be the 32 hexadecimal characters of an IBM Cloud account id",
    ],
    [
      "bEndPartnerConfig.customer_asn",
      "bEndPartnerConfig.customer_asn: customer_asn must be 1-64495, 64999, 131072-4199999999 or 4201000000-4201064511; got 64500",
    ],
    ["bEndPartnerConfig.name", "bEndPartnerConfig.name: name may hold only 0-9 a-z A-Z / - _ ,"],
    [
      "bEndPartnerConfig.provider_ip_address",
      "bEndPartnerConfig.provider_ip_address: provider_ip_address 169.254.11.2/30 is not in the subnet of customer_ip_address 169.254.10.1/30",
    ],
  ]);
  expect(
    await failures(
      toIbm("ibm", ends.port, {
        customer_asn: 64999,
        customer_ip_address: "169.254.10.1/30",
        provider_ip_address: "169.254.10.2/30",
      }),
    ),
  ).toEqual([]);
  // The ASN may be left out only when the A-end is an MCR, whose ASN IBM then takes.
  expect(await failures(toIbm("ibm", ends.port, {}))).toEqual([
    [
      "bEndPartnerConfig.customer_asn",
      "bEndPartnerConfig.customer_asn: is required unless the A-end is an MCR (Sydney port is a MEGAPORT)",
    ],
  ]);
  expect(await failures(toIbm("ibm", ends.mcr, {}))).toEqual([]);
});

test("an IBM VXC sends every IBM key, reads back what IBM chose, and a portal change replaces it", async () => {
  const made = await checkAndCreate(vxc, toIbm("to ibm", ends.mcr, { name: "dl-east" }));
  const buy = (await emu.admin.requests()).filter((r) => r.path === "/v4/networkdesign/buy").pop()!;
  expect(buy.body).toMatchObject({
    networkDesign: [
      {
        associatedVxcs: [
          {
            bEnd: {
              productUid: IBM_PORT,
              partnerConfig: {
                connectType: "IBM",
                account_id: IBM_ACCOUNT,
                customer_asn: 0,
                name: "dl-east",
                customer_ip_address: "",
                provider_ip_address: "",
              },
            },
          },
        ],
      },
    ],
  });
  const csp = (made.outs.cspConnections as Array<Record<string, unknown>>).find(
    (c) => c.connectType === "IBM",
  );
  expect(csp).toMatchObject({ account_id: IBM_ACCOUNT, name: "dl-east", csp_name: "IBM" });
  expect(String(csp?.customer_ip_address)).toMatch(/^169\.254\.\d+\.1\/30$/);

  // Unchanged: the addresses IBM chose are not drift (the program left them unset).
  const read = await vxc.read(made.id, made.outs);
  expect(await vxc.diff(made.id, read.props!, made.inputs)).toMatchObject({ changes: false });

  // Renamed in the portal: refresh shows it, and only a new VXC can bring the program's name back.
  await emu.admin.changeProduct(made.id, { bEndPartnerConfig: { name: "renamed" } });
  const drifted = await vxc.read(made.id, made.outs);
  expect((drifted.inputs as { bEndPartnerConfig: { name: string } }).bEndPartnerConfig.name).toBe("renamed");
  expect(await vxc.diff(made.id, drifted.props!, made.inputs)).toMatchObject({
    changes: true,
    replaces: ["bEndPartnerConfig"],
  });
});

test("a cloud configuration on the A-end is refused at preview: the A-end is always your own product", async () => {
  expect(
    await failures({
      ...privateVxcArgs("a-end aws", { productUid: ends.port, vlan: 0 }, AWS_SYDNEY),
      aEndPartnerConfig: { connectType: "AWS", type: "private", ownerAccount: "123456789012" },
      bEndPartnerConfig: { connectType: "AWS", type: "private", ownerAccount: "123456789012" },
    }),
  ).toEqual([
    [
      "aEndPartnerConfig",
      "aEndPartnerConfig: a AWS configuration belongs on the end at the AWS port (the B-end); the A-end Sydney port is your MEGAPORT",
    ],
  ]);
});

test("a BGP session changed in the portal is drift that updates in place; its password is kept from state", async () => {
  const session = {
    peerAsn: 65010,
    localIpAddress: "10.20.0.1",
    peerIpAddress: "10.20.0.2",
    password: "bgp-secret",
    description: "to the DC",
  };
  const config = {
    connectType: "VROUTER",
    interfaces: [{ ipAddresses: ["10.20.0.1/30"], bgpConnections: [session] }],
  };
  const made = await checkAndCreate(vxc, {
    ...privateVxcArgs("mcr to port", { productUid: ends.mcr, vlan: 0 }, ends.port),
    aEndPartnerConfig: config,
  });
  const read = await vxc.read(made.id, made.outs);
  expect(await vxc.diff(made.id, read.props!, made.inputs)).toMatchObject({ changes: false });

  await emu.admin.changeProduct(made.id, {
    aEndPartnerConfig: {
      interfaces: [
        {
          ipAddresses: ["10.20.0.1/30"],
          bfd: {},
          bgpConnections: [
            { ...session, password: undefined, peerAsn: 65099, shutdown: true, bfdEnabled: false },
          ],
        },
      ],
    },
  });
  const drifted = await vxc.read(made.id, made.outs);
  const sessionNow = (drifted.inputs as typeof made.inputs & { aEndPartnerConfig: typeof config })
    .aEndPartnerConfig.interfaces[0].bgpConnections[0];
  expect(sessionNow).toMatchObject({ peerAsn: 65099, shutdown: true, password: "bgp-secret" });
  expect(await vxc.diff(made.id, drifted.props!, made.inputs)).toMatchObject({ changes: true, replaces: [] });

  // The next up sends the program's configuration back, password included.
  await emu.admin.clearRequests();
  await vxc.update(made.id, drifted.props!, made.inputs);
  const put = (await emu.admin.requests()).find((r) => r.method === "PUT")!;
  expect(put.body).toMatchObject({
    aEndConfig: {
      interfaces: [{ bgpConnections: [{ peerAsn: 65010, shutdown: false, password: "bgp-secret" }] }],
    },
  });
});

test("the AWS auth key Megaport answers in csp_connection never reaches the outputs", async () => {
  const made = await checkAndCreate(vxc, {
    ...privateVxcArgs("to aws", { productUid: ends.port, vlan: 0 }, AWS_SYDNEY),
    bEndPartnerConfig: {
      connectType: "AWS",
      type: "private",
      ownerAccount: "123456789012",
      asn: 65020,
      authKey: "aws-bgp-secret",
    },
  });
  const product = (await emu.admin.products()).find((p) => p.productUid === made.id)!;
  expect(JSON.stringify(product)).toContain("aws-bgp-secret");
  expect(made.outs.cspConnections).toEqual([
    expect.objectContaining({ account: "123456789012", asn: 65020 }),
  ]);
  expect(JSON.stringify(made.outs.cspConnections)).not.toContain("aws-bgp-secret");
  const read = await vxc.read(made.id, made.outs);
  expect(await vxc.diff(made.id, read.props!, made.inputs)).toMatchObject({ changes: false });
});

test("a vRouter end answered without interfaces is not drift (every vRouter end has one)", async () => {
  const made = await checkAndCreate(vxc, {
    ...privateVxcArgs("mcr to port 2", { productUid: ends.mcr, vlan: 0 }, ends.port),
    aEndPartnerConfig: {
      connectType: "VROUTER",
      interfaces: [{ ipAddresses: ["10.21.0.1/30"] }],
    },
  });
  await emu.admin.changeProduct(made.id, { aEndPartnerConfig: { interfaces: [] } });
  const read = await vxc.read(made.id, made.outs);
  expect(await vxc.diff(made.id, read.props!, made.inputs)).toMatchObject({ changes: false });
});
