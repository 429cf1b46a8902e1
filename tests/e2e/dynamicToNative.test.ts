// Moving a stack's resources from the dynamic door to the native plugin without ordering anything,
// as the README says: drop the dynamic resources from the state (`pulumi state delete`: nothing is
// cancelled), then import the products into native resources (`pulumi-megaport import-file` and
// `pulumi import --file`) and keep the code Pulumi writes. The port stays LIVE throughout, no order
// or cancellation reaches Megaport, and the native program previews clean.
import { execFile } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { CliStack, cliStack } from "../support/cli";
import { TestEmulator, emulatorEnv, withEmulator } from "../support/emulator";
import { repo } from "../support/engine";

const run = promisify(execFile);
let emu: TestEmulator;
let project: string;
let dynamic: CliStack;
let native: CliStack;
beforeAll(async () => {
  emu = await withEmulator();
  project = mkdtempSync(join(tmpdir(), "megaport-native-"));
  writeFileSync(
    join(project, "Pulumi.yaml"),
    `name: moved\nruntime: yaml\nplugins:\n  providers:\n    - name: megaport\n      path: ${join(repo, "bin")}\n`,
  );
  dynamic = await cliStack(emu, "examples/single-port", "dynamic");
  native = await cliStack(emu, project, "native");
});
afterAll(async () => {
  await emu?.close();
  dynamic?.cleanup();
  native?.cleanup();
  rmSync(project, { recursive: true, force: true });
});

test("a port managed by a dynamic resource moves to a native one without an order or a cancellation", async () => {
  await dynamic.pulumi("up", "--yes");
  const { portUid } = JSON.parse((await dynamic.pulumi("stack", "output", "--json")).stdout) as {
    portUid: string;
  };
  await emu.admin.clearRequests();

  // 1. The dynamic resource leaves the state; the port is not touched.
  const state = JSON.parse(await dynamic.exportText()) as {
    deployment: { resources: Array<{ urn: string; outputs?: { productUid?: string } }> };
  };
  const urn = state.deployment.resources.find((r) => r.outputs?.productUid === portUid)!.urn;
  await dynamic.pulumi("state", "delete", urn, "--yes");

  // 2. The native program imports what the account has.
  const importFile = join(project, "import.json");
  const code = join(project, "code.yaml");
  await run(
    process.execPath,
    [join(repo, "dist/provider/plugin/cli.js"), "import-file", "--out", importFile],
    {
      env: { ...process.env, ...emulatorEnv(emu) },
    },
  );
  await native.pulumi("import", "--file", importFile, "--out", code, "--yes");
  const written = readFileSync(code, "utf8");
  expect(written).toContain("productName: mel-port-1");
  expect(written).toContain("team: network");
  appendFileSync(join(project, "Pulumi.yaml"), written);
  await native.pulumi("preview", "--expect-no-changes");

  const changes = (await emu.admin.requests()).filter(
    (r) => r.method !== "GET" && r.path !== "/oauth2/token",
  );
  expect(changes).toEqual([]);
  expect((await emu.admin.products()).find((p) => p.productUid === portUid)?.provisioningStatus).toBe("LIVE");
});
