// Order safety through the real engine: the pulumi CLI run by hand on the flagship example, killed
// (SIGKILL to the CLI, its language host and plugins) at each phase, the emulator restarted mid-up,
// tokens expired, and every route the lifecycle calls failing for a while. After each, the next
// command converges, and every scenario checks the same invariants:
//   - bought = in state: the products this stack has active are exactly those its state records;
//   - nothing of another stack is touched: the other stack's port keeps its name and status;
//   - no secret in the state file or the CLI's output at default verbosity.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CliRun, CliStack, cliStack } from "../support/cli";
import { TestEmulator } from "../support/emulator";
import { Fault, startEmulator } from "../../emulator";

const EXAMPLE = "examples/port-mcr-vxc";
// Slow enough that a kill lands inside a phase; fast enough for CI.
const TIMINGS = { deployableMs: 2500, configuredMs: 500, decommissionMs: 1500 };
const GONE = ["DECOMMISSIONED", "DECOMMISSIONING", "CANCELLED"];

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
  const outputs = JSON.parse((await other.pulumi("stack", "output", "--json")).stdout) as { portUid: string };
  otherPort = { productUid: outputs.portUid, productName: "mel-port-1" };
  stack = await cliStack(emu, EXAMPLE, "faults");
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
 * Starts a command and kills it once the emulator has logged a request matching `when`; then, as
 * a person would, `pulumi cancel` releases the lock the dead CLI left on the stack.
 */
async function killWhen(args: string[], when: (r: Logged) => boolean): Promise<void> {
  const run: CliRun = stack.start(...args);
  await untilRequest(run, when);
  run.kill();
  await run.done;
  printed += run.output();
  await pulumi("cancel", "--yes");
}

async function stateUids(): Promise<string[]> {
  const state = JSON.parse(await stack.exportText()) as {
    deployment: { resources?: Array<{ outputs?: { productUid?: string } }> };
  };
  return (state.deployment.resources ?? []).flatMap((r) =>
    r.outputs?.productUid ? [r.outputs.productUid] : [],
  );
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

test("the CLI killed while a buy is on its way resumes that order: nothing is bought twice", async () => {
  await emu.admin.clearRequests();
  await emu.admin.fault({ kind: "latency", latencyMs: 1500, pathPrefix: "/v4/networkdesign/buy" });
  await killWhen(["up", "--yes", "--skip-preview"], isBuy);
  await new Promise((r) => setTimeout(r, 2000));
  await pulumi("up", "--yes", "--skip-preview");
  await expectInvariants();
  expect(await stateUids()).toHaveLength(3);
});

test("the CLI killed while waiting for provisioning resumes the wait: nothing is bought twice", async () => {
  await pulumi("destroy", "--yes", "--skip-preview");
  await emu.admin.clearRequests();
  await killWhen(["up", "--yes", "--skip-preview"], (r) => isBuy(r) && r.status === 200);
  await pulumi("up", "--yes", "--skip-preview");
  await expectInvariants();
  const buys = (await emu.admin.requests()).filter((r) => isBuy(r) && r.status === 200);
  expect(buys).toHaveLength(3);
});

test("the CLI killed during an in-place update converges on the next up", async () => {
  const [portUid] = (await emu.admin.products())
    .filter((p) => p.productName === "syd-port-1" && !GONE.includes(String(p.provisioningStatus)))
    .map((p) => String(p.productUid));
  await emu.admin.changeProduct(portUid, { productName: "renamed-in-portal" });
  await emu.admin.clearRequests();
  await emu.admin.fault({ kind: "latency", latencyMs: 1500, method: "PUT" });
  await killWhen(["up", "--yes", "--skip-preview", "--refresh"], (r) => r.method === "PUT");
  await pulumi("up", "--yes", "--skip-preview", "--refresh");
  expect((await emu.admin.products()).find((p) => p.productUid === portUid)?.productName).toBe("syd-port-1");
  await expectInvariants();
});

test("the CLI killed during destroy finishes on the next destroy; the other stack is untouched", async () => {
  await emu.admin.clearRequests();
  await killWhen(["destroy", "--yes", "--skip-preview"], (r) => r.path.endsWith("/action/CANCEL_NOW"));
  await pulumi("destroy", "--yes", "--skip-preview");
  expect(await stateUids()).toEqual([]);
  await expectInvariants();
});

test("an emulator restart (tokens forgotten) in the middle of an up is ridden out", async () => {
  await emu.admin.clearRequests();
  const run = stack.start("up", "--yes", "--skip-preview");
  await untilRequest(run, (r) => isBuy(r) && r.status === 200);
  const port = Number(new URL(emu.url).port);
  await emu.close();
  await new Promise((r) => setTimeout(r, 1000));
  emu = await restartEmulator(port);
  expect(await run.done).toBe(0);
  printed += run.output();
  await expectInvariants();
  expect(await stateUids()).toHaveLength(3);
});

test("expired tokens and every route failing for a while (429, 5xx, resets, latency, a lost buy answer)", async () => {
  await pulumi("destroy", "--yes", "--skip-preview");
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
