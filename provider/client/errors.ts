// The one error type for Megaport API failures, with predicates for the cases callers act on, and
// the redaction that keeps secrets out of every message.

const BRAND = Symbol.for("pulumi-megaport:MegaportApiError");

export type FailureKind = "http" | "connection" | "timeout" | "parse" | "validation";

export interface MegaportApiErrorInit {
  kind: FailureKind;
  method: string;
  path: string;
  status?: number;
  megaportMessage?: string;
  data?: unknown;
  traceId?: string;
  /** For connection failures: whether the request may have reached the server. */
  mayHaveBeenSent?: boolean;
  cause?: unknown;
}

/**
 * A failed Megaport API call. The message names the call, the HTTP status, Megaport's own message
 * and the trace id; it never contains a credential, token or partner key.
 */
export class MegaportApiError extends Error {
  readonly kind: FailureKind;
  readonly method: string;
  readonly path: string;
  readonly status: number | undefined;
  readonly megaportMessage: string;
  readonly data: unknown;
  readonly traceId: string | undefined;
  readonly mayHaveBeenSent: boolean;
  private readonly [BRAND] = true;

  constructor(init: MegaportApiErrorInit) {
    const parts = [`${init.method} ${init.path}`];
    if (init.status !== undefined) parts.push(`HTTP ${init.status}`);
    if (init.traceId) parts.push(`trace ${init.traceId}`);
    const detail = [
      init.megaportMessage,
      typeof init.data === "string" && init.data && !init.megaportMessage?.includes(init.data)
        ? init.data
        : "",
    ]
      .filter(Boolean)
      .join(" ");
    super(redact(`${parts.join(": ")}${detail ? `: ${detail}` : ""}`), { cause: init.cause });
    this.name = "MegaportApiError";
    this.kind = init.kind;
    this.method = init.method;
    this.path = init.path;
    this.status = init.status;
    this.megaportMessage = redact(init.megaportMessage ?? "");
    this.data = init.data;
    this.traceId = init.traceId;
    this.mayHaveBeenSent = init.mayHaveBeenSent ?? init.kind !== "connection";
  }

  /** True for MegaportApiErrors from any copy of this package (survives duplicate installs). */
  static isInstance(e: unknown): e is MegaportApiError {
    return typeof e === "object" && e !== null && (e as Record<symbol, unknown>)[BRAND] === true;
  }
}

/** 404, or the 400 "Could not find a service with UID" (megaportgo IsServiceNotFoundError). */
export function isNotFound(e: unknown): boolean {
  return (
    MegaportApiError.isInstance(e) &&
    (e.status === 404 || (e.status === 400 && /Could not find a service with UID/i.test(e.megaportMessage)))
  );
}

/** The answer, or undefined when Megaport does not know what was asked for (any other failure stands). */
export async function unlessNotFound<T>(request: Promise<T>): Promise<T | undefined> {
  try {
    return await request;
  } catch (e) {
    if (isNotFound(e)) return undefined;
    throw e;
  }
}

export function isUnauthorized(e: unknown): boolean {
  return MegaportApiError.isInstance(e) && e.status === 401;
}

export function isRateLimited(e: unknown): boolean {
  return MegaportApiError.isInstance(e) && e.status === 429;
}

export function isServerError(e: unknown): boolean {
  return MegaportApiError.isInstance(e) && e.status !== undefined && e.status >= 500;
}

export function isConnectionError(e: unknown): boolean {
  return MegaportApiError.isInstance(e) && e.kind === "connection";
}

export function isTimeout(e: unknown): boolean {
  return MegaportApiError.isInstance(e) && e.kind === "timeout";
}

/** A validate call whose items carry `error`s, or a buy refused with "Validation failed". */
export function isValidationFailed(e: unknown): boolean {
  return (
    MegaportApiError.isInstance(e) &&
    (e.kind === "validation" || /^Validation failed/i.test(e.megaportMessage))
  );
}

/**
 * Failures after which an order may or may not have been placed: the request may have been
 * received (reset after sending, timeout) or the server failed while processing it.
 */
export function isAmbiguousOrderFailure(e: unknown): boolean {
  if (!MegaportApiError.isInstance(e)) return false;
  if (e.kind === "connection") return e.mayHaveBeenSent;
  return e.kind === "timeout" || isServerError(e);
}

// Values registered at run time (keys, tokens, partner keys, BGP passwords) are replaced wherever
// they appear; the patterns catch credentials that were never registered.
const registered = new Set<string>();

/** Registers a secret so that redact() removes it from any message. */
export function registerSecret(value: string | undefined | null): void {
  if (!value || value.length < 4) return;
  registered.add(value);
  // Keys travel in paths and queries too (e.g. a Google pairing key "…/region/zone"), encoded.
  const encoded = encodeURIComponent(value);
  if (encoded !== value) registered.add(encoded);
}

const PATTERNS: RegExp[] = [
  /(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/g,
  /("?(?:authKey|auth_key|password|bgpPassword|shared_key|sharedKey|serviceKey|service_key|pairingKey|secretKey|access_token|secret)"?\s*[:=]\s*)"[^"]*"/gi,
];

export function redact(text: string): string {
  let out = text;
  for (const secret of registered) out = out.split(secret).join("[secret]");
  out = out.replace(PATTERNS[0], "$1 [secret]");
  out = out.replace(PATTERNS[1], '$1"[secret]"');
  return out;
}
