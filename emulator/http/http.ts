// HTTP plumbing every emulator route shares: the request as handlers see it, the reply envelope
// Megaport wraps answers in, and errors that become Megaport-style error bodies.
import { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Company } from "../data/catalogue";

export const TERMS_TEXT =
  "This data is subject to the Acceptable Use Policy https://www.megaport.com/legal/acceptable-use-policy";

/** A request after its body is read and its path normalised (no trailing slash). */
export interface ApiRequest {
  req: IncomingMessage;
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  rawBody: string;
  traceId: string;
  /** Whose account the request acts in: ours, or a managed company named in X-Call-Context. */
  company: Company;
}

export interface Reply {
  status: number;
  body: unknown;
}

/** Thrown by a handler: answered as `{message, data, trace_id}` with this status. */
export class HttpError extends Error {
  constructor(
    public status: number,
    message: string,
    public data?: unknown,
  ) {
    super(message);
  }
}

/** Megaport's success envelope: `{message, terms, data}`. */
export function ok(message: string, data?: unknown): Reply {
  return {
    status: 200,
    body: data === undefined ? { message, terms: TERMS_TEXT } : { message, terms: TERMS_TEXT, data },
  };
}

export function errorBody(message: string, traceId: string, data: unknown = ""): unknown {
  return { message, terms: TERMS_TEXT, data, trace_id: traceId };
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

export function writeReply(
  res: ServerResponse,
  status: number,
  body: unknown,
  traceId: string,
  headers: Record<string, string> = {},
) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(text),
    "Trace-Id": traceId,
    ...headers,
  });
  res.end(text);
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
