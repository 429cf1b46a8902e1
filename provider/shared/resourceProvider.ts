// The lifecycle every resource shares: check with zod, an exact diff, create that records the id
// before waiting, read that reports drift and disappearance, update, delete. Each resource folder
// supplies only what is specific to it (its schema, its order, its PUT, its read-back).
import type * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import { MegaportClient, isNotFound, redact } from "../client";
import { CheckFailure, checkInputs } from "./checks";
import { containsUnknown } from "./facts";
import { getClient, readConfig } from "./config";
import { WaitOptions } from "./provisioning";

export type Inputs = Record<string, unknown>;
export type Outputs = Record<string, unknown>;

export interface LifecycleContext {
  client: MegaportClient;
  /** e.g. `Port "sydney-1"`: how messages name the resource. */
  label: string;
  wait: WaitOptions;
}

export interface ResourceDefinition<A extends Inputs> {
  /** Megaport's name for the product type, used in messages ("Port", "VXC"). */
  kind: string;
  schema: z.ZodType<A>;
  /** Inputs whose change orders a new product. */
  replaceOn: ReadonlyArray<keyof A & string>;
  /** Inputs that only matter at create (e.g. adoptProductUid) and never cause a diff. */
  createOnly?: ReadonlyArray<keyof A & string>;
  /** Replacements that depend on the values, not just the key (e.g. a VXC's cloud configuration). */
  extraReplaces?(olds: Outputs, news: Inputs): string[];
  /** Checks that need the API (e.g. what a location offers); run only when the inputs are valid and known. */
  extraChecks?(args: A): Promise<CheckFailure[]>;
  /** Buys (or adopts) the product and returns its id as soon as it is known. */
  create(ctx: LifecycleContext, args: A): Promise<{ id: string; outs: Outputs }>;
  /** Waits for a just-created product and returns its outputs. */
  awaitCreated(ctx: LifecycleContext, id: string, args: A, outs: Outputs): Promise<Outputs>;
  /** The product as the API has it now, or undefined when it is gone. */
  read(ctx: LifecycleContext, id: string, olds: Outputs): Promise<{ outs: Outputs; inputs: A } | undefined>;
  update(ctx: LifecycleContext, id: string, olds: Outputs, news: A, changed: string[]): Promise<Outputs>;
  delete(ctx: LifecycleContext, id: string, olds: Outputs): Promise<void>;
}

/** Stable JSON for comparing input values: key order and undefined members do not matter. */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v !== null && typeof v === "object") {
    const entries = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(",")}}`;
  }
  return JSON.stringify(v ?? null);
}

/** Drops undefined members at any depth: the engine's protobuf Struct cannot carry them. */
export function withoutUndefined<T>(v: T): T {
  if (Array.isArray(v)) return v.map(withoutUndefined) as T;
  if (v !== null && typeof v === "object") {
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>)
        .filter(([, x]) => x !== undefined)
        .map(([k, x]) => [k, withoutUndefined(x)]),
    ) as T;
  }
  return v;
}

/** The input keys whose values differ between the stored state and the program. */
export function changedInputs(
  schemaKeys: string[],
  olds: Outputs,
  news: Inputs,
  createOnly: readonly string[] = [],
): string[] {
  return schemaKeys.filter((k) => !createOnly.includes(k) && canonical(olds[k]) !== canonical(news[k]));
}

function schemaKeys(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  if (shape) return Object.keys(shape);
  const inner = (schema as unknown as { _zod: { def: { in?: z.ZodType; schema?: z.ZodType } } })._zod.def;
  if (inner.in) return schemaKeys(inner.in);
  if (inner.schema) return schemaKeys(inner.schema);
  throw new Error("resource schema must be an object schema");
}

function context(kind: string, inputs: Inputs): LifecycleContext {
  const name =
    typeof inputs.productName === "string"
      ? inputs.productName
      : typeof inputs.description === "string"
        ? inputs.description
        : "";
  return {
    client: getClient(),
    label: name ? `${kind} "${name}"` : kind,
    wait: { timeoutMs: readConfig().waitTimeMinutes * 60_000 },
  };
}

/** An error for people: which resource, which call, what Megaport said; secrets removed. */
function describe(label: string, action: string, e: unknown): Error {
  const message = e instanceof Error ? e.message : String(e);
  const prefixed = message.startsWith(label) ? message : `${label}: ${action} failed: ${message}`;
  return new Error(redact(prefixed));
}

/** A partially created resource: the id is kept in state so the product is never orphaned. */
class ResourceInitError extends Error {
  constructor(
    message: string,
    readonly id: string,
    readonly properties: Outputs,
    readonly reasons: string[],
  ) {
    super(message);
  }
}

export function makeResourceProvider<A extends Inputs>(
  def: ResourceDefinition<A>,
): pulumi.dynamic.ResourceProvider {
  const keys = schemaKeys(def.schema);
  return {
    async check(_olds: Inputs, news: Inputs) {
      const checked = checkInputs(def.schema, news);
      if (checked.failures.length > 0 || !def.extraChecks || containsUnknown(checked.inputs)) return checked;
      return { inputs: checked.inputs, failures: await def.extraChecks(checked.inputs as A) };
    },

    async diff(_id: string, olds: Outputs, news: Inputs) {
      const changed = changedInputs(keys, olds, news, def.createOnly);
      // A new version of this package (a different __provider) alone is not a change: the shim in state
      // loads the installed implementation at call time.
      const replaces = changed.filter((k) => (def.replaceOn as readonly string[]).includes(k));
      for (const k of def.extraReplaces?.(olds, news) ?? []) if (!replaces.includes(k)) replaces.push(k);
      return { changes: changed.length > 0, replaces, deleteBeforeReplace: false };
    },

    async create(inputs: Inputs) {
      const args = inputs as A;
      const ctx = context(def.kind, inputs);
      let created: { id: string; outs: Outputs };
      try {
        created = await def.create(ctx, args);
      } catch (e) {
        throw describe(ctx.label, "create", e);
      }
      try {
        const outs = await def.awaitCreated(ctx, created.id, args, created.outs);
        return { id: created.id, outs: withoutUndefined(outs) };
      } catch (e) {
        const reason = describe(ctx.label, "waiting for provisioning", e).message;
        // Keep the id in state (Pulumi records the resource as partially created), so the next
        // `pulumi up` resumes instead of ordering again.
        throw new ResourceInitError(
          reason,
          created.id,
          { ...inputs, ...created.outs, productUid: created.id },
          [reason],
        );
      }
    },

    async read(id: string, props?: Outputs) {
      const olds = props ?? {};
      const ctx = context(def.kind, olds);
      let current: Awaited<ReturnType<typeof def.read>>;
      try {
        current = await def.read(ctx, id, olds);
      } catch (e) {
        if (isNotFound(e)) current = undefined;
        else throw describe(ctx.label, "read", e);
      }
      // An empty id tells the engine the resource is gone, so the next `up` creates it again.
      if (!current) return { id: "", props: {} };
      return {
        id,
        props: withoutUndefined(current.outs),
        inputs: withoutUndefined(current.inputs as unknown as Outputs),
      };
    },

    async update(id: string, olds: Outputs, news: Inputs) {
      const ctx = context(def.kind, news);
      const changed = changedInputs(keys, olds, news, def.createOnly);
      try {
        const outs = await def.update(ctx, id, olds, news as A, changed);
        return { outs: withoutUndefined(outs) };
      } catch (e) {
        throw describe(ctx.label, "update", e);
      }
    },

    async delete(id: string, props: Outputs) {
      const ctx = context(def.kind, props);
      try {
        await def.delete(ctx, id, props);
      } catch (e) {
        if (isNotFound(e)) return;
        throw describe(ctx.label, "delete", e);
      }
    },
  };
}
