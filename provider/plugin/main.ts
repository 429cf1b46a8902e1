#!/usr/bin/env node
// pulumi-resource-megaport: the native provider plugin. The engine starts it (from PATH, from
// `plugins.providers` in Pulumi.yaml, or as an installed plugin), reads the port it listens on from
// its first line of output, and calls Pulumi's ResourceProvider service (service.ts). Like every
// provider of this package, it stops once the engine that started it is gone, so no order is sent
// for a run that can no longer record it.
import * as grpc from "@grpc/grpc-js";
import { PACKAGE_VERSION } from "../client/version";
import { engineAddressFromArgs, watchEngineOfThisProcess } from "../shared/engineWatch";
import { reportToEngine } from "../shared/progress";
import { providerService } from "./service";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const provrpc = require("@pulumi/pulumi/proto/provider_grpc_pb");

const engine = engineAddressFromArgs(process.argv);
if (engine) reportToEngine(engine);
watchEngineOfThisProcess();

const server = new grpc.Server({ "grpc.max_receive_message_length": 400 * 1024 * 1024 });
server.addService(
  provrpc.ResourceProviderService,
  providerService({
    version: PACKAGE_VERSION,
    engineAddress: engine,
    onEngineAddress: reportToEngine,
  }) as unknown as grpc.UntypedServiceImplementation,
);
server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (err, port) => {
  if (err) {
    process.stderr.write(`pulumi-resource-megaport: cannot listen: ${err.message}\n`);
    process.exit(1);
  }
  // The engine reads the port from the first line of stdout.
  process.stdout.write(`${port}\n`);
});
