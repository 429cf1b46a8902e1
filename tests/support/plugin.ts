// This package's native plugin, started as the engine starts it (bin/pulumi-resource-megaport, the
// port read from its first line of output) and called over Pulumi's ResourceProvider protocol.
import { ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import * as grpc from "@grpc/grpc-js";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { repo } from "./engine";

/* eslint-disable @typescript-eslint/no-require-imports */
const provrpc = require("@pulumi/pulumi/proto/provider_grpc_pb");
export const provproto = require("@pulumi/pulumi/proto/provider_pb");
/* eslint-enable @typescript-eslint/no-require-imports */

export interface RunningPlugin {
  process: ChildProcess;
  /** Calls one method of the protocol with `request`, answering the response (or rejecting). */
  call<T = any>(method: string, request: unknown): Promise<T>; // eslint-disable-line @typescript-eslint/no-explicit-any
  stop(): void;
}

export async function startPlugin(args: string[] = []): Promise<RunningPlugin> {
  const child = spawn(join(repo, "bin", "pulumi-resource-megaport"), args, {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const port = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const line = out.split("\n")[0];
      if (out.includes("\n")) resolve(line.trim());
    });
    child.once("exit", (code) => reject(new Error(`plugin exited with ${code}`)));
  });
  const client = new provrpc.ResourceProviderClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
  return {
    process: child,
    call: (method, request) =>
      new Promise((resolve, reject) =>
        client[method](request, (err: Error | null, res: unknown) =>
          err ? reject(err) : resolve(res as never),
        ),
      ),
    stop: () => {
      client.close();
      child.kill();
    },
  };
}

export const struct = (v: Record<string, unknown>) => Struct.fromJavaScript(v as never);
export const plain = (s: Struct | undefined) => (s ? s.toJavaScript() : {}) as Record<string, unknown>;

/** A URN as the engine names a resource of this package in stack `dev` of project `plugin-test`. */
export const urnOf = (kind: string, name: string) =>
  `urn:pulumi:dev::plugin-test::megaport:index:${kind}::${name}`;
