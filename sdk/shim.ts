// The provider each resource stores in its state. It is a tiny shim: it names the resource kind and
// loads the installed package's implementation at call time, so the state stays small, holds no
// credentials or sockets, and refresh/delete run current code (pulumi-notes.md §1.3, §1.5).
import type * as pulumi from "@pulumi/pulumi";

export type ResourceKind = "Port" | "Mcr" | "Vxc" | "Ix" | "ServiceKey";

type Runtime = {
  resourceProvider(kind: ResourceKind): Required<pulumi.dynamic.ResourceProvider>;
  configure(config: { get(key: string): string | undefined }): void;
};

function makeShim(kind: ResourceKind): pulumi.dynamic.ResourceProvider {
  // Resolved from the program's folder by the plugin, as `pulumi-megaport` is in a user's project.
  const runtime = (): Runtime => require("pulumi-megaport/provider-runtime");
  return {
    configure: async (req) => runtime().configure(req.config),
    check: (olds, news) => runtime().resourceProvider(kind).check(olds, news),
    diff: (id, olds, news) => runtime().resourceProvider(kind).diff(id, olds, news),
    create: (inputs) => runtime().resourceProvider(kind).create(inputs),
    read: (id, props) => runtime().resourceProvider(kind).read(id, props),
    update: (id, olds, news) => runtime().resourceProvider(kind).update(id, olds, news),
    delete: (id, props) => runtime().resourceProvider(kind).delete(id, props),
  };
}

/** One shim per kind: Pulumi caches serialized providers per object, so they are serialized once. */
export const shims: Record<ResourceKind, pulumi.dynamic.ResourceProvider> = {
  Port: makeShim("Port"),
  Mcr: makeShim("Mcr"),
  Vxc: makeShim("Vxc"),
  Ix: makeShim("Ix"),
  ServiceKey: makeShim("ServiceKey"),
};
