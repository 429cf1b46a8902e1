// The VXC's lifecycle through the serialized provider, against the emulator: private VXCs, cloud
// ends found from keys, in-place updates, replacement rules and reads with assigned VLANs.
import { buyPort, clientFor, TestEmulator, untilLive, vxcOrder } from "../../tests/support/emulator";
import * as on from "../../tests/support/serialized";
import { checkAndCreate, markerFor, privateVxcArgs } from "../../tests/support/serialized";

let emu: TestEmulator;
let vxc: on.Provider;
let port: string;
let mcr: string;

const AWSHC_SYDNEY = "c4b2c6d1-1b5f-4f3f-8b22-4f79f6ab4b40";
const AZURE_KEY = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d";
const GOOGLE_KEY = "7e51371e-72a3-40b5-b844-2e3efefaee59/australia-southeast1/1";

beforeAll(async () => {
  [emu, vxc] = await on.onEmulator("Vxc");
  ({ port, mcr } = await on.livePortAndMcr(emu));
});
afterAll(() => emu.close());

const base = () => privateVxcArgs("vxc", { productUid: port, vlan: 0 }, mcr);

test("check: VLAN ranges, a required B-end, and a partner port's required configuration", async () => {
  const bad = await vxc.check({}, { ...base(), aEnd: { productUid: port, vlan: 5000 }, rateLimit: 0 });
  expect(bad.failures?.map((f) => f.reason.split(":")[0]).sort()).toEqual(["aEnd.vlan", "rateLimit"]);
  expect((await vxc.check({}, { ...base(), bEnd: {} })).failures).toEqual([
    {
      property: "",
      reason:
        "bEnd.productUid: is required unless bEndPartnerConfig is AZURE, GOOGLE or ORACLE (then the port is looked up from the key)",
    },
  ]);
  const aws = await vxc.check({}, { ...base(), bEnd: { productUid: AWSHC_SYDNEY } });
  expect(aws.failures?.[0].reason).toContain(
    "is a AWSHC port, so bEndPartnerConfig with connectType AWSHC is required",
  );
  const awsAccount = await vxc.check(
    {},
    {
      ...base(),
      bEnd: { productUid: AWSHC_SYDNEY },
      bEndPartnerConfig: { connectType: "AWSHC", ownerAccount: "12" },
    },
  );
  expect(awsAccount.failures?.[0].reason.split(":")[0]).toBe("bEndPartnerConfig.ownerAccount");
});

test("check: a VLAN taken on our B-end port is refused at preview, naming the end (GET /v2/product/port/{uid}/vlan)", async () => {
  const client = clientFor(emu);
  const other = await buyPort(client);
  await untilLive();
  await emu.admin.order([
    vxcOrder(port, other, { productName: "holder", bEnd: { productUid: other, vlan: 777 } }) as never,
  ]);
  await emu.admin.clearRequests();
  const res = await vxc.check({}, { ...base(), bEnd: { productUid: other, vlan: 777 } });
  expect(res.failures).toEqual([
    {
      property: "",
      reason: 'bEnd.vlan: VLAN 777 is already in use on Sydney port by VXC "holder"',
    },
  ]);
  expect((await emu.admin.requests()).map((r) => r.path)).toContain(`/v2/product/port/${other}/vlan`);
});

test("a private VXC: VLAN 0 is assigned, reads back without a diff, and updates in place with one PUT", async () => {
  const { id, inputs, outs } = await checkAndCreate(vxc, base());
  expect((outs.aEndDetails as { vlan: number }).vlan).toBeGreaterThanOrEqual(2);
  const read = await vxc.read(id, outs);
  expect(await vxc.diff(id, read.props!, inputs)).toMatchObject({ changes: false });
  await emu.admin.clearRequests();
  const news = { ...inputs, rateLimit: 200, aEnd: { productUid: port, vlan: 321 }, shutdown: true };
  expect(await vxc.diff(id, outs, news)).toMatchObject({ changes: true, replaces: [] });
  const res = await vxc.update(id, outs, news);
  expect((await emu.admin.requests()).filter((r) => r.method === "PUT").map((r) => [r.path, r.body])).toEqual(
    [[`/v3/product/vxc/${id}`, { rateLimit: 200, shutdown: true, aEndVlan: 321, costCentre: "" }]],
  );
  expect(res.outs).toMatchObject({ productUid: id, rateLimit: 200, aEndDetails: { vlan: 321 } });
});

test("an AWS hosted connection orders the partner configuration on the B-end; its auth key is never in an error", async () => {
  const cfg = { connectType: "AWSHC", ownerAccount: "123456789012", authKey: "aws-auth-secret" };
  const { outs } = await checkAndCreate(vxc, {
    ...base(),
    bEnd: { productUid: AWSHC_SYDNEY },
    bEndPartnerConfig: cfg,
  });
  const buy = (await emu.admin.requests()).filter((r) => r.path === "/v4/networkdesign/buy").pop()!;
  expect(buy.body).toMatchObject({
    networkDesign: [{ associatedVxcs: [{ bEnd: { productUid: AWSHC_SYDNEY, partnerConfig: cfg } }] }],
  });
  expect((outs.cspConnections as Array<Record<string, unknown>>)[0]).toMatchObject({
    connectType: "AWSHC",
    account: "123456789012",
  });
  await emu.admin.fault({
    kind: "status",
    status: 400,
    message: 'Bad partner config {"authKey":"aws-auth-secret"}',
    pathPrefix: "/v3/networkdesign/validate",
  });
  const err = (await vxc
    .create({
      ...base(),
      bEnd: { productUid: AWSHC_SYDNEY },
      bEndPartnerConfig: cfg,
      orderMarker: markerFor("Vxc", "another"),
    })
    .catch((e: unknown) => e)) as Error;
  expect(err.message).toContain("HTTP 400");
  expect(err.message).not.toContain("aws-auth-secret");
});

test("Azure and Google B-ends are looked up from their keys and the choice is reported", async () => {
  const azure = await checkAndCreate(vxc, {
    ...base(),
    productName: "to azure",
    bEnd: {},
    bEndPartnerConfig: { connectType: "AZURE", serviceKey: AZURE_KEY, portChoice: "secondary" },
  });
  expect(azure.outs.bEndDetails).toMatchObject({ productUid: "e269447e-5601-4575-9c23-32fe5a9f8605" });
  const buy = (await emu.admin.requests()).filter((r) => r.path === "/v4/networkdesign/buy").pop()!;
  // portChoice is this package's, not Megaport's: it is not sent.
  expect(JSON.stringify(buy.body)).not.toContain("portChoice");
  const toGoogle = {
    ...base(),
    productName: "to google",
    rateLimit: 1000,
    bEnd: {},
    bEndPartnerConfig: { connectType: "GOOGLE", pairingKey: GOOGLE_KEY },
  };
  // The key's ports come listed 9dcd…, 8cbc…; both are free and fast enough. The choice does not
  // follow the listing: the lowest UID, named at preview.
  const said: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((line: string) => (said.push(String(line)), true)) as typeof process.stderr.write;
  try {
    expect((await vxc.check({}, toGoogle)).failures).toEqual([]);
  } finally {
    process.stderr.write = write;
  }
  expect(said.join("")).toContain(
    'VXC "to google": the B-end will be Sydney (syd-zone2-86) (8cbc5658-0099-4a0a-b2f6-4ef748633b06), chosen from the GOOGLE key',
  );
  const google = await checkAndCreate(vxc, toGoogle);
  expect(google.outs.bEndDetails).toMatchObject({ productUid: "8cbc5658-0099-4a0a-b2f6-4ef748633b06" });
  // The looked-up B-end stays unset in the inputs, so refresh does not turn the choice into drift.
  const read = await vxc.read(google.id, google.outs);
  expect((read.inputs as { bEnd: object }).bEnd).toEqual({});
});

test("changing a cloud configuration replaces the VXC; changing a vRouter configuration does not", async () => {
  const cloud = {
    ...base(),
    bEnd: { productUid: AWSHC_SYDNEY },
    bEndPartnerConfig: { connectType: "AWSHC", ownerAccount: "123456789012" },
  };
  expect(
    await vxc.diff("id", cloud, {
      ...cloud,
      bEndPartnerConfig: { connectType: "AWSHC", ownerAccount: "210987654321" },
    }),
  ).toMatchObject({ replaces: ["bEndPartnerConfig"] });
  const vrouter = (peerAsn: number) => ({
    connectType: "VROUTER",
    interfaces: [
      {
        bgpConnections: [
          {
            peerAsn,
            localIpAddress: "10.0.0.1",
            peerIpAddress: "10.0.0.2",
            shutdown: false,
            bfdEnabled: false,
          },
        ],
      },
    ],
  });
  const onMcr = { ...base(), bEndPartnerConfig: vrouter(65000) };
  expect(await vxc.diff("id", onMcr, { ...onMcr, bEndPartnerConfig: vrouter(65001) })).toMatchObject({
    changes: true,
    replaces: [],
  });
  expect(await vxc.diff("id", onMcr, { ...onMcr, serviceKey: "k" })).toMatchObject({
    replaces: ["serviceKey"],
  });
});

test("check asks the API nothing for inputs unchanged since they were applied, and again once one changes", async () => {
  const checked = (await vxc.check({}, base())).inputs;
  await emu.admin.clearRequests();
  expect((await vxc.check(checked, { ...base() })).failures).toEqual([]);
  expect((await emu.admin.requests()).filter((r) => r.path.startsWith("/v2/product"))).toEqual([]);
  await vxc.check(checked, { ...base(), rateLimit: 200 });
  expect((await emu.admin.requests()).map((r) => r.path)).toContain(`/v2/product/${port}`);
});

test("a VXC to another company's port that awaits its approval is kept and shown, and a later up finishes it", async () => {
  const GLOBEX = "b1c9e3d4-6f7a-4b2c-9d8e-0a1b2c3d4e5f";
  const args = privateVxcArgs("to-globex", { productUid: port, vlan: 0 }, GLOBEX);
  const started = Date.now();
  const made = await checkAndCreate(vxc, args);
  // No wait until the deadline: the wait ends as soon as the order is seen awaiting approval.
  expect(Date.now() - started).toBeLessThan(5000);
  expect(made.outs).toMatchObject({
    provisioningStatus: "DEPLOYABLE",
    approvalStatus: "PENDING",
    approvalMessage: "Awaiting approval from Globex Corporation",
  });
  // The next up sees a VXC to finish, and nothing can change while it waits: no PUT.
  expect(await vxc.diff(made.id, made.outs, made.inputs)).toMatchObject({ changes: true, replaces: [] });
  await emu.admin.clearRequests();
  const still = await vxc.update(made.id, made.outs, { ...made.inputs, rateLimit: 200 });
  expect(still.outs).toMatchObject({ approvalStatus: "PENDING", rateLimit: 200 });
  expect((await emu.admin.requests()).filter((r) => r.method === "PUT")).toEqual([]);

  // Approved: the next up waits for provisioning and applies the change.
  await emu.admin.productAction(made.id, "APPROVE");
  const done = await vxc.update(made.id, still.outs!, { ...made.inputs, rateLimit: 200 });
  expect(done.outs).toMatchObject({ approvalStatus: "APPROVED", rateLimit: 200 });
  expect(["CONFIGURED", "LIVE"]).toContain(done.outs?.provisioningStatus);
  expect(await vxc.diff(made.id, done.outs!, { ...made.inputs, rateLimit: 200 })).toMatchObject({
    changes: false,
  });

  // Rejected: the order is gone, so the next up orders again.
  const other = await checkAndCreate(
    vxc,
    privateVxcArgs("to-globex-2", { productUid: port, vlan: 0 }, GLOBEX),
  );
  await emu.admin.productAction(other.id, "REJECT");
  expect((await vxc.read(other.id, other.outs)).id).toBe("");
});
