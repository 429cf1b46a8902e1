// The implementation the serialized provider shims load at call time (sdk/shim.ts). Keeping the
// code here, not in the state file, means refresh and delete always run the installed version.
import type * as pulumi from "@pulumi/pulumi";
import { ixDefinition } from "./ix/ix";
import { mcrDefinition } from "./mcr/mcr";
import { portDefinition } from "./port/port";
import { configureFrom } from "./shared/config";
import { makeResourceProvider } from "./shared/resourceProvider";
import { serviceKeyDefinition } from "./serviceKey/serviceKey";
import { vxcDefinition } from "./vxc/vxc";

export type ResourceKind = "Port" | "Mcr" | "Vxc" | "Ix" | "ServiceKey";

const providers: Record<ResourceKind, pulumi.dynamic.ResourceProvider> = {
  Port: makeResourceProvider(portDefinition),
  Mcr: makeResourceProvider(mcrDefinition),
  Vxc: makeResourceProvider(vxcDefinition),
  Ix: makeResourceProvider(ixDefinition),
  ServiceKey: makeResourceProvider(serviceKeyDefinition),
};

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
  configureFrom((key) => config.get(key));
}
