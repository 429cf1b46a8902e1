// The lifecycle every resource shares: check with zod (then with the API), an exact diff from the
// schema's field rules, create that records the id before waiting, read that reports drift and
// disappearance, update, delete. A resource supplies a ResourceDefinition; products get theirs
// from a declarative ProductDefinition (productResource.ts).
import type * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import { MegaportApiError, MegaportClient, isNotFound, redact } from "../client";
import { CheckFailure, checkInputs, failuresForEngine } from "./inputChecks";
import { priceInState } from "./money";
import { quoteNewProduct, quoteReplacedProduct, quoteRepricedProduct } from "./priceQuote";
import type { PriceRequest } from "../client/prices";
import { containsUnknown } from "./unknowns";
import { fieldRules } from "./fields";
import { progress } from "./progress";
import type { ProductRoute } from "./watcher";
import { CredentialsMissingError, ProviderSession } from "./session";
import { SettingsError } from "./settings";

export type Inputs = Record<string, unknown>;
export type Outputs = Record<string, unknown>;

/** How long a call waits for Megaport, and how. */
export interface WaitOptions {
  timeoutMs: number;
  /** How loops of our own (looking for an order after a lost answer) sleep; tests shorten it. */
  sleep?: (ms: number) => Promise<void>;
  /** Read the product on its own route while waiting (a NAT gateway's). */
  via?: ProductRoute;
}

/** What every lifecycle call receives: the session (settings, client) and how to name the resource. */
export interface LifecycleContext {
  session: ProviderSession;
  client: MegaportClient;
  /** e.g. `Port "sydney-1"`: how messages name the resource. */
  label: string;
  wait: WaitOptions;
}

export interface DiffDecision {
  /** Reasons to change the resource although no input changed (e.g. a wait to resume). */
  changes?: boolean;
  replaces?: string[];
}

export interface ResourceDefinition<A extends Inputs> {
  /** How messages name this kind of resource ("Port", "VXC"). */
  label: string;
  /** The inputs, with each field's rules (fields.ts). */
  args: z.ZodType<A>;
  /**
   * Inputs renamed since an earlier version, old name → new: a program or a state that uses the old
   * name keeps working (the state takes the new name at its next update or refresh).
   */
  renamedInputs?: Readonly<Record<string, string>>;
  /** Checks that need the API; run when the inputs are valid and known. */
  checkWithApi?(ctx: LifecycleContext, args: A, olds: Inputs): Promise<CheckFailure[]>;
  /**
   * What the price book is asked for a new product of these inputs (preview says its price), or
   * nothing where its price needs what is not known yet; `count` multiplies it (a LAG's ports).
   */
  priceRequest?(
    ctx: LifecycleContext,
    args: A,
  ): Promise<{ request: PriceRequest; count?: number } | undefined>;
  /** What the stored state alone asks of the diff: replacements that depend on values, a status to act on. */
  diffState?(olds: Outputs, news: Inputs): DiffDecision;
  /** Buys (or adopts) the product and returns its id as soon as it is known. */
  create(ctx: LifecycleContext, args: A): Promise<{ id: string; outs: Outputs }>;
  /** Waits for a just-created product and returns its outputs. */
  awaitCreated(ctx: LifecycleContext, id: string, args: A, outs: Outputs): Promise<Outputs>;
  /** The resource as the API has it now, or undefined when it is gone. */
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

/**
 * An error for people, printed without a stack trace: Pulumi's dynamic-provider host writes
 * `${error}: ${error.stack}` of a failed call to the CLI's output before the engine reports the
 * message, so both hold only what a person needs. The cause keeps the trace for debugging.
 */
class ResourceError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.stack = message;
  }

  override toString(): string {
    return "pulumi-megaport";
  }
}

/** Which resource, which call, what Megaport said; secrets removed. */
function describe(label: string, action: string, e: unknown): Error {
  const message = e instanceof Error ? e.message : String(e);
  const prefixed = message.startsWith(label) ? message : `${label}: ${action} failed: ${message}`;
  return new ResourceError(redact(prefixed), e);
}

/**
 * Why the provider's settings cannot reach Megaport, named after the setting to change: a bad or
 * missing setting, credentials Megaport refuses, or a token URL that does not answer.
 */
function settingsFailure(e: unknown): CheckFailure {
  const message = redact((e as Error).message);
  if (e instanceof SettingsError) return { property: "megaport", reason: message };
  // The token endpoint answers refused credentials with 400 invalid_client (OAuth 2) or 401.
  const refused = MegaportApiError.isInstance(e) && [400, 401, 403].includes(e.status ?? 0);
  if (e instanceof CredentialsMissingError) return { property: "megaport:accessKey", reason: message };
  if (refused)
    return {
      property: "megaport:accessKey",
      reason: `megaport:accessKey and megaport:secretKey: ${message}`,
    };
  return {
    property: "megaport:tokenUrl",
    reason: `megaport:tokenUrl (or the environment's token URL): no access token could be had: ${message}`,
  };
}

/** A partially created resource: the id is kept in state so the product is never orphaned. */
export class ResourceInitError extends ResourceError {
  constructor(
    message: string,
    readonly id: string,
    readonly properties: Outputs,
    readonly reasons: string[],
  ) {
    super(message);
  }
}

/** How messages name a resource: its kind and its product name (or description). */
export function labelFor(kind: string, inputs: Inputs): string {
  const name = [inputs.productName, inputs.description].find((n) => typeof n === "string" && n);
  return name ? `${kind} "${String(name)}"` : kind;
}

/**
 * What the price book is asked for a product after a change, when the change moves it (both its
 * inputs before and after are known and ask differently): the price of a change reports it.
 */
export async function movedPriceRequest<A extends Inputs>(
  def: ResourceDefinition<A>,
  ctx: LifecycleContext,
  olds: Inputs,
  news: Inputs,
): Promise<{ request: PriceRequest; count?: number } | undefined> {
  if (!def.priceRequest || containsUnknown(news)) return undefined;
  const [before, after] = await Promise.all(
    [olds, news].map((args) => def.priceRequest!(ctx, args as A).catch(() => undefined)),
  );
  return before && after && canonical(before) !== canonical(after) ? after : undefined;
}

/** The provider the engine calls, for one definition; `session` gives the configured session at call time. */
export function makeResourceProvider<A extends Inputs>(
  def: ResourceDefinition<A>,
  session: () => ProviderSession,
): Required<Omit<pulumi.dynamic.ResourceProvider, "configure">> {
  const rules = fieldRules(def.args);
  const context = (inputs: Inputs): LifecycleContext => {
    const s = session();
    return {
      session: s,
      client: s.client(),
      label: labelFor(def.label, inputs),
      wait: { timeoutMs: s.settings.waitTimeMinutes * 60_000 },
    };
  };
  const renamed = Object.entries(def.renamedInputs ?? {});
  /** Inputs (or a state) with every old name replaced by its new one. */
  const upgraded = (values: Inputs): Inputs => {
    let out = values;
    for (const [old, now] of renamed)
      if (old in out) {
        const { [old]: value, ...rest } = out;
        out = now in rest ? rest : { ...rest, [now]: value };
      }
    return out;
  };
  const changedInputs = (olds: Outputs, news: Inputs) =>
    rules.keys.filter((k) => !rules.createOnly.includes(k) && canonical(olds[k]) !== canonical(news[k]));

  /** check() as the lifecycle sees it: zod, then the API; failures keep their full property paths. */
  const checkAll = async (
    olds: Inputs,
    news: Inputs,
  ): Promise<{ inputs: Inputs; failures: CheckFailure[] }> => {
    const checked = checkInputs(def.args, news, rules.secrets);
    if (checked.failures.length > 0) return checked;
    let ctx: LifecycleContext;
    try {
      ctx = context(checked.inputs);
      // Missing or wrong credentials are said at preview, not found out at purchase.
      await ctx.client.transport.token();
    } catch (e) {
      return { inputs: checked.inputs, failures: [settingsFailure(e)] };
    }
    const { __provider: _old, ...before } = olds;
    const { __provider: _new, ...after } = checked.inputs;
    // A product this run would order is priced before anything is bought (or said to be priced at
    // its order, when what decides its price is not known yet).
    const ordered = Object.keys(before).length === 0 && !after.adoptProductUid && !!def.priceRequest;
    if (!def.checkWithApi) return checked;
    if (containsUnknown(checked.inputs)) {
      if (ordered) await quoteNewProduct(ctx, undefined);
      return checked;
    }
    // Inputs unchanged since they were last applied were checked then, and nothing will be sent
    // for them: a preview of an unchanged stack reads each product once (its refresh), no more.
    if (Object.keys(before).length > 0 && canonical(before) === canonical(after)) return checked;
    const failures = await def.checkWithApi(ctx, checked.inputs as A, olds).catch((e: unknown) => [
      {
        property: "(provider)",
        reason: redact(`${ctx.label}: checking with the Megaport API failed: ${(e as Error).message}`),
      },
    ]);
    if (failures.length === 0 && ordered) {
      const asked = await def.priceRequest!(ctx, checked.inputs as A).catch(() => undefined);
      await quoteNewProduct(ctx, asked?.request, asked?.count);
    }
    return { inputs: checked.inputs, failures };
  };

  /**
   * What a replacement takes away (the state's price), or what a change to what decides the
   * product's price (the price book request its inputs make) moves it to. Never stops the diff.
   */
  const quoteDiff = async (olds: Outputs, news: Inputs, replacing: boolean) => {
    if (!def.priceRequest) return;
    const price = priceInState(olds);
    try {
      const ctx = context(news);
      if (replacing) return await quoteReplacedProduct(ctx.label, price);
      if (!price) return;
      const moved = await movedPriceRequest(def, ctx, olds, news);
      if (moved) await quoteRepricedProduct(ctx, price, moved.request, moved.count);
    } catch {
      // Not configured (the check said so already): no price to say.
    }
  };

  return {
    async check(olds: Inputs, given: Inputs) {
      const news = upgraded(given);
      for (const [old, now] of renamed)
        if (old in given)
          await progress.warn(`${labelFor(def.label, given)}: ${old} is deprecated here: name it ${now}`);
      const result = await checkAll(upgraded(olds), news);
      return {
        // A field a schema turns into "unset" (a prefix list's ge of 0) is dropped, not sent as undefined.
        inputs: withoutUndefined(result.inputs),
        failures: failuresForEngine(result.failures, rules),
      };
    },

    async diff(_id: string, stored: Outputs, given: Inputs) {
      // The engine diffs against check's inputs, already upgraded; a state is upgraded here.
      const [olds, news] = [upgraded(stored), upgraded(given)];
      // A new version of this package (a different __provider) alone is not a change: the shim in
      // state loads the installed implementation at call time.
      const changed = changedInputs(olds, news);
      const replaces = changed.filter((k) => rules.replaces.includes(k));
      const state = def.diffState?.(olds, news) ?? {};
      for (const k of state.replaces ?? []) if (!replaces.includes(k)) replaces.push(k);
      if (changed.length > 0) await quoteDiff(olds, news, replaces.length > 0);
      return {
        changes: changed.length > 0 || replaces.length > 0 || !!state.changes,
        replaces,
        deleteBeforeReplace: false,
      };
    },

    async create(inputs: Inputs) {
      const args = inputs as A;
      const ctx = context(inputs);
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
        throw new ResourceInitError(reason, created.id, withoutUndefined({ ...inputs, ...created.outs }), [
          reason,
        ]);
      }
    },

    async read(id: string, props?: Outputs) {
      const olds = upgraded(props ?? {});
      const ctx = context(olds);
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
        inputs: withoutUndefined(current.inputs as Outputs),
      };
    },

    async update(id: string, stored: Outputs, given: Inputs) {
      const [olds, news] = [upgraded(stored), upgraded(given)];
      const ctx = context(news);
      try {
        const outs = await def.update(ctx, id, olds, news as A, changedInputs(olds, news));
        return { outs: withoutUndefined(outs) };
      } catch (e) {
        throw describe(ctx.label, "update", e);
      }
    },

    async delete(id: string, stored: Outputs) {
      const props = upgraded(stored);
      const ctx = context(props);
      try {
        await def.delete(ctx, id, props);
      } catch (e) {
        if (isNotFound(e)) return;
        throw describe(ctx.label, "delete", e);
      }
    },
  };
}
