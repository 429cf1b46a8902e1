// The provider each resource stores in its state. It is a tiny shim: it names the resource kind and
// loads the installed package's implementation at call time, so the state stays small, holds no
// credentials or sockets, and refresh/delete run current code rather than the code that created
// the resource (a dynamic provider's read and delete run whatever provider the state holds).
import type * as pulumi from "@pulumi/pulumi";
import type { ResourceKind } from "../provider/resourceKinds";

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

const shims = new Map<ResourceKind, pulumi.dynamic.ResourceProvider>();

/** One shim per kind: Pulumi caches serialized providers per object, so each is serialized once. */
export function shimFor(kind: ResourceKind): pulumi.dynamic.ResourceProvider {
  let s = shims.get(kind);
  if (!s) {
    s = makeShim(kind);
    shims.set(kind, s);
  }
  return s;
}
