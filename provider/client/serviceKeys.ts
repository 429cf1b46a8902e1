// Service keys: GET|POST|PUT /v2/service/key. The API has no DELETE.
import { z } from "zod";
import { registerSecret } from "./errors";
import { Transport } from "./transport";
import { epochMs, optBoolean, optNumber, optString } from "./shapes";

export const ServiceKey = z.object({
  key: z.string(),
  createDate: epochMs,
  description: optString,
  productId: optNumber,
  productUid: z.string(),
  productName: optString,
  vlan: optNumber,
  maxSpeed: optNumber,
  preApproved: optBoolean,
  singleUse: optBoolean,
  lastUsed: epochMs,
  active: optBoolean,
  validFor: z.object({ start: z.number(), end: z.number() }).nullish(),
  valid: optBoolean,
  /** Past the end of validFor. */
  expired: optBoolean,
  companyUid: optString,
});
export type ServiceKey = z.infer<typeof ServiceKey>;

export interface CreateServiceKeyRequest {
  productUid: string;
  singleUse: boolean;
  maxSpeed?: number | null;
  active?: boolean;
  preApproved?: boolean;
  description?: string;
  vlan?: number | null;
  validFor?: { start: number; end: number } | null;
}

export interface UpdateServiceKeyRequest {
  key: string;
  productUid: string;
  singleUse: boolean;
  active: boolean;
  validFor?: { start: number; end: number } | null;
}

/** Unset fields are left out, as megaportgo's omitempty leaves them (never sent as null). */
function withoutUnset<T extends object>(req: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(req).filter(([, v]) => v !== null && v !== undefined),
  ) as Partial<T>;
}

export class ServiceKeysService {
  constructor(private readonly t: Transport) {}

  /**
   * Creates a key and returns it: the answer carries only `key` (megaportgo reads nothing else), so
   * callers read the key's details with get(). Not repeatable: a second call would issue a second key.
   */
  async create(req: CreateServiceKeyRequest): Promise<string> {
    const { key } = await this.t.post(
      "/v2/service/key",
      withoutUnset(req),
      z.object({ key: z.string() }),
      "order",
    );
    registerSecret(key);
    return key;
  }

  /** The key's details; the key is sent as a real query parameter (GET /v2/service/key?key=K). */
  async get(key: string): Promise<ServiceKey> {
    registerSecret(key);
    return this.t.get("/v2/service/key", ServiceKey, { key });
  }

  async list(productIdOrUid?: string): Promise<ServiceKey[]> {
    const keys = await this.t.get("/v2/service/key", z.array(ServiceKey), { productIdOrUid });
    for (const k of keys) registerSecret(k.key);
    return keys;
  }

  /** Sets absolute values, so it is safe to repeat. */
  async update(req: UpdateServiceKeyRequest): Promise<void> {
    registerSecret(req.key);
    await this.t.put("/v2/service/key", withoutUnset(req));
  }
}
