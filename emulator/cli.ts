#!/usr/bin/env node
// megaport-emulator [--port N] [--host H] [--state FILE] [--realistic]
// Prints "listening <url>" as its first line on stdout, then serves until interrupted.
import { startEmulator } from "./http/server";
import { FAST_TIMINGS, REALISTIC_TIMINGS } from "./model/store";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const running = await startEmulator({
    port: Number(arg("port") ?? 0),
    host: arg("host") ?? "127.0.0.1",
    statePath: arg("state"),
    timings: process.argv.includes("--realistic") ? REALISTIC_TIMINGS : FAST_TIMINGS,
  });
  process.stdout.write(`listening ${running.url}\n`);
  process.stdout.write(`token url ${running.tokenUrl}\n`);
  const stop = () => void running.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`megaport-emulator: ${(e as Error).message}\n`);
  process.exit(1);
});
