// `pulumi up` by hand, exactly as a person runs it in an example folder after
// `eval "$(toolchain/megaport-dev env)"`: the CLI starts the repository's Node.js language host
// (toolchain/bin/pulumi-language-nodejs) and the dynamic-provider plugin from PATH.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { TestEmulator, withEmulator } from "../support/emulator";
import { engineDir, repo } from "../support/engine";

const run = promisify(execFile);

let emu: TestEmulator;
let home: string;
beforeAll(async () => {
  emu = await withEmulator();
  home = mkdtempSync(join(tmpdir(), "megaport-by-hand-"));
});
afterAll(async () => {
  await emu?.close();
  rmSync(home, { recursive: true, force: true });
});

test("pulumi up, preview --expect-no-changes and destroy in examples/single-port", async () => {
  const cwd = join(repo, "examples/single-port");
  const configFile = join(home, "Pulumi.byhand.yaml");
  const env = {
    ...process.env,
    PATH: [
      dirname(process.execPath),
      engineDir(),
      join(repo, "toolchain/bin"),
      join(repo, "node_modules/@pulumi/pulumi"),
      process.env.PATH,
    ].join(":"),
    PULUMI_HOME: join(home, "home"),
    PULUMI_BACKEND_URL: `file://${home}`,
    PULUMI_CONFIG_PASSPHRASE: "by-hand",
    PULUMI_SKIP_UPDATE_CHECK: "true",
    PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
  };
  const pulumi = (...args: string[]) =>
    run("pulumi", [...args, "--non-interactive", "--stack", "byhand", "--config-file", configFile], {
      cwd,
      env,
      maxBuffer: 16 * 1024 * 1024,
    });
  await run("pulumi", ["stack", "init", "byhand", "--non-interactive"], { cwd, env });
  await pulumi("config", "set", "megaport:baseUrl", emu.url);
  await pulumi("config", "set", "megaport:accessKey", emu.credentials.accessKey);
  await pulumi("config", "set", "--secret", "megaport:secretKey", emu.credentials.secretKey);
  await pulumi("config", "set", "megaport:acceptPurchaseTerms", "true");
  const up = await pulumi("up", "--yes");
  expect(up.stdout).toContain('Port "mel-port-1": validated; 450 AUD per month');
  const outputs = JSON.parse(
    (await run("pulumi", ["stack", "output", "--json", "--stack", "byhand"], { cwd, env })).stdout,
  ) as Record<string, unknown>;
  expect(outputs).toMatchObject({ priceBookMonthly: "450 AUD", orderedMonthly: 450 });
  expect(["CONFIGURED", "LIVE"]).toContain(outputs.status);
  await pulumi("preview", "--expect-no-changes");
  await pulumi("destroy", "--yes");
  const port = (await emu.admin.products()).find((p) => p.productUid === outputs.portUid);
  expect(port?.provisioningStatus).toBe("DECOMMISSIONED");
});
