// Provider configuration: Pulumi config (megaport:*) with environment-variable fallbacks, read at
// call time and never captured into the serialized provider.
import { MegaportClient } from "../client";
import { registerSecret } from "../client/errors";
import { progress } from "./progress";

export interface ProviderConfig {
  environment?: string;
  accessKey?: string;
  secretKey?: string;
  acceptPurchaseTerms: boolean;
  baseUrl?: string;
  tokenUrl?: string;
  /** How long create/update/delete wait for Megaport, in minutes (like the Terraform provider's wait_time). */
  waitTimeMinutes: number;
}

/** Values from the stack's configuration, keyed without the "megaport:" prefix. */
let configured: Record<string, string | undefined> = {};
let client: MegaportClient | undefined;
let clientKey = "";

/** Each setting, and the environment variable it falls back to. */
const ENV: Record<string, string> = {
  environment: "MEGAPORT_ENVIRONMENT",
  accessKey: "MEGAPORT_ACCESS_KEY",
  secretKey: "MEGAPORT_SECRET_KEY",
  acceptPurchaseTerms: "MEGAPORT_ACCEPT_PURCHASE_TERMS",
  baseUrl: "MEGAPORT_BASE_URL",
  tokenUrl: "MEGAPORT_TOKEN_URL",
  waitTimeMinutes: "MEGAPORT_WAIT_TIME_MINUTES",
};

/**
 * Takes the megaport:* settings from Pulumi config: the dynamic provider's configure() in the plugin,
 * the program's runtime config for data sources. getClient() makes a new client only when the
 * endpoint or credentials actually changed.
 */
export function configureFrom(get: (key: string) => string | undefined): void {
  configured = Object.fromEntries(Object.keys(ENV).map((k) => [k, get(`megaport:${k}`)]));
}

function value(key: string): string | undefined {
  const v = configured[key] ?? process.env[ENV[key]];
  return v === undefined || v === "" ? undefined : v;
}

export function readConfig(): ProviderConfig {
  const wait = Number(value("waitTimeMinutes") ?? 10);
  return {
    environment: value("environment"),
    accessKey: value("accessKey"),
    secretKey: value("secretKey"),
    acceptPurchaseTerms: /^(true|1|yes)$/i.test(value("acceptPurchaseTerms") ?? ""),
    baseUrl: value("baseUrl"),
    tokenUrl: value("tokenUrl"),
    waitTimeMinutes: Number.isFinite(wait) && wait > 0 ? wait : 10,
  };
}

/** The process-wide client for the current configuration, created on first use. */
export function getClient(): MegaportClient {
  const cfg = readConfig();
  if (!cfg.accessKey || !cfg.secretKey) {
    throw new Error(
      "Megaport credentials are not set: set megaport:accessKey and megaport:secretKey (pulumi config set --secret megaport:secretKey …) or MEGAPORT_ACCESS_KEY and MEGAPORT_SECRET_KEY",
    );
  }
  registerSecret(cfg.accessKey);
  registerSecret(cfg.secretKey);
  const key = JSON.stringify([cfg.environment, cfg.accessKey, cfg.secretKey, cfg.baseUrl, cfg.tokenUrl]);
  if (!client || key !== clientKey) {
    client = new MegaportClient({
      accessKey: cfg.accessKey,
      secretKey: cfg.secretKey,
      environment: cfg.environment,
      baseUrl: cfg.baseUrl,
      tokenUrl: cfg.tokenUrl,
      log: (line) => progress.info(line),
    });
    clientKey = key;
  }
  return client;
}
