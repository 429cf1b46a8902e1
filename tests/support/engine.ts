// Runs Pulumi programs on the real engine, offline: Automation API, a local file backend in a
// temporary folder, a fixed passphrase, and the CLI found by the toolchain (never downloaded).
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { execFileSync } from "node:child_process";
import { LocalWorkspace, PulumiCommand, PulumiFn, Stack } from "@pulumi/pulumi/automation";

/** The repository root: the nearest folder up from here with the package's package.json. */
function findRepo(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "toolchain"))) return dir;
  }
  throw new Error("cannot find the pulumi-megaport repository root");
}

export const repo = findRepo();

/** The directory of the pulumi CLI: from the toolchain's environment, or asked of the toolchain. */
export function engineDir(): string {
  if (process.env.PULUMI_MEGAPORT_ENGINE_DIR) return process.env.PULUMI_MEGAPORT_ENGINE_DIR;
  return execFileSync(join(repo, "toolchain/megaport-dev"), ["engine"], { encoding: "utf8" }).trim();
}

/** The directory of Pulumi's YAML language host: from the toolchain's environment, or asked of the toolchain. */
export function yamlHostDir(): string {
  if (process.env.PULUMI_MEGAPORT_YAML_DIR) return process.env.PULUMI_MEGAPORT_YAML_DIR;
  return execFileSync(join(repo, "toolchain/megaport-dev"), ["yaml"], { encoding: "utf8" }).trim();
}

/** What every engine run here needs: a file backend in `dir`, a fixed passphrase, no network. */
export function offlineEngineEnv(dir: string, passphrase: string): Record<string, string> {
  return {
    PULUMI_CONFIG_PASSPHRASE: passphrase,
    PULUMI_BACKEND_URL: `file://${dir}`,
    PULUMI_SKIP_UPDATE_CHECK: "true",
    PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
  };
}

export interface TestStack {
  stack: Stack;
  dir: string;
  cleanup(): Promise<void>;
}

export async function newStack(
  projectName: string,
  program: PulumiFn,
  config: Record<string, { value: string; secret?: boolean }> = {},
  env: Record<string, string> = {},
): Promise<TestStack> {
  const dir = mkdtempSync(join(tmpdir(), "megaport-e2e-"));
  // Each stack gets its own project folder (LocalWorkspace writes Pulumi.yaml there), inside the
  // repository so that the dynamic-provider plugin, which runs in it, finds node_modules.
  mkdirSync(join(repo, ".pulumi-work"), { recursive: true });
  const workDir = mkdtempSync(join(repo, ".pulumi-work", `${projectName}-`));
  const pulumiCommand = await PulumiCommand.get({ root: resolve(engineDir(), ".."), skipVersionCheck: true });
  const stack = await LocalWorkspace.createOrSelectStack(
    { stackName: "test", projectName, program },
    {
      pulumiCommand,
      workDir,
      pulumiHome: join(dir, "home"),
      envVars: {
        ...offlineEngineEnv(dir, "megaport-test"),
        PULUMI_AUTOMATION_API_SKIP_VERSION_CHECK: "true",
        PATH: `${join(repo, "node_modules/@pulumi/pulumi")}:${process.env.PATH ?? ""}`,
        ...env,
      },
      projectSettings: { name: projectName, runtime: "nodejs", backend: { url: `file://${dir}` } },
    },
  );
  await stack.setAllConfig(config);
  return {
    stack,
    dir,
    cleanup: async () => {
      await stack.workspace.removeStack("test", { force: true }).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}

/** Stack config that points the provider at an emulator. */
export function emulatorConfig(
  url: string,
  tokenUrl: string,
  credentials: { accessKey: string; secretKey: string },
): Record<string, { value: string; secret?: boolean }> {
  return {
    "megaport:baseUrl": { value: url },
    "megaport:tokenUrl": { value: tokenUrl },
    "megaport:accessKey": { value: credentials.accessKey },
    "megaport:secretKey": { value: credentials.secretKey, secret: true },
    "megaport:acceptPurchaseTerms": { value: "true" },
    // As in serialized.ts: the fast emulator moves in 100 ms steps.
    "megaport:pollIntervalSeconds": { value: "0.25" },
  };
}

/** The string the engine's events carry for a value not known until an update runs. */
const UNKNOWN_IN_EVENTS = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/**
 * The input names whose values differ between an event's old and new inputs. Dynamic providers
 * report no detailed diff, so tests compare the inputs themselves; values that depend on another
 * resource's pending update are unknown in a preview and not counted as changed.
 */
export function changedInputs(olds: Record<string, unknown>, news: Record<string, unknown>): string[] {
  const text = (v: unknown) => JSON.stringify(v ?? null, (_k, x: unknown) => sortedKeys(x));
  return Object.keys({ ...olds, ...news }).filter(
    (k) =>
      k !== "__provider" && !text(news[k]).includes(UNKNOWN_IN_EVENTS) && text(olds[k]) !== text(news[k]),
  );
}

function sortedKeys(v: unknown): unknown {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
  return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)));
}
