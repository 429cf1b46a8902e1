// The two doors a Megaport resource is registered through. A program's own resources are dynamic
// resources (pulumi-nodejs:dynamic/megaport:Port) carrying the shim that loads this package's
// provider; inside the native plugin (building a component for a program in another language,
// through Construct) they are the plugin's own types (megaport:index:Port), served by the provider
// the component's caller chose.
import * as pulumi from "@pulumi/pulumi";
import type { ResourceKind } from "../provider/resourceKinds";
import { resourceToken } from "../provider/tokens";
import { shimFor } from "./shim";

let native = false;

/** From now on this process registers the native plugin's types (the plugin, before its first Construct). */
export function registerNatively(): void {
  native = true;
}

const serializedShims = new Map<ResourceKind, pulumi.Output<string>>();

/**
 * The shim as Pulumi's dynamic resources store it: serialized the way `pulumi.dynamic.Resource`
 * does (a closure over a variable named `provider`), so a state written before reads the same.
 */
function serializedShim(kind: ResourceKind): pulumi.Output<string> {
  let text = serializedShims.get(kind);
  if (!text) {
    const provider = shimFor(kind);
    const serialized = pulumi.runtime.serializeFunction(() => provider, { allowSecrets: true });
    serializedShims.set(kind, (text = pulumi.output(serialized.then((f) => f.text))));
  }
  return text;
}

/** The type a resource of `kind` is registered as, and what the door adds to its properties. */
export function registeredAs(kind: ResourceKind): { type: string; props: Record<string, unknown> } {
  if (native) return { type: resourceToken(kind), props: {} };
  return { type: `pulumi-nodejs:dynamic/megaport:${kind}`, props: { __provider: serializedShim(kind) } };
}
