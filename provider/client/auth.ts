// OAuth2 client credentials (POST <token URL>, Basic auth, grant_type=client_credentials): the token is cached until shortly
// before expires_in, concurrent callers share one refresh, and a 401 invalidates it.
import { Dispatcher, request } from "undici";
import { z } from "zod";
import { MegaportApiError, registerSecret } from "./errors";
import { parseRetryAfter } from "./retryAfter";
import { USER_AGENT } from "./version";

const TokenResponse = z.object({
  access_token: z.string().min(1),
  token_type: z.string().nullish(),
  expires_in: z.number().positive(),
  error: z.string().nullish(),
});

/** Refresh up to a minute (or a tenth of the lifetime) before expiry, so no call carries a dying token. */
const EXPIRY_MARGIN_MS = 60_000;

export class TokenSource {
  private token: { value: string; expiresAt: number } | undefined;
  private inflight: Promise<string> | undefined;
  /** Number of token requests made (for tests and the benchmark). */
  fetches = 0;

  constructor(
    private readonly tokenUrl: string,
    private readonly accessKey: string,
    private readonly secretKey: string,
    private readonly dispatcher: Dispatcher,
    private readonly now: () => number = Date.now,
  ) {
    registerSecret(accessKey);
    registerSecret(secretKey);
  }

  async get(): Promise<string> {
    if (this.token && this.now() < this.token.expiresAt) return this.token.value;
    this.inflight ??= this.fetch().finally(() => (this.inflight = undefined));
    return this.inflight;
  }

  invalidate(rejected?: string): void {
    if (!rejected || this.token?.value === rejected) this.token = undefined;
  }

  private async fetch(): Promise<string> {
    this.fetches++;
    const path = new URL(this.tokenUrl).pathname;
    const basic = Buffer.from(`${this.accessKey}:${this.secretKey}`).toString("base64");
    let res: Dispatcher.ResponseData;
    try {
      // megaportgo puts grant_type in the query (with an empty body); the form body is the OAuth2
      // standard's place. Both are sent, so either reading of the request finds it.
      const url = new URL(this.tokenUrl);
      url.searchParams.set("grant_type", "client_credentials");
      res = await request(url, {
        method: "POST",
        dispatcher: this.dispatcher,
        headers: {
          authorization: `Basic ${basic}`,
          "content-type": "application/x-www-form-urlencoded",
          accept: "application/json",
          "user-agent": USER_AGENT,
        },
        body: "grant_type=client_credentials",
      });
    } catch (e) {
      throw new MegaportApiError({
        kind: "connection",
        method: "POST",
        path,
        megaportMessage: `could not reach the token endpoint: ${(e as Error).message}`,
        cause: e,
      });
    }
    const text = await res.body.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    const parsed = TokenResponse.safeParse(json);
    if (res.statusCode !== 200 || !parsed.success || parsed.data.error) {
      const err = (json as { error?: string; message?: string } | undefined) ?? {};
      const retryAfterMs = parseRetryAfter(res.headers["retry-after"]);
      throw new MegaportApiError({
        kind: "http",
        method: "POST",
        path,
        status: res.statusCode,
        ...(retryAfterMs !== undefined ? { data: { retryAfterMs } } : {}),
        megaportMessage: `authentication failed (${err.error ?? err.message ?? "unexpected token response"}): check megaport:accessKey and megaport:secretKey for this environment`,
      });
    }
    registerSecret(parsed.data.access_token);
    this.token = {
      value: parsed.data.access_token,
      expiresAt:
        this.now() + parsed.data.expires_in * 1000 - Math.min(EXPIRY_MARGIN_MS, parsed.data.expires_in * 100),
    };
    return parsed.data.access_token;
  }
}
