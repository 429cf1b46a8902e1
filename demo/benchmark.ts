// The figures the project reports rather than asserts. Against the emulator with provisioning that
// takes T seconds to CONFIGURED and 2T to LIVE (T/2 to DECOMMISSIONED), for the flagship stack (a
// port, an MCR, a VXC), five products and fifty: each phase's wall time and its ratio to the floor
// (the provisioning steps the stack needs, one after another), the API requests by route and per
// second while waiting, tokens fetched, how late each product's change was noticed, the time before
// the first order and after the last product, and the state's size per resource. `flagship-native`
// is the same flagship through the other door: the YAML program on the native plugin.
//
//   toolchain/megaport-dev bench [--t 20] [--stacks flagship,flagship-native,5,50] [--parallel 64] [--json bench.json]
//
// --parallel is the engine's (pulumi up --parallel): its default, 4 per CPU, lets only 8 resources
// wait at once on this 2-core machine, so a stack of 50 would measure the engine's queue.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { EngineEvent, LocalWorkspace, PulumiCommand, PulumiFn, Stack } from "@pulumi/pulumi/automation";
import { LoggedRequest, startEmulator } from "../emulator";
import { portMcrVxc } from "../examples/port-mcr-vxc/program";
import { fiftyProducts, fiveProducts } from "./benchStacks";

const repo = resolve(__dirname, "../..");

/**
 * Each stack is two provisioning steps deep (ports and MCRs, then what hangs off them). A stack is
 * an inline TypeScript program (dynamic resources) or a YAML project (the native plugin).
 */
const STACKS: Record<string, { program?: PulumiFn; yaml?: string; products: number; depth: number }> = {
  flagship: { program: portMcrVxc, products: 3, depth: 2 },
  "flagship-native": { yaml: "examples/yaml-demo", products: 3, depth: 2 },
  "5": { program: fiveProducts, products: 5, depth: 2 },
  "50": { program: fiftyProducts, products: 50, depth: 2 },
};

interface Phase {
  stack: string;
  phase: string;
  seconds: number;
  floorSeconds: number | null;
  ratio: number | null;
  requests: number;
  byRoute: Record<string, number>;
  tokens: number;
  /** Every product read (GETs and lists, the watcher's and the rest) from the first order to the last change, per second. */
  readsPerSecondInWindow: number | null;
  /** The watcher's own requests per second of waiting, as it reports them in the engine's events. */
  watcherRequestsPerSecond: number | null;
  /** From the phase's start to its first buy (or cancel). */
  beforeFirstOrderSeconds: number | null;
  /** From the last product's change (CONFIGURED, DECOMMISSIONED) to the phase's end. */
  afterLastProductSeconds: number | null;
  /** How long after a product's change the first read that could see it came. */
  noticeLagP50Seconds: number | null;
  noticeLagMaxSeconds: number | null;
  productReadsPerResource: number | null;
  /** Seconds from the phase's start to the first request of each route, in order. */
  firstRequests: Array<[string, number]>;
}

function args() {
  const get = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  return {
    t: Number(get("t") ?? 20),
    stacks: (get("stacks") ?? "flagship,5,50").split(","),
    json: get("json"),
    parallel: Number(get("parallel") ?? 64),
  };
}

const routeOf = (r: LoggedRequest) => `${r.method} ${r.path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, "{uid}")}`;
const isProductRead = (r: LoggedRequest) =>
  r.method === "GET" && /^\/v2\/product(s|\/[0-9a-f-]{36})$/.test(r.path);
const quantile = (xs: number[], q: number) => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const round = (n: number | null, digits = 2) => (n === null ? null : Number(n.toFixed(digits)));

/** When each change happened and when a read that could see it first came, from the request log. */
function noticeLags(log: LoggedRequest[], changes: Array<{ uid: string; at: number }>): number[] {
  return changes.flatMap(({ uid, at }) => {
    const seen = log.find(
      (r) => r.at >= at && r.status === 200 && (r.path === "/v2/products" || r.path === `/v2/product/${uid}`),
    );
    return seen ? [(seen.at - at) / 1000] : [];
  });
}

async function benchStack(
  name: string,
  t: number,
  parallel: number,
): Promise<{ phases: Phase[]; stateBytes: Array<[string, number]> }> {
  const spec = STACKS[name];
  const ms = t * 1000;
  const emu = await startEmulator({
    timings: { deployableMs: ms, configuredMs: ms, decommissionMs: ms / 2 },
  });
  const dir = mkdtempSync(join(tmpdir(), "megaport-bench-"));
  const workDir = mkdtempSync(join(repo, ".pulumi-work", "bench-"));
  const pulumiCommand = await PulumiCommand.get({
    root: resolve(process.env.PULUMI_MEGAPORT_ENGINE_DIR ?? "", ".."),
    skipVersionCheck: true,
  });
  const envVars = { PULUMI_BACKEND_URL: `file://${dir}`, PULUMI_CONFIG_PASSPHRASE: "megaport-bench" };
  let project = `megaport-bench-${name}`;
  let stack: Stack;
  if (spec.yaml) {
    // The YAML project as it is, its plugin named by an absolute path from the copy.
    const text = readFileSync(join(repo, spec.yaml, "Pulumi.yaml"), "utf8");
    writeFileSync(
      join(workDir, "Pulumi.yaml"),
      text.replace("path: ../../bin", `path: ${join(repo, "bin")}`),
    );
    project = /^name: (\S+)/m.exec(text)![1];
    stack = await LocalWorkspace.createOrSelectStack(
      { stackName: "bench", workDir },
      { pulumiCommand, envVars },
    );
  } else
    stack = await LocalWorkspace.createOrSelectStack(
      { stackName: "bench", projectName: project, program: spec.program! },
      {
        pulumiCommand,
        workDir,
        envVars,
        projectSettings: { name: project, runtime: "nodejs", backend: { url: `file://${dir}` } },
      },
    );
  await stack.setAllConfig({
    "megaport:baseUrl": { value: emu.url },
    "megaport:tokenUrl": { value: emu.tokenUrl },
    "megaport:accessKey": { value: emu.credentials.accessKey },
    "megaport:secretKey": { value: emu.credentials.secretKey, secret: true },
    "megaport:acceptPurchaseTerms": { value: "true" },
  });
  const phases: Phase[] = [];
  /** The watcher's reports (a live status line when it goes idle) seen during a phase. */
  let watcherReports: Array<{ requests: number; seconds: number }> = [];
  const onEvent = (e: EngineEvent) => {
    const m = e.diagnosticEvent?.message.match(
      /pulumi-megaport watcher: \d+ looks, (\d+) requests in ([\d.]+)s/,
    );
    if (m) watcherReports.push({ requests: Number(m[1]), seconds: Number(m[2]) });
  };
  const phase = async (
    label: string,
    run: (s: Stack) => Promise<unknown>,
    kind: "up" | "destroy" | "read",
  ) => {
    await emu.admin.clearRequests();
    watcherReports = [];
    const before = new Map((await emu.admin.products()).map((p) => [String(p.productUid), p]));
    const started = Date.now();
    await run(stack);
    const ended = Date.now();
    const log = await emu.admin.requests();
    const byRoute: Record<string, number> = {};
    for (const r of log) byRoute[routeOf(r)] = (byRoute[routeOf(r)] ?? 0) + 1;
    // The changes this phase waited for: each new product's CONFIGURED, each cancel's DECOMMISSIONED.
    const changes =
      kind === "up"
        ? (await emu.admin.products())
            .filter((p) => !before.has(String(p.productUid)))
            .map((p) => ({ uid: String(p.productUid), at: Number(p.createDate) + ms }))
        : kind === "destroy"
          ? log
              .filter((r) => r.path.endsWith("/action/CANCEL_NOW") && r.status === 200)
              .map((r) => ({ uid: r.path.split("/")[3], at: r.at + ms / 2 }))
          : [];
    const lags = noticeLags(log, changes);
    const firstOrder = log.find(
      (r) => r.path === "/v4/networkdesign/buy" || r.path.endsWith("/action/CANCEL_NOW"),
    );
    const lastChange = changes.length ? Math.max(...changes.map((c) => c.at)) : null;
    const waitingReads =
      firstOrder && lastChange
        ? log.filter((r) => isProductRead(r) && r.at >= firstOrder.at && r.at <= lastChange)
        : [];
    const seconds = (ended - started) / 1000;
    const floorSeconds = kind === "up" ? spec.depth * t : kind === "destroy" ? (spec.depth * t) / 2 : null;
    phases.push({
      stack: name,
      phase: label,
      seconds: round(seconds)!,
      floorSeconds,
      ratio: floorSeconds ? round(seconds / floorSeconds) : null,
      requests: log.length,
      byRoute,
      tokens: byRoute["POST /oauth2/token"] ?? 0,
      readsPerSecondInWindow:
        firstOrder && lastChange ? round(waitingReads.length / ((lastChange - firstOrder.at) / 1000)) : null,
      watcherRequestsPerSecond: watcherReports.length
        ? round(
            watcherReports.reduce((n, r) => n + r.requests, 0) /
              watcherReports.reduce((n, r) => n + r.seconds, 0),
          )
        : null,
      beforeFirstOrderSeconds: firstOrder ? round((firstOrder.at - started) / 1000) : null,
      afterLastProductSeconds: lastChange ? round((ended - lastChange) / 1000) : null,
      noticeLagP50Seconds: round(quantile(lags, 0.5)),
      noticeLagMaxSeconds: round(lags.length ? Math.max(...lags) : null),
      productReadsPerResource:
        kind === "read" ? round(log.filter(isProductRead).length / spec.products) : null,
      firstRequests: [...new Set(log.map(routeOf))].map((route) => [
        route,
        round((log.find((r) => routeOf(r) === route)!.at - started) / 1000)!,
      ]),
    });
  };
  let stateBytes: Array<[string, number]> = [];
  try {
    await phase("up", (s) => s.up({ parallel, onEvent }), "up");
    const state = JSON.parse(readFileSync(join(dir, `.pulumi/stacks/${project}/bench.json`), "utf8")) as {
      checkpoint: {
        latest: { resources: Array<{ urn: string; type: string; inputs?: { __provider?: string } }> };
      };
    };
    stateBytes = state.checkpoint.latest.resources
      .filter((r) => r.type.startsWith("pulumi-nodejs:dynamic/") || r.type.startsWith("megaport:index:"))
      .map((r) => [
        `${r.urn.split("::").pop()} (${Buffer.byteLength(r.inputs?.__provider ?? "")} B of it the provider shim)`,
        Buffer.byteLength(JSON.stringify(r)),
      ]);
    await phase("preview", (s) => s.preview({ parallel, onEvent }), "read");
    await phase("preview --refresh", (s) => s.preview({ refresh: true, parallel, onEvent }), "read");
    await phase("refresh", (s) => s.refresh({ parallel, onEvent }), "read");
    await phase("destroy", (s) => s.destroy({ parallel, onEvent }), "destroy");
  } finally {
    await stack.workspace.removeStack("bench", { force: true }).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    rmSync(workDir, { recursive: true, force: true });
    await emu.close();
  }
  return { phases, stateBytes };
}

async function main() {
  const { t, stacks, json, parallel } = args();
  const all: Phase[] = [];
  const states: Record<string, Array<[string, number]>> = {};
  for (const name of stacks) {
    if (!STACKS[name]) throw new Error(`unknown stack ${name}: one of ${Object.keys(STACKS).join(", ")}`);
    const { phases, stateBytes } = await benchStack(name, t, parallel);
    all.push(...phases);
    states[name] = stateBytes;
  }
  const cell = (v: number | null, w: number) => (v === null ? "-" : String(v)).padStart(w);
  console.log(
    `Provisioning: CONFIGURED after ${t}s, LIVE after ${2 * t}s, DECOMMISSIONED ${t / 2}s after a cancel\n`,
  );
  console.log(
    "stack           phase              seconds  floor  ratio  reqs  tokens  watcher req/s  reads/s window  before 1st  after last  lag p50  lag max  reads/res",
  );
  for (const p of all)
    console.log(
      `${p.stack.padEnd(15)} ${p.phase.padEnd(18)} ${cell(p.seconds, 7)} ${cell(p.floorSeconds, 6)} ${cell(p.ratio, 6)} ${cell(p.requests, 5)} ${cell(p.tokens, 7)} ${cell(p.watcherRequestsPerSecond, 14)} ${cell(p.readsPerSecondInWindow, 15)} ${cell(p.beforeFirstOrderSeconds, 11)} ${cell(p.afterLastProductSeconds, 11)} ${cell(p.noticeLagP50Seconds, 8)} ${cell(p.noticeLagMaxSeconds, 8)} ${cell(p.productReadsPerResource, 10)}`,
    );
  console.log("\nrequests by route");
  for (const p of all) console.log(`  ${p.stack} ${p.phase}: ${JSON.stringify(p.byRoute)}`);
  console.log("\nup: seconds from the start to each route's first request");
  for (const p of all.filter((x) => x.phase === "up"))
    console.log(`  ${p.stack}: ${p.firstRequests.map(([r, s]) => `${s} ${r}`).join(", ")}`);
  console.log("\nstate per resource (bytes in the backend's checkpoint)");
  for (const [name, rows] of Object.entries(states))
    for (const [resource, bytes] of rows.slice(0, 4)) console.log(`  ${name} ${resource}: ${bytes}`);
  const rss = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(`\nrunner peak RSS: ${rss} MiB`);
  if (json) {
    writeFileSync(
      json,
      JSON.stringify({ t, phases: all, stateBytes: states, runnerPeakRssMiB: rss }, null, 2),
    );
    console.log(`JSON: ${json}`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
