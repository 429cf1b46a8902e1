// `pulumi import` on the native plugin: products bought out of band (a port, an MCR, a VXC with a
// vRouter configuration, an MVE, a NAT gateway) are listed by `pulumi-megaport import-file`, imported with
// that one file, and the YAML code Pulumi writes from what the plugin read previews with no changes.
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { OrderItem, boughtUid } from "../../provider/client";
import { CliStack, cliStack } from "../support/cli";
import {
  TestEmulator,
  emulatorEnv,
  buyMcr,
  clientFor,
  natGatewayRequest,
  portalMve,
  portalPort,
  untilLive,
  vxcOrder,
  withEmulator,
} from "../support/emulator";
import { repo } from "../support/engine";

const run = promisify(execFile);

let emu: TestEmulator;
let project: string;
let stack: CliStack;
beforeAll(async () => {
  emu = await withEmulator();
  project = mkdtempSync(join(tmpdir(), "megaport-import-"));
  writeFileSync(
    join(project, "Pulumi.yaml"),
    [
      "name: imported",
      "runtime: yaml",
      "plugins:",
      "  providers:",
      "    - name: megaport",
      `      path: ${join(repo, "bin")}`,
      "",
    ].join("\n"),
  );
  stack = await cliStack(emu, project, "import");
});
afterAll(async () => {
  await emu?.close();
  stack?.cleanup();
  rmSync(project, { recursive: true, force: true });
});

test("products bought elsewhere are imported in one file, and the code written for them previews clean", async () => {
  const client = clientFor(emu);
  const port = await portalPort(emu, { productName: "dc-port", marketplaceVisibility: true });
  const mcr = await buyMcr(client);
  await untilLive();
  const vrouter = {
    interfaces: [
      {
        ipAddresses: ["169.254.10.1/30"],
        bgpConnections: [
          {
            peerAsn: 65010,
            localIpAddress: "169.254.10.1",
            peerIpAddress: "169.254.10.2",
            shutdown: false,
            bfdEnabled: false,
          },
        ],
        bfd: {},
      },
    ],
  };
  const [vxc] = (
    await client.orders.buy([
      vxcOrder(port, mcr, {
        productName: "dc-to-mcr",
        bEnd: { productUid: mcr, partnerConfig: vrouter },
      }) as OrderItem,
    ])
  ).items;
  // An MVE: its vendor configuration is never returned, so the code written for it has none.
  const mve = await portalMve(emu, { productName: "edge-fw" });
  const nat = await client.natGateways.create(natGatewayRequest("egress"));
  await client.natGateways.buy(nat.productUid);
  await untilLive();

  // The account's import file, written by the package's command from the product lists.
  const importFile = join(project, "import.json");
  const code = join(project, "imported.yaml");
  await run(
    process.execPath,
    [join(repo, "dist/provider/plugin/cli.js"), "import-file", "--out", importFile],
    {
      env: { ...process.env, ...emulatorEnv(emu) },
    },
  );
  const { resources } = JSON.parse(readFileSync(importFile, "utf8")) as {
    resources: Array<{ type: string; name: string; id: string }>;
  };
  expect(resources.map((r) => [r.type, r.id]).sort()).toEqual(
    [
      ["megaport:index:Port", port],
      ["megaport:index:Mcr", mcr],
      ["megaport:index:Vxc", boughtUid(vxc)],
      ["megaport:index:NatGateway", nat.productUid],
      ["megaport:index:Mve", mve],
    ].sort(),
  );
  const changes = async () =>
    (await emu.admin.requests()).filter((r) => r.method !== "GET" && r.path !== "/oauth2/token").length;
  const before = await changes();
  await stack.pulumi("import", "--file", importFile, "--out", code, "--yes");
  // Importing reads; it orders and changes nothing.
  expect(await changes()).toBe(before);
  const written = readFileSync(code, "utf8");
  for (const r of resources) expect(written).toContain(`${r.name}:`);
  appendFileSync(join(project, "Pulumi.yaml"), written);
  await stack.pulumi("preview", "--expect-no-changes", "--diff").catch((e) => {
    console.log(written, e.stdout);
    throw e;
  });
});
