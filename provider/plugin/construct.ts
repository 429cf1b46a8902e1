// Construct: a component (sdk/components) built inside the plugin for a program in any language.
// The steps are those of Pulumi's own Node.js provider server (@pulumi/pulumi provider/server.js,
// whose Server class is not exported): point Pulumi's runtime at the caller's engine and resource
// monitor, turn the request's inputs into values, run the component's constructor — its resources
// register with the caller's monitor as this plugin's own types (megaport:index:Port) — and answer
// its URN and outputs. The few runtime internals it needs are named in `internals` below.
import * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import { COMPONENTS } from "../../sdk/components";
import type { ComponentSpec } from "../../sdk/components/component";
import { lookUpWith } from "../../sdk/data/client";
import { RESOURCE_CLASSES } from "../../sdk/resourceClasses";
import { registerNatively } from "../../sdk/registration";
import type { ProviderSession } from "../shared/session";
import { refuseInvalid } from "../shared/inputChecks";
import { UNKNOWN } from "../shared/unknowns";
import { componentOfToken, kindOfToken, PACKAGE } from "../tokens";

/* eslint-disable @typescript-eslint/no-require-imports -- runtime internals, see above */
const internals = {
  /** Each construct's runtime settings apart, as Pulumi's server keeps them. */
  withLocalStorage: require("@pulumi/pulumi/runtime/state").withLocalStorage as <T>(
    f: () => Promise<T>,
  ) => Promise<T>,
  /** Which monitor features (resource references, output values) the caller's engine has. */
  awaitFeatureSupport: require("@pulumi/pulumi/runtime/settings").awaitFeatureSupport as () => Promise<void>,
  /** Every registration the component started has been sent. */
  waitForRPCs: require("@pulumi/pulumi/runtime/settings").waitForRPCs as () => Promise<void>,
  /** The request's inputs as values and Outputs (secrets, unknowns and dependencies kept). */
  deserializeInputs: require("@pulumi/pulumi/provider/server").deserializeInputs as (
    inputs: unknown,
    dependencies: unknown,
  ) => Promise<Record<string, unknown>>,
};
/* eslint-enable @typescript-eslint/no-require-imports */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the generated request class
type ConstructRequest = any;

export interface Constructed {
  urn: string;
  state: Record<string, unknown>;
  stateDependencies: Map<string, string[]>;
}

let prepared = false;
/** How each construct under way is failed by an error nothing awaited (see prepare). */
const underWay = new Set<(e: unknown) => void>();

/**
 * Once per process: resources register as the plugin's own types, a component's look-ups use this
 * provider's account, and a resource passed in (a Port as an A-end) comes back as its class.
 */
function prepare(session: () => ProviderSession, version: string): void {
  if (prepared) return;
  prepared = true;
  // A component's resources register in the background: a registration the engine refuses, or
  // an input that fails (a pair refused as not diverse), rejects where nothing awaits it. As in
  // Pulumi's own server, that ends every construct under way with the error, and the plugin lives on.
  const fail = (e: unknown) => {
    if (underWay.size === 0)
      process.stderr.write(`pulumi-megaport: ${e instanceof Error ? e.message : String(e)}\n`);
    for (const f of underWay) f(e);
  };
  process.on("unhandledRejection", fail);
  process.on("uncaughtException", fail);
  registerNatively();
  lookUpWith(session);
  pulumi.runtime.registerResourceModule(PACKAGE, "index", {
    version,
    construct: (name, type, urn) => {
      const kind = kindOfToken(type);
      if (!kind) throw new Error(`pulumi-megaport: ${type} is not a resource of this package`);
      return new RESOURCE_CLASSES[kind](name, undefined, { urn });
    },
  });
}

/** What an Output knows of itself (Pulumi's Output has these; its public type does not say). */
type OutputState = { isKnown: Promise<boolean>; isSecret: Promise<boolean>; promise(): Promise<unknown> };

/** Each leaf of a value as a secret Output (a key inside a list stays a key; Outputs and resources stay as they are). */
function secretLeaves(v: unknown): unknown {
  if (pulumi.Output.isInstance(v) || pulumi.Resource.isInstance(v)) return v;
  if (Array.isArray(v)) return v.map(secretLeaves);
  if (v !== null && typeof v === "object")
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, secretLeaves(x)]));
  return pulumi.secret(v);
}

/**
 * A value with its Outputs resolved where known: resources stay as they are; an unknown value (a
 * preview's) becomes Pulumi's unknown marker in `checked` and stays an Output in `given`; with
 * `keepSecrets`, a secret's leaves stay secret Outputs in `given` (an argument TypeScript takes as
 * an Input, such as a key).
 */
async function settle(v: unknown, keepSecrets: boolean): Promise<{ checked: unknown; given: unknown }> {
  if (pulumi.Output.isInstance(v)) {
    const o = v as unknown as OutputState;
    if (!(await o.isKnown)) return { checked: UNKNOWN, given: v };
    const inner = await settle(await o.promise(), keepSecrets);
    return keepSecrets && (await o.isSecret) ? { ...inner, given: secretLeaves(inner.given) } : inner;
  }
  if (pulumi.Resource.isInstance(v) || v === null || typeof v !== "object") return { checked: v, given: v };
  const entries = await Promise.all(
    Object.entries(v).map(async ([k, x]) => [k, await settle(x, keepSecrets)] as const),
  );
  const pick = (which: "checked" | "given") => {
    const values = entries.map(([k, x]) => [k, x[which]] as const);
    return Array.isArray(v) ? values.map(([, x]) => x) : Object.fromEntries(values);
  };
  return { checked: pick("checked"), given: pick("given") };
}

/** The number of members of an argument that is a tuple (two keys, two ends), or undefined. */
function tupleLength(spec: ComponentSpec, key: string): number | undefined {
  let s = (spec.args as unknown as { shape?: Record<string, z.ZodType> }).shape?.[key];
  while (s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
  return s instanceof z.ZodTuple ? s.def.items.length : undefined;
}

/**
 * The component's arguments, checked as a resource's inputs are (one failure per argument). An
 * argument TypeScript takes as an Input (a key) may be unknown, a tuple of them member by member;
 * any other must be known to build the component, so a preview that does not know it yet says so.
 */
async function argsOf(label: string, spec: ComponentSpec, inputs: Record<string, unknown>) {
  const checked: Record<string, unknown> = {};
  const given: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(inputs)) {
    const isInput = spec.inputArgs.includes(k);
    const s = await settle(v, isInput);
    checked[k] = s.checked;
    given[k] = s.given;
    if (s.checked !== UNKNOWN) continue;
    if (!isInput)
      throw new Error(
        `${label}: ${k} must be known to build the component; it comes from a resource not created yet`,
      );
    const n = tupleLength(spec, k);
    if (n !== undefined)
      given[k] = Array.from({ length: n }, (_, i) => (v as pulumi.Output<unknown[]>).apply((a) => a[i]));
  }
  refuseInvalid(label, spec.args, checked, spec.secretArgs);
  return given;
}

/** Builds the component a ConstructRequest names, and answers its URN and outputs. */
export function construct(
  req: ConstructRequest,
  engineAddress: string | undefined,
  session: () => ProviderSession,
  version: string,
): Promise<Constructed> {
  let failWith: (e: unknown) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => (failWith = reject));
  underWay.add(failWith);
  const building = internals.withLocalStorage(async () => {
    const type: string = req.getType();
    const name: string = req.getName();
    const component = componentOfToken(type) ?? "";
    const spec = COMPONENTS[component];
    if (!spec) throw new Error(`pulumi-megaport: ${type} is not a component of this package`);
    if (!engineAddress) throw new Error("pulumi-megaport: the engine did not say its address");
    prepare(session, version);
    pulumi.runtime.resetOptions(
      req.getProject(),
      req.getStack(),
      req.getParallel(),
      engineAddress,
      req.getMonitorendpoint(),
      req.getDryrun(),
      req.getOrganization(),
    );
    await internals.awaitFeatureSupport();
    pulumi.runtime.setAllConfig(
      Object.fromEntries(req.getConfigMap().entries()),
      req.getConfigsecretkeysList(),
    );
    const inputs = await internals.deserializeInputs(req.getInputs(), req.getInputdependenciesMap());
    const label = `${component} "${name}"`;
    const args = await argsOf(label, spec, inputs);

    const providers: Record<string, pulumi.ProviderResource> = {};
    for (const [pkg, ref] of req.getProvidersMap().entries())
      providers[pkg] = new pulumi.DependencyProviderResource(ref as string);
    const opts: pulumi.ComponentResourceOptions = {
      parent: req.getParent() ? new pulumi.DependencyResource(req.getParent()) : undefined,
      dependsOn: (req.getDependenciesList() as string[]).map((urn) => new pulumi.DependencyResource(urn)),
      providers,
      protect: req.getProtect(),
      aliases: (req.getAliasesList() as Array<{ hasUrn(): boolean; getUrn(): string }>)
        .filter((a) => a.hasUrn())
        .map((a) => a.getUrn()),
      retainOnDelete: req.getRetainondelete(),
    };
    const built = spec.build(name, args, opts) as pulumi.ComponentResource & Record<string, unknown>;
    const outputs = Object.fromEntries(Object.keys(spec.outputs).map((k) => [k, built[k]]));
    const [state, dependencies] = await pulumi.runtime.serializeResourceProperties(
      `construct(${type}, ${name})`,
      outputs,
    );
    const stateDependencies = new Map<string, string[]>();
    for (const [k, resources] of dependencies)
      stateDependencies.set(k, await Promise.all([...resources].map((r) => urnOf(r))));
    const urn = await urnOf(built);
    await internals.waitForRPCs();
    return { urn, state, stateDependencies };
  });
  return Promise.race([building, failed]).finally(() => underWay.delete(failWith));
}

const urnOf = (r: pulumi.Resource) => (r.urn as unknown as OutputState).promise() as Promise<string>;
