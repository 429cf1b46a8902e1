// Drives a resource's provider the way the engine's dynamic-provider plugin does: the shim is
// serialized with Pulumi's closure serializer, loaded back from its text with require-from-string,
// configured with the stack's megaport:* values, then called method by method.
import * as pulumi from "@pulumi/pulumi";
import type { ResourceKind } from "../../provider/resourceKinds";
import { shimFor } from "../../sdk/shim";
import { orderMarker } from "../../provider/shared/orderMarker";
import { TestEmulator, buyMcr, buyPort, clientFor, untilLive, withEmulator } from "./emulator";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const requireFromString = require("require-from-string") as (code: string) => {
  handler: () => pulumi.dynamic.ResourceProvider;
};

/** A resource's provider as the engine's plugin holds it. */
export type Provider = Required<pulumi.dynamic.ResourceProvider>;

export interface SerializedProvider {
  provider: Required<pulumi.dynamic.ResourceProvider>;
  /** Bytes of provider text stored in each resource's state. */
  bytes: number;
  containsSecrets: boolean;
}

export async function serializedProvider(
  kind: ResourceKind,
  config: Record<string, string>,
): Promise<SerializedProvider> {
  // Exactly what pulumi.dynamic.Resource serializes: a function returning the provider object.
  const shim = shimFor(kind);
  const sf = await pulumi.runtime.serializeFunction(() => shim, { allowSecrets: true });
  const provider = requireFromString(sf.text).handler() as Required<pulumi.dynamic.ResourceProvider>;
  await provider.configure({ config: { get: (k: string) => config[k], require: (k: string) => config[k] } });
  return { provider, bytes: Buffer.byteLength(sf.text), containsSecrets: sf.containsSecrets };
}

/** The serialized providers of several kinds, configured alike, in the order given. */
export function serializedProviders(
  kinds: readonly ResourceKind[],
  config: Record<string, string>,
): Promise<Array<Required<pulumi.dynamic.ResourceProvider>>> {
  return Promise.all(kinds.map(async (k) => (await serializedProvider(k, config)).provider));
}

/**
 * A fresh emulator and the serialized providers of `kinds` on it, in the order given, configured as
 * a stack pointed at it: `beforeAll(async () => ([emu, vxc] = await onEmulator("Vxc")))`.
 */
export async function onEmulator(...kinds: ResourceKind[]): Promise<[TestEmulator, ...Provider[]]> {
  const emu = await withEmulator();
  return [emu, ...(await serializedProviders(kinds, emulatorStackConfig(emu)))];
}

/** A live port and a live MCR of the account, for the resources that need ends. */
export async function livePortAndMcr(emu: TestEmulator): Promise<{ port: string; mcr: string }> {
  const client = clientFor(emu);
  const ends = { port: await buyPort(client), mcr: await buyMcr(client) };
  await untilLive();
  return ends;
}

export function emulatorStackConfig(
  emu: TestEmulator,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    "megaport:baseUrl": emu.url,
    "megaport:tokenUrl": emu.tokenUrl,
    "megaport:accessKey": emu.credentials.accessKey,
    "megaport:secretKey": emu.credentials.secretKey,
    "megaport:acceptPurchaseTerms": "true",
    // The emulator's fast timings move in 100 ms steps; the default 2 s interval is held to its
    // targets by the watcher's own tests and the benchmark.
    "megaport:pollIntervalSeconds": "0.25",
    ...extra,
  };
}

/** check, then create, as the engine does for a new resource; fails the test on check failures. */
export async function checkAndCreate(p: pulumi.dynamic.ResourceProvider, inputs: Record<string, unknown>) {
  const checked = await p.check!({}, inputs);
  if (checked.failures?.length)
    throw new Error(`check failed: ${checked.failures.map((f) => f.reason).join("; ")}`);
  const created = await p.create(checked.inputs as Record<string, unknown>);
  return {
    inputs: checked.inputs as Record<string, unknown>,
    id: created.id,
    outs: created.outs as Record<string, unknown>,
  };
}

/** The order marker the SDK gives a resource of this kind and name in a stack "test" of project "tests". */
export function markerFor(kind: ResourceKind, name: string, stack = "test"): string {
  return orderMarker({
    organization: "organization",
    project: "tests",
    stack,
    type: `megaport:${kind}`,
    name,
  });
}

/** What the SDK tags an order with beside its marker: the stack "organization/tests/<stack>". */
export const stackFor = (stack = "test") => `organization/tests/${stack}`;

/** A 100 Mbps private VXC's args from `aEnd` to `bEndUid`, with the order marker the SDK would add. */
export function privateVxcArgs(name: string, aEnd: { productUid: string; vlan: number }, bEndUid: string) {
  return {
    productName: name,
    rateLimit: 100,
    contractTermMonths: 1,
    aEnd,
    bEnd: { productUid: bEndUid },
    orderMarker: markerFor("Vxc", name),
  };
}
