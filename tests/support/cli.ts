// The pulumi CLI run by hand in an example folder, as a person runs it after
// `eval "$(toolchain/megaport-dev env)"`: the CLI starts the repository's Node.js language host
// (toolchain/bin/pulumi-language-nodejs) and the dynamic-provider plugin from PATH. Each stack has
// its own file backend and config file in a temporary folder; a run can be killed as a CI runner
// kills a job (the CLI's process group: the plugins Pulumi started in groups of their own live on)
// or as a crash does (everything).
import { ChildProcess, execFile, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { TestEmulator } from "./emulator";
import { descendants, isConnectedTo, killAll } from "./processes";
import { emulatorConfig, engineDir, offlineEngineEnv, repo, yamlHostDir } from "./engine";

const run = promisify(execFile);

export interface CliRun {
  child: ChildProcess;
  /** stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (or the signal's name) when the CLI and its children have ended. */
  done: Promise<number | string>;
  /**
   * SIGKILL as the world does it: "process-group" as a CI runner cancelling a job (the CLI's
   * process group, which holds neither the language host nor the provider plugins), "everything" as
   * a crash (the CLI and every process below it).
   */
  kill(how: KillMode): void;
  /**
   * The provider plugins under the CLI now that are at work: connected to Megaport at `apiPort`.
   * (Pulumi's dynamic-provider host may also hold plugins that never received a call, and so never
   * loaded this package: those idle until their engine closes them.)
   */
  providerPlugins(apiPort: number): number[];
}

export type KillMode = "process-group" | "everything";

export interface CliStack {
  name: string;
  /** The project's folder and the environment its pulumi commands run in (for a command of this package that runs pulumi itself). */
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Runs a pulumi command to its end; rejects (with stdout and stderr) on a non-zero exit. */
  pulumi(...args: string[]): Promise<{ stdout: string; stderr: string }>;
  /** Starts a pulumi command without waiting for it. */
  start(...args: string[]): CliRun;
  /** `pulumi stack export` as text: secrets stay encrypted, as in the state file. */
  exportText(): Promise<string>;
  cleanup(): void;
}

/** A new stack of the project in `projectDir` (in the repository, or absolute), configured to use the emulator. */
export async function cliStack(emu: TestEmulator, projectDir: string, name: string): Promise<CliStack> {
  const home = mkdtempSync(join(tmpdir(), `megaport-cli-${name}-`));
  const cwd = resolve(repo, projectDir);
  // The stack's config file sits in the example folder (git ignores it) as it would for a person;
  // the name is unique per run, so a file left by a killed run never meets another passphrase.
  const stackName = `${name}-${randomBytes(3).toString("hex")}`;
  const configFile = join(cwd, `Pulumi.${stackName}.yaml`);
  const env = {
    ...process.env,
    PATH: [
      dirname(process.execPath),
      engineDir(),
      yamlHostDir(),
      join(repo, "toolchain/bin"),
      join(repo, "node_modules/@pulumi/pulumi"),
      process.env.PATH,
    ].join(":"),
    PULUMI_HOME: join(home, "home"),
    ...offlineEngineEnv(home, "cli-stack"),
  };
  const withStack = (args: string[]) => [...args, "--non-interactive", "--stack", stackName];
  const pulumi = (...args: string[]) =>
    run("pulumi", withStack(args), { cwd, env, maxBuffer: 64 * 1024 * 1024 });
  const cleanup = () => {
    rmSync(home, { recursive: true, force: true });
    rmSync(configFile, { force: true });
  };
  try {
    await run("pulumi", ["stack", "init", stackName, "--non-interactive"], { cwd, env });
    for (const [key, { value, secret }] of Object.entries(
      emulatorConfig(emu.url, emu.tokenUrl, emu.credentials),
    ))
      // --plaintext too: the CLI takes a value under a name with "token" in it for a secret unless told.
      await pulumi("config", "set", secret ? "--secret" : "--plaintext", key, value);
  } catch (e) {
    cleanup();
    throw e;
  }
  return {
    name: stackName,
    cwd,
    env,
    pulumi,
    start(...args) {
      const child = spawn("pulumi", withStack(args), { cwd, env, detached: true });
      let text = "";
      child.stdout?.on("data", (d: Buffer) => (text += d.toString()));
      child.stderr?.on("data", (d: Buffer) => (text += d.toString()));
      const done = new Promise<number | string>((resolve) =>
        child.on("close", (code, signal) => resolve(code ?? signal ?? "unknown")),
      );
      return {
        child,
        output: () => text,
        done,
        kill: (how) => {
          const below = descendants(child.pid!).map((p) => p.pid);
          try {
            process.kill(-child.pid!, "SIGKILL");
          } catch {
            // Already gone.
          }
          if (how === "everything") killAll(below);
        },
        providerPlugins: (apiPort) =>
          descendants(child.pid!)
            .filter((p) => /dynamic-provider|pulumi-resource-|provider\/plugin\/main\.js/.test(p.cmdline))
            .filter((p) => isConnectedTo(p.pid, apiPort))
            .map((p) => p.pid),
      };
    },
    exportText: async () => (await pulumi("stack", "export")).stdout,
    cleanup,
  };
}
