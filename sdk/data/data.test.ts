// The data sources against the emulator: filters, ordering, the "none" and "ambiguous" errors,
// fetched-once lists, and keys that stay secret in the Output forms.
import * as pulumi from "@pulumi/pulumi";
import * as megaport from "..";
import { TestEmulator, useEmulatorEnv, withEmulator } from "../../tests/support/emulator";

let emu: TestEmulator;
beforeAll(async () => {
  emu = await withEmulator();
  useEmulatorEnv(emu);
});
afterAll(() => emu.close());

const outputValue = <T>(o: pulumi.Output<T>) => new Promise<T>((resolve) => o.apply((v) => resolve(v)));

describe("locations", () => {
  test("filter by metro, market, speed, MCR and zone; only Active by default", async () => {
    expect((await megaport.getLocations({ metro: "Sydney" })).map((l) => l.id).sort((a, b) => a - b)).toEqual(
      [2, 3, 6, 10],
    );
    expect(
      (await megaport.getLocations({ market: "US", portSpeed: 100000 }))
        .map((l) => l.id)
        .sort((a, b) => a - b),
    ).toEqual([62, 68, 140]);
    expect(await megaport.getLocations({ mcr: true, market: "BG" })).toEqual([]);
    expect(
      (await megaport.getLocations({ metro: "Sydney", diversityZone: "blue", portSpeed: 1000 })).map(
        (l) => l.id,
      ),
    ).not.toContain(10);
    expect(
      (await megaport.getLocations({ name: "equinix" })).every((l) => l.name.startsWith("Equinix")),
    ).toBe(true);
    expect(await megaport.getLocations({ metro: "Tokyo" })).toEqual([]);
    expect((await megaport.getLocations({ metro: "Tokyo", status: "Deployment" })).map((l) => l.id)).toEqual([
      250,
    ]);
  });

  test("getLocation finds one by id or exact name, and fails clearly for none", async () => {
    expect((await megaport.getLocation({ name: "Global Switch Sydney" })).id).toBe(3);
    expect((await megaport.getLocation({ id: 89 })).name).toBe("Digital Realty LHR20");
    await expect(megaport.getLocation({ name: "Nowhere DC" })).rejects.toThrow(
      'getLocation: no Megaport location has name "Nowhere DC"',
    );
    await expect(megaport.getLocation({})).rejects.toThrow("getLocation: give an id or a name");
  });

  test("locations are fetched once per process", async () => {
    await emu.admin.clearRequests();
    await megaport.getLocations({ metro: "London" });
    await megaport.getLocationOutput({ id: 3 }).apply((l) => l.id);
    expect((await emu.admin.requests()).filter((r) => r.path === "/v3/locations")).toHaveLength(0);
  });
});

describe("partner ports", () => {
  test("filter by connect type, location and zone, best rank first, retired ports left out", async () => {
    const aws = await megaport.getPartnerPorts({ connectType: "AWS" });
    expect(aws.map((p) => p.rank)).toEqual([...aws.map((p) => p.rank)].sort((a, b) => (b ?? 0) - (a ?? 0)));
    expect(aws.every((p) => p.vxcPermitted)).toBe(true);
    expect((await megaport.getPartnerPorts({ connectType: "AWS", vxcPermittedOnly: false })).length).toBe(
      aws.length + 1,
    );
    expect(
      (await megaport.getPartnerPorts({ connectType: "AWSHC", locationId: 3 })).map((p) => p.diversityZone),
    ).toEqual(["red"]);
    expect(
      (await megaport.getPartnerPorts({ companyName: "google", diversityZone: "blue" }))
        .map((p) => p.locationId)
        .sort(),
    ).toEqual([3, 84]);
  });

  test("filter by the partner's company UID and by a port's product UID", async () => {
    const aws = await megaport.getPartnerPorts({ connectType: "AWS" });
    const company = aws[0].companyUid!;
    const byCompany = await megaport.getPartnerPorts({ companyUid: company });
    expect(byCompany.length).toBeGreaterThan(0);
    expect(byCompany.every((p) => p.companyUid === company)).toBe(true);
    expect(byCompany.map((p) => p.productUid)).toContain(aws[0].productUid);
    expect((await megaport.getPartnerPorts({ productUid: aws[1].productUid })).map((p) => p.title)).toEqual([
      aws[1].title,
    ]);
    expect(await megaport.getPartnerPorts({ companyUid: "00000000-0000-4000-8000-000000000000" })).toEqual(
      [],
    );
  });

  test("getPartnerPort returns the highest-ranked match and fails clearly for none", async () => {
    expect((await megaport.getPartnerPort({ connectType: "AWS", productName: "us-east-1" })).title).toBe(
      "Amazon (us-east-1) (Equinix DC2)",
    );
    await expect(megaport.getPartnerPort({ connectType: "ORACLE", locationId: 3 })).rejects.toThrow(
      "getPartnerPort: no partner port accepting VXCs matches",
    );
  });
});

describe("cloud lookups", () => {
  test("Azure answers both ports with their type, whether each is free, and the VLAN Azure dictates", async () => {
    const azure = await megaport.getAzurePorts({ serviceKey: "63dasd3c-f578-430d-b67a-0bdfgcfdfg152f" });
    expect(azure.ports.map((p) => [p.type, p.free])).toEqual([
      ["primary", true],
      ["secondary", true],
    ]);
    expect([azure.bandwidth, azure.vlan]).toEqual([50, 300]);
  });

  test("Google, Oracle and Nutanix answer their ports and bandwidths", async () => {
    expect(
      (
        await megaport.getGooglePorts({
          pairingKey: "7e51371e-72a3-40b5-b844-2e3efefaee59/australia-southeast1/1",
        })
      ).bandwidths,
    ).toContain(10000);
    expect(
      (
        await megaport.getOraclePorts({
          virtualCircuitId:
            "ocid1.virtualcircuit.oc1.phx.aaaaaaaantxgcsdtkpbegkgxs73bluiggcpdauxz345ncrnd3atqwgihj5aq",
        })
      ).ports,
    ).toHaveLength(2);
    expect(
      (await megaport.getNutanixPorts({ serviceKey: "76025b4f-3a27-48da-a8bd-880a5e05c886" })).bandwidth,
    ).toBe(450);
  });

  test("a secret key keeps the Output result secret, and an unknown key fails without showing it", async () => {
    const out = megaport.getAzurePortsOutput({
      serviceKey: pulumi.secret("1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d"),
    });
    expect(await pulumi.isSecret(out)).toBe(true);
    expect((await outputValue(out)).ports).toHaveLength(2);
    const err = (await megaport
      .getGooglePorts({ pairingKey: "wrong-pairing-key/secret" })
      .catch((e: unknown) => e)) as Error;
    expect(err.message).toContain("HTTP 400");
    expect(err.message).not.toContain("wrong-pairing-key");
  });
});

test("IX types and price book prices", async () => {
  expect((await megaport.getIxTypes({ locationId: 4 })).map((t) => t.name)).toEqual(["Melbourne IX"]);
  expect(
    await megaport.getPortPrice({ locationId: 3, portSpeed: 10000, contractTermMonths: 12 }),
  ).toMatchObject({ currency: "AUD", monthlyRate: 990 });
  expect((await megaport.getMcrPrice({ locationId: 3, portSpeed: 1000 })).monthlyRate).toBe(350);
  expect((await megaport.getVxcPrice({ aLocationId: 3, bLocationId: 89, rateLimit: 100 })).monthlyRate).toBe(
    120,
  );
  expect(
    (
      await outputValue(
        megaport.getIxPriceOutput({ networkServiceType: "Sydney IX", locationId: 3, rateLimit: 1000 }),
      )
    ).currency,
  ).toBe("AUD");
});

describe("MVE images and sizes", () => {
  test("images filter by vendor, product, release and size, newest first; fetched once", async () => {
    await emu.admin.clearRequests();
    expect((await megaport.getMveImages({ vendor: "fortinet" })).map((i) => [i.id, i.releaseImage])).toEqual([
      [57, false],
      [42, true],
      [21, true],
    ]);
    expect((await megaport.getMveImage({ vendor: "FORTINET", releaseOnly: true })).version).toBe("7.2.8");
    expect((await megaport.getMveImages({ vendor: "palo_alto" })).map((i) => i.product)).toEqual([
      "Prisma SD-WAN (ION)",
      "VM-Series",
    ]);
    expect((await megaport.getMveImages({ product: "ftdv", size: "SMALL" })).length).toBe(0);
    await expect(megaport.getMveImage({ vendor: "juniper" })).rejects.toThrow(
      'getMveImage: no MVE image matches {"vendor":"juniper"}',
    );
    const sizes = await megaport.getMveSizes();
    expect(sizes.map((s) => [s.size, s.cpuCoreCount, s.ramGB])).toEqual([
      ["SMALL", 2, 8],
      ["MEDIUM", 4, 16],
      ["LARGE", 8, 32],
      ["X_LARGE_12", 12, 48],
    ]);
    const image = await outputValue(megaport.getMveImageOutput({ vendor: pulumi.output("Aruba") }));
    expect(image.id).toBe(23);
    expect((await emu.admin.requests()).filter((r) => r.path === "/v4/product/mve/images")).toHaveLength(1);
  });
});
