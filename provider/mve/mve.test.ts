// The MVE's whole lifecycle through the serialized provider, against the emulator over HTTP: every
// vendor's required settings at preview, the image and size checked against the API, the order as
// megaportgo sends it, vNIC descriptions updated in place, replacements, and VXCs on a vNIC.
import { TestEmulator, buyPort, clientFor, portalMve, untilLive } from "../../tests/support/emulator";
import {
  Provider,
  checkAndCreate,
  markerFor,
  onEmulator,
  privateVxcArgs,
} from "../../tests/support/serialized";

let emu: TestEmulator;
let mve: Provider;
let vxc: Provider;

const SSH_KEY = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 net@example";
const fortinet = {
  vendor: "fortinet",
  imageId: 42,
  productSize: "SMALL",
  sshPublicKey: SSH_KEY,
  licenseData: "FGVM-LICENSE-DATA",
};
const args = {
  productName: "syd-fw",
  locationId: 3,
  contractTermMonths: 12,
  vendorConfig: fortinet,
  vnics: [{ description: "inside" }, { description: "outside", vlan: 300 }],
  orderMarker: markerFor("Mve", "syd-fw"),
};

beforeAll(async () => ([emu, mve, vxc] = await onEmulator("Mve", "Vxc")));
afterAll(() => emu.close());

const failures = async (inputs: Record<string, unknown>) =>
  (await mve.check({}, { ...args, ...inputs })).failures?.map((f) => f.reason);

test("check names each vendor's missing or malformed settings", async () => {
  expect(await failures({ vendorConfig: { ...fortinet, licenseData: undefined } })).toEqual([
    "vendorConfig.licenseData: licenseData is required",
  ]);
  expect(
    await failures({ vendorConfig: { ...fortinet, sshPublicKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5 me" } }),
  ).toEqual([
    `vendorConfig.sshPublicKey: sshPublicKey must be an RSA public key ("ssh-rsa AAAA…"); Megaport's MVE does not accept ed25519 or other key types`,
  ]);
  expect(await failures({ vendorConfig: { ...fortinet, vendor: "juniper" } })).toEqual([
    "vendorConfig.vendor: vendorConfig.vendor must be one of 6wind, aruba, aviatrix, cisco, fortinet, palo_alto, prisma, versa, vmware, meraki",
  ]);
  expect(
    await failures({
      vendorConfig: {
        vendor: "palo_alto",
        imageId: 25,
        sshPublicKey: SSH_KEY,
        licenseData: "x",
        adminPasswordHash: "plain",
      },
    }),
  ).toEqual([
    "vendorConfig.adminPasswordHash: adminPasswordHash must be a SHA-256 crypt hash ($5$<salt>$<hash>)",
  ]);
  const ftdv = { vendor: "cisco", imageId: 47, productSize: "MEDIUM", adminPassword: "long-enough-1" };
  expect(await failures({ vendorConfig: { ...ftdv, manageLocally: false } })).toEqual([
    "vendorConfig.fmcIpAddress: an FTDv managed by an FMC needs fmcIpAddress",
    "vendorConfig.fmcRegistrationKey: an FTDv managed by an FMC needs fmcRegistrationKey",
  ]);
  expect(await failures({ vendorConfig: { ...ftdv, imageId: 38, adminPassword: undefined } })).toEqual([
    "vendorConfig.cloudInit: a C8000v needs cloudInit (SD-WAN, controller-managed) or sshPublicKey (autonomous); an FTDv needs adminPassword and manageLocally",
  ]);
  expect(await failures({ vnics: Array.from({ length: 6 }, (_, i) => ({ description: `n${i}` })) })).toEqual([
    "vnics: vnics must hold 1-5 vNICs",
  ]);
});

test("a new MVE needs its vendor configuration; one that exists (imported) does not", async () => {
  const { vendorConfig: _none, ...without } = args;
  // A secret input's failure names it in its reason only (the engine would print the value).
  expect((await mve.check({}, without)).failures).toEqual([
    {
      property: "",
      reason:
        "vendorConfig: is required to order an MVE (an MVE imported or adopted from elsewhere may leave it out)",
    },
  ]);
  expect((await mve.check(without, without)).failures).toEqual([]);
});

test("check holds the image, size and location against the API before anything is ordered", async () => {
  await emu.admin.clearRequests();
  expect(await failures({ vendorConfig: { ...fortinet, imageId: 25 } })).toEqual([
    "vendorConfig.imageId: image 25 (VM-Series 10.2.4) is a Palo Alto image, not fortinet",
  ]);
  expect(await failures({ vendorConfig: { ...fortinet, imageId: 57 } })).toEqual([
    "vendorConfig.imageId: image 57 (FortiGate-VM 7.4.0-beta) is not released for ordering",
  ]);
  expect(await failures({ vendorConfig: { ...fortinet, imageId: 999 } })).toEqual([
    "vendorConfig.imageId: image 999 does not exist (see getMveImages)",
  ]);
  expect(
    await failures({
      vendorConfig: {
        vendor: "cisco",
        imageId: 47,
        productSize: "SMALL",
        adminPassword: "long-enough-1",
        manageLocally: true,
      },
    }),
  ).toEqual([
    "vendorConfig.productSize: image 47 (Secure Firewall Threat Defense Virtual (FTDv) 7.4.1) runs in MEDIUM, LARGE; got SMALL",
  ]);
  // A Prisma configuration runs on Palo Alto's ION image.
  expect(
    await failures({
      vendorConfig: { vendor: "prisma", imageId: 33, productSize: "SMALL", ionKey: "k", secretKey: "s" },
    }),
  ).toEqual([]);
  expect(await failures({ locationId: 137 })).toEqual([
    "locationId: MVEs are not offered at location 137 (3DC/Telecity Sofia)",
  ]);
  const paths = (await emu.admin.requests()).map((r) => r.path);
  expect(paths.filter((p) => p === "/v4/product/mve/images")).toHaveLength(1);
  expect(paths.filter((p) => p.includes("networkdesign"))).toEqual([]);
});

test("an MVE is ordered once, updated in place, replaced where it must be, and carries VXCs on its vNICs", async () => {
  const { id, inputs, outs } = await checkAndCreate(mve, args);
  const buy = (await emu.admin.requests()).find((r) => r.path === "/v4/networkdesign/buy")!;
  expect(buy.body).toMatchObject({
    networkDesign: [
      {
        productType: "MVE",
        locationId: 3,
        term: 12,
        vnics: [
          { description: "inside", vlan: 0 },
          { description: "outside", vlan: 300 },
        ],
        vendorConfig: fortinet,
        config: {},
      },
    ],
  });
  // Two SMALL MVE months at 300 less 10% for 12 months.
  expect(outs).toMatchObject({ vendor: "FORTINET", mveSize: "SMALL", monthlyRate: 270 });
  expect(outs.vnicDetails).toEqual([
    { description: "inside", vlan: 2 },
    { description: "outside", vlan: 300 },
  ]);
  await untilLive();

  // Megaport chose the first vNIC's VLAN: not drift.
  const read = await mve.read(id, outs);
  expect(read.inputs?.vnics).toEqual(args.vnics);
  expect(await mve.diff(id, read.props!, inputs)).toMatchObject({ changes: false });

  // A description updates in place; another vNIC or a VLAN, or the vendor settings, replace it.
  const renamed = { ...inputs, vnics: [{ description: "lan" }, { description: "outside", vlan: 300 }] };
  expect(await mve.diff(id, outs, renamed)).toMatchObject({ changes: true, replaces: [] });
  expect(
    await mve.diff(id, outs, { ...inputs, vnics: [...args.vnics, { description: "dmz" }] }),
  ).toMatchObject({
    replaces: ["vnics"],
  });
  expect(
    await mve.diff(id, outs, { ...inputs, vendorConfig: { ...fortinet, licenseData: "NEW" } }),
  ).toMatchObject({
    replaces: ["vendorConfig"],
  });
  await emu.admin.clearRequests();
  const updated = await mve.update(id, outs, renamed);
  expect((await emu.admin.requests()).filter((r) => r.method === "PUT").map((r) => [r.path, r.body])).toEqual(
    [
      [
        `/v2/product/mve/${id}`,
        { vnics: [{ description: "lan" }, { description: "outside" }], costCentre: "" },
      ],
    ],
  );
  expect(updated.outs?.vnicDetails).toEqual([
    { description: "lan", vlan: 2 },
    { description: "outside", vlan: 300 },
  ]);

  // Renamed in the portal: drift.
  await clientFor(emu).mves.update(id, { vnics: [{ description: "portal" }, { description: "outside" }] });
  expect((await mve.read(id, updated.outs!)).inputs?.vnics).toEqual([
    { description: "portal" },
    { description: "outside", vlan: 300 },
  ]);

  // A VXC from a port to the MVE's second vNIC.
  const port = await buyPort(clientFor(emu));
  await untilLive();
  const toMve = {
    ...privateVxcArgs("to-fw", { productUid: port, vlan: 0 }, id),
    bEnd: { productUid: id, vnicIndex: 1 },
  };
  expect((await vxc.check({}, { ...toMve, bEnd: { productUid: id, vnicIndex: 2 } })).failures).toEqual([
    { property: "", reason: "bEnd.vnicIndex: syd-fw has 2 vNICs (0-1); got 2" },
  ]);
  expect(
    (await vxc.check({}, { ...toMve, aEnd: { productUid: port, vnicIndex: 0 } })).failures?.[0].reason.split(
      ":",
    )[0],
  ).toBe("aEnd.vnicIndex");
  const link = await checkAndCreate(vxc, toMve);
  const vxcBuy = (await emu.admin.requests()).filter((r) => r.path === "/v4/networkdesign/buy").pop()!;
  expect(vxcBuy.body).toMatchObject({
    networkDesign: [{ associatedVxcs: [{ bEnd: { productUid: id, vNicIndex: 1 } }] }],
  });
  expect(link.outs.bEndDetails).toMatchObject({ productUid: id, vnicIndex: 1 });
  await untilLive();
  // Moved to the first vNIC in place.
  await emu.admin.clearRequests();
  const moved = await vxc.update(link.id, link.outs, {
    ...link.inputs,
    bEnd: { productUid: id, vnicIndex: 0 },
  });
  expect((await emu.admin.requests()).find((r) => r.method === "PUT")?.body).toMatchObject({ bVnicIndex: 0 });
  expect(moved.outs?.bEndDetails).toMatchObject({ vnicIndex: 0 });

  // safeDelete refuses while the VXC is attached; after it goes, the MVE goes.
  await expect(mve.delete(id, updated.outs!)).rejects.toThrow(/attached|VXC/);
  await vxc.delete(link.id, moved.outs!);
  await emu.admin.clearRequests();
  await mve.delete(id, updated.outs!);
  expect((await emu.admin.requests()).find((r) => r.path.includes("CANCEL_NOW"))?.query).toEqual({
    safeDelete: "true",
  });
});

test("a lost buy answer continues with this MVE's own order; one bought in the portal can be adopted", async () => {
  await emu.admin.reset();
  await emu.admin.fault({ kind: "dropAfterProcessing", pathPrefix: "/v4/networkdesign/buy" });
  const ours = await checkAndCreate(mve, { ...args, productName: "lost-answer" });
  const mves = (await emu.admin.products()).filter((p) => p.productType === "MVE");
  expect(mves.map((p) => p.productUid)).toEqual([ours.id]);
  expect((await emu.admin.requests()).filter((r) => r.path === "/v4/networkdesign/buy")).toHaveLength(1);

  // Bought in the portal: adopted, renamed to the program's name, nothing ordered.
  const bought = await portalMve(emu, {
    vnics: [
      { description: "inside", vlan: 0 },
      { description: "outside", vlan: 300 },
    ],
    vendorConfig: fortinet,
  });
  await emu.admin.clearRequests();
  const adopted = await checkAndCreate(mve, { ...args, adoptProductUid: bought });
  expect(adopted.id).toBe(bought);
  expect(adopted.outs).toMatchObject({ productName: "syd-fw", vendor: "FORTINET" });
  const sent = (await emu.admin.requests())
    .filter((r) => r.method !== "GET")
    .map((r) => `${r.method} ${r.path}`);
  expect(sent).toEqual([`PUT /v2/product/mve/${adopted.id}`]);
});
