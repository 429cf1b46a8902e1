// Data sources run in the program, not in the provider plugin: they read the same megaport:*
// configuration (with the same environment fallbacks) and share one session per process.
import * as pulumi from "@pulumi/pulumi";
import type { ProviderSession } from "../../provider/shared/session";

/**
 * Runs a look-up with the program's session. A failure (a bad setting, wrong credentials, an API
 * error) is a RunError: Pulumi shows its message, with secrets removed, and no stack trace.
 */
export async function fromApi<T>(call: (session: ProviderSession) => Promise<T>): Promise<T> {
  // Loaded here, not at import, so importing the SDK stays cheap.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { sessionFor } =
    require("../../provider/shared/session") as typeof import("../../provider/shared/session");
  const { readSettings } =
    require("../../provider/shared/settings") as typeof import("../../provider/shared/settings");
  const { redact } = require("../../provider/client/errors") as typeof import("../../provider/client/errors");
  /* eslint-enable @typescript-eslint/no-require-imports */
  try {
    return await call(sessionFor(readSettings((key) => pulumi.runtime.getConfig(key))));
  } catch (e) {
    throw new pulumi.RunError(`pulumi-megaport: ${redact(e instanceof Error ? e.message : String(e))}`);
  }
}
