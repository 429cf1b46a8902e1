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

/** Memoises a list that does not change during a run (locations, partner ports), per API base URL. */
export function oncePerProcess<T>(fetch: (c: MegaportClient) => Promise<T>): () => Promise<T> {
  const cache = new Map<string, Promise<T>>();
  return () => {
    const client = programClient();
    let p = cache.get(client.baseUrl);
    if (!p) {
      p = fetch(client).catch((e: unknown) => {
        cache.delete(client.baseUrl);
        throw e;
      });
      cache.set(client.baseUrl, p);
    }
    return p;
  };
}
