// VXCs: the order item (associatedVxcs on the A-end product), partner configurations, and
// PUT /v3/product/vxc/{uid}.
import { apiPath, Transport } from "./transport";

// Partner configurations on the wire, field by field as megaportgo (vxc_types.go) sends them.

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

export interface AzurePartnerConfig {
  connectType: "AZURE";
  serviceKey: string;
  /** peer_asn is a string here, though the look-up answers it as a number. */
  peers?: Array<{
    type: string;
    peer_asn?: string;
    primary_subnet?: string;
    secondary_subnet?: string;
    prefixes?: string;
    shared_key?: string;
    vlan?: number;
  }>;
}

export interface GooglePartnerConfig {
  connectType: "GOOGLE";
  pairingKey: string;
}

export interface OraclePartnerConfig {
  connectType: "ORACLE";
  virtualCircuitId: string;
}

/** IBM Cloud Direct Link: snake_case keys, every one always sent (empty or 0 when unset). */
export interface IbmPartnerConfig {
  connectType: "IBM";
  account_id: string;
  customer_asn: number;
  name: string;
  customer_ip_address: string;
  provider_ip_address: string;
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
  permitExportTo?: string[];
  denyExportTo?: string[];
  /** Prefix filter list ids on the vRouter (megaportgo BgpConnectionConfig). */
  importWhitelist?: number;
  importBlacklist?: number;
  exportWhitelist?: number;
  exportBlacklist?: number;
  asPathPrependCount?: number;
  peerType?: "NON_CLOUD" | "PRIV_CLOUD" | "PUB_CLOUD";
  asOverride?: boolean;
}

/** An IPsec tunnel on an ipSecTunnel interface (megaportgo IPSecTunnelOptions). */
export interface IpsecTunnelOptions {
  sourceIpAddress: string;
  destinationIpAddress: string;
  preSharedKey: string;
  passive?: boolean;
  localId?: string;
  remoteId?: string;
  phase1Lifetime?: number;
  phase2Lifetime?: number;
}

export interface VrouterInterface {
  description?: string;
  interfaceType?: "subInterface" | "ipSecTunnel";
  ipMtu?: number;
  ipSecTunnelOptions?: IpsecTunnelOptions;
  ipAddresses?: string[];
  ipRoutes?: Array<{ prefix: string; description?: string; nextHop: string }>;
  natIpAddresses?: string[];
  /** NAT gateway packet filter ids; Megaport refuses them on an MCR. */
  packetFilterIn?: number;
  packetFilterOut?: number;
  /** Always present (`{}` when unset), as megaportgo sends it. */
  bfd: { txInterval?: number; rxInterval?: number; multiplier?: number };
  bgpConnections?: BgpConnection[];
  vlan?: number;
}

/** An MCR (vRouter) end: interfaces only, with no connectType on the wire. */
export interface VrouterPartnerConfig {
  interfaces: VrouterInterface[];
}

export type PartnerConfig =
  | AwsPartnerConfig
  | AzurePartnerConfig
  | GooglePartnerConfig
  | OraclePartnerConfig
  | IbmPartnerConfig
  | TransitPartnerConfig
  | VrouterPartnerConfig;

export interface VxcOrderEnd {
  productUid?: string;
  vlan?: number;
  innerVlan?: number;
  /** On an MVE end: the vNIC, a 0-based index into the MVE's vnics. */
  vNicIndex?: number;
  partnerConfig?: PartnerConfig;
}

export interface VxcOrderItem {
  /** The A-end Port, MCR or MVE. */
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

/** PUT body (megaportgo UpdateVXCRequest): the end configs accept a vRouter partner config only. */
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
  /** Move an MVE end to another of its vNICs. */
  aVnicIndex?: number;
  bVnicIndex?: number;
  aEndConfig?: VrouterPartnerConfig;
  bEndConfig?: VrouterPartnerConfig;
}

export class VxcsService {
  constructor(private readonly t: Transport) {}

  async update(productUid: string, change: UpdateVxcRequest): Promise<void> {
    await this.t.put(apiPath`/v3/product/vxc/${productUid}`, change);
  }
}
