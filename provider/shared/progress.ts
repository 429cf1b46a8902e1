// What a provider can show the person running `pulumi up`: a plugin process (the dynamic-provider
// host, or this package's own plugin) receives the engine's address, so messages go to the engine's
// Log RPC (ephemeral ones show as live status and vanish; info ones stay in the Diagnostics summary).
// Anywhere else (tests, tools) they go to stderr, which the engine also shows.

type Severity = "info" | "warning";

interface EngineLog {
  log(severity: Severity, message: string, ephemeral: boolean): Promise<void>;
}

let engine: EngineLog | null | undefined;
/** Set by this package's plugin, which learns the engine's address from its arguments or Handshake. */
let pluginEngine: string | undefined;

/** Messages from now on go to the engine at `address` (this package's plugin calls it). */
export function reportToEngine(address: string): void {
  pluginEngine = address;
  engine = undefined;
}

function engineAddress(): string | undefined {
  if (pluginEngine) return pluginEngine;
  const script = process.argv[1] ?? "";
  const addr = process.argv[2];
  return /dynamic-provider/.test(script) && addr && /:\d+$/.test(addr) ? addr : undefined;
}

function connectEngine(): EngineLog | null {
  const addr = engineAddress();
  if (!addr) return null;
  try {
    // Loaded lazily and from the installed @pulumi/pulumi: only the plugin process needs them.
    /* eslint-disable @typescript-eslint/no-require-imports */
    const grpc = require("@grpc/grpc-js") as typeof import("@grpc/grpc-js");
    const services = require("@pulumi/pulumi/proto/engine_grpc_pb");
    const messages = require("@pulumi/pulumi/proto/engine_pb");
    /* eslint-enable @typescript-eslint/no-require-imports */
    const client = new services.EngineClient(addr, grpc.credentials.createInsecure());
    return {
      log: (severity, message, ephemeral) =>
        new Promise<void>((resolve) => {
          const req = new messages.LogRequest();
          req.setSeverity(severity === "warning" ? messages.LogSeverity.WARNING : messages.LogSeverity.INFO);
          req.setMessage(message);
          req.setEphemeral(ephemeral);
          client.log(req, () => resolve());
        }),
    };
  } catch {
    return null;
  }
}

async function emit(severity: Severity, message: string, ephemeral: boolean): Promise<void> {
  if (engine === undefined) engine = connectEngine();
  if (engine) await engine.log(severity, message, ephemeral);
  else if (!ephemeral || process.env.MEGAPORT_PROGRESS_STDERR) process.stderr.write(`${message}\n`);
}

export const progress = {
  /** A line that stays in the deployment's Diagnostics (prices, final states). */
  info: (message: string) => emit("info", message, false),
  warn: (message: string) => emit("warning", message, false),
  /** A live status line (polling progress) that is not kept. */
  status: (message: string) => emit("info", message, true),
};
