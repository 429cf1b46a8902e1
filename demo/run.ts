// The README's main command: start the emulator (unless --no-emulator), bring the flagship example
// up on the real engine with a local file backend, show progress and prices, print the outputs,
// then show that a second preview finds no changes. `--destroy` tears the stack down instead.
import { mkdirSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { LocalWorkspace, PulumiCommand } from "@pulumi/pulumi/automation";
import { REALISTIC_TIMINGS, startEmulator } from "../emulator";
import { portMcrVxc } from "../examples/port-mcr-vxc/program";

const repo = resolve(__dirname, "../..");
const args = process.argv.slice(2);
const destroy = args.includes("--destroy");
const useEmulator = !args.includes("--no-emulator");

async function main() {
  const cache =
    process.env.PULUMI_MEGAPORT_CACHE ??
    join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "pulumi-megaport");
  const stateDir = join(cache, "demo-state");
  mkdirSync(stateDir, { recursive: true });
  // The emulator keeps its products in a file beside the stack state, so the demo can be destroyed later.
  const emu = useEmulator
    ? await startEmulator({
        // A fixed port: destroy uses the provider configuration stored in the state.
        port: Number(process.env.MEGAPORT_DEMO_EMULATOR_PORT ?? 18437),
        timings: { ...REALISTIC_TIMINGS, deployableMs: 1500, configuredMs: 1500, decommissionMs: 1000 },
        statePath: join(stateDir, "emulator.json"),
      })
    : undefined;
  const config: Record<string, { value: string; secret?: boolean }> = emu
    ? {
        "megaport:baseUrl": { value: emu.url },
        "megaport:tokenUrl": { value: emu.tokenUrl },
        "megaport:accessKey": { value: emu.credentials.accessKey },
        "megaport:secretKey": { value: emu.credentials.secretKey, secret: true },
        "megaport:acceptPurchaseTerms": { value: "true" },
      }
    : {};
  if (emu) console.log(`Megaport emulator listening on ${emu.url}`);
  const pulumiCommand = await PulumiCommand.get({
    root: resolve(process.env.PULUMI_MEGAPORT_ENGINE_DIR ?? "", ".."),
    skipVersionCheck: true,
  });
  const stack = await LocalWorkspace.createOrSelectStack(
    { stackName: "demo", projectName: "megaport-demo", program: portMcrVxc },
    {
      pulumiCommand,
      // The demo's own project folder (LocalWorkspace writes Pulumi.yaml there); inside the repo so
      // that the dynamic-provider plugin, which runs in it, finds node_modules.
      workDir: join(repo, "demo"),
      envVars: {
        PULUMI_BACKEND_URL: `file://${stateDir}`,
        PULUMI_CONFIG_PASSPHRASE: process.env.PULUMI_CONFIG_PASSPHRASE ?? "megaport-local",
      },
      projectSettings: { name: "megaport-demo", runtime: "nodejs", backend: { url: `file://${stateDir}` } },
    },
  );
  await stack.setAllConfig(config);
  const print = (s: string) => process.stdout.write(s);
  try {
    if (destroy) {
      const d = await stack.destroy({ onOutput: print });
      console.log(`\nDestroyed: ${JSON.stringify(d.summary.resourceChanges)}`);
      return;
    }
    const started = Date.now();
    const up = await stack.up({ onOutput: print });
    console.log(
      `\nup took ${((Date.now() - started) / 1000).toFixed(1)}s; changes ${JSON.stringify(up.summary.resourceChanges)}`,
    );
    console.log("Stack outputs:");
    for (const [k, v] of Object.entries(up.outputs))
      console.log(`  ${k}: ${v.secret ? "[secret]" : JSON.stringify(v.value)}`);
    const preview = await stack.preview();
    console.log(`Second preview: ${JSON.stringify(preview.changeSummary)} (no changes expected)`);
    console.log(`Tear it down with: toolchain/megaport-dev demo --destroy`);
  } finally {
    await emu?.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
