// VXCs: the order item (associatedVxcs on the A-end product), partner configurations, and
// PUT /v3/product/vxc/{uid}.
import { z } from "zod";
import { Transport } from "./transport";

export interface AwsPartnerConfig {
  connectType: "AWS" | "AWSHC";
  type?: "private" | "public" | "transit";
  ownerAccount: string;
  asn?: number;
  amazonAsn?: number;
  authKey?: string;
  prefixes?: string;
  customerIpAddress?: string;
  amazonIpAddress?: string;
  name?: string;
}

export interface AzurePeer {
  type: "private" | "microsoft";
  peer_asn?: number;
  primary_subnet?: string;
  secondary_subnet?: string;
  prefixes?: string;
  shared_key?: string;
  vlan?: number;
}

export interface AzurePartnerConfig {
  connectType: "AZURE";
  serviceKey: string;
  peers?: AzurePeer[];
}

export interface GooglePartnerConfig {
  connectType: "GOOGLE";
  pairingKey: string;
}

export interface OraclePartnerConfig {
  connectType: "ORACLE";
  virtualCircuitId: string;
}

export interface TransitPartnerConfig {
  connectType: "TRANSIT";
}

export interface BgpConnection {
  peerAsn: number;
  localAsn?: number;
  localIpAddress: string;
  peerIpAddress: string;
  password?: string;
  shutdown: boolean;
  description?: string;
  medIn?: number;
  medOut?: number;
  bfdEnabled: boolean;
  exportPolicy?: "permit" | "deny";
  peerType?: "NON_CLOUD" | "PRIV_CLOUD" | "PUB_CLOUD";
}

export interface VrouterInterface {
  ipAddresses?: string[];
  ipRoutes?: Array<{ prefix: string; description?: string; nextHop: string }>;
  natIpAddresses?: string[];
  bfd?: { txInterval: number; rxInterval: number; multiplier: number };
  bgpConnections?: BgpConnection[];
  vlan?: number;
}

export interface VrouterPartnerConfig {
  connectType?: "VROUTER";
  interfaces: VrouterInterface[];
}

export type PartnerConfig =
  | AwsPartnerConfig
  | AzurePartnerConfig
  | GooglePartnerConfig
  | OraclePartnerConfig
  | TransitPartnerConfig
  | VrouterPartnerConfig;

export interface VxcOrderEnd {
  productUid?: string;
  vlan?: number;
  innerVlan?: number;
  partnerConfig?: PartnerConfig;
}

export interface VxcOrderItem {
  /** The A-end Port or MCR. */
  productUid: string;
  associatedVxcs: Array<{
    productName: string;
    rateLimit: number;
    term: number;
    shutdown: boolean;
    costCentre?: string;
    promoCode?: string;
    serviceKey?: string;
    aEnd: VxcOrderEnd;
    bEnd: VxcOrderEnd;
    resourceTags?: Array<{ key: string; value: string }>;
  }>;
}

/** PUT body (megaport-current-api.md §1.3): end configs accept vRouter partner config only. */
export interface UpdateVxcRequest {
  name?: string;
  rateLimit?: number;
  costCentre?: string;
  shutdown?: boolean;
  aEndVlan?: number;
  bEndVlan?: number;
  aEndInnerVlan?: number;
  bEndInnerVlan?: number;
  aEndProductUid?: string;
  bEndProductUid?: string;
  term?: number;
  aEndConfig?: VrouterPartnerConfig;
  bEndConfig?: VrouterPartnerConfig;
}

export class VxcsService {
  constructor(private readonly t: Transport) {}

  async update(productUid: string, change: UpdateVxcRequest): Promise<void> {
    await this.t.send({
      method: "PUT",
      path: `/v3/product/vxc/${encodeURIComponent(productUid)}`,
      body: change,
      schema: z.unknown(),
      retry: "idempotent",
    });
  }
}
