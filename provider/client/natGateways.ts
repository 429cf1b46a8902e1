// NAT gateways (megaportgo nat_gateway*.go): a design record (POST /v3/products/nat_gateways),
// validated and bought by its UID through the v3 network-design routes, read, replaced with a
// full PUT, and deleted while still a design; its packet filters and prefix lists have routes
// of their own under the gateway. Its dates are strings, unlike every other product's.
import { z } from "zod";
import { apiPath, Transport } from "./transport";
import { optBoolean, optNumber, optString } from "./shapes";
import { Price } from "./orders";

export interface NatGatewayRequest {
  productName: string;
  locationId: number;
  speed: number;
  term: number;
  autoRenewTerm: boolean;
  promoCode?: string;
  resourceTags: Array<{ key: string; value: string }>;
  /** Always sent in full (megaportgo NATGatewayConfig). */
  config: { asn: number; bgpShutdownDefault: boolean; diversityZone: string; sessionCount: number };
}

export const NatGateway = z.object({
  productUid: z.string(),
  productName: optString,
  provisioningStatus: z.string(),
  locationId: optNumber,
  speed: optNumber,
  term: optNumber,
  autoRenewTerm: optBoolean,
  locked: optBoolean,
  adminLocked: optBoolean,
  orderApprovalStatus: optString,
  /** Megaport's service level reference (support contracts). */
  serviceLevelReference: optString,
  /** The user who ordered it. */
  createdBy: optString,
  promoCode: optString,
  createDate: optString,
  contractEndDate: optString,
  resourceTags: z.array(z.object({ key: z.string(), value: z.string() })).nullish(),
  config: z
    .object({
      asn: optNumber,
      bgpShutdownDefault: optBoolean,
      diversityZone: optString,
      sessionCount: optNumber,
    })
    .nullish(),
});
export type NatGateway = z.infer<typeof NatGateway>;

export const NatGatewaySessionRow = z.object({ speedMbps: z.number(), sessionCount: z.array(z.number()) });
export type NatGatewaySessionRow = z.infer<typeof NatGatewaySessionRow>;

const ValidatedDesign = z.object({ productUid: optString, productType: optString, price: Price.nullish() });

export interface PacketFilterEntry {
  action: "permit" | "deny";
  description?: string;
  sourceAddress: string;
  destinationAddress: string;
  sourcePorts?: string;
  destinationPorts?: string;
  /** 0 or absent: any protocol. */
  ipProtocol?: number;
}

export interface PacketFilterRequest {
  description: string;
  entries: PacketFilterEntry[];
}

export const PacketFilter = z.object({
  id: z.number(),
  description: optString,
  entries: z
    .array(
      z.object({
        action: z.string(),
        description: optString,
        sourceAddress: z.string(),
        destinationAddress: z.string(),
        sourcePorts: optString,
        destinationPorts: optString,
        ipProtocol: optNumber,
      }),
    )
    .nullish(),
});
export type PacketFilter = z.infer<typeof PacketFilter>;

export interface NatPrefixListRequest {
  description: string;
  addressFamily: "IPv4" | "IPv6";
  entries: Array<{ action: "permit" | "deny"; prefix: string; ge?: number; le?: number }>;
}

/** ge and le travel as strings both ways here (megaportgo converts); "" or "0" is unset. */
const bound = z
  .union([z.number(), z.string().regex(/^\d*$/)])
  .nullish()
  .transform((v) => (v === null || v === undefined || v === "" || Number(v) === 0 ? undefined : Number(v)));

export const NatPrefixList = z.object({
  id: z.number(),
  description: optString,
  addressFamily: optString,
  entries: z.array(z.object({ action: z.string(), prefix: z.string(), ge: bound, le: bound })).nullish(),
});
export type NatPrefixList = z.infer<typeof NatPrefixList>;

const Summary = z.object({ id: z.number(), description: optString, addressFamily: optString });
export type NatSummary = z.infer<typeof Summary>;

export class NatGatewaysService {
  constructor(private readonly t: Transport) {}

  private path(rest = ""): string {
    return `/v3/products/nat_gateways${rest}`;
  }

  /**
   * Makes a design (nothing is bought). Not retried once it may have reached Megaport: a repeat
   * would make a second design; after a lost answer, look for it by its order marker.
   */
  async create(request: NatGatewayRequest): Promise<NatGateway> {
    return this.t.post(this.path(), request, NatGateway, "order");
  }

  async list(): Promise<NatGateway[]> {
    return this.t.get(this.path(), z.array(NatGateway));
  }

  async get(uid: string): Promise<NatGateway> {
    return this.t.get(this.path(apiPath`/${uid}`), NatGateway);
  }

  /** The whole gateway, absolute values: safe to repeat. */
  async update(uid: string, request: NatGatewayRequest): Promise<NatGateway> {
    return this.t.put(this.path(apiPath`/${uid}`), request, NatGateway);
  }

  /** Deletes a design; Megaport answers 400 for a bought gateway (cancel that with CANCEL_NOW). */
  async deleteDesign(uid: string): Promise<void> {
    await this.t.delete(this.path(apiPath`/${uid}`));
  }

  /** Which session counts each speed offers. */
  async sessions(): Promise<NatGatewaySessionRow[]> {
    return this.t.get(this.path("/sessions"), z.array(NatGatewaySessionRow));
  }

  /** Validates a design by its UID and answers its price. Places nothing, so safe to repeat. */
  async validate(uid: string): Promise<z.infer<typeof ValidatedDesign>> {
    const [validated] = await this.t.post(
      "/v3/networkdesign/validate",
      [{ productUid: uid }],
      z.array(ValidatedDesign),
      "idempotent",
    );
    return validated ?? {};
  }

  /** Buys a design (v3, by UID). Never retried once it may have been received. */
  async buy(uid: string): Promise<void> {
    await this.t.post("/v3/networkdesign/buy", [{ productUid: uid }], z.unknown(), "order");
  }

  packetFilters(uid: string): GatewayListRoutes<PacketFilter, PacketFilterRequest> {
    return new GatewayListRoutes(
      this.t,
      this.path(apiPath`/${uid}`),
      "packet_filter",
      PacketFilter,
      (body) => body,
    );
  }

  prefixLists(uid: string): GatewayListRoutes<NatPrefixList, NatPrefixListRequest> {
    return new GatewayListRoutes(
      this.t,
      this.path(apiPath`/${uid}`),
      "prefix_list",
      NatPrefixList,
      prefixListWire,
    );
  }
}

/** Prefix list bounds go as strings here (megaportgo converts), and only when set. */
function prefixListWire(list: NatPrefixListRequest): unknown {
  return {
    ...list,
    entries: list.entries.map(({ ge, le, ...e }) => ({
      ...e,
      ...(ge ? { ge: String(ge) } : {}),
      ...(le ? { le: String(le) } : {}),
    })),
  };
}

/** A gateway's packet filters or prefix lists: the same five routes for each. */
export class GatewayListRoutes<T extends { id: number }, Req> {
  constructor(
    private readonly t: Transport,
    private readonly base: string,
    private readonly noun: "packet_filter" | "prefix_list",
    private readonly schema: z.ZodType<T>,
    /** The request body as it goes over the wire. */
    private readonly wire: (body: Req) => unknown,
  ) {}

  /** Creates one and answers it. Not retried once it may have reached Megaport. */
  async create(body: Req): Promise<T> {
    return this.t.post(`${this.base}/${this.noun}s`, this.wire(body), this.schema, "order");
  }

  async summaries(): Promise<NatSummary[]> {
    return this.t.get(`${this.base}/${this.noun}_summaries`, z.array(Summary));
  }

  async get(id: number): Promise<T> {
    return this.t.get(`${this.base}/${this.noun}s/${id}`, this.schema);
  }

  /** Replaces it whole (absolute values: safe to repeat). */
  async update(id: number, body: Req): Promise<T> {
    return this.t.put(`${this.base}/${this.noun}s/${id}`, this.wire(body), this.schema);
  }

  /** Megaport answers 409 while a VXC on the gateway still uses it. */
  async delete(id: number): Promise<void> {
    await this.t.delete(`${this.base}/${this.noun}s/${id}`);
  }
}
