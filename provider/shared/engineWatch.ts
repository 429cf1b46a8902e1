// A provider plugin must not outlive the run that started it. Pulumi starts each plugin in a
// process group of its own, so a CI runner that cancels a job by killing the CLI's process group
// leaves the plugins running: left alone, such a plugin goes on waiting, and a create still in its
// check or validate goes on to buy, for a run that can no longer record what it bought. The engine
// passes its own gRPC address as a plugin's last argument; once nothing listens there, the engine
// is gone, and the plugin stops before it sends another order.
import { connect } from "node:net";

/** host:port, as the engine names its address (127.0.0.1:41234, [::1]:41234, localhost:41234). */
const ADDRESS = /^(?:\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):\d{1,5}$/;

/** The engine's address among a plugin's arguments (the last one shaped like host:port), if any. */
export function engineAddressFromArgs(argv: readonly string[]): string | undefined {
  return [...argv.slice(2)].reverse().find((a) => ADDRESS.test(a));
}

/**
 * Whether something accepts connections at `address`. Only a refusal means "gone": a slow answer
 * on a loaded machine is taken for alive, so a busy engine never stops its own plugin.
 */
export function isListening(address: string, timeoutMs = 2_000): Promise<boolean> {
  const at = address.lastIndexOf(":");
  const host = address.slice(0, at).replace(/^\[|\]$/g, "");
  const port = Number(address.slice(at + 1));
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const settle = (alive: boolean) => {
      socket.destroy();
      resolve(alive);
    };
    socket.setTimeout(timeoutMs, () => settle(true));
    socket.once("connect", () => settle(true));
    socket.once("error", (e: NodeJS.ErrnoException) => settle(e.code !== "ECONNREFUSED"));
  });
}

export class EngineGoneError extends Error {}

export interface EngineWatchOptions {
  /** How often the engine is looked at while nothing is being ordered. */
  intervalMs?: number;
  /** What happens when the engine is gone; by default the process says why and exits. */
  onGone?: (address: string) => void;
  probe?: (address: string) => Promise<boolean>;
}

/** Watches the engine at `address`: periodically, and once more right before every order. */
export class EngineWatch {
  private timer: NodeJS.Timeout | undefined;
  private gone = false;
  private readonly probe: (address: string) => Promise<boolean>;
  private readonly onGone: (address: string) => void;

  constructor(
    readonly address: string,
    private readonly opts: EngineWatchOptions = {},
  ) {
    this.probe = opts.probe ?? ((a) => isListening(a));
    this.onGone = opts.onGone ?? stopThisProcess;
  }

  start(): this {
    this.timer ??= setInterval(() => void this.look(), this.opts.intervalMs ?? 1_000);
    // The watch alone never keeps the plugin alive.
    this.timer.unref();
    return this;
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Resolves while the engine is there; otherwise stops (onGone) and rejects, sending nothing. */
  async ensureAlive(): Promise<void> {
    if (!this.gone && (await this.look())) return;
    throw new EngineGoneError(
      `the Pulumi engine that started this provider (${this.address}) is gone: nothing more is ordered for its run`,
    );
  }

  private async look(): Promise<boolean> {
    if (this.gone) return false;
    if (await this.probe(this.address)) return true;
    this.gone = true;
    this.stop();
    this.onGone(this.address);
    return false;
  }
}

function stopThisProcess(address: string): void {
  try {
    process.stderr.write(
      `pulumi-megaport: the Pulumi engine that started this provider (${address}) is gone; stopping, so that nothing is ordered or waited for on behalf of a run that cannot record it\n`,
    );
  } catch {
    // stderr is a pipe to the engine that is gone: on Linux the write fails at once (EPIPE).
  } finally {
    process.exit(1);
  }
}

let current: EngineWatch | undefined;

/**
 * Starts watching the engine named in this process's arguments, once; a process started without
 * one (a test, a program using the data sources) has nothing to watch.
 */
export function watchEngineOfThisProcess(argv: readonly string[] = process.argv): EngineWatch | undefined {
  if (current) return current;
  const address = engineAddressFromArgs(argv);
  if (address) current = new EngineWatch(address).start();
  return current;
}

/** Why this process orders nothing more: the engine cancelled its run (Ctrl-C). */
let cancelled: string | undefined;

export class RunCancelledError extends Error {}

/** From now on no request that changes the account leaves this process (the engine's Cancel). */
export function cancelOrders(reason: string): void {
  cancelled = reason;
}

/** Called before every request that changes something in the account (see Transport). */
export function beforeChange(): Promise<void> {
  if (cancelled) return Promise.reject(new RunCancelledError(cancelled));
  return current ? current.ensureAlive() : Promise.resolve();
}
