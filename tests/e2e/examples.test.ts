// Every example program on the real engine against the emulator: up, a clean second preview (and
// one with refresh), its diagram in headless Chromium, and destroy leaving what it made
// DECOMMISSIONED.
import { EXAMPLES } from "../../demo/examples";
import { checkDiagram, emulatorAndBrowser } from "../support/diagram";
import { emulatorConfig, newStack } from "../support/engine";

const suite = emulatorAndBrowser();

const expectations: Record<
  string,
  (outputs: Record<string, { value: unknown; secret: boolean }>, prepared: Record<string, string>) => void
> = {
  "port-mcr-vxc": (o) => {
    expect(o.location.value).toBe("Global Switch Sydney");
    expect(o.portMonthly.value).toBe("990 AUD");
    expect(o.nearestAwsHostedConnectionPort.value).toBe(
      "Amazon Hosted Connection (ap-southeast-2) (Global Switch)",
    );
  },
  "single-port": (o) => {
    expect(o.priceBookMonthly.value).toBe("450 AUD");
    expect(o.orderedMonthly.value).toBe(450);
  },
  "cloud-connectivity": (o) => {
    expect(o.awsPort.value).toBe("Amazon (ap-southeast-2) (Global Switch)");
    expect(o.azurePort.value).toBe("a4f54ebc-0fa2-492f-a713-1ed7d49dca1c");
    expect(["9dcd6769-11aa-4b1b-83f7-5f0859744c17", "8cbc5658-0099-4a0a-b2f6-4ef748633b06"]).toContain(
      o.googlePort.value,
    );
    // Computed from the secret ExpressRoute key, so it stays secret.
    expect(o.azureFreePorts.secret).toBe(true);
  },
  "ix-on-port": (o) => {
    expect(o.exchange.value).toBe("Sydney IX");
    expect(o.vlan.value).toEqual(expect.any(Number));
  },
  "service-key": (o) => {
    expect(o.serviceKey.secret).toBe(true);
    expect(o.valid.value).toBe(true);
  },
  "mve-sdwan": (o) => {
    expect(o.image.value).toBe("FortiGate-VM 7.2.8");
    expect(o.vendor.value).toBe("FORTINET");
    expect(o.vnics.value).toEqual([
      { description: "inside", vlan: 2 },
      { description: "outside", vlan: 3 },
    ]);
    expect(o.vxcVnic.value).toBe(0);
    // The licence and key are in it.
    expect(o.vendorConfig.secret).toBe(true);
  },
  "mcr-prefix-filters": (o) => {
    expect(o.ipsecTunnels.value).toBe(10);
    // The lists are made in parallel: which gets id 1 is not fixed.
    const ids = o.listIds.value as { privateV4: number; documentationV6: number };
    expect([ids.privateV4, ids.documentationV6].sort()).toEqual([1, 2]);
    expect([...(o.lists.value as string[])].sort()).toEqual(
      [
        `${ids.privateV4} private-v4 (3 entries)`,
        `${ids.documentationV6} documentation-v6 (1 entries)`,
      ].sort(),
    );
  },
  "hybrid-cloud": (o) => {
    expect(o.awsVif.value).toMatch(/^dxvif-/);
    expect(o.azurePort.value).toBe("a4f54ebc-0fa2-492f-a713-1ed7d49dca1c");
    const lists = o.prefixLists.value as { accept: number; advertise: number };
    expect([lists.accept, lists.advertise].sort()).toEqual([1, 2]);
    expect(o.sdwanVnic.value).toBe(0);
    expect(o.natSessions.value).toBe(50000);
    expect(o.egressFilter.value).toBe(1);
    expect(o.egressEnds.value).toBe(o.natGateway.value);
  },
  "diverse-ports": (o) => {
    expect(o.summary.value).toMatchObject({ diverse: true, zones: { a: ["red", "blue"] }, currency: "AUD" });
    expect(o.zones.value).toEqual(["red", "blue"]);
  },
  "azure-expressroute": (o) => {
    expect(o.primaryPort.value).toBe("a4f54ebc-0fa2-492f-a713-1ed7d49dca1c");
    expect(o.secondaryPort.value).toBe("e269447e-5601-4575-9c23-32fe5a9f8605");
    expect(o.summary.value).toMatchObject({
      diverse: true,
      zones: { a: ["red", "blue"], b: ["red", "blue"] },
    });
  },
  "aws-redundant": (o) => {
    expect(o.awsPorts.value).toEqual([
      "Amazon (ap-southeast-2) (Global Switch)",
      "Amazon (ap-southeast-2) (Equinix SY3)",
    ]);
    expect(o.summary.value).toMatchObject({
      diverse: true,
      zones: { a: ["red", "blue"], b: ["red", "blue"] },
    });
  },
  "google-interconnect": (o) => {
    expect(o.googlePorts.value).toEqual(["Sydney (syd-zone1-86)", "Sydney (syd-zone2-86)"]);
    expect(o.summary.value).toMatchObject({
      diverse: true,
      zones: { a: ["red", "blue"], b: ["red", "blue"] },
    });
  },
  "account-inventory": (o) => {
    expect(o.ports.value).toEqual(["inventory-port (10000 Mbps, LIVE)"]);
    expect(o.mcrs.value).toEqual(["inventory-mcr"]);
    expect(o.uplinks.value).toEqual(["inventory-uplink: inventory-port → inventory-mcr"]);
  },
  "adopt-existing": (o, prepared) => {
    expect(o.portUid.value).toBe(prepared.existingPortUid);
    expect(o.name.value).toBe("managed-by-pulumi");
  },
};

test("every example has expectations here", () => {
  expect(Object.keys(expectations).sort()).toEqual(Object.keys(EXAMPLES).sort());
});

test.each(Object.keys(EXAMPLES))(
  "example %s: up, clean previews (plain and refreshed), diagram, destroy",
  async (name) => {
    const example = EXAMPLES[name];
    const prepared = example.prepare ? await example.prepare(suite.emu.admin) : {};
    const project = `example-${name}`;
    const config: Record<string, { value: string; secret?: boolean }> = emulatorConfig(
      suite.emu.url,
      suite.emu.tokenUrl,
      suite.emu.credentials,
    );
    for (const [k, v] of Object.entries(prepared)) config[`${project}:${k}`] = { value: v };
    const t = await newStack(project, example.program, config);
    const mark = (await suite.emu.admin.requests()).length;
    try {
      const up = await t.stack.up();
      expectations[name](up.outputs, prepared);
      expect(Object.keys((await t.stack.preview()).changeSummary)).toEqual(["same"]);
      // What Megaport answers now (partner configurations, vNICs, lists) reads back as the program: no
      // drift where none was made.
      expect(Object.keys((await t.stack.preview({ refresh: true })).changeSummary)).toEqual(["same"]);
      // The stack's picture: every product once, every link between the right ends.
      await checkDiagram(suite.browser, await t.stack.exportStack(), name);
      const buys = (await suite.emu.admin.requests())
        .slice(mark)
        .filter((r) => r.path === "/v4/networkdesign/buy").length;
      if (name === "adopt-existing" || name === "account-inventory") expect(buys).toBe(0);
      const resources = (
        (await t.stack.exportStack()).deployment as { resources: Array<{ id?: string; type: string }> }
      ).resources.filter((r) => r.type.startsWith("pulumi-nodejs:dynamic/megaport:"));
      const ids = resources
        .filter(
          (r) =>
            !["ServiceKey", "McrPrefixFilterList", "NatGatewayPacketFilter", "NatGatewayPrefixList"].some(
              (k) => r.type.endsWith(`:${k}`),
            ),
        )
        .map((r) => r.id);
      const lists = resources
        .filter((r) => r.type.endsWith(":McrPrefixFilterList"))
        .map((r) => r.id!.split(":"));
      const beforeDestroy = (await suite.emu.admin.requests()).length;
      await t.stack.destroy();
      const products = await suite.emu.admin.products();
      for (const id of ids)
        expect(products.find((p) => p.productUid === id)?.provisioningStatus).toBe("DECOMMISSIONED");
      // A prefix filter list is deleted from its MCR (before the MCR goes).
      const deleted = (await suite.emu.admin.requests())
        .slice(beforeDestroy)
        .filter((r) => r.method === "DELETE" && r.status === 200)
        .map((r) => r.path);
      for (const [mcrUid, listId] of lists)
        expect(deleted).toContain(`/v2/product/mcr2/${mcrUid}/prefixList/${listId}`);
    } finally {
      await t.cleanup();
    }
  },
);
