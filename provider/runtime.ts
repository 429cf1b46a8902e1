// The implementation the serialized provider shims load at call time (sdk/shim.ts). Keeping the
// code here, not in the state file, means refresh and delete always run the installed version.
// Its two exports are the contract with every shim already stored in users' states: keep them.
import type * as pulumi from "@pulumi/pulumi";
import { DEFINITIONS } from "./definitions";
import { RESOURCE_KINDS, ResourceKind } from "./resourceKinds";
import { watchEngineOfThisProcess } from "./shared/engineWatch";
import { makeResourceProvider } from "./shared/lifecycle";
import { ProviderSession, sessionFor } from "./shared/session";
import { readSettings } from "./shared/settings";

// This module is loaded only inside a provider plugin: from here on the plugin stops when the
// engine that started it is gone, and sends no order for a run that cannot record it.
watchEngineOfThisProcess();

/**
 * The session the engine configured (configure() runs before any other call of a provider), or the
 * error its settings have: that error is reported by check() at preview, and by any other call.
 */
let configured: (() => ProviderSession) | undefined;

function currentSession(): ProviderSession {
  configured ??= () => sessionFor(readSettings(() => undefined));
  return configured();
}

const providers = Object.fromEntries(
  RESOURCE_KINDS.map((kind) => [kind, makeResourceProvider(DEFINITIONS[kind], currentSession)]),
) as Record<ResourceKind, pulumi.dynamic.ResourceProvider>;

export function resourceProvider(kind: ResourceKind): pulumi.dynamic.ResourceProvider {
  const p = providers[kind];
  if (!p)
    throw new Error(
      `pulumi-megaport: unknown resource kind ${kind}; is the installed package older than the program's state?`,
    );
  return p;
}

/** Called from the dynamic provider's configure(): the stack's megaport:* config, secrets unwrapped. */
export function configure(config: { get(key: string): string | undefined }): void {
  try {
    const session = sessionFor(readSettings((key) => config.get(key)));
    configured = () => session;
  } catch (e) {
    configured = () => {
      throw e;
    };
  }
}
