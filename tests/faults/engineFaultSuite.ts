// Order safety through the real engine: the pulumi CLI run by hand on the flagship stack (through
// either door: the TypeScript example on dynamic providers, or the YAML one on the native plugin), killed
// at each phase the two ways the world kills it (a CI runner: SIGKILL to the CLI's process group,
// the plugins Pulumi started in groups of their own left running; a crash: everything), the
// emulator restarted mid-up, tokens expired, and every route the lifecycle calls failing for a
// while. After each, the plugins a killed CLI left stop by themselves, the next command converges,
// and every scenario checks the same invariants:
//   - bought = in state: the products this stack has active are exactly those its state records;
//   - nothing of another stack is touched: the other stack's port keeps its name and status;
//   - no secret in the state file or the CLI's output at default verbosity.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CliRun, CliStack, KillMode, cliStack } from "../support/cli";
import { runningAfter } from "../support/processes";
import { TestEmulator } from "../support/emulator";
import { Fault, startEmulator } from "../../emulator";

// Slow enough that a kill lands inside a phase; fast enough for CI.
const TIMINGS = { deployableMs: 2500, configuredMs: 500, decommissionMs: 1500 };
const GONE = ["DECOMMISSIONED", "DECOMMISSIONING", "CANCELLED"];

/** The suite, on the flagship stack of `example` (a port, an MCR and a VXC between them). */
export function engineFaultSuite(example: string): void {
  let dir: string;
  let emu: TestEmulator;
  let stack: CliStack;
  let other: CliStack;
  let otherPort: { productUid: string; productName: string };
  /** Everything the CLI printed, across all runs of `stack`. */
  let printed = "";

  const restartEmulator = async (port: number) =>
    startEmulator({ port, timings: TIMINGS, statePath: join(dir, "emulator.json") });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "megaport-engine-faults-"));
    emu = await restartEmulator(0);
    other = await cliStack(emu, "examples/single-port", "other");
    await other.pulumi("up", "--yes");
    const outputs = JSON.parse((await other.pulumi("stack", "output", "--json")).stdout) as {
      portUid: string;
    };
    otherPort = { productUid: outputs.portUid, productName: "mel-port-1" };
    stack = await cliStack(emu, example, "faults");
  });
  afterAll(async () => {
    await stack?.pulumi("destroy", "--yes", "--skip-preview").catch(() => undefined);
    await other?.pulumi("destroy", "--yes", "--skip-preview").catch(() => undefined);
    stack?.cleanup();
    other?.cleanup();
    await emu?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function pulumi(...args: string[]): Promise<string> {
    try {
      const { stdout, stderr } = await stack.pulumi(...args);
      printed += stdout + stderr;
      return stdout + stderr;
    } catch (e) {
      const { stdout = "", stderr = "" } = e as { stdout?: string; stderr?: string };
      printed += stdout + stderr;
      throw new Error(`pulumi ${args.join(" ")} failed:\n${stdout}\n${stderr}`);
    }
  }

  type Logged = { method: string; path: string; status: number };

  /** Waits until the emulator has logged a request matching `when`; fails if the run ends first. */
  async function untilRequest(run: CliRun, when: (r: Logged) => boolean): Promise<void> {
    let ended = false;
    void run.done.then(() => (ended = true));
    const deadline = Date.now() + 120_000;
    while (!(await emu.admin.requests()).some(when)) {
      if (ended || Date.now() > deadline) throw new Error(`the moment never came:\n${run.output()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /**
   * Starts a command and kills it `how` once the emulator has logged a request matching `when`; then,
   * as a person would, `pulumi cancel` releases the lock the dead CLI left on the stack. Returns the
   * provider plugins the CLI had started, which must stop by themselves once their engine is gone.
   */
  async function killWhen(args: string[], when: (r: Logged) => boolean, how: KillMode): Promise<number[]> {
    const run: CliRun = stack.start(...args);
    await untilRequest(run, when);
    const plugins = run.providerPlugins(Number(new URL(emu.url).port));
    run.kill(how);
    await run.done;
    printed += run.output();
    await pulumi("cancel", "--yes");
    return plugins;
  }

  /**
   * A plugin at work for a killed CLI stops within a few seconds, whatever it was doing, and from
   * then on nothing of the killed run reaches Megaport: no order, no wait.
   */
  async function expectStopped(plugins: number[]): Promise<void> {
    expect(plugins.length).toBeGreaterThan(0);
    expect(await runningAfter(plugins, 10_000)).toEqual([]);
    const before = (await emu.admin.requests()).length;
    await new Promise((r) => setTimeout(r, 1500));
    expect((await emu.admin.requests()).length).toBe(before);
  }

  async function stateOf(): Promise<{ uids: string[]; pending: unknown[] }> {
    const state = JSON.parse(await stack.exportText()) as {
      deployment: {
        resources?: Array<{ outputs?: { productUid?: string } }>;
        pending_operations?: unknown[];
      };
    };
    return {
      uids: (state.deployment.resources ?? []).flatMap((r) =>
        r.outputs?.productUid ? [r.outputs.productUid] : [],
      ),
      pending: state.deployment.pending_operations ?? [],
    };
  }

  const stateUids = async () => (await stateOf()).uids;

  /** The stack as a scenario needs it: nothing bought, or the flagship up. */
  async function startFrom(want: "empty" | "up"): Promise<void> {
    await emu.admin.clearFaults();
    if (want === "empty") await pulumi("destroy", "--yes", "--skip-preview");
    else await pulumi("up", "--yes", "--skip-preview");
    await emu.admin.clearRequests();
  }

  /**
   * After a killed up, Pulumi keeps the killed run's pending creates in the state, even once the next
   * up has finished them; `refresh --clear-pending-creates` drops those notes and nothing else.
   */
  async function clearPendingCreates(): Promise<void> {
    const before = await stateUids();
    await pulumi("refresh", "--yes", "--skip-preview", "--clear-pending-creates");
    const after = await stateOf();
    expect(after.pending).toEqual([]);
    expect(after.uids.sort()).toEqual(before.sort());
  }

  async function expectInvariants(): Promise<void> {
    const products = await emu.admin.products();
    const active = products.filter(
      (p) => !GONE.includes(String(p.provisioningStatus)) && p.productUid !== otherPort.productUid,
    );
    expect(active.map((p) => p.productUid).sort()).toEqual((await stateUids()).sort());
    const theirs = products.find((p) => p.productUid === otherPort.productUid)!;
    expect({ name: theirs.productName, status: theirs.provisioningStatus }).toEqual({
      name: otherPort.productName,
      status: "LIVE",
    });
    const text = await stack.exportText();
    for (const secret of [emu.credentials.secretKey, "change-me"]) {
      expect(text).not.toContain(secret);
      expect(printed).not.toContain(secret);
    }
  }

  const isBuy = (r: { method: string; path: string }) =>
    r.method === "POST" && r.path.endsWith("/networkdesign/buy");
  const boughtCount = async () =>
    (await emu.admin.requests()).filter((r) => isBuy(r) && r.status === 200).length;

  describe.each<KillMode>(["process-group", "everything"])("the CLI killed (%s)", (how) => {
    test("while a buy is on its way: the rerun resumes that order and nothing is bought twice", async () => {
      await startFrom("empty");
      await emu.admin.fault({ kind: "latency", latencyMs: 1500, pathPrefix: "/v4/networkdesign/buy" });
      const plugins = await killWhen(["up", "--yes", "--skip-preview"], isBuy, how);
      await expectStopped(plugins);
      await new Promise((r) => setTimeout(r, 2000));
      await pulumi("up", "--yes", "--skip-preview");
      await expectInvariants();
      expect(await stateUids()).toHaveLength(3);
      await clearPendingCreates();
      await expectInvariants();
    });

    test("while a slow buy is on its way and the rerun starts at once: the stray order is cancelled", async () => {
      await startFrom("empty");
      // The buy the killed run sent lands after the rerun has looked for it and bought again.
      await emu.admin.fault({
        kind: "latency",
        latencyMs: 12_000,
        pathPrefix: "/v4/networkdesign/buy",
        times: 20,
      });
      const plugins = await killWhen(["up", "--yes", "--skip-preview"], isBuy, how);
      await pulumi("up", "--yes", "--skip-preview");
      await expectStopped(plugins);
      await expectInvariants();
      expect(await stateUids()).toHaveLength(3);
      expect(printed).toMatch(/also carries this resource's order marker/);
      await clearPendingCreates();
    }, 180_000);

    test("while waiting for provisioning: the rerun resumes the wait and nothing is bought twice", async () => {
      await startFrom("empty");
      const plugins = await killWhen(
        ["up", "--yes", "--skip-preview"],
        (r) => isBuy(r) && r.status === 200,
        how,
      );
      await expectStopped(plugins);
      await pulumi("up", "--yes", "--skip-preview");
      await expectInvariants();
      expect(await boughtCount()).toBe(3);
    });

    test("during an in-place update: the next up converges", async () => {
      await startFrom("up");
      const [portUid] = (await emu.admin.products())
        .filter((p) => p.productName === "syd-port-1" && !GONE.includes(String(p.provisioningStatus)))
        .map((p) => String(p.productUid));
      await emu.admin.changeProduct(portUid, { productName: "renamed-in-portal" });
      await emu.admin.fault({ kind: "latency", latencyMs: 1500, method: "PUT" });
      const plugins = await killWhen(
        ["up", "--yes", "--skip-preview", "--refresh"],
        (r) => r.method === "PUT",
        how,
      );
      await expectStopped(plugins);
      await pulumi("up", "--yes", "--skip-preview", "--refresh");
      expect((await emu.admin.products()).find((p) => p.productUid === portUid)?.productName).toBe(
        "syd-port-1",
      );
      await expectInvariants();
      expect(await boughtCount()).toBe(0);
    });

    test("during destroy: the next destroy finishes and the other stack is untouched", async () => {
      await startFrom("up");
      const plugins = await killWhen(
        ["destroy", "--yes", "--skip-preview"],
        (r) => r.path.endsWith("/action/CANCEL_NOW"),
        how,
      );
      await expectStopped(plugins);
      await pulumi("destroy", "--yes", "--skip-preview");
      expect(await stateUids()).toEqual([]);
      await expectInvariants();
    });
  });

  test("an emulator restart (tokens forgotten) in the middle of an up is ridden out", async () => {
    await startFrom("empty");
    const run = stack.start("up", "--yes", "--skip-preview");
    await untilRequest(run, (r) => isBuy(r) && r.status === 200);
    const port = Number(new URL(emu.url).port);
    await emu.close();
    await new Promise((r) => setTimeout(r, 1000));
    emu = await restartEmulator(port);
    // With the CLI's output beside the exit code, so that a failure says what the up printed.
    expect({ exit: await run.done, output: run.output() }).toEqual({ exit: 0, output: expect.any(String) });
    printed += run.output();
    await expectInvariants();
    expect(await stateUids()).toHaveLength(3);
  });

  test("expired tokens and every route failing for a while (429, 5xx, resets, latency, a lost buy answer)", async () => {
    await startFrom("empty");
    await emu.admin.expireTokens();
    const routes = [
      "/oauth2/token",
      "/v3/locations",
      "/v2/dropdowns/partner/megaports",
      "/v2/products",
      "/v2/product/",
      "/v3/networkdesign/validate",
      "/v4/networkdesign/buy",
    ];
    const faults: Fault[] = routes.flatMap((pathPrefix): Fault[] => [
      { kind: "status", status: 429, retryAfterSeconds: 1, pathPrefix },
      { kind: "latency", latencyMs: 300, pathPrefix },
      ...(pathPrefix.endsWith("/buy")
        ? [{ kind: "dropAfterProcessing", pathPrefix } as Fault]
        : [{ kind: "status", status: 503, pathPrefix } as Fault, { kind: "reset", pathPrefix } as Fault]),
    ]);
    await emu.admin.fault(faults);
    await emu.admin.clearRequests();
    await pulumi("up", "--yes", "--skip-preview");
    const log = await emu.admin.requests();
    for (const prefix of routes)
      expect(log.filter((r) => r.path.startsWith(prefix) && r.status !== 200).length).toBeGreaterThan(0);
    await expectInvariants();
    expect(await stateUids()).toHaveLength(3);
    // Updates and cancels meet the same: the PUT and CANCEL_NOW routes fail once, then pass.
    await emu.admin.fault([
      { kind: "status", status: 503, method: "PUT" },
      { kind: "reset", pathPrefix: "/v3/product/", method: "POST" },
    ]);
    const portUid = (await stateUids())[0];
    await emu.admin.changeProduct(portUid, { costCentre: "changed-in-portal" });
    await pulumi("up", "--yes", "--skip-preview", "--refresh");
    await pulumi("destroy", "--yes", "--skip-preview");
    await expectInvariants();
  });
}
