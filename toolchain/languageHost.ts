// A Node.js language host for running this repository's programs by hand (`pulumi up` in an
// example folder), because Pulumi's Go language host (pulumi-language-nodejs) is a module the Go
// module proxy here does not serve. It serves the LanguageRuntime gRPC API with @pulumi/pulumi's
// own LanguageServer (what the Automation API uses for inline programs), running the program named
// by Pulumi.yaml's `main` as an already-compiled CommonJS module whose export is the program.
import { resolve } from "node:path";
import * as grpc from "@grpc/grpc-js";
import { watchEngineOfThisProcess } from "../provider/shared/engineWatch";

/* eslint-disable @typescript-eslint/no-require-imports */
const langrpc = require("@pulumi/pulumi/proto/language_grpc_pb");
const langproto = require("@pulumi/pulumi/proto/language_pb");
const pluginproto = require("@pulumi/pulumi/proto/plugin_pb");
const { LanguageServer } = require("@pulumi/pulumi/automation/server") as {
  LanguageServer: new (program: () => Promise<unknown>) => {
    run(call: unknown, callback: unknown): Promise<void>;
    getRequiredPlugins(call: unknown, callback: unknown): void;
  };
};
const { version } = require("@pulumi/pulumi/package.json") as { version: string };
/* eslint-enable @typescript-eslint/no-require-imports */

type Callback = (err: null, value?: unknown) => void;
interface RunRequestLike {
  getProgram(): string;
  getPwd(): string;
  getInfo(): { getProgramDirectory(): string; getEntryPoint(): string } | undefined;
}

/** The program module: its export (or default export) is called, and its result becomes the stack outputs. */
function programFor(req: RunRequestLike): () => Promise<unknown> {
  const info = req.getInfo();
  const entry =
    info && info.getEntryPoint()
      ? resolve(info.getProgramDirectory(), info.getEntryPoint())
      : resolve(req.getPwd(), req.getProgram() || ".");
  return async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(entry) as unknown;
    const fn =
      typeof mod === "function"
        ? mod
        : typeof (mod as { default?: unknown })?.default === "function"
          ? (mod as { default: () => unknown }).default
          : undefined;
    return fn ? await (fn as () => unknown)() : mod;
  };
}

const service = {
  handshake: (_call: unknown, cb: Callback) => cb(null, new langproto.LanguageHandshakeResponse()),
  getPluginInfo: (_call: unknown, cb: Callback) => {
    const info = new pluginproto.PluginInfo();
    info.setVersion(version);
    cb(null, info);
  },
  getRequiredPlugins: (_call: unknown, cb: Callback) =>
    cb(null, new langproto.GetRequiredPluginsResponse().setPluginsList([])),
  getRequiredPackages: (_call: unknown, cb: Callback) =>
    cb(null, new langproto.GetRequiredPackagesResponse().setPackagesList([])),
  getProgramDependencies: (_call: unknown, cb: Callback) =>
    cb(null, new langproto.GetProgramDependenciesResponse().setDependenciesList([])),
  about: (_call: unknown, cb: Callback) =>
    cb(null, new langproto.AboutResponse().setExecutable(process.execPath).setVersion(process.version)),
  installDependencies: (call: { end(): void }) => call.end(),
  run: (call: { request: RunRequestLike }, cb: Callback) =>
    new LanguageServer(programFor(call.request)).run(call, cb),
};

// As Pulumi's own host does (its run.ts), for the whole life of the process: an error that reaches
// no handler is reported once, however many promise chains carry it, and without a stack when it
// is a RunError or a ResourceError that hides it. (@pulumi/pulumi's LanguageServer handles such
// errors only while the program runs; one noticed after that would crash this host.)
const reported = new WeakSet<object>();
const reportOnce = (err: unknown) => {
  if (err !== null && typeof err === "object") {
    if (reported.has(err)) return;
    reported.add(err);
  }
  // While a program runs, the LanguageServer's own handler reports it (the run fails with it).
  if (process.listenerCount("unhandledRejection") > 1) return;
  const e = err as { message?: string; stack?: string; hideStack?: boolean; name?: string };
  const hide = e?.name === "RunError" || e?.hideStack === true;
  process.stderr.write(`error: ${hide ? e.message : (e?.stack ?? String(err))}\n`);
  process.exitCode = 1;
};
process.on("uncaughtException", reportOnce);
process.on("unhandledRejection", reportOnce);

// As Pulumi's own plugins do: once the engine that started this host is gone, the host exits
// (a CI runner that kills the CLI's process group leaves the host's group running).
watchEngineOfThisProcess();

const server = new grpc.Server();
server.addService(langrpc.LanguageRuntimeService, service as unknown as grpc.UntypedServiceImplementation);
server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (err, port) => {
  if (err) throw err;
  // The engine reads the port from the first line of stdout.
  process.stdout.write(`${port}\n`);
});
