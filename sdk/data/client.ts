// Data sources run in the program, not in a provider plugin: they read the same megaport:*
// configuration (with the same environment fallbacks) and share one session per process. What each
// asks is declared once, in provider/dataSources/, which the native plugin serves for Invoke too.
import * as pulumi from "@pulumi/pulumi";
import type { z } from "zod";
import { DataSource, argsOf } from "../../provider/dataSources/dataSource";
import type { ProviderSession } from "../../provider/shared/session";
import type { InputOf } from "../resource";

let providerSession: (() => ProviderSession) | undefined;

/**
 * Look-ups run with this session from now on, not the program's settings: inside the native plugin
 * a component's look-ups use the account of the provider building it.
 */
export function lookUpWith(session: () => ProviderSession): void {
  providerSession = session;
}

/**
 * Runs a look-up with the program's session (or the plugin's, see lookUpWith). A failure (a bad
 * setting, wrong credentials, an API error) is a RunError: Pulumi shows its message, with secrets
 * removed, and no stack trace.
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
    return await call(
      providerSession?.() ?? sessionFor(readSettings((key) => pulumi.runtime.getConfig(key))),
    );
  } catch (e) {
    throw new pulumi.RunError(`pulumi-megaport: ${redact(e instanceof Error ? e.message : String(e))}`);
  }
}

/** Arguments that may all be left out are optional. */
type ArgsOf<T> = Record<string, never> extends T ? [args?: T] : [args: T];

/**
 * A data source's Promise form and its Output form (which waits for Input arguments, and whose
 * answer is secret when an argument is).
 */
export function lookUp<A extends z.ZodType, R>(name: string, d: DataSource<A, R>) {
  const get = (...[args]: ArgsOf<z.input<A>>): Promise<R> =>
    fromApi((session) => d.run(session, argsOf(name, d, args)));
  const output = (...[args]: ArgsOf<pulumi.Input<InputOf<z.input<A>>>>): pulumi.Output<R> =>
    pulumi.output((args ?? {}) as pulumi.Input<object>).apply((a) => (get as (a: unknown) => Promise<R>)(a));
  return [get, output] as const;
}
