// The Megaport emulator's HTTP server: the OAuth2 token endpoint, the API routes the client uses
// (the current routes megaportgo calls, plus the v2 forms the reference documents), and an
// admin API under /_emulator for tests and demos (faults, out-of-band changes, request log, reset).
import { createServer, IncomingMessage, Server, ServerResponse } from "node:http";
import { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import {
  FOREIGN_PORT,
  IX_TYPES,
  LOCATIONS,
  PARTNER_PORTS,
  PRICES,
  CURRENCY_BY_MARKET,
  locationById,
  locationV3,
  partnerPortByUid,
} from "./catalogue";
import { OrderChecker, TERMS, validateItemView } from "./orders";
import { EmulatorAdmin } from "./admin";
import { REFERENCE_UIDS, seedReferenceProducts } from "./referenceProducts";
import { FAST_TIMINGS, ProductState, Store, Timings } from "./store";
import {
  buyResultView,
  cloudKeyFor,
  cloudLookupView,
  productView,
  serviceKeyView,
  technicalServiceView,
} from "./views";

export const TERMS_TEXT =
  "This data is subject to the Acceptable Use Policy https://www.megaport.com/legal/acceptable-use-policy";
/** The key pair the emulator accepts when MEGAPORT_ACCESS_KEY/MEGAPORT_SECRET_KEY are not set. */
export const DEFAULT_CREDENTIALS = { accessKey: "emulator-access-key", secretKey: "emulator-secret-key" };
export const ADMIN_PREFIX = "/_emulator";

export interface EmulatorOptions {
  /** TCP port; 0 picks a free one. */
  port?: number;
  host?: string;
  timings?: Partial<Timings>;
  /** Persist products and service keys to this JSON file. */
  statePath?: string;
  credentials?: { accessKey: string; secretKey: string };
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
  at: number;
  /** The headers a test may check; never Authorization (it carries credentials). */
  headers: { accept?: string; contentType?: string; userAgent?: string };
}

/** A fault the next matching requests meet, set through POST /_emulator/faults. */
export interface Fault {
  method?: string;
  /** Matches when the request path starts with this. */
  pathPrefix?: string;
  kind: "status" | "reset" | "latency" | "dropAfterProcessing";
  status?: number;
  retryAfterSeconds?: number;
  message?: string;
  latencyMs?: number;
  /** How many requests it applies to (default 1). */
  times?: number;
  /** How many matching requests pass untouched before it applies (default 0). */
  skip?: number;
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

class HttpError extends Error {
  constructor(
    public status: number,
    message: string,
    public data?: unknown,
  ) {
    super(message);
  }
}

interface Ctx {
  req: IncomingMessage;
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  rawBody: string;
  traceId: string;
}

type Reply = { status: number; body: unknown; dropAfter?: boolean };

function ok(message: string, data?: unknown): Reply {
  return {
    status: 200,
    body: data === undefined ? { message, terms: TERMS_TEXT } : { message, terms: TERMS_TEXT, data },
  };
}

function sleep(ms: number) {
  return new Promise((r) => setTimeout(r, ms));
}

export class Emulator {
  readonly store: Store;
  readonly log: LoggedRequest[] = [];
  faults: Fault[] = [];
  private readonly credentials: { accessKey: string; secretKey: string };

  constructor(private readonly options: EmulatorOptions = {}) {
    this.store = new Store({ ...FAST_TIMINGS, ...options.timings }, options.statePath);
    this.credentials = options.credentials ?? {
      accessKey: process.env.MEGAPORT_ACCESS_KEY || DEFAULT_CREDENTIALS.accessKey,
      secretKey: process.env.MEGAPORT_SECRET_KEY || DEFAULT_CREDENTIALS.secretKey,
    };
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
      credentials: this.credentials,
      store: this.store,
      close: () => closeServer(server),
    };
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const traceId = randomUUID();
    const url = new URL(req.url ?? "/", "http://emulator");
    const rawBody = await readBody(req);
    let body: unknown = undefined;
    const contentType = req.headers["content-type"] ?? "";
    if (rawBody && contentType.includes("json")) {
      try {
        body = JSON.parse(rawBody);
      } catch {
        return send(
          res,
          400,
          { message: "Malformed JSON request body", data: "", trace_id: traceId },
          traceId,
        );
      }
    }
    const ctx: Ctx = {
      req,
      method: req.method ?? "GET",
      path: url.pathname.replace(/\/+$/, "") || "/",
      query: url.searchParams,
      body,
      rawBody,
      traceId,
    };
    const isAdmin = ctx.path.startsWith(ADMIN_PREFIX);
    const entry: LoggedRequest = {
      method: ctx.method,
      path: ctx.path,
      query: Object.fromEntries(url.searchParams),
      body: body ?? (rawBody || null),
      status: 0,
      at: Date.now(),
      headers: {
        accept: req.headers.accept,
        contentType: req.headers["content-type"],
        userAgent: req.headers["user-agent"],
      },
    };
    if (!isAdmin) this.log.push(entry);

    const fault = isAdmin ? undefined : this.takeFault(ctx);
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
      return send(
        res,
        entry.status,
        { message: fault.message ?? "Injected fault", data: "", trace_id: traceId },
        traceId,
        headers,
      );
    }

    let reply: Reply;
    try {
      reply = isAdmin ? this.admin(ctx) : this.api(ctx);
    } catch (e) {
      if (e instanceof HttpError)
        reply = { status: e.status, body: { message: e.message, data: e.data ?? "", trace_id: traceId } };
      else
        reply = {
          status: 500,
          body: { message: `Emulator error: ${(e as Error).message}`, data: "", trace_id: traceId },
        };
    }
    entry.status = reply.status;
    if (fault?.kind === "dropAfterProcessing") {
      // The order went through, but the answer never arrives: the case that must not double-buy.
      entry.status = -1;
      req.socket.destroy();
      return;
    }
    send(res, reply.status, reply.body, traceId);
  }

  private takeFault(ctx: Ctx): Fault | undefined {
    const i = this.faults.findIndex(
      (f) => (!f.method || f.method === ctx.method) && (!f.pathPrefix || ctx.path.startsWith(f.pathPrefix)),
    );
    if (i < 0) return undefined;
    const f = this.faults[i];
    if (f.skip) {
      this.faults[i] = { ...f, skip: f.skip - 1 };
      return undefined;
    }
    const remaining = (f.times ?? 1) - 1;
    if (remaining <= 0) this.faults.splice(i, 1);
    else this.faults[i] = { ...f, times: remaining };
    return f;
  }

  // ---------------------------------------------------------------- API

  private api(ctx: Ctx): Reply {
    const { method, path } = ctx;
    if (method === "POST" && path === "/oauth2/token") return this.token(ctx);
    // Locations are public (the Megaport CLI's tests call them without a token); everything else needs a bearer token.
    if (method === "GET" && path === "/v3/locations") return this.locations(ctx);
    this.authenticate(ctx);
    let m: RegExpMatchArray | null;
    if (method === "GET" && path === "/v2/dropdowns/partner/megaports")
      return ok("All Partner Megaports", PARTNER_PORTS.map(partnerView));
    if (method === "GET" && path === "/v2/product/ix/types") return this.ixTypes(ctx);
    if (method === "POST" && (m = path.match(/^\/(v2|v3)\/networkdesign\/validate$/)))
      return this.validate(ctx.body);
    if (method === "POST" && (m = path.match(/^\/(v2|v3|v4)\/networkdesign\/buy$/)))
      return this.buy(m[1] === "v4" ? this.v4Design(ctx.body) : ctx.body);
    if (method === "GET" && path === "/v2/products") return this.products();
    if (method === "GET" && (m = path.match(/^\/v2\/product\/([0-9a-fA-F-]{8,})$/)))
      return this.getProduct(m[1]);
    if (method === "GET" && (m = path.match(/^\/v2\/product\/([^/]+)\/tags$/)))
      return ok("Tags", { resourceTags: this.own(m[1]).resourceTags });
    if (method === "PUT" && (m = path.match(/^\/v2\/product\/([^/]+)\/tags$/)))
      return this.putTags(m[1], ctx.body);
    if (method === "PUT" && (m = path.match(/^\/v2\/product\/(megaport|mcr2)\/([^/]+)$/)))
      return this.updatePortOrMcr(m[2], ctx.body, m[1]);
    if (method === "PUT" && (m = path.match(/^\/(v2|v3)\/product\/vxc\/([^/]+)$/)))
      return this.updateVxc(m[2], ctx.body);
    if (method === "PUT" && (m = path.match(/^\/v2\/product\/ix\/([^/]+)$/)))
      return this.updateIx(m[1], ctx.body);
    if (method === "PUT" && (m = path.match(/^\/v2\/product\/([0-9a-fA-F-]{8,})$/)))
      return this.updatePortOrMcr(m[1], ctx.body);
    if (method === "POST" && (m = path.match(/^\/(v2|v3)\/product\/([^/]+)\/action\/([A-Z_]+)$/)))
      return this.lifecycle(m[2], m[3]);
    if (path === "/v2/service/key") return this.serviceKeys(ctx);
    if (method === "GET" && (m = path.match(/^\/v2\/secure\/([A-Za-z]+)\/(.+)$/)))
      return this.cloudLookup(m[1].toLowerCase(), decodeURIComponent(m[2]));
    if (method === "GET" && (m = path.match(/^\/v2\/pricebook\/(megaport|vxc|ix)$/)))
      return this.pricebook(m[1], ctx.query);
    throw new HttpError(404, `No route for ${method} ${path}`);
  }

  private token(ctx: Ctx): Reply {
    const grant = ctx.query.get("grant_type") ?? new URLSearchParams(ctx.rawBody).get("grant_type");
    if (grant !== "client_credentials") return { status: 400, body: { error: "unsupported_grant_type" } };
    const auth = ctx.req.headers.authorization ?? "";
    const decoded = auth.startsWith("Basic ") ? Buffer.from(auth.slice(6), "base64").toString("utf8") : "";
    const sep = decoded.indexOf(":");
    const [key, secret] = sep < 0 ? ["", ""] : [decoded.slice(0, sep), decoded.slice(sep + 1)];
    if (key !== this.credentials.accessKey || secret !== this.credentials.secretKey)
      return { status: 400, body: { error: "invalid_client" } };
    const token = randomUUID();
    const lifetime = this.store.timings.tokenLifetimeSeconds;
    this.store.tokens.set(token, { token, expiresAt: Date.now() + lifetime * 1000 });
    return { status: 200, body: { access_token: token, token_type: "Bearer", expires_in: lifetime } };
  }

  private authenticate(ctx: Ctx) {
    const auth = ctx.req.headers.authorization ?? "";
    const token = auth.startsWith("Bearer ") ? this.store.tokens.get(auth.slice(7)) : undefined;
    if (!token || token.expiresAt <= Date.now())
      throw new HttpError(401, "Unauthorized: the access token is missing, invalid or expired");
  }

  private locations(ctx: Ctx): Reply {
    const statuses = ctx.query.getAll("locationStatuses");
    const list = LOCATIONS.filter((l) => statuses.length === 0 || statuses.includes(l.status)).map(
      locationV3,
    );
    return ok("List all public locations", list);
  }

  private ixTypes(ctx: Ctx): Reply {
    const id = Number(ctx.query.get("locationId"));
    const location = locationById(id);
    if (!location) throw new HttpError(400, `Location ${ctx.query.get("locationId") ?? ""} does not exist`);
    const data = location.ixTypes.map((name) => {
      const t = IX_TYPES[name];
      return {
        secondaryIPv4: `${t.v4}.2`,
        secondaryIPv6: `${t.v6}::2`,
        primaryIPv4: `${t.v4}.1`,
        name,
        state: t.state,
        asn: t.asn,
        primaryIPv6: `${t.v6}::1`,
      };
    });
    return ok(`Available IX types for location ${id}`, data);
  }

  private v4Design(body: unknown): unknown {
    const design = (body as { networkDesign?: unknown } | undefined)?.networkDesign;
    if (!Array.isArray(design))
      throw new HttpError(400, "Request body must be {networkDesign: [...], discountCodes: [...]}");
    return design;
  }

  private validate(items: unknown): Reply {
    const services = new OrderChecker(this.store).check(items);
    if (typeof services === "string") throw new HttpError(400, services);
    const failed = services.some((s) => s.errors.length > 0);
    // The reference answers a failed validation with "Validation failed" and an `error` per service.
    return ok(failed ? "Validation failed" : "Validation passed", services.map(validateItemView));
  }

  private buy(items: unknown): Reply {
    const services = new OrderChecker(this.store).check(items);
    if (typeof services === "string") throw new HttpError(400, services);
    const errors = services.flatMap((s) => s.errors.map((e) => `${s.serviceName || s.productType}: ${e}`));
    if (errors.length > 0)
      throw new HttpError(400, `Validation failed ${errors.join("; ")}`, errors.join("; "));
    const created = services.map((s) => s.create());
    for (const p of created) this.store.products.set(p.productUid, p);
    this.store.save();
    const names = created.map(
      (p) =>
        `${p.productType === "VXC" ? "VXC" : p.productType === "IX" ? "IX" : "Port"} [${p.productUid}] created.`,
    );
    return ok(
      names.join(" "),
      created.map((p) => buyResultView(this.store, p)),
    );
  }

  private products(): Reply {
    const list = [...this.store.products.values()]
      .filter((p) => p.productType === "MEGAPORT" || p.productType === "MCR2")
      .map((p) => productView(this.store, p));
    return ok(`Found ${list.length} Products`, list);
  }

  /** Our product, or 400 "Could not find a service with UID" as the real API answers. */
  private own(uid: string): ProductState {
    const p = this.store.products.get(uid);
    if (!p) throw new HttpError(400, `Could not find a service with UID ${uid}`);
    return p;
  }

  private getProduct(uid: string): Reply {
    const p = this.store.products.get(uid);
    if (p) return ok(`Found Product ${uid}`, productView(this.store, p));
    const partner = partnerPortByUid(uid);
    if (partner) {
      return ok(`Found Product ${uid}`, {
        productUid: uid,
        productName: partner.title,
        productType: "MEGAPORT",
        provisioningStatus: "LIVE",
        locationId: partner.locationId,
        portSpeed: partner.speed,
        companyUid: partner.companyUid,
        companyName: partner.companyName,
        diversityZone: partner.diversityZone,
        associatedVxcs: [],
        associatedIxs: [],
      });
    }
    if (uid === FOREIGN_PORT.productUid)
      throw new HttpError(403, `Service ${uid} belongs to another company`);
    throw new HttpError(404, `Could not find a service with UID ${uid}`);
  }

  private requireUpdatable(p: ProductState) {
    const status = this.store.status(p);
    if (status !== "CONFIGURED" && status !== "LIVE")
      throw new HttpError(
        400,
        `Product ${p.productUid} cannot be updated while ${status}: only CONFIGURED or LIVE services can be updated`,
      );
  }

  private updatePortOrMcr(uid: string, body: unknown, kind?: string): Reply {
    const p = this.own(uid);
    if (kind && (kind === "mcr2") !== (p.productType === "MCR2"))
      throw new HttpError(400, `Product ${uid} is a ${p.productType}, not ${kind}`);
    if (p.productType === "VXC" || p.productType === "IX")
      throw new HttpError(400, `Use the ${p.productType} update route for ${uid}`);
    this.requireUpdatable(p);
    const b = (body ?? {}) as Record<string, unknown>;
    if (b.term !== undefined && !TERMS.includes(Number(b.term)))
      throw new HttpError(400, `Invalid term ${String(b.term)}: must be one of 1, 12, 24, 36, 48, 60 months`);
    if (b.asn !== undefined) {
      if (p.productType !== "MCR2") throw new HttpError(400, "asn can only be changed on an MCR");
      const asn = Number(b.asn);
      if (!Number.isInteger(asn) || asn < 1 || asn > 4294967295)
        throw new HttpError(400, `Invalid asn ${String(b.asn)}`);
      const attached = this.store
        .children(uid)
        .some((c) => c.productType === "VXC" && this.store.isActive(c));
      if (attached && asn !== p.mcrAsn)
        throw new HttpError(
          400,
          "Cannot update ASN while VXCs are attached to this MCR. Remove the VXCs first.",
        );
      p.mcrAsn = asn;
    }
    if (typeof b.costCentre === "string" && b.costCentre.length > 255)
      throw new HttpError(400, "costCentre must be at most 255 characters");
    if (typeof b.name === "string") p.productName = b.name;
    if (typeof b.costCentre === "string") p.costCentre = b.costCentre;
    if (typeof b.marketplaceVisibility === "boolean") p.marketplaceVisibility = b.marketplaceVisibility;
    if (b.term !== undefined) p.term = Number(b.term);
    this.store.save();
    return ok(`Product [${uid}] has been updated`, technicalServiceView(this.store, p));
  }

  private updateVxc(uid: string, body: unknown): Reply {
    const p = this.own(uid);
    if (p.productType !== "VXC") throw new HttpError(400, `Product ${uid} is not a VXC`);
    this.requireUpdatable(p);
    const b = (body ?? {}) as Record<string, unknown>;
    const vlanOk = (v: unknown) =>
      v === undefined ||
      v === 0 ||
      v === -1 ||
      (Number.isInteger(v) && (v as number) >= 2 && (v as number) <= 4093);
    for (const f of ["aEndVlan", "bEndVlan", "aEndInnerVlan", "bEndInnerVlan"])
      if (!vlanOk(b[f])) throw new HttpError(400, `${f} ${String(b[f])} is out of range: must be 2-4093`);
    if (b.term !== undefined && !TERMS.includes(Number(b.term)))
      throw new HttpError(400, `Invalid term ${String(b.term)}`);
    if (b.rateLimit !== undefined && (!Number.isInteger(b.rateLimit) || (b.rateLimit as number) < 1))
      throw new HttpError(400, `Invalid rateLimit ${String(b.rateLimit)}`);
    for (const [endKey, uidKey] of [
      ["aEnd", "aEndProductUid"],
      ["bEnd", "bEndProductUid"],
    ] as const) {
      const target = b[uidKey];
      if (typeof target === "string" && target !== p[endKey]?.productUid) {
        const t = this.store.products.get(target);
        if (!t || !this.store.isActive(t) || (t.productType !== "MEGAPORT" && t.productType !== "MCR2"))
          throw new HttpError(
            400,
            `Cannot move the ${endKey} to ${target}: not an active Port or MCR of yours`,
          );
      }
    }
    for (const [endKey, field] of [
      ["aEnd", "aEndVlan"],
      ["bEnd", "bEndVlan"],
    ] as const) {
      const vlan = b[field] as number | undefined;
      const portUid = (b[`${endKey}ProductUid`] as string | undefined) ?? p[endKey]?.productUid;
      if (vlan && vlan > 1 && portUid && this.store.vlansInUse(portUid, uid).has(vlan))
        throw new HttpError(400, `VLAN ${vlan} is already in use on service ${portUid}`);
    }
    if (b.aEndConfig !== undefined || b.bEndConfig !== undefined) {
      for (const cfg of [b.aEndConfig, b.bEndConfig]) {
        const c = cfg as Record<string, unknown> | undefined;
        if (c && c.interfaces === undefined && c.connectType !== "VROUTER")
          throw new HttpError(400, "Only vRouter partner configuration can be changed on an existing VXC");
      }
    }
    if (typeof b.name === "string") p.productName = b.name;
    if (typeof b.rateLimit === "number") p.rateLimit = b.rateLimit;
    if (typeof b.costCentre === "string") p.costCentre = b.costCentre;
    if (typeof b.shutdown === "boolean") p.shutdown = b.shutdown;
    if (b.term !== undefined) p.term = Number(b.term);
    if (p.aEnd) {
      if (typeof b.aEndProductUid === "string") p.aEnd.productUid = b.aEndProductUid;
      if (typeof b.aEndVlan === "number")
        p.aEnd.vlan = b.aEndVlan === 0 ? this.store.assignVlan(p.aEnd.productUid) : b.aEndVlan;
      if (typeof b.aEndInnerVlan === "number") p.aEnd.innerVlan = b.aEndInnerVlan;
      if (b.aEndConfig !== undefined) p.aEnd.partnerConfig = b.aEndConfig as Record<string, unknown>;
    }
    if (p.bEnd) {
      if (typeof b.bEndProductUid === "string") p.bEnd.productUid = b.bEndProductUid;
      if (typeof b.bEndVlan === "number")
        p.bEnd.vlan = b.bEndVlan === 0 ? this.store.assignVlan(p.bEnd.productUid) : b.bEndVlan;
      if (typeof b.bEndInnerVlan === "number") p.bEnd.innerVlan = b.bEndInnerVlan;
      if (b.bEndConfig !== undefined) p.bEnd.partnerConfig = b.bEndConfig as Record<string, unknown>;
    }
    this.store.save();
    return ok(`VXC ${uid} has been updated`, technicalServiceView(this.store, p));
  }

  private updateIx(uid: string, body: unknown): Reply {
    const p = this.own(uid);
    if (p.productType !== "IX") throw new HttpError(400, `Product ${uid} is not an IX`);
    this.requireUpdatable(p);
    const b = (body ?? {}) as Record<string, unknown>;
    if (b.macAddress !== undefined && !/^([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$/.test(String(b.macAddress)))
      throw new HttpError(400, `Invalid MAC address ${String(b.macAddress)}`);
    if (
      b.asn !== undefined &&
      (!Number.isInteger(b.asn) || (b.asn as number) < 1 || (b.asn as number) > 4294967295)
    )
      throw new HttpError(400, `Invalid ASN ${String(b.asn)}`);
    if (
      b.vlan !== undefined &&
      (!Number.isInteger(b.vlan) || (b.vlan as number) < 2 || (b.vlan as number) > 4093)
    )
      throw new HttpError(400, `VLAN ${String(b.vlan)} is out of range 2-4093`);
    if (typeof b.vlan === "number" && p.parentUid && this.store.vlansInUse(p.parentUid, uid).has(b.vlan))
      throw new HttpError(400, `VLAN ${b.vlan} is already in use on service ${p.parentUid}`);
    if (typeof b.name === "string") p.productName = b.name;
    if (typeof b.rateLimit === "number") p.rateLimit = b.rateLimit;
    if (typeof b.costCentre === "string") p.costCentre = b.costCentre;
    if (typeof b.vlan === "number") p.vlan = b.vlan;
    if (typeof b.macAddress === "string") p.macAddress = b.macAddress.toLowerCase();
    if (typeof b.asn === "number") p.asn = b.asn;
    if (typeof b.publicGraph === "boolean") p.publicGraph = b.publicGraph;
    if (typeof b.reverseDns === "string") p.reverseDns = b.reverseDns;
    if (typeof b.shutdown === "boolean") p.shutdown = b.shutdown;
    this.store.save();
    return ok(`IX Service ${p.productId} has been updated`, technicalServiceView(this.store, p));
  }

  private putTags(uid: string, body: unknown): Reply {
    const p = this.own(uid);
    const tags = (body as { resourceTags?: unknown } | undefined)?.resourceTags;
    if (!Array.isArray(tags)) throw new HttpError(400, "resourceTags must be an array of {key, value}");
    p.resourceTags = tags as Array<{ key: string; value: string }>;
    this.store.save();
    return ok("Tags updated", { resourceTags: p.resourceTags });
  }

  private lifecycle(uid: string, action: string): Reply {
    const p = this.own(uid);
    const status = this.store.status(p);
    switch (action) {
      case "CANCEL_NOW":
        if (status === "DECOMMISSIONED") throw new HttpError(400, `Service ${uid} is already DECOMMISSIONED`);
        this.store.cancelNow(p);
        break;
      case "CANCEL":
        if (p.productType === "MEGAPORT" || p.productType === "MCR2")
          throw new HttpError(
            400,
            `${p.productType === "MCR2" ? "MCR" : "Port"} ${uid} can only be cancelled with CANCEL_NOW`,
          );
        if (status !== "LIVE" && status !== "CONFIGURED")
          throw new HttpError(400, `Service ${uid} cannot be cancelled while ${status}`);
        p.cancelledAt = this.store.time();
        break;
      case "UN_CANCEL":
        if (status !== "CANCELLED") throw new HttpError(400, `Service ${uid} is not CANCELLED`);
        p.cancelledAt = null;
        break;
      default:
        throw new HttpError(400, `Unknown lifecycle action ${action}: use CANCEL, CANCEL_NOW or UN_CANCEL`);
    }
    this.store.save();
    return ok(`Action [${action} Service ${p.productId}] has been done.`);
  }

  private serviceKeys(ctx: Ctx): Reply {
    const b = (ctx.body ?? {}) as Record<string, unknown>;
    if (ctx.method === "GET") {
      const key = ctx.query.get("key");
      if (key) {
        const k = this.store.serviceKeys.get(key);
        if (!k) throw new HttpError(404, `Service key ${key} not found`);
        return ok("Found service key", serviceKeyView(this.store, k));
      }
      const product = ctx.query.get("productIdOrUid");
      const list = [...this.store.serviceKeys.values()].filter(
        (k) => !product || k.productUid === product || String(k.productId) === product,
      );
      return ok(
        `Found [${list.length}] service keys`,
        list.map((k) => serviceKeyView(this.store, k)),
      );
    }
    if (ctx.method === "POST") {
      const productUid = String(b.productUid ?? "");
      const p =
        this.store.products.get(productUid) ??
        [...this.store.products.values()].find((x) => x.productId === b.productId);
      if (!p || (p.productType !== "MEGAPORT" && p.productType !== "MCR2"))
        throw new HttpError(400, `Could not find a service with UID ${productUid}`);
      this.checkServiceKeyFields(b);
      const key = randomUUID();
      const validFor = b.validFor as { start: number; end: number } | null | undefined;
      this.store.serviceKeys.set(key, {
        key,
        productUid: p.productUid,
        productId: p.productId,
        description: (b.description as string | undefined) ?? null,
        vlan: (b.vlan as number | null | undefined) ?? null,
        maxSpeed: (b.maxSpeed as number | null | undefined) ?? null,
        preApproved: b.preApproved === true,
        singleUse: b.singleUse === true,
        active: b.active !== false,
        createDate: this.store.time(),
        lastUsed: null,
        validFor: validFor ?? null,
      });
      this.store.save();
      return ok(
        `New service key [${key}] generated`,
        serviceKeyView(this.store, this.store.serviceKeys.get(key)!, true),
      );
    }
    if (ctx.method === "PUT") {
      const k = this.store.serviceKeys.get(String(b.key ?? ""));
      if (!k) throw new HttpError(404, `Service key ${String(b.key)} not found`);
      this.checkServiceKeyFields(b);
      if (typeof b.active === "boolean") k.active = b.active;
      if (b.validFor !== undefined)
        k.validFor = (b.validFor as { start: number; end: number } | null) ?? null;
      if (typeof b.description === "string") k.description = b.description;
      this.store.save();
      return ok(`Service key [${k.key}] updated`);
    }
    throw new HttpError(405, `${ctx.method} is not supported on /v2/service/key`);
  }

  private checkServiceKeyFields(b: Record<string, unknown>) {
    if (
      b.vlan !== undefined &&
      b.vlan !== null &&
      (!Number.isInteger(b.vlan) || (b.vlan as number) < 2 || (b.vlan as number) > 4093)
    )
      throw new HttpError(400, `VLAN ${String(b.vlan)} is out of range 2-4093`);
    if (b.vlan !== undefined && b.vlan !== null && b.singleUse === false)
      throw new HttpError(400, "Only a single-use service key may carry a VLAN");
    const v = b.validFor as { start?: unknown; end?: unknown } | null | undefined;
    if (v && (typeof v.start !== "number" || typeof v.end !== "number" || v.end <= v.start))
      throw new HttpError(400, "validFor must have numeric start < end (epoch milliseconds)");
  }

  private cloudLookup(kind: string, key: string): Reply {
    if (!["azure", "google", "oracle", "nutanix"].includes(kind))
      throw new HttpError(404, `Unknown partner ${kind}`);
    const k = cloudKeyFor(kind, key);
    if (!k) throw new HttpError(400, `The ${kind} key was not recognised`);
    return ok("Successful lookup", cloudLookupView(this.store, k));
  }

  private pricebook(kind: string, q: URLSearchParams): Reply {
    const currencyAt = (id: number) => CURRENCY_BY_MARKET[locationById(id)?.market ?? ""] ?? "USD";
    const need = (name: string) => {
      const v = q.get(name);
      if (v === null || v === "") throw new HttpError(400, `${name} is required`);
      return v;
    };
    if (kind === "megaport") {
      const locationId = Number(need("locationId"));
      const speed = Number(need("speed"));
      const virtual = q.get("virtual") === "true";
      const term = Number(q.get("term") ?? 1);
      if (!locationById(locationId)) throw new HttpError(400, `Location ${locationId} does not exist`);
      const monthly = virtual
        ? PRICES.mcrMonthlyPerGbps * (speed / 1000)
        : (PRICES.portMonthly[speed] ?? 800) * (PRICES.termDiscount[term] ?? 1);
      return ok("Megaport Charges", {
        monthlySetup: 0,
        monthlyRate: Math.round(monthly * 100) / 100,
        fixedRecurringCharge: virtual ? 0 : monthly,
        longHaulMbpsRate: virtual ? 2 : 0,
        mbpsRate: virtual ? 2 : 0,
        currency: currencyAt(locationId),
        productType: "MEGAPORT",
      });
    }
    if (kind === "vxc") {
      const a = Number(need("aLocationId"));
      const b = Number(need("bLocationId"));
      const speed = Number(need("speed"));
      const longHaul = locationById(a)?.metro !== locationById(b)?.metro;
      const rate = longHaul ? PRICES.vxcMonthlyPerMbps.longHaul : PRICES.vxcMonthlyPerMbps.metro;
      return ok("VXC charges for new orders", {
        monthlySetup: 0,
        monthlyRate: Math.round(speed * rate * 100) / 100,
        fixedRecurringCharge: 0,
        longHaulMbpsRate: PRICES.vxcMonthlyPerMbps.longHaul,
        mbpsRate: rate,
        currency: currencyAt(a),
        productType: "VXC",
        forceProductChange: null,
      });
    }
    const ixType = need("ixType");
    const loc = Number(need("portLocationId"));
    const speed = Number(need("speed"));
    if (!IX_TYPES[ixType]) throw new HttpError(400, `Unknown IX type ${ixType}`);
    return ok("IX charges for new orders", {
      monthlySetup: 0,
      monthlyRate: Math.round((PRICES.ixMonthlyBase + speed * 0.05) * 100) / 100,
      fixedRecurringCharge: 100,
      longHaulMbpsRate: 0.6,
      mbpsRate: 0.05,
      currency: currencyAt(loc),
      productType: "IX",
      forceProductChange: null,
    });
  }

  // ---------------------------------------------------------------- admin

  private admin(ctx: Ctx): Reply {
    const path = ctx.path.slice(ADMIN_PREFIX.length);
    const b = (ctx.body ?? {}) as Record<string, unknown>;
    let m: RegExpMatchArray | null;
    if (ctx.method === "GET" && path === "/requests") return { status: 200, body: this.log };
    if (ctx.method === "DELETE" && path === "/requests") {
      this.log.length = 0;
      return { status: 200, body: { cleared: true } };
    }
    if (ctx.method === "POST" && path === "/faults") {
      const faults = (Array.isArray(ctx.body) ? ctx.body : [ctx.body]) as Fault[];
      for (const f of faults) {
        if (!f || !["status", "reset", "latency", "dropAfterProcessing"].includes(f.kind))
          throw new HttpError(400, "fault.kind must be status, reset, latency or dropAfterProcessing");
      }
      this.faults.push(...faults);
      return { status: 200, body: { faults: this.faults } };
    }
    if (ctx.method === "DELETE" && path === "/faults") {
      this.faults = [];
      return { status: 200, body: { faults: [] } };
    }
    if (ctx.method === "POST" && path === "/tokens/expire") {
      for (const t of this.store.tokens.values()) t.expiresAt = 0;
      return { status: 200, body: { expired: this.store.tokens.size } };
    }
    if (ctx.method === "POST" && path === "/timings") {
      this.store.timings = { ...this.store.timings, ...(b as Partial<Timings>) };
      return { status: 200, body: this.store.timings };
    }
    if (ctx.method === "GET" && path === "/products")
      return {
        status: 200,
        body: [...this.store.products.values()].map((p) => ({ ...productView(this.store, p) })),
      };
    if (ctx.method === "POST" && (m = path.match(/^\/products\/([^/]+)$/)))
      return this.outOfBandChange(m[1], b);
    if (
      ctx.method === "POST" &&
      (m = path.match(/^\/products\/([^/]+)\/(CANCEL|CANCEL_NOW|DECOMMISSION|FAIL)$/))
    )
      return this.outOfBandAction(m[1], m[2]);
    if (ctx.method === "POST" && path === "/orders") {
      // "Bought in the portal": buy immediately and mark LIVE, for adoption tests and demos.
      const reply = this.buy(ctx.body);
      for (const item of (reply.body as { data: Array<Record<string, unknown>> }).data) {
        const uid = String(item.technicalServiceUid ?? item.vxcJTechnicalServiceUid);
        const p = this.store.products.get(uid);
        if (p) p.boughtAt -= this.store.timings.deployableMs + this.store.timings.configuredMs;
      }
      this.store.save();
      return reply;
    }
    if (ctx.method === "POST" && path === "/seed/reference") {
      seedReferenceProducts(this.store);
      return { status: 200, body: REFERENCE_UIDS };
    }
    if (ctx.method === "POST" && path === "/reset") {
      this.store.reset();
      this.log.length = 0;
      this.faults = [];
      return { status: 200, body: { reset: true } };
    }
    throw new HttpError(404, `No admin route ${ctx.method} ${ctx.path}`);
  }

  /** A change made by a person in the portal: rename, new rate limit, cost centre, VLANs, ASN. */
  private outOfBandChange(uid: string, b: Record<string, unknown>): Reply {
    const p = this.own(uid);
    if (typeof b.productName === "string") p.productName = b.productName;
    if (typeof b.rateLimit === "number") p.rateLimit = b.rateLimit;
    if (typeof b.costCentre === "string") p.costCentre = b.costCentre;
    if (typeof b.marketplaceVisibility === "boolean") p.marketplaceVisibility = b.marketplaceVisibility;
    if (typeof b.term === "number") p.term = b.term;
    if (typeof b.mcrAsn === "number") p.mcrAsn = b.mcrAsn;
    if (typeof b.shutdown === "boolean") p.shutdown = b.shutdown;
    if (typeof b.aEndVlan === "number" && p.aEnd) p.aEnd.vlan = b.aEndVlan;
    if (typeof b.bEndVlan === "number" && p.bEnd) p.bEnd.vlan = b.bEndVlan;
    if (typeof b.vlan === "number") p.vlan = b.vlan;
    if (typeof b.asn === "number") p.asn = b.asn;
    this.store.save();
    return { status: 200, body: productView(this.store, p) };
  }

  private outOfBandAction(uid: string, action: string): Reply {
    const p = this.own(uid);
    if (action === "CANCEL") p.cancelledAt = this.store.time();
    else if (action === "FAIL") p.forcedStatus = "FAILED";
    else {
      this.store.cancelNow(p);
      // DECOMMISSION: straight to the terminal state, as after a staging reset.
      if (action === "DECOMMISSION") {
        for (const x of [p, ...this.store.children(uid)])
          x.cancelNowAt = this.store.time() - this.store.timings.decommissionMs;
      }
    }
    this.store.save();
    return { status: 200, body: productView(this.store, p) };
  }
}

function partnerView(p: (typeof PARTNER_PORTS)[number]) {
  return {
    connectType: p.connectType,
    productUid: p.productUid,
    title: p.title,
    productName: p.title,
    companyUid: p.companyUid,
    companyName: p.companyName,
    diversityZone: p.diversityZone,
    locationId: p.locationId,
    speed: p.speed,
    rank: p.rank,
    vxcPermitted: p.vxcPermitted,
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function send(
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

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** Starts an emulator; tests start one per suite on an ephemeral port. */
export async function startEmulator(
  options: EmulatorOptions = {},
): Promise<RunningEmulator & { emulator: Emulator; admin: EmulatorAdmin }> {
  const emulator = new Emulator(options);
  const running = await emulator.start();
  return { ...running, emulator, admin: new EmulatorAdmin(running.url) };
}
