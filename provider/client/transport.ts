// The one road every API request takes: auth header, retries with backoff, timeouts, the
// {message, terms, data} envelope, error mapping and response parsing. Services only describe
// their endpoints and call `send`.
import { Agent, Dispatcher, request } from "undici";
import { z } from "zod";
import type { TokenSource } from "./auth";
import { parseRetryAfter } from "./retryAfter";
import { MegaportApiError, redact } from "./errors";
import { USER_AGENT } from "./version";

/**
 * Which failures a call may be repeated after:
 * - `idempotent`: GETs, validate, and PUTs that set absolute values: 408/429/5xx and connection errors.
 * - `order`: buy and other calls that create something. Only a 429 or a connection that failed before
 *   the request left (refused, DNS, connect timeout) is retried: an order placed twice is money lost.
 */
export type RetryPolicy = "idempotent" | "order";

export interface RetryOptions {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Retry-After values beyond this are capped (and logged), so a wait stays bounded. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryOptions = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 120_000,
};

export interface TransportOptions {
  baseUrl: string;
  tokens: TokenSource;
  dispatcher?: Dispatcher;
  retry?: Partial<RetryOptions>;
  /** Lines for the person running the deployment; never contain secrets. */
  log?: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
  extraHeaders?: Record<string, string>;
  /**
   * Awaited before every request that may change the account (anything but a GET, each attempt):
   * it rejects when the run that wants the change is gone (see provider/shared/engineWatch.ts).
   */
  beforeChange?: () => Promise<void>;
}

export interface SendOptions<S extends z.ZodType> {
  method: "GET" | "POST" | "PUT" | "DELETE";
  path: string;
  /** A list value is sent as a repeated parameter (a=1&a=2). */
  query?: Record<string, string | number | boolean | readonly string[] | undefined>;
  body?: unknown;
  /** Schema of the envelope's `data`. */
  schema: S;
  retry: RetryPolicy;
}

export interface Envelope<T> {
  message: string;
  data: T;
}

const EnvelopeShape = z.object({
  message: z.string().nullish(),
  terms: z.string().nullish(),
  // Lifecycle actions answer with a message and no data.
  data: z.unknown().optional(),
});
const ErrorShape = z.object({
  message: z.string().nullish(),
  data: z.unknown().optional(),
  trace_id: z.string().nullish(),
});

/** undici errors that mean the request never left this machine. */
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "UND_ERR_CONNECT_TIMEOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
]);
const TIMEOUT_CODES = new Set(["UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT"]);

/** One shared dispatcher per process: keep-alive, and bounded connect/header/body waits. */
let sharedDispatcher: Dispatcher | undefined;
export function defaultDispatcher(): Dispatcher {
  sharedDispatcher ??= new Agent({
    connectTimeout: 15_000,
    headersTimeout: 120_000,
    bodyTimeout: 120_000,
    keepAliveTimeout: 10_000,
  });
  return sharedDispatcher;
}

function errorCode(e: unknown): string | undefined {
  let cur: unknown = e;
  for (let i = 0; i < 4 && cur; i++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === "string") return code;
    cur = (cur as { cause?: unknown }).cause;
  }
  return undefined;
}

type Query = SendOptions<z.ZodType>["query"];

/**
 * A path with each interpolated value URL-encoded, so that no endpoint encodes by hand:
 * apiPath`/v2/product/${uid}/tags`.
 */
export function apiPath(strings: TemplateStringsArray, ...values: Array<string | number>): string {
  return strings.reduce(
    (out, s, i) => out + s + (i < values.length ? encodeURIComponent(String(values[i])) : ""),
    "",
  );
}

export class Transport {
  private readonly dispatcher: Dispatcher;
  private readonly retry: RetryOptions;
  private readonly sleep: (ms: number) => Promise<void>;
  /** Requests sent, by "METHOD path-template" (for the benchmark). */
  requestCount = 0;

  constructor(private readonly opts: TransportOptions) {
    this.dispatcher = opts.dispatcher ?? defaultDispatcher();
    this.retry = { ...DEFAULT_RETRY, ...opts.retry };
    this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  async send<S extends z.ZodType>(o: SendOptions<S>): Promise<Envelope<z.infer<S>>> {
    let reauthenticated = false;
    for (let attempt = 1; ; attempt++) {
      // Getting a token retries on its own: until there is one, nothing of this request was sent.
      const token = await this.token();
      if (o.method !== "GET") await this.opts.beforeChange?.();
      try {
        return await this.once(o, token);
      } catch (e) {
        if (!MegaportApiError.isInstance(e)) throw e;
        // A 401 means the request was refused before anything happened: re-authenticate once.
        if (e.status === 401 && !reauthenticated) {
          reauthenticated = true;
          this.opts.tokens.invalidate(token);
          attempt--;
          continue;
        }
        await this.beforeRetry(o.retry, e, attempt);
      }
    }
  }

  /** GET the envelope's data: idempotent, so retried on the failures that allow it. */
  async get<S extends z.ZodType>(path: string, schema: S, query?: Query): Promise<z.infer<S>> {
    return (await this.send({ method: "GET", path, query, schema, retry: "idempotent" })).data;
  }

  /** PUT of absolute values: idempotent. */
  async put<S extends z.ZodType>(path: string, body: unknown, schema?: S): Promise<z.infer<S>> {
    const res = await this.send({
      method: "PUT",
      path,
      body,
      schema: schema ?? z.unknown(),
      retry: "idempotent",
    });
    return res.data as z.infer<S>;
  }

  async delete(path: string): Promise<void> {
    await this.send({ method: "DELETE", path, schema: z.unknown(), retry: "idempotent" });
  }

  /**
   * POST, which must say how it may be repeated: "order" for anything that creates (a buy, a
   * design, an add-on, a list), "idempotent" for what only looks (validate, a price).
   */
  async post<S extends z.ZodType>(
    path: string,
    body: unknown,
    schema: S,
    retry: RetryPolicy,
    query?: Query,
  ): Promise<z.infer<S>> {
    return (await this.send({ method: "POST", path, body, query, schema, retry })).data;
  }

  /** An access token, retried as any idempotent request is (check() uses it to test credentials). */
  async token(): Promise<string> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.opts.tokens.get();
      } catch (e) {
        if (!MegaportApiError.isInstance(e)) throw e;
        await this.beforeRetry("idempotent", e, attempt);
      }
    }
  }

  /** Rethrows `e` when it must not be retried; otherwise says so and waits. */
  private async beforeRetry(policy: RetryPolicy, e: MegaportApiError, attempt: number): Promise<void> {
    const delay = this.retryDelay(policy, e, attempt);
    if (delay === undefined) throw e;
    this.opts.log?.(
      `Megaport ${e.method} ${e.path} failed (${e.status ?? e.kind}); retry ${attempt}/${this.retry.maxAttempts - 1} in ${Math.round(delay / 100) / 10}s`,
    );
    await this.sleep(delay);
  }

  /** The wait before the next attempt, or undefined when the failure must not be retried. */
  private retryDelay(policy: RetryPolicy, e: MegaportApiError, attempt: number): number | undefined {
    if (attempt >= this.retry.maxAttempts) return undefined;
    const retriable =
      policy === "idempotent"
        ? e.status === 408 ||
          e.status === 429 ||
          (e.status !== undefined && e.status >= 500) ||
          e.kind === "connection" ||
          e.kind === "timeout"
        : e.status === 429 || (e.kind === "connection" && !e.mayHaveBeenSent);
    if (!retriable) return undefined;
    const retryAfter = (e.data as { retryAfterMs?: number } | undefined)?.retryAfterMs;
    if (retryAfter !== undefined) return Math.min(retryAfter, this.retry.maxRetryAfterMs);
    const cap = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** (attempt - 1));
    return cap / 2 + Math.random() * (cap / 2);
  }

  private async once<S extends z.ZodType>(o: SendOptions<S>, token: string): Promise<Envelope<z.infer<S>>> {
    const url = new URL(this.opts.baseUrl + o.path);
    for (const [k, v] of Object.entries(o.query ?? {}))
      for (const one of v === undefined ? [] : Array.isArray(v) ? v : [v])
        url.searchParams.append(k, String(one));
    const headers: Record<string, string> = {
      authorization: `Bearer ${token}`,
      accept: "application/json",
      "user-agent": USER_AGENT,
      ...this.opts.extraHeaders,
    };
    if (o.body !== undefined) headers["content-type"] = "application/json";
    this.requestCount++;
    let res: Dispatcher.ResponseData;
    try {
      res = await request(url, {
        method: o.method,
        headers,
        body: o.body === undefined ? undefined : JSON.stringify(o.body),
        dispatcher: this.dispatcher,
      });
    } catch (e) {
      const code = errorCode(e);
      const timeout = code !== undefined && TIMEOUT_CODES.has(code);
      throw new MegaportApiError({
        kind: timeout ? "timeout" : "connection",
        method: o.method,
        path: o.path,
        megaportMessage: `${timeout ? "timed out" : "connection failed"} (${code ?? (e as Error).message})`,
        mayHaveBeenSent: !(code !== undefined && NOT_SENT_CODES.has(code)),
        cause: e,
      });
    }
    // Always consume the body, so the connection goes back to the pool.
    const text = await res.body.text();
    const traceHeader = res.headers["trace-id"];
    const headerTrace = Array.isArray(traceHeader) ? traceHeader[0] : traceHeader;
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    if (res.statusCode < 200 || res.statusCode >= 300) {
      const err = ErrorShape.safeParse(json);
      const retryAfterMs = parseRetryAfter(res.headers["retry-after"]);
      throw new MegaportApiError({
        kind: "http",
        method: o.method,
        path: o.path,
        status: res.statusCode,
        megaportMessage: err.success ? (err.data.message ?? "") : text.slice(0, 500),
        data:
          retryAfterMs !== undefined
            ? { retryAfterMs, body: err.success ? err.data.data : undefined }
            : err.success
              ? err.data.data
              : undefined,
        traceId: (err.success ? err.data.trace_id : undefined) ?? headerTrace,
      });
    }
    const envelope = EnvelopeShape.safeParse(json);
    if (!envelope.success) {
      throw new MegaportApiError({
        kind: "parse",
        method: o.method,
        path: o.path,
        status: res.statusCode,
        megaportMessage: "response is not a Megaport JSON envelope",
        traceId: headerTrace,
      });
    }
    const data = o.schema.safeParse(envelope.data.data);
    if (!data.success) {
      const issue = data.error.issues[0];
      const field = ["data", ...issue.path.map(String)].join(".");
      throw new MegaportApiError({
        kind: "parse",
        method: o.method,
        path: o.path,
        status: res.statusCode,
        megaportMessage: `unexpected response: ${field}: ${redact(issue.message)}`,
        traceId: headerTrace,
      });
    }
    return { message: envelope.data.message ?? "", data: data.data };
  }
}
