// The figures the project reports rather than asserts: for the flagship stack against the emulator
// (fast timings, so the engine and the provider are what is measured), the wall time of each phase,
// the API requests each phase makes, the state's size per resource, and the runner's peak memory.
//
//   toolchain/megaport-dev bench
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { LocalWorkspace, PulumiCommand, Stack } from "@pulumi/pulumi/automation";
import { startEmulator } from "../emulator";
import { portMcrVxc } from "../examples/port-mcr-vxc/program";

const repo = resolve(__dirname, "../..");

interface Row {
  phase: string;
  seconds: number;
  requests: number;
  byRoute: Record<string, number>;
}

async function main() {
  const emu = await startEmulator();
  const dir = mkdtempSync(join(tmpdir(), "megaport-bench-"));
  const workDir = mkdtempSync(join(repo, ".pulumi-work", "bench-"));
  const pulumiCommand = await PulumiCommand.get({
    root: resolve(process.env.PULUMI_MEGAPORT_ENGINE_DIR ?? "", ".."),
    skipVersionCheck: true,
  });
  const stack = await LocalWorkspace.createOrSelectStack(
    { stackName: "bench", projectName: "megaport-bench", program: portMcrVxc },
    {
      pulumiCommand,
      workDir,
      envVars: { PULUMI_BACKEND_URL: `file://${dir}`, PULUMI_CONFIG_PASSPHRASE: "megaport-bench" },
      projectSettings: { name: "megaport-bench", runtime: "nodejs", backend: { url: `file://${dir}` } },
    },
  );
  await stack.setAllConfig({
    "megaport:baseUrl": { value: emu.url },
    "megaport:tokenUrl": { value: emu.tokenUrl },
    "megaport:accessKey": { value: emu.credentials.accessKey },
    "megaport:secretKey": { value: emu.credentials.secretKey, secret: true },
    "megaport:acceptPurchaseTerms": { value: "true" },
  });
  const rows: Row[] = [];
  const phase = async (name: string, run: (s: Stack) => Promise<unknown>) => {
    await emu.admin.clearRequests();
    const started = process.hrtime.bigint();
    await run(stack);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const log = await emu.admin.requests();
    const byRoute: Record<string, number> = {};
    for (const r of log) {
      const route = `${r.method} ${r.path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, "{uid}")}`;
      byRoute[route] = (byRoute[route] ?? 0) + 1;
    }
    rows.push({ phase: name, seconds, requests: log.length, byRoute });
  };
  let stateBytes: Array<[string, number]> = [];
  try {
    await phase("up (create 3 products)", (s) => s.up());
    const state = JSON.parse(readFileSync(join(dir, ".pulumi/stacks/megaport-bench/bench.json"), "utf8")) as {
      checkpoint: {
        latest: { resources: Array<{ urn: string; type: string; inputs?: { __provider?: string } }> };
      };
    };
    stateBytes = state.checkpoint.latest.resources
      .filter((r) => r.type.startsWith("pulumi-nodejs:dynamic/"))
      .map((r) => [
        `${r.urn.split("::").pop()} (${Buffer.byteLength(r.inputs?.__provider ?? "")} B of it the provider shim)`,
        Buffer.byteLength(JSON.stringify(r)),
      ]);
    await phase("preview (no changes)", (s) => s.preview());
    await phase("preview --refresh", (s) => s.preview({ refresh: true }));
    await phase("refresh", (s) => s.refresh());
    await phase("destroy", (s) => s.destroy());
  } finally {
    await stack.workspace.removeStack("bench", { force: true }).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    rmSync(workDir, { recursive: true, force: true });
    await emu.close();
  }
  console.log("Flagship stack (port + MCR + VXC) against the emulator, fast timings\n");
  console.log("phase                      seconds  API requests");
  for (const r of rows)
    console.log(
      `${r.phase.padEnd(26)} ${r.seconds.toFixed(2).padStart(7)}  ${String(r.requests).padStart(5)}  ${JSON.stringify(r.byRoute)}`,
    );
  console.log("\nstate per resource (bytes in the backend's checkpoint)");
  for (const [name, bytes] of stateBytes) console.log(`  ${name}: ${bytes}`);
  console.log(`\nrunner peak RSS: ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
