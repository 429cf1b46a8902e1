// The Megaport emulator's HTTP server: reads each request, logs it, applies any injected fault,
// and answers from the route table (routes/): the OAuth2 token endpoint, the API routes the client
// uses (the current routes megaportgo calls, plus the v2 forms the reference documents) and the
// admin API under /_emulator.
import { createServer, IncomingMessage, ServerResponse } from "node:http";
import { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { ADMIN_PREFIX, LoggedRequest } from "../adminContract";
import { EmulatorAdmin } from "../admin";
import { FaultQueue } from "./faults";
import { ApiRequest, HttpError, Reply, closeServer, errorBody, readBody, writeReply } from "./http";
import { OUR_COMPANY } from "../data/catalogue";
import {
  ADMIN_ROUTES,
  API_ROUTES,
  EmulatorState,
  Route,
  actingCompany,
  authenticate,
  findRoute,
} from "./routes";
import { FAST_TIMINGS, Store, Timings } from "../model/store";

/** The key pair the emulator accepts when MEGAPORT_ACCESS_KEY/MEGAPORT_SECRET_KEY are not set. */
export const DEFAULT_CREDENTIALS = { accessKey: "emulator-access-key", secretKey: "emulator-secret-key" };

export interface EmulatorOptions {
  /** TCP port; 0 picks a free one. */
  port?: number;
  host?: string;
  timings?: Partial<Timings>;
  /** Persist products and service keys to this JSON file. */
  statePath?: string;
  credentials?: { accessKey: string; secretKey: string };
  /** Keep each answer's JSON in the request log (for conformance tests; costs memory). */
  logReplies?: boolean;
  /** The clock provisioning runs on (tests move it by hand); the request log is stamped with it too. */
  now?: () => number;
}

export interface RunningEmulator {
  /** API base URL, e.g. http://127.0.0.1:43123 */
  url: string;
  /** OAuth2 token URL. */
  tokenUrl: string;
  credentials: { accessKey: string; secretKey: string };
  store: Store;
  close(): Promise<void>;
}

function sleep(ms: number) {
  return new Promise((r) => setTimeout(r, ms));
}

export class Emulator {
  readonly store: Store;
  readonly log: LoggedRequest[] = [];
  readonly faults = new FaultQueue();
  private readonly state: EmulatorState;

  constructor(private readonly options: EmulatorOptions = {}) {
    this.store = new Store({ ...FAST_TIMINGS, ...options.timings }, options.statePath, options.now);
    const credentials = options.credentials ?? {
      accessKey: process.env.MEGAPORT_ACCESS_KEY || DEFAULT_CREDENTIALS.accessKey,
      secretKey: process.env.MEGAPORT_SECRET_KEY || DEFAULT_CREDENTIALS.secretKey,
    };
    this.state = { store: this.store, credentials, log: this.log, faults: this.faults };
  }

  async start(): Promise<RunningEmulator> {
    const server = createServer((req, res) => void this.handle(req, res));
    const host = this.options.host ?? "127.0.0.1";
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.options.port ?? 0, host, resolve);
    });
    const { port } = server.address() as AddressInfo;
    const url = `http://${host}:${port}`;
    return {
      url,
      tokenUrl: `${url}/oauth2/token`,
      credentials: this.state.credentials,
      store: this.store,
      close: () => closeServer(server),
    };
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const traceId = randomUUID();
    const url = new URL(req.url ?? "/", "http://emulator");
    const rawBody = await readBody(req);
    let body: unknown = undefined;
    if (rawBody && (req.headers["content-type"] ?? "").includes("json")) {
      try {
        body = JSON.parse(rawBody);
      } catch {
        return writeReply(res, 400, errorBody("Malformed JSON request body", traceId), traceId);
      }
    }
    const request: ApiRequest = {
      req,
      method: req.method ?? "GET",
      path: url.pathname.replace(/\/+$/, "") || "/",
      query: url.searchParams,
      body,
      rawBody,
      traceId,
      company: OUR_COMPANY,
    };
    if (request.path.startsWith(ADMIN_PREFIX)) {
      const reply = this.answer(request, ADMIN_ROUTES, false);
      return writeReply(res, reply.status, reply.body, traceId);
    }

    const entry: LoggedRequest = {
      method: request.method,
      path: request.path,
      query: Object.fromEntries(url.searchParams),
      body: body ?? (rawBody || null),
      status: 0,
      at: this.store.time(),
      headers: {
        accept: req.headers.accept,
        contentType: req.headers["content-type"],
        userAgent: req.headers["user-agent"],
        callContext: req.headers["x-call-context"] as string | undefined,
      },
    };
    this.log.push(entry);
    const fault = this.faults.take(request.method, request.path);
    if (fault?.kind === "latency") await sleep(fault.latencyMs ?? 1000);
    if (fault?.kind === "reset") {
      entry.status = -1;
      req.socket.destroy();
      return;
    }
    if (fault?.kind === "status") {
      entry.status = fault.status ?? 500;
      const headers: Record<string, string> =
        fault.retryAfterSeconds !== undefined ? { "Retry-After": String(fault.retryAfterSeconds) } : {};
      return writeReply(
        res,
        entry.status,
        errorBody(fault.message ?? "Injected fault", traceId),
        traceId,
        headers,
      );
    }
    const reply = this.answer(request, API_ROUTES, true);
    entry.status = reply.status;
    if (this.options.logReplies) entry.reply = reply.body;
    if (fault?.kind === "dropAfterProcessing") {
      // The order went through, but the answer never arrives: the case that must not double-buy.
      entry.status = -1;
      req.socket.destroy();
      return;
    }
    writeReply(res, reply.status, reply.body, traceId);
  }

  private answer(request: ApiRequest, routes: readonly Route[], needsToken: boolean): Reply {
    try {
      const found = findRoute(routes, request.method, request.path);
      if (!found) throw new HttpError(404, `No route for ${request.method} ${request.path}`);
      if (needsToken && !found.route.public) {
        authenticate(request, this.state);
        request.company = actingCompany(request);
      }
      return found.route.handle(request, found.params, this.state);
    } catch (e) {
      if (e instanceof HttpError)
        return { status: e.status, body: errorBody(e.message, request.traceId, e.data ?? "") };
      return { status: 500, body: errorBody(`Emulator error: ${(e as Error).message}`, request.traceId) };
    }
  }
}

/** Starts an emulator; tests start one per suite on an ephemeral port. */
export async function startEmulator(
  options: EmulatorOptions = {},
): Promise<RunningEmulator & { emulator: Emulator; admin: EmulatorAdmin }> {
  const emulator = new Emulator(options);
  const running = await emulator.start();
  return { ...running, emulator, admin: new EmulatorAdmin(running.url) };
}
