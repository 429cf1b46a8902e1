// The provider's settings: the stack's megaport:* configuration, each with an environment-variable
// fallback, checked once so that a wrong value stops the preview with a message naming the setting
// (an unknown environment is never quietly taken for staging, a bad wait time never for 10 minutes).
import { z } from "zod";
import { ENVIRONMENTS, MegaportEnvironment, DEFAULT_ENVIRONMENT } from "../client/environments";

/** Each setting (as `megaport:<name>`) and the environment variable it falls back to. */
export const SETTING_ENV = {
  environment: "MEGAPORT_ENVIRONMENT",
  accessKey: "MEGAPORT_ACCESS_KEY",
  secretKey: "MEGAPORT_SECRET_KEY",
  acceptPurchaseTerms: "MEGAPORT_ACCEPT_PURCHASE_TERMS",
  baseUrl: "MEGAPORT_BASE_URL",
  tokenUrl: "MEGAPORT_TOKEN_URL",
  waitTimeMinutes: "MEGAPORT_WAIT_TIME_MINUTES",
  pollIntervalSeconds: "MEGAPORT_POLL_INTERVAL_SECONDS",
  managedAccountUid: "MEGAPORT_MANAGED_ACCOUNT_UID",
} as const;
export type SettingName = keyof typeof SETTING_ENV;

/** The settings that are secrets: kept secret wherever they are inputs (an explicit provider's). */
export const SECRET_SETTINGS: readonly SettingName[] = ["accessKey", "secretKey"];

const url = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });
const yesNo = z
  .string()
  .regex(/^(true|false|1|0|yes|no)$/i, "must be true or false")
  .transform((v) => /^(true|1|yes)$/i.test(v));

const Settings = z.object({
  environment: z
    .enum(Object.keys(ENVIRONMENTS) as [MegaportEnvironment, ...MegaportEnvironment[]], {
      error: (iss) => `must be one of ${Object.keys(ENVIRONMENTS).join(", ")}; got "${String(iss.input)}"`,
    })
    .default(DEFAULT_ENVIRONMENT),
  accessKey: z.string().optional(),
  secretKey: z.string().optional(),
  acceptPurchaseTerms: yesNo.default(false),
  baseUrl: url.optional(),
  tokenUrl: url.optional(),
  waitTimeMinutes: z
    .string()
    .regex(/^\d+(\.\d+)?$/, "must be a number of minutes, e.g. 10")
    .transform(Number)
    .refine((n) => n > 0, "must be more than 0 minutes")
    .default(10),
  // How often the watcher looks at the products being waited for (one request per look).
  pollIntervalSeconds: z
    .string()
    .regex(/^\d+(\.\d+)?$/, "must be a number of seconds, e.g. 2")
    .transform(Number)
    .refine((n) => n >= 0.1 && n <= 60, "must be between 0.1 and 60 seconds")
    .default(2),
  // A partner acting for a customer's account (Terraform's managed_account_uid): every request
  // carries it in X-Call-Context, so products are ordered, read and cancelled in that account.
  managedAccountUid: z
    .string()
    .regex(/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i, "must be a company UID, e.g. 0f1e2d3c-…")
    .optional(),
});
export type ProviderSettings = z.infer<typeof Settings>;

export class SettingsError extends Error {}

/**
 * The settings from `get` (e.g. Pulumi config, keys `megaport:<name>`), falling back to the
 * environment; empty values count as unset. Throws one error naming every bad setting.
 */
export function readSettings(
  get: (key: string) => string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): ProviderSettings {
  const raw: Record<string, string> = {};
  const problems: string[] = [];
  for (const [name, variable] of Object.entries(SETTING_ENV)) {
    const configured = get(`megaport:${name}`);
    // An address set to "" in the stack is a mistake, not a wish for Megaport's own: taking the
    // default there would send the credentials somewhere the program did not name.
    if (configured === "" && (name === "baseUrl" || name === "tokenUrl"))
      problems.push(
        `megaport:${name} is set but empty: give a URL, or remove it (pulumi config rm megaport:${name})`,
      );
    const v = configured || env[variable];
    if (v) raw[name] = v;
  }
  const parsed = Settings.safeParse(raw);
  if (parsed.success && problems.length === 0) return parsed.data;
  for (const i of parsed.error?.issues ?? []) {
    const name = String(i.path[0]) as SettingName;
    problems.push(`megaport:${name} (or ${SETTING_ENV[name]}) ${i.message}`);
  }
  throw new SettingsError(`pulumi-megaport configuration: ${problems.join("; ")}`);
}
