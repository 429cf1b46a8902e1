// OAuth2 client credentials: the token endpoint, and the bearer check every non-public route makes.
import { randomUUID } from "node:crypto";
import { Company, MANAGED_COMPANIES, OUR_COMPANY } from "../../data/catalogue";
import { ApiRequest, HttpError } from "../http";
import { EmulatorState, Route } from "./route";

export const authRoutes: Route[] = [
  {
    method: "POST",
    path: /^\/oauth2\/token$/,
    public: true,
    handle(request, _params, { store, credentials }) {
      const grant = request.query.get("grant_type") ?? new URLSearchParams(request.rawBody).get("grant_type");
      if (grant !== "client_credentials") return { status: 400, body: { error: "unsupported_grant_type" } };
      const auth = request.req.headers.authorization ?? "";
      const decoded = auth.startsWith("Basic ") ? Buffer.from(auth.slice(6), "base64").toString("utf8") : "";
      const sep = decoded.indexOf(":");
      const [key, secret] = sep < 0 ? ["", ""] : [decoded.slice(0, sep), decoded.slice(sep + 1)];
      if (key !== credentials.accessKey || secret !== credentials.secretKey)
        return { status: 400, body: { error: "invalid_client" } };
      const token = randomUUID();
      const lifetime = store.timings.tokenLifetimeSeconds;
      store.tokens.set(token, { token, expiresAt: Date.now() + lifetime * 1000 });
      return { status: 200, body: { access_token: token, token_type: "Bearer", expires_in: lifetime } };
    },
  },
];

export function authenticate(request: ApiRequest, { store }: EmulatorState): void {
  const auth = request.req.headers.authorization ?? "";
  const token = auth.startsWith("Bearer ") ? store.tokens.get(auth.slice(7)) : undefined;
  if (!token || token.expiresAt <= Date.now())
    throw new HttpError(401, "Unauthorized: the access token is missing, invalid or expired");
}

/** The account a request acts in: X-Call-Context names a managed company, else it is ours. */
export function actingCompany(request: ApiRequest): Company {
  const context = request.req.headers["x-call-context"];
  if (context === undefined) return OUR_COMPANY;
  const managed = MANAGED_COMPANIES.find((c) => c.companyUid === context);
  if (!managed)
    throw new HttpError(403, `X-Call-Context ${String(context)} is not a company this account manages`);
  return managed;
}
