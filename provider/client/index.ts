// MegaportClient: every service, sharing one transport (one token, one retry policy, one dispatcher).
import { Dispatcher } from "undici";
import { TokenSource } from "./auth";
import { CloudLookupsService } from "./cloudLookups";
import { resolveEndpoints } from "./environments";
import { IxsService } from "./ixs";
import { LocationsService } from "./locations";
import { McrsService } from "./mcrs";
import { NatGatewaysService } from "./natGateways";
import { MvesService } from "./mves";
import { OrdersService } from "./orders";
import { PartnerPortsService } from "./partnerPorts";
import { PrefixFilterListsService } from "./prefixFilterLists";
import { PortsService } from "./ports";
import { PricesService } from "./prices";
import { ProductsService } from "./products";
import { ServiceKeysService } from "./serviceKeys";
import { defaultDispatcher, RetryOptions, Transport } from "./transport";
import { VxcsService } from "./vxcs";

export interface MegaportClientOptions {
  accessKey: string;
  secretKey: string;
  environment?: string;
  baseUrl?: string;
  tokenUrl?: string;
  /** Act for this managed company: sent as X-Call-Context on every API request. */
  managedAccountUid?: string;
  dispatcher?: Dispatcher;
  retry?: Partial<RetryOptions>;
  log?: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
  /** Awaited before every request that may change the account; rejecting stops it. */
  beforeChange?: () => Promise<void>;
}

export class MegaportClient {
  readonly transport: Transport;
  readonly tokens: TokenSource;
  readonly locations: LocationsService;
  readonly partnerPorts: PartnerPortsService;
  readonly orders: OrdersService;
  readonly products: ProductsService;
  readonly ports: PortsService;
  readonly mcrs: McrsService;
  readonly prefixFilterLists: PrefixFilterListsService;
  readonly mves: MvesService;
  readonly natGateways: NatGatewaysService;
  readonly vxcs: VxcsService;
  readonly ixs: IxsService;
  readonly serviceKeys: ServiceKeysService;
  readonly cloudLookups: CloudLookupsService;
  readonly prices: PricesService;
  readonly baseUrl: string;

  constructor(opts: MegaportClientOptions) {
    const { baseUrl, tokenUrl } = resolveEndpoints(opts);
    const dispatcher = opts.dispatcher ?? defaultDispatcher();
    this.baseUrl = baseUrl;
    this.tokens = new TokenSource(tokenUrl, opts.accessKey, opts.secretKey, dispatcher);
    this.transport = new Transport({
      baseUrl,
      tokens: this.tokens,
      dispatcher,
      retry: opts.retry,
      log: opts.log,
      sleep: opts.sleep,
      beforeChange: opts.beforeChange,
      extraHeaders: opts.managedAccountUid ? { "x-call-context": opts.managedAccountUid } : undefined,
    });
    this.locations = new LocationsService(this.transport);
    this.partnerPorts = new PartnerPortsService(this.transport);
    this.orders = new OrdersService(this.transport);
    this.products = new ProductsService(this.transport);
    this.ports = new PortsService(this.transport, this.products);
    this.mcrs = new McrsService(this.transport);
    this.prefixFilterLists = new PrefixFilterListsService(this.transport);
    this.mves = new MvesService(this.transport);
    this.natGateways = new NatGatewaysService(this.transport);
    this.vxcs = new VxcsService(this.transport);
    this.ixs = new IxsService(this.transport);
    this.serviceKeys = new ServiceKeysService(this.transport);
    this.cloudLookups = new CloudLookupsService(this.transport);
    this.prices = new PricesService(this.transport);
  }
}

export {
  MegaportApiError,
  isNotFound,
  unlessNotFound,
  isUnauthorized,
  isRateLimited,
  isServerError,
  isConnectionError,
  isTimeout,
  isValidationFailed,
  isAmbiguousOrderFailure,
  redact,
  registerSecret,
} from "./errors";
export type { Product, ListedProduct, LifecycleAction, ActionOptions } from "./products";
export type { Location } from "./locations";
export type { PartnerPort } from "./partnerPorts";
export type { OrderItem, ValidateItem, BuyResultItem } from "./orders";
export { boughtUid } from "./orders";
export type { ServiceKey } from "./serviceKeys";
export type { CloudLookup, CloudPartner } from "./cloudLookups";
export type { PriceBookEntry } from "./prices";
export type { IxType } from "./ixs";
export * from "./vxcs";
export type { PortOrderItem, UpdatePortRequest } from "./ports";
export type { McrOrderItem, UpdateMcrRequest } from "./mcrs";
export type { MveImage, MveOrderItem, MveSize, UpdateMveRequest } from "./mves";
export type { MveVendorConfig } from "./mveVendorConfigs";
export type {
  PrefixFilterEntry,
  PrefixFilterList,
  PrefixFilterListRequest,
  PrefixFilterListSummary,
} from "./prefixFilterLists";
export type { IxOrderItem, UpdateIxRequest } from "./ixs";
export { GatewayListRoutes } from "./natGateways";
export type {
  NatGateway,
  NatGatewayRequest,
  NatGatewaySessionRow,
  NatPrefixList,
  NatPrefixListRequest,
  NatSummary,
  PacketFilter,
  PacketFilterEntry,
  PacketFilterRequest,
} from "./natGateways";
export { ENVIRONMENTS, DEFAULT_ENVIRONMENT, resolveEndpoints } from "./environments";
export { isFailed, isGone, isInactive, isReady } from "./productStatus";
