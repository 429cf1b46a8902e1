// The README's main command: start the emulator (unless --no-emulator), bring an example up on
// the real engine with a local file backend (the flagship port + MCR + VXC unless --example names
// another), show progress and prices, print the outputs, then show that a second preview finds no
// changes. `--destroy` tears the example's stack down instead.
//
//   demo [--example NAME] [--destroy] [--no-emulator] [--config KEY=VALUE ...]
import { mkdirSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { LocalWorkspace, PulumiCommand } from "@pulumi/pulumi/automation";
import { REALISTIC_TIMINGS, startEmulator } from "../emulator";
import { DEFAULT_EXAMPLE, EXAMPLES } from "./examples";

const repo = resolve(__dirname, "../..");
const PROJECT = "megaport-demo";

function options(argv: string[]) {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const config: Record<string, string> = {};
  argv.forEach((a, i) => {
    if (a === "--config" && argv[i + 1]?.includes("=")) {
      const [k, ...v] = argv[i + 1].split("=");
      config[k] = v.join("=");
    }
  });
  return {
    example: value("--example") ?? DEFAULT_EXAMPLE,
    destroy: argv.includes("--destroy"),
    useEmulator: !argv.includes("--no-emulator"),
    config,
  };
}

async function main() {
  const opts = options(process.argv.slice(2));
  const example = EXAMPLES[opts.example];
  if (!example)
    throw new Error(`unknown example "${opts.example}"; one of: ${Object.keys(EXAMPLES).join(", ")}`);
  const cache =
    process.env.PULUMI_MEGAPORT_CACHE ??
    join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "pulumi-megaport");
  const stateDir = join(cache, "demo-state");
  mkdirSync(stateDir, { recursive: true });
  // The emulator keeps its products in a file beside the stack state, so a stack can be destroyed later;
  // it listens on a fixed port because destroy uses the provider configuration stored in the state.
  const emu = opts.useEmulator
    ? await startEmulator({
        port: Number(process.env.MEGAPORT_DEMO_EMULATOR_PORT ?? 18437),
        timings: { ...REALISTIC_TIMINGS, deployableMs: 1500, configuredMs: 1500, decommissionMs: 1000 },
        statePath: join(stateDir, "emulator.json"),
      })
    : undefined;
  if (emu) console.log(`Megaport emulator listening on ${emu.url}`);
  const pulumiCommand = await PulumiCommand.get({
    root: resolve(process.env.PULUMI_MEGAPORT_ENGINE_DIR ?? "", ".."),
    skipVersionCheck: true,
  });
  const stack = await LocalWorkspace.createOrSelectStack(
    { stackName: opts.example, projectName: PROJECT, program: example.program },
    {
      pulumiCommand,
      // The demo's own project folder (LocalWorkspace writes Pulumi.yaml there); inside the repo so
      // that the dynamic-provider plugin, which runs in it, finds node_modules.
      workDir: join(repo, "demo"),
      envVars: {
        PULUMI_BACKEND_URL: `file://${stateDir}`,
        PULUMI_CONFIG_PASSPHRASE: process.env.PULUMI_CONFIG_PASSPHRASE ?? "megaport-local",
      },
      projectSettings: { name: PROJECT, runtime: "nodejs", backend: { url: `file://${stateDir}` } },
    },
  );
  const config: Record<string, { value: string; secret?: boolean }> = {};
  for (const [k, v] of Object.entries(opts.config)) config[`${PROJECT}:${k}`] = { value: v };
  if (emu) {
    Object.assign(config, {
      "megaport:baseUrl": { value: emu.url },
      "megaport:tokenUrl": { value: emu.tokenUrl },
      "megaport:accessKey": { value: emu.credentials.accessKey },
      "megaport:secretKey": { value: emu.credentials.secretKey, secret: true },
      "megaport:acceptPurchaseTerms": { value: "true" },
    });
    // Prepared once per stack: a second run must find the same products.
    const existing = await stack.getAllConfig();
    if (example.prepare && !opts.destroy && !Object.keys(existing).some((k) => k.startsWith(`${PROJECT}:`))) {
      for (const [k, v] of Object.entries(await example.prepare(emu.admin)))
        config[`${PROJECT}:${k}`] = { value: v };
    }
  }
  await stack.setAllConfig(config);
  const print = (s: string) => process.stdout.write(s);
  try {
    if (opts.destroy) {
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
    console.log(
      `Tear it down with: toolchain/megaport-dev demo ${opts.example === DEFAULT_EXAMPLE ? "" : `--example ${opts.example} `}--destroy`,
    );
  } finally {
    await emu?.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
