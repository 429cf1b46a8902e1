// Pulumi's ResourceProvider gRPC service for this package's native plugin, over the same lifecycle
// the dynamic providers run (shared/lifecycle.ts): each call's Structs become plain values, go to the
// resource's definition, and come back as Structs with the schema's secrets marked. Configure takes
// the megaport:* settings (a stack's config, or an explicit provider's inputs), so each provider
// instance (one plugin process) has its own account.
import * as grpc from "@grpc/grpc-js";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { Any } from "google-protobuf/google/protobuf/any_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { DATA_SOURCES } from "../dataSources";
import { DataSource, argsOf } from "../dataSources/dataSource";
import { DEFINITIONS } from "../definitions";
import { RESOURCE_KINDS, ResourceKind } from "../resourceKinds";
import { cancelOrders } from "../shared/engineWatch";
import { fieldRules } from "../shared/fields";
import { Inputs, ResourceInitError, makeResourceProvider } from "../shared/lifecycle";
import { orderMarker } from "../shared/orderMarker";
import { ProviderSession, sessionFor } from "../shared/session";
import { SECRET_SETTINGS, SETTING_ENV, readSettings } from "../shared/settings";
import { Values, fromStruct, toStruct } from "./properties";
import { SECRET_OUTPUTS } from "./resourceStates";
import { functionOfToken, kindOfToken, urnParts } from "../tokens";

/* eslint-disable @typescript-eslint/no-require-imports -- the protocol's generated code ships untyped-ish in @pulumi/pulumi */
const provproto = require("@pulumi/pulumi/proto/provider_pb");
const pluginproto = require("@pulumi/pulumi/proto/plugin_pb");
const statusproto = require("@pulumi/pulumi/proto/status_pb");
// Loaded when first asked for: both bring in Pulumi's whole Node.js SDK and the components, which
// would more than double the plugin's start (about 0.5 s to 1.2 s here) for every run that asks neither.
const schemaModule = () => require("./packageSchema") as typeof import("./packageSchema");
const constructModule = () => require("./construct") as typeof import("./construct");
/* eslint-enable @typescript-eslint/no-require-imports */

type Call<R> = { request: R };
type Callback = (err: grpc.ServiceError | null, value?: unknown) => void;
// The generated request classes: only their getters are used here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Req = any;

export interface PluginOptions {
  version: string;
  /** The engine's address, when the plugin's arguments say it. */
  engineAddress?: string;
  /** Told the engine's address when the engine says it (Handshake, Attach). */
  onEngineAddress?(address: string): void;
}

/** The kind of resource a URN names. */
function kindOf(urn: string): ResourceKind {
  const kind = kindOfToken(urnParts(urn).type);
  if (!kind) throw new Error(`pulumi-megaport: unknown resource type in ${urn}`);
  return kind;
}

/** A failure the engine shows as the call's error, with the message alone (no stack). */
function failed(e: unknown): grpc.ServiceError {
  const err = new Error(e instanceof Error ? e.message : String(e)) as grpc.ServiceError;
  err.code = grpc.status.UNKNOWN;
  err.details = err.message;
  err.metadata = new grpc.Metadata();
  return err;
}

/**
 * A create that bought but did not finish: the engine keeps the id and properties in state (a
 * partially created resource), so the next `up` resumes instead of ordering again.
 */
function initFailed(
  e: ResourceInitError,
  secrets: readonly string[],
  acceptSecrets: boolean,
): grpc.ServiceError {
  const detail = new provproto.ErrorResourceInitFailed();
  detail.setId(e.id);
  detail.setProperties(toStruct(e.properties, secrets, acceptSecrets));
  detail.setReasonsList(e.reasons);
  const any = new Any();
  any.pack(detail.serializeBinary(), "pulumirpc.ErrorResourceInitFailed");
  const status = new statusproto.Status();
  status.setCode(grpc.status.UNKNOWN);
  status.setMessage(e.message);
  status.addDetails(any);
  const err = failed(e);
  err.metadata.add("grpc-status-details-bin", Buffer.from(status.serializeBinary()));
  return err;
}

export function providerService(options: PluginOptions) {
  let session: (() => ProviderSession) | undefined;
  let engineAddress = options.engineAddress;
  const engineIs = (address: string) => {
    engineAddress = address;
    options.onEngineAddress?.(address);
  };
  let acceptSecrets = false;
  const currentSession = () => (session ??= () => sessionFor(readSettings(() => undefined)))();
  const lifecycles = new Map<ResourceKind, ReturnType<typeof makeResourceProvider>>();
  const lifecycle = (kind: ResourceKind) => {
    let p = lifecycles.get(kind);
    if (!p) lifecycles.set(kind, (p = makeResourceProvider(DEFINITIONS[kind], currentSession)));
    return p;
  };
  // Each kind's field rules, worked out once (every response marks its secrets by them).
  const rules = Object.fromEntries(
    RESOURCE_KINDS.map((kind) => [kind, fieldRules(DEFINITIONS[kind].args)]),
  ) as Record<ResourceKind, ReturnType<typeof fieldRules>>;
  const secretsOf = (kind: ResourceKind) => [...rules[kind].secrets, ...(SECRET_OUTPUTS[kind] ?? [])];
  const out = (kind: ResourceKind, values: Values) => toStruct(values, secretsOf(kind), acceptSecrets);

  /** Runs a handler, answering its value or its error. */
  const serve =
    <R>(handler: (request: R) => Promise<unknown> | unknown) =>
    (call: Call<R>, callback: Callback) => {
      Promise.resolve()
        .then(() => handler(call.request))
        .then(
          (value) => callback(null, value),
          // A gRPC status error of our own (numeric code) as it is; anything else as a plain failure.
          (e: unknown) =>
            callback(
              typeof (e as { code?: unknown })?.code === "number" ? (e as grpc.ServiceError) : failed(e),
            ),
        );
    };

  /** The marker and stack a program's order carries, from the resource's URN (the SDK sets them itself). */
  const withOrderMarker = (kind: ResourceKind, urn: string, news: Inputs): Inputs => {
    if (!rules[kind].createOnly.includes("orderMarker") || news.orderMarker !== undefined) return news;
    const { stack, project, type, name } = urnParts(urn);
    return {
      ...news,
      orderMarker: orderMarker({ organization: "", project, stack, parentUrn: urn, type, name }),
      orderStack: `${project}/${stack}`,
    };
  };

  const configure = (get: (key: string) => string | undefined) => {
    try {
      const s = sessionFor(readSettings(get));
      session = () => s;
    } catch (e) {
      session = () => {
        throw e;
      };
    }
  };

  return {
    getPluginInfo: serve(() => new pluginproto.PluginInfo().setVersion(options.version)),

    handshake: serve((req: Req) => {
      const address = req.getEngineAddress();
      if (address) engineIs(address);
      // Resources and output values are accepted for Construct: a component's A-ends arrive as
      // the caller's Ports, and its inputs with their dependencies.
      return new provproto.ProviderHandshakeResponse()
        .setAcceptSecrets(true)
        .setAcceptResources(true)
        .setAcceptOutputs(true);
    }),

    attach: serve((req: Req) => {
      engineIs(req.getAddress());
      return new Empty();
    }),

    getSchema: serve(() =>
      new provproto.GetSchemaResponse().setSchema(
        JSON.stringify(schemaModule().packageSchema(options.version)),
      ),
    ),

    // An explicit provider's inputs are its settings: each is checked as a stack's would be.
    checkConfig: serve((req: Req) => {
      const news = fromStruct(req.getNews());
      const failures: Array<{ property: string; reason: string }> = [];
      try {
        readSettings((key) => settingOf(news, key));
      } catch (e) {
        failures.push({ property: "", reason: (e as Error).message });
      }
      return new provproto.CheckResponse()
        .setInputs(toStruct(news, SECRET_SETTINGS, acceptSecrets))
        .setFailuresList(
          failures.map((f) => new provproto.CheckFailure().setProperty(f.property).setReason(f.reason)),
        );
    }),

    // Other credentials or endpoints change the provider in place: nothing it manages is replaced.
    diffConfig: serve((req: Req) => {
      const [olds, news] = [fromStruct(req.getOlds()), fromStruct(req.getNews())];
      const changed = Object.keys(SETTING_ENV).filter(
        (k) => JSON.stringify(olds[k]) !== JSON.stringify(news[k]),
      );
      return new provproto.DiffResponse()
        .setChanges(
          changed.length > 0
            ? provproto.DiffResponse.DiffChanges.DIFF_SOME
            : provproto.DiffResponse.DiffChanges.DIFF_NONE,
        )
        .setDiffsList(changed);
    }),

    configure: serve((req: Req) => {
      const variables = req.getVariablesMap() as { get(k: string): string | undefined };
      const args = fromStruct(req.getArgs());
      configure((key) => variables.get(key) ?? settingOf(args, key));
      acceptSecrets = req.getAcceptsecrets();
      return new provproto.ConfigureResponse()
        .setAcceptsecrets(true)
        .setSupportspreview(true)
        .setAcceptresources(true)
        .setAcceptoutputs(true);
    }),

    check: serve(async (req: Req) => {
      const kind = kindOf(req.getUrn());
      const news = withOrderMarker(kind, req.getUrn(), fromStruct(req.getNews()));
      const result = await lifecycle(kind).check(fromStruct(req.getOlds()), news);
      return new provproto.CheckResponse()
        .setInputs(out(kind, (result.inputs ?? {}) as Values))
        .setFailuresList(
          (result.failures ?? []).map((f) =>
            new provproto.CheckFailure().setProperty(f.property).setReason(f.reason),
          ),
        );
    }),

    diff: serve(async (req: Req) => {
      const kind = kindOf(req.getUrn());
      const d = await lifecycle(kind).diff(req.getId(), fromStruct(req.getOlds()), fromStruct(req.getNews()));
      const { DiffChanges } = provproto.DiffResponse;
      return new provproto.DiffResponse()
        .setChanges(d.changes ? DiffChanges.DIFF_SOME : DiffChanges.DIFF_NONE)
        .setReplacesList(d.replaces ?? [])
        .setDeletebeforereplace(!!d.deleteBeforeReplace);
    }),

    create: serve(async (req: Req) => {
      const kind = kindOf(req.getUrn());
      const inputs = fromStruct(req.getProperties());
      // A preview creates nothing: the outputs are the inputs, the rest unknown.
      if (req.getPreview()) return new provproto.CreateResponse().setId("").setProperties(out(kind, inputs));
      try {
        const made = await lifecycle(kind).create(inputs);
        return new provproto.CreateResponse()
          .setId(made.id)
          .setProperties(out(kind, { ...inputs, ...made.outs }));
      } catch (e) {
        if (e instanceof ResourceInitError) throw initFailed(e, secretsOf(kind), acceptSecrets);
        throw e;
      }
    }),

    read: serve(async (req: Req) => {
      const kind = kindOf(req.getUrn());
      // An import's read has the id alone: the inputs are then all read from Megaport.
      const stored = { ...fromStruct(req.getInputs()), ...fromStruct(req.getProperties()) };
      const r = await lifecycle(kind).read(req.getId(), stored);
      const response = new provproto.ReadResponse().setId(r.id ?? "");
      if (!r.id) return response;
      return response
        .setProperties(out(kind, r.props ?? {}))
        .setInputs(out(kind, (r.inputs ?? {}) as Values));
    }),

    update: serve(async (req: Req) => {
      const kind = kindOf(req.getUrn());
      const [olds, news] = [fromStruct(req.getOlds()), fromStruct(req.getNews())];
      if (req.getPreview())
        return new provproto.UpdateResponse().setProperties(out(kind, { ...olds, ...news }));
      const updated = await lifecycle(kind).update(req.getId(), olds, news);
      return new provproto.UpdateResponse().setProperties(out(kind, { ...news, ...updated.outs }));
    }),

    delete: serve(async (req: Req) => {
      const kind = kindOf(req.getUrn());
      await lifecycle(kind).delete(req.getId(), fromStruct(req.getProperties()));
      return new Empty();
    }),

    // The user interrupted the run (Ctrl-C): nothing more is ordered, changed or cancelled, and
    // every wait ends now with an error, so each create keeps its product's id in the state and the
    // next `up` resumes it.
    cancel: serve(() => {
      cancelOrders(CANCELLED);
      try {
        session?.().cancelWaits(CANCELLED);
      } catch {
        // Not configured, or configured wrongly: nothing is waiting.
      }
      return new Empty();
    }),

    // A data source, run as the TypeScript SDK runs it, with this provider's account.
    invoke: serve(async (req: Req) => {
      const name = functionOfToken(req.getTok()) ?? "";
      const d = (DATA_SOURCES as Record<string, DataSource>)[name];
      if (!d) throw unimplemented(`function ${req.getTok()}`);
      const response = new provproto.InvokeResponse();
      let args: unknown;
      try {
        args = argsOf(name, d, fromStruct(req.getArgs()));
      } catch (e) {
        return response.setFailuresList([
          new provproto.CheckFailure().setProperty("").setReason((e as Error).message),
        ]);
      }
      const answer = await d.run(currentSession(), args);
      return response.setReturn(toStruct(d.listedAs ? { [d.listedAs]: answer } : (answer as Values)));
    }),
    // A component for a program in any language, built here with this provider's account.
    construct: serve(async (req: Req) => {
      const built = await constructModule().construct(req, engineAddress, currentSession, options.version);
      const response = new provproto.ConstructResponse()
        .setUrn(built.urn)
        .setState(Struct.fromJavaScript(built.state as Parameters<typeof Struct.fromJavaScript>[0]));
      const dependencies = response.getStatedependenciesMap();
      for (const [k, urns] of built.stateDependencies)
        dependencies.set(k, new provproto.ConstructResponse.PropertyDependencies().setUrnsList(urns));
      return response;
    }),
    ...unimplementedMethods(["parameterize", "call", "getMapping", "getMappings", "list"]),
  };
}

const CANCELLED = "the run was cancelled: this provider orders and changes nothing more";

/** A setting from an explicit provider's inputs ("baseUrl") asked for by its config key ("megaport:baseUrl"). */
function settingOf(values: Values, key: string): string | undefined {
  const v = values[key.replace(/^megaport:/, "")];
  return v === undefined || v === null ? undefined : String(v);
}

function unimplemented(what: string): grpc.ServiceError {
  const err = failed(new Error(`pulumi-megaport: ${what} is not implemented`));
  err.code = grpc.status.UNIMPLEMENTED;
  return err;
}

function unimplementedMethods(names: string[]) {
  return Object.fromEntries(
    names.map((n) => [n, (_call: unknown, callback: Callback) => callback(unimplemented(n))]),
  );
}
