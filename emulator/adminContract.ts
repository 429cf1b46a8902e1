// What the emulator's admin API (/_emulator) accepts and answers: shared by the server's admin
// routes and the admin client, so neither imports the other.

export const ADMIN_PREFIX = "/_emulator";

export const FAULT_KINDS = ["status", "reset", "latency", "dropAfterProcessing"] as const;

/** A fault the next matching requests meet, set through POST /_emulator/faults. */
export interface Fault {
  method?: string;
  /** Matches when the request path starts with this. */
  pathPrefix?: string;
  /** status: answer with `status`; reset: drop the connection unanswered; latency: answer after
   * `latencyMs`; dropAfterProcessing: do the work (a buy goes through), then drop the answer. */
  kind: (typeof FAULT_KINDS)[number];
  status?: number;
  retryAfterSeconds?: number;
  message?: string;
  latencyMs?: number;
  /** How many requests it applies to (default 1). */
  times?: number;
  /** How many matching requests pass untouched before it applies (default 0). */
  skip?: number;
}

/** One API request as the request log keeps it (admin requests are not logged). */
export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  /** The status answered; -1 when the connection was dropped instead. */
  status: number;
  at: number;
  /** The JSON answered, when the emulator was started with logReplies (conformance tests). */
  reply?: unknown;
  /** The headers a test may check; never Authorization (it carries credentials). */
  headers: { accept?: string; contentType?: string; userAgent?: string; callContext?: string };
}

/** Out-of-band lifecycle changes, as made in the portal or by Megaport: CANCEL (end of term),
 * CANCEL_NOW, DECOMMISSION (immediately gone) or FAIL; APPROVE and REJECT, as the other company
 * answers a VXC that awaits its approval. */
export const OUT_OF_BAND_ACTIONS = [
  "CANCEL",
  "CANCEL_NOW",
  "DECOMMISSION",
  "FAIL",
  "APPROVE",
  "REJECT",
] as const;
export type OutOfBandAction = (typeof OUT_OF_BAND_ACTIONS)[number];
