// Data sources run in the program, not in the provider plugin: they read the same megaport:*
// configuration (with the same environment fallbacks) and share one client per process.
import * as pulumi from "@pulumi/pulumi";
import type { MegaportClient } from "../../provider/client";

export function programClient(): MegaportClient {
  // Loaded here, not at import, so importing the SDK stays cheap.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require("../../provider/shared/config") as typeof import("../../provider/shared/config");
  config.configureFrom((key) => pulumi.runtime.getConfig(key));
  return config.getClient();
}
