// Megaport's environments, as megaportgo's client.go names them. Staging is the default, as in the
// Terraform provider, so that nothing is bought in production by accident.

export type MegaportEnvironment = "production" | "staging" | "development";

export const ENVIRONMENTS: Record<MegaportEnvironment, { baseUrl: string; tokenUrl: string }> = {
  production: { baseUrl: "https://api.megaport.com", tokenUrl: "https://auth-m2m.megaport.com/oauth2/token" },
  staging: {
    baseUrl: "https://api-staging.megaport.com",
    tokenUrl: "https://auth-m2m-staging.megaport.com/oauth2/token",
  },
  development: {
    baseUrl: "https://api-mpone-dev.megaport.com",
    tokenUrl: "https://auth-m2m-mpone-dev.megaport.com/oauth2/token",
  },
};

export const DEFAULT_ENVIRONMENT: MegaportEnvironment = "staging";

export function isEnvironment(v: string): v is MegaportEnvironment {
  return v === "production" || v === "staging" || v === "development";
}

/** API and token URLs for an environment, with explicit overrides (emulator, proxies) winning. */
export function resolveEndpoints(opts: { environment?: string; baseUrl?: string; tokenUrl?: string }): {
  baseUrl: string;
  tokenUrl: string;
} {
  const env = opts.environment ?? DEFAULT_ENVIRONMENT;
  if (!isEnvironment(env))
    throw new Error(`Unknown Megaport environment "${env}": use production, staging or development`);
  const base = ENVIRONMENTS[env];
  return {
    baseUrl: (opts.baseUrl ?? base.baseUrl).replace(/\/+$/, ""),
    tokenUrl:
      opts.tokenUrl ?? (opts.baseUrl ? `${opts.baseUrl.replace(/\/+$/, "")}/oauth2/token` : base.tokenUrl),
  };
}
