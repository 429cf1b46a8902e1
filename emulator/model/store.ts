// The emulator's mutable state: products, service keys and tokens, with the provisioning state
// machine computed from timestamps (so a product "moves" without timers) and optional persistence
// to a JSON file so a stack can be brought up and destroyed across separate commands.
import { randomUUID } from "node:crypto";
import { readFileSync, renameSync, writeFileSync, existsSync } from "node:fs";
import { OUR_COMPANY } from "../data/catalogue";

/** How long each provisioning phase takes, in milliseconds. */
export interface Timings {
  /** DEPLOYABLE → CONFIGURED after a buy. */
  deployableMs: number;
  /** CONFIGURED → LIVE. */
  configuredMs: number;
  /** DECOMMISSIONING → DECOMMISSIONED after CANCEL_NOW. */
  decommissionMs: number;
  /** How long an issued token lives, in seconds (expires_in). */
  tokenLifetimeSeconds: number;
}

export const FAST_TIMINGS: Timings = {
  deployableMs: 100,
  configuredMs: 100,
  decommissionMs: 100,
  tokenLifetimeSeconds: 3600,
};
export const REALISTIC_TIMINGS: Timings = {
  deployableMs: 4000,
  configuredMs: 6000,
  decommissionMs: 3000,
  tokenLifetimeSeconds: 3600,
};

export type ProductType = "MEGAPORT" | "MCR2" | "MVE" | "VXC" | "IX" | "NAT_GATEWAY";

/** An MCR add-on (only IPsec exists). */
export interface AddOnState {
  addOnUid: string;
  addOnType: "IP_SEC";
  tunnelCount: number;
  packCount: number;
}

/** An MCR prefix filter list; ids are scoped to the MCR. */
export interface PrefixListState {
  id: number;
  description: string;
  addressFamily: "IPv4" | "IPv6";
  entries: Array<{ action: string; prefix: string; ge?: number; le?: number }>;
}

/** A NAT gateway packet filter; ids are scoped to the gateway. */
export interface PacketFilterState {
  id: number;
  description: string;
  entries: Array<Record<string, unknown>>;
}

/** A NAT gateway's config object, as its routes take and answer it. */
export interface NatGatewayConfig {
  asn: number;
  bgpShutdownDefault: boolean;
  diversityZone: string;
  sessionCount: number;
}

export interface VxcEndState {
  productUid: string;
  vlan: number | null;
  innerVlan: number | null;
  /** On an MVE end: the vNIC (0-based). */
  vNicIndex?: number | null;
  partnerConfig: Record<string, unknown> | null;
}

export interface StoredProduct {
  productUid: string;
  productId: number;
  productType: ProductType;
  productName: string;
  companyUid: string;
  companyName: string;
  locationId: number;
  term: number;
  costCentre: string;
  createDate: number;
  /** When the order was bought; the state machine runs from here. */
  boughtAt: number;
  /** Set when CANCEL_NOW (or decommission) was accepted. */
  cancelNowAt: number | null;
  /** Set while an end-of-term CANCEL is pending. */
  cancelledAt: number | null;
  /** Forced terminal status set by an administrator (e.g. FAILED). */
  forcedStatus: string | null;
  marketplaceVisibility: boolean;
  diversityZone: string | null;
  promoCode: string | null;
  resourceTags: Array<{ key: string; value: string }>;
  // Ports and MCRs
  portSpeed: number | null;
  /** LAG members share it (the primary's productId); null for a port not in a LAG. */
  aggregationId: number | null;
  lagPrimary: boolean;
  /** Set by POST /v2/product/{uid}/lock. */
  locked: boolean;
  mcrAsn: number | null;
  addOns: AddOnState[];
  prefixLists: PrefixListState[];
  // MVEs: the vendor and size as the API reports them (upper case), the image, the vNICs in order
  vendor: string | null;
  mveSize: string | null;
  imageId: number | null;
  vnics: Array<{ description: string; vlan: number }>;
  // VXCs and IXs
  rateLimit: number | null;
  shutdown: boolean;
  parentUid: string | null;
  aEnd: VxcEndState | null;
  bEnd: VxcEndState | null;
  serviceKey: string | null;
  // IX
  networkServiceType: string | null;
  asn: number | null;
  macAddress: string | null;
  vlan: number | null;
  publicGraph: boolean;
  reverseDns: string | null;
  // NAT gateways: a design until bought (status DESIGN), then provisioned like any product
  design: boolean;
  natConfig: NatGatewayConfig | null;
  autoRenewTerm: boolean;
  packetFilters: PacketFilterState[];
  /** A VXC to another company's port: that company's answer (NEW_ORDER approval). */
  approval: { status: "PENDING" | "APPROVED" | "REJECTED"; company: string } | null;
  /** Set on products that are not ours (partner ports) – they are never in state, see catalogue. */
  price: { monthlyRate: number; currency: string } | null;
}

export interface ServiceKeyState {
  key: string;
  productUid: string;
  productId: number;
  description: string | null;
  vlan: number | null;
  maxSpeed: number | null;
  preApproved: boolean;
  singleUse: boolean;
  active: boolean;
  createDate: number;
  lastUsed: number | null;
  validFor: { start: number; end: number } | null;
}

export interface TokenState {
  token: string;
  expiresAt: number;
}

interface PersistedState {
  products: StoredProduct[];
  serviceKeys: ServiceKeyState[];
  nextProductId: number;
}

export class Store {
  products = new Map<string, StoredProduct>();
  serviceKeys = new Map<string, ServiceKeyState>();
  tokens = new Map<string, TokenState>();
  private nextProductId = 10000;

  constructor(
    public timings: Timings,
    private readonly statePath: string | undefined,
    private readonly now: () => number = Date.now,
  ) {
    this.load();
  }

  time(): number {
    return this.now();
  }

  newProductId(): number {
    return this.nextProductId++;
  }

  newUid(): string {
    return randomUUID();
  }

  /** The provisioning status as the API would report it now. */
  status(p: StoredProduct): string {
    const t = this.now();
    // CANCEL_NOW ends any product, a FAILED one too.
    if (p.cancelNowAt !== null) {
      return t - p.cancelNowAt >= this.timings.decommissionMs ? "DECOMMISSIONED" : "DECOMMISSIONING";
    }
    if (p.forcedStatus) return p.forcedStatus;
    if (p.design) return "DESIGN";
    // Nothing is provisioned until the other company approves (its clock starts then).
    if (p.approval?.status === "PENDING") return "DEPLOYABLE";
    if (p.cancelledAt !== null) return "CANCELLED";
    const age = t - p.boughtAt;
    if (age < this.timings.deployableMs) return "DEPLOYABLE";
    if (age < this.timings.deployableMs + this.timings.configuredMs) return "CONFIGURED";
    return "LIVE";
  }

  liveDate(p: StoredProduct): number | null {
    const live = p.boughtAt + this.timings.deployableMs + this.timings.configuredMs;
    return this.now() >= live ? live : null;
  }

  isActive(p: StoredProduct): boolean {
    const s = this.status(p);
    return s !== "DECOMMISSIONED" && s !== "DECOMMISSIONING" && s !== "FAILED";
  }

  /** VXCs and IXs attached to a port or MCR (either end, for VXCs). */
  children(uid: string): StoredProduct[] {
    return [...this.products.values()].filter(
      (p) => p.parentUid === uid || p.aEnd?.productUid === uid || p.bEnd?.productUid === uid,
    );
  }

  /** VLANs in use on a port by active VXCs and IXs. */
  vlansInUse(portUid: string, exceptUid?: string): Set<number> {
    const used = new Set<number>();
    for (const p of this.products.values()) {
      if (p.productUid === exceptUid || !this.isActive(p)) continue;
      if (p.productType === "IX" && p.parentUid === portUid && p.vlan) used.add(p.vlan);
      if (p.aEnd?.productUid === portUid && p.aEnd.vlan && p.aEnd.vlan > 0) used.add(p.aEnd.vlan);
      if (p.bEnd?.productUid === portUid && p.bEnd.vlan && p.bEnd.vlan > 0) used.add(p.bEnd.vlan);
    }
    return used;
  }

  /** The VLANs (2-4093) free on a port, lowest first. */
  freeVlans(portUid: string): number[] {
    const used = this.vlansInUse(portUid);
    const free: number[] = [];
    for (let v = 2; v <= 4093; v++) if (!used.has(v)) free.push(v);
    return free;
  }

  /** The lowest free VLAN on a port, as Megaport assigns when 0 is requested. */
  assignVlan(portUid: string, taken: Set<number> = new Set()): number {
    const vlan = this.freeVlans(portUid).find((v) => !taken.has(v));
    if (vlan === undefined) throw new Error("no free VLAN");
    return vlan;
  }

  /** Active VXCs and IXs on a port or MCR: what safeDelete=true refuses to take down. */
  attachedServices(p: StoredProduct): StoredProduct[] {
    const uids = new Set([p.productUid, ...this.lagMembers(p).map((m) => m.productUid)]);
    return [...uids].flatMap((uid) => this.children(uid).filter((c) => this.isActive(c)));
  }

  /** The other ports of p's LAG. */
  lagMembers(p: StoredProduct): StoredProduct[] {
    if (p.aggregationId === null) return [];
    return [...this.products.values()].filter(
      (m) => m.aggregationId === p.aggregationId && m.productUid !== p.productUid,
    );
  }

  cancelNow(p: StoredProduct): void {
    // A LAG goes as a whole (the emulator's choice: the API's rule is not documented).
    for (const member of [p, ...this.lagMembers(p)]) {
      if (member.cancelNowAt === null) member.cancelNowAt = this.now();
      member.cancelledAt = null;
      // VXCs and IXs of a decommissioned port go with it.
      if (member.productType !== "VXC" && member.productType !== "IX") {
        for (const c of this.children(member.productUid))
          if (c.cancelNowAt === null) c.cancelNowAt = this.now();
      }
    }
  }

  reset(): void {
    this.products.clear();
    this.serviceKeys.clear();
    this.tokens.clear();
    this.nextProductId = 10000;
    this.save();
  }

  save(): void {
    if (!this.statePath) return;
    const state: PersistedState = {
      products: [...this.products.values()],
      serviceKeys: [...this.serviceKeys.values()],
      nextProductId: this.nextProductId,
    };
    const tmp = `${this.statePath}.tmp`;
    writeFileSync(tmp, JSON.stringify(state, null, 2));
    renameSync(tmp, this.statePath);
  }

  private load(): void {
    if (!this.statePath || !existsSync(this.statePath)) return;
    const state = JSON.parse(readFileSync(this.statePath, "utf8")) as PersistedState;
    // Files written before a field existed get its default.
    for (const p of state.products) this.products.set(p.productUid, { ...laterFieldDefaults(), ...p });
    for (const k of state.serviceKeys) this.serviceKeys.set(k.key, k);
    this.nextProductId = state.nextProductId;
  }
}

/**
 * The fields added after the first state files were written, at their defaults: files without them
 * load with these. A fresh object each time, so no two products share a list.
 */
function laterFieldDefaults() {
  return {
    aggregationId: null,
    lagPrimary: false,
    locked: false,
    addOns: [] as AddOnState[],
    prefixLists: [] as PrefixListState[],
    vendor: null,
    mveSize: null,
    imageId: null,
    vnics: [] as StoredProduct["vnics"],
    approval: null,
    design: false,
    natConfig: null,
    autoRenewTerm: false,
    packetFilters: [] as PacketFilterState[],
  };
}

/** A product of ours with every field at its default, bought now. */
export function newProduct(
  store: Store,
  uid: string,
  type: ProductType,
  fields: Partial<StoredProduct>,
): StoredProduct {
  const now = store.time();
  return {
    productUid: uid,
    productId: store.newProductId(),
    productType: type,
    productName: "",
    companyUid: OUR_COMPANY.companyUid,
    companyName: OUR_COMPANY.companyName,
    locationId: 0,
    term: 1,
    costCentre: "",
    createDate: now,
    boughtAt: now,
    cancelNowAt: null,
    cancelledAt: null,
    forcedStatus: null,
    marketplaceVisibility: false,
    diversityZone: null,
    promoCode: null,
    resourceTags: [],
    portSpeed: null,
    ...laterFieldDefaults(),
    mcrAsn: null,
    rateLimit: null,
    shutdown: false,
    parentUid: null,
    aEnd: null,
    bEnd: null,
    serviceKey: null,
    networkServiceType: null,
    asn: null,
    macAddress: null,
    vlan: null,
    publicGraph: true,
    reverseDns: null,
    price: null,
    ...fields,
  };
}
