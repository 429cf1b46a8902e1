// Data sources run in the program, not in the provider plugin: they read the same megaport:*
// configuration (with the same environment fallbacks) and share one client per process.
import * as pulumi from "@pulumi/pulumi";
import type { MegaportClient } from "../../provider/client";

const KEYS = [
  "environment",
  "accessKey",
  "secretKey",
  "acceptPurchaseTerms",
  "baseUrl",
  "tokenUrl",
  "waitTimeMinutes",
];

export function programClient(): MegaportClient {
  // Loaded here, not at import, so importing the SDK stays cheap.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require("../../provider/shared/config") as typeof import("../../provider/shared/config");
  const values: Record<string, string | undefined> = {};
  for (const k of KEYS) values[k] = pulumi.runtime.getConfig(`megaport:${k}`);
  config.setConfiguredValues(values);
  return config.getClient();
}
