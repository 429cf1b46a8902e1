// How the emulator renders its state as the API's JSON: product details (GET /v2/product/{uid}),
// buy results, service keys and cloud lookups, with the nulls and extra fields the reference shows.
import {
  APPROVAL_PORT,
  CLOUD_KEYS,
  CloudKey,
  FOREIGN_PORT,
  OUR_COMPANY,
  locationById,
  partnerPortByUid,
} from "./catalogue";
import { MVE_SIZES, mveImageById } from "./mveCatalogue";
import { StoredProduct, ServiceKeyState, Store } from "./store";

function locationDetail(locationId: number) {
  const l = locationById(locationId);
  return l ? { name: l.name, city: l.city, metro: l.metro, country: l.country } : null;
}

/** The name, location and owner of any product a VXC can end on: ours, a partner port, or a foreign port. */
export function endpointInfo(store: Store, uid: string) {
  const endpoint = (
    productName: string,
    locationId: number,
    ownerUid: string,
    diversityZone: string | null,
    connectType: string,
  ) => ({ productName, locationId, ownerUid, diversityZone, connectType });
  const own = store.products.get(uid);
  if (own) return endpoint(own.productName, own.locationId, own.companyUid, own.diversityZone, "DEFAULT");
  // A foreign port (another company's) reads like a partner port without a partner type.
  const other =
    partnerPortByUid(uid) ??
    [FOREIGN_PORT, APPROVAL_PORT]
      .filter((f) => f.productUid === uid)
      .map((f) => ({ ...f, title: f.productName, connectType: "DEFAULT" }))[0];
  if (!other) return null;
  return endpoint(other.title, other.locationId, other.companyUid, other.diversityZone, other.connectType);
}

function common(store: Store, p: StoredProduct) {
  const live = store.liveDate(p);
  const month = 30 * 24 * 3600 * 1000;
  return {
    productId: p.productId,
    productUid: p.productUid,
    productName: p.productName,
    productType: p.productType,
    provisioningStatus: store.status(p),
    createDate: p.createDate,
    createdBy: "dca8286a-590e-4c20-8c13-d42c54481537",
    terminateDate: p.cancelNowAt,
    liveDate: live,
    contractStartDate: live,
    contractEndDate: live === null ? null : live + p.term * month,
    contractTermMonths: p.term,
    market: locationById(p.locationId)?.market ?? null,
    locationId: p.locationId,
    locationDetail: locationDetail(p.locationId),
    costCentre: p.costCentre,
    companyUid: p.companyUid,
    companyName: p.companyName,
    secondaryName: null,
    usageAlgorithm:
      p.productType === "VXC" ? "POST_PAID_HOURLY_SPEED_LONG_HAUL_VXC" : "POST_PAID_HOURLY_SPEED_MCR",
    locked: p.locked,
    adminLocked: false,
    cancelable: true,
    attributeTags: {},
    resourceTags: p.resourceTags,
    vxcApproval: p.approval
      ? {
          status: p.approval.status,
          message:
            p.approval.status === "PENDING"
              ? `Awaiting approval from ${p.approval.company}`
              : `${p.approval.status} by ${p.approval.company}`,
          uid: p.productUid,
          type: "NEW_ORDER",
          newSpeed: null,
        }
      : { status: null, message: null, uid: null, type: null, newSpeed: null },
  };
}

function portView(store: Store, p: StoredProduct) {
  // Every VXC and IX, decommissioned ones too: megaportgo filters inactive ones out itself.
  const children = store.children(p.productUid);
  const base = {
    ...common(store, p),
    portSpeed: p.portSpeed,
    marketplaceVisibility: p.marketplaceVisibility,
    vxcPermitted: true,
    vxcpermitted: true,
    vxcAutoApproval: false,
    diversityZone: p.diversityZone,
    virtual: p.productType === "MCR2" || p.productType === "NAT_GATEWAY",
    buyoutPort: false,
    // Full VXC and IX objects, as a VXC or IX GET shows them (megaportgo reads them so).
    associatedVxcs: children.filter((c) => c.productType === "VXC").map((c) => vxcView(store, c)),
    associatedIxs: children.filter((c) => c.productType === "IX").map((c) => ixView(store, c)),
    lagPrimary: p.lagPrimary,
    lagId: p.aggregationId,
    aggregationId: p.aggregationId ?? 0,
  };
  const portInterface = {
    demarcation: `${locationById(p.locationId)?.name ?? ""}\nType: Single Mode Fibre Pair\n`,
    description: p.companyName,
    id: p.productId,
    loa_template: p.productType === "MCR2" ? null : "megaport",
    media: p.productType === "MCR2" ? "Virtual" : p.portSpeed === 1000 ? "LR/LX" : "LR4",
    name: `Ethernet1/${p.productId % 48}`,
    port_speed: p.portSpeed,
    resource_name: "interface",
    resource_type: "interface",
    supported_speeds: [p.portSpeed],
    up: store.status(p) === "LIVE" ? 1 : 0,
  };
  if (p.productType === "MCR2") {
    return {
      ...base,
      addOns: p.addOns.map((a) => ({ productUid: p.productUid, ...a })),
      resources: {
        interface: portInterface,
        virtual_router: {
          id: p.productId,
          mcrAsn: p.mcrAsn,
          name: p.productName,
          resource_name: "virtual_router",
          resource_type: "virtual_router",
          speed: p.portSpeed,
        },
      },
    };
  }
  return { ...base, resources: { interface: portInterface } };
}

/** One end's resources.csp_connection entry: a cloud B-end's connection, or an MCR end's vRouter. */
function endConnection(store: Store, v: StoredProduct, end: "aEnd" | "bEnd") {
  const cfg = v[end]?.partnerConfig;
  if (!cfg) return undefined;
  const prefix = end === "aEnd" ? "a" : "b";
  if (Array.isArray(cfg.interfaces)) {
    const mcr = store.products.get(v[end]?.productUid ?? "");
    return {
      connectType: "VROUTER",
      resource_name: `${prefix}_csp_connection`,
      resource_type: "csp_connection",
      vlan: v[end]?.vlan ?? null,
      virtualRouterName: mcr?.productName ?? null,
      ip_addresses: (cfg.interfaces as Array<{ ipAddresses?: string[] }>).flatMap((i) => i.ipAddresses ?? []),
      // BGP passwords are never read back.
      interfaces: (cfg.interfaces as Array<Record<string, unknown>>).map((i) => ({
        ...i,
        bgpConnections: ((i.bgpConnections as Array<Record<string, unknown>> | undefined) ?? []).map(
          ({ password: _password, ...bgp }) => bgp,
        ),
      })),
    };
  }
  return end === "bEnd" ? cloudConnection(v) : undefined;
}

/** resources.csp_connection: one object, or an array when there are several (as Google answers). */
function cspConnection(store: Store, v: StoredProduct) {
  const bEnd = endConnection(store, v, "bEnd");
  const all = [endConnection(store, v, "aEnd"), bEnd].flatMap((c): Array<Record<string, unknown>> =>
    c === undefined ? [] : Array.isArray(c) ? c : [c],
  );
  if (all.length === 0) return undefined;
  return all.length === 1 && !Array.isArray(bEnd) ? all[0] : all;
}

/** A cloud B-end's connection as the cloud reports it. */
function cloudConnection(v: StoredProduct) {
  const cfg = v.bEnd?.partnerConfig;
  if (!cfg) return undefined;
  const connectType = String(cfg.connectType ?? "");
  switch (connectType) {
    case "AWS":
    case "AWSHC":
      return {
        connectType,
        resource_name: "b_csp_connection",
        resource_type: "csp_connection",
        account: cfg.ownerAccount ?? null,
        amazon_asn: cfg.amazonAsn ?? 64512,
        asn: cfg.asn ?? null,
        amazon_address: cfg.amazonIpAddress ?? null,
        // The live API answers the BGP auth key here (megaportgo CSPConnectionAWS has authKey).
        authKey: cfg.authKey ?? null,
        customer_address: cfg.customerIpAddress ?? null,
        name: cfg.name ?? "MEGAPORT",
        type: cfg.type ?? null,
        vif_id: connectType === "AWS" ? `dxvif-${v.productId.toString(16)}` : null,
        connection_id: connectType === "AWSHC" ? `dxcon-${v.productId.toString(16)}` : null,
        ownerAccount: cfg.ownerAccount ?? null,
      };
    case "AZURE":
      return {
        connectType,
        resource_name: "b_csp_connection",
        resource_type: "csp_connection",
        bandwidth: cloudBandwidth(v),
        managed: (cfg.peers as unknown[] | undefined)?.length ? true : false,
        megaports: [],
        ports: [],
        service_key: "(hidden)",
        vlan: v.bEnd?.vlan,
        // megaportgo CSPConnectionAzurePeeringConfig: the peerings as Azure has them.
        peers: ((cfg.peers as Array<Record<string, unknown>> | undefined) ?? []).map((peer) => ({
          type: peer.type,
          peer_asn: Number(peer.peer_asn ?? 0),
          primary_subnet: peer.primary_subnet ?? "",
          secondary_subnet: peer.secondary_subnet ?? "",
          vlan: peer.vlan ?? 0,
          ...(peer.shared_key ? { shared_key: peer.shared_key } : {}),
        })),
      };
    case "GOOGLE":
      // Google answers as an array, one item per interconnect attachment (megaportgo vxc_types.go).
      return [
        {
          connectType,
          resource_name: "b_csp_connection",
          resource_type: "csp_connection",
          bandwidth: cloudBandwidth(v),
          bandwidths: [50, 100, 200, 300, 400, 500, 1000, 2000, 5000, 10000],
          csp_name: "Google",
          megaports: [],
          ports: [],
        },
      ];
    case "ORACLE":
      return {
        connectType,
        resource_name: "b_csp_connection",
        resource_type: "csp_connection",
        csp_name: "Oracle",
        virtualCircuitId: cfg.virtualCircuitId,
      };
    case "IBM": {
      // Megaport answers the defaults it chose for what was sent empty. As a list: megaportgo
      // decodes an IBM connection only in the list form (CSPConnection.UnmarshalJSON), so that is
      // the form the API answers (the object form would reach the Terraform provider as a map).
      const third = (v.productId % 63) * 4;
      return [
        {
          connectType,
          resource_name: "b_csp_connection",
          resource_type: "csp_connection",
          csp_name: "IBM",
          bandwidth: cloudBandwidth(v),
          bandwidths: [50, 100, 200, 500, 1000, 2000, 5000, 10000],
          account_id: cfg.account_id,
          customer_asn: cfg.customer_asn || null,
          name: cfg.name || "MEGAPORT",
          customer_ip_address: cfg.customer_ip_address || `169.254.${third}.1/30`,
          provider_ip_address: cfg.provider_ip_address || `169.254.${third}.2/30`,
        },
      ];
    }
    case "TRANSIT":
      return {
        connectType,
        resource_name: "b_csp_connection",
        resource_type: "csp_connection",
        customer_ip4_address: "100.64.0.2/30",
        ipv4_gateway_address: "100.64.0.1",
      };
    default:
      return { connectType, resource_name: "b_csp_connection", resource_type: "csp_connection" };
  }
}

/**
 * The bandwidth a cloud connection answers: the one it was ordered (provisioned) with. Nothing
 * shows the live API rewriting it when the VXC's rate limit changes, and the Terraform provider,
 * built against that API, keeps it from state across an update (csp_connections.bandwidth:
 * UseStateForUnknown) and would report "inconsistent result" on every Azure or Google rate change
 * if it moved at once; no such report exists.
 */
function cloudBandwidth(v: StoredProduct): number | null {
  return v.cloudBandwidth ?? v.rateLimit;
}

function vxcView(store: Store, v: StoredProduct) {
  const status = store.status(v);
  const end = (e: StoredProduct["aEnd"]) => {
    const info = endpointInfo(store, e?.productUid ?? "");
    return {
      productUid: e?.productUid ?? null,
      productName: info?.productName ?? null,
      locationId: info?.locationId ?? null,
      location: info ? (locationById(info.locationId)?.name ?? null) : null,
      locationDetail: info ? locationDetail(info.locationId) : null,
      vlan: e?.vlan ?? null,
      innerVlan: e?.innerVlan ?? null,
      // Only an MVE end has a vNIC.
      vNicIndex: e?.vNicIndex ?? null,
      ownerUid: info?.ownerUid ?? null,
      diversityZone: info?.diversityZone ?? null,
      connectType: info?.connectType ?? "DEFAULT",
      secondaryName: null,
    };
  };
  const csp = cspConnection(store, v);
  const mcrEnd = [v.aEnd, v.bEnd]
    .map((e) => store.products.get(e?.productUid ?? ""))
    .find((p) => p?.productType === "MCR2");
  const decommissioned = status === "DECOMMISSIONED";
  return {
    ...common(store, v),
    nServiceId: v.productId,
    rateLimit: v.rateLimit,
    maximumRate: 10000,
    shutdown: v.shutdown,
    up: status === "LIVE" && !v.shutdown,
    distanceBand: "METRO",
    aEnd: end(v.aEnd),
    bEnd: end(v.bEnd),
    resources: {
      interface: [],
      ...(mcrEnd
        ? {
            virtual_router: {
              mcrAsn: mcrEnd.mcrAsn,
              resource_name: "virtual_router",
              resource_type: "virtual_router",
              speed: mcrEnd.portSpeed,
              bgpShutdownDefault: false,
            },
          }
        : {}),
      // A decommissioned VXC reports `vll: []` (megaportgo vxc_types.go unmarshals both forms).
      vll: decommissioned
        ? []
        : {
            a_vlan: v.aEnd?.vlan ?? null,
            b_vlan: v.bEnd?.vlan ?? null,
            rate_limit_mbps: v.rateLimit,
            resource_name: "vll",
            resource_type: "vll",
            shutdown: v.shutdown,
            up: status === "LIVE" ? 1 : 0,
          },
      ...(csp ? { csp_connection: csp } : {}),
    },
  };
}

function ixView(store: Store, ix: StoredProduct) {
  const ixType = ix.networkServiceType ?? "";
  // Each IX gets an address of its own on the exchange's peering LAN.
  const ipv4 = `103.26.${68 + (Math.floor(ix.productId / 250) % 2)}.${(ix.productId % 250) + 2}`;
  return {
    ...common(store, ix),
    // The reference shows it null.
    locationUid: null,
    term: ix.term,
    deployDate: store.liveDate(ix),
    rateLimit: ix.rateLimit,
    promoCode: ix.promoCode,
    vlan: ix.vlan,
    macAddress: ix.macAddress,
    asn: ix.asn,
    networkServiceType: ixType,
    publicGraph: ix.publicGraph,
    reverseDns: ix.reverseDns,
    shutdown: ix.shutdown,
    ixPeerMacro: `AS-${ix.asn}`,
    resources: {
      interface: {
        demarcation: "",
        description: ix.companyName,
        id: ix.productId,
        loa_template: null,
        media: "LR",
        name: "Ethernet1/1",
        port_speed: 10000,
        resource_name: "interface",
        resource_type: "interface",
        up: 1,
        shutdown: ix.shutdown,
      },
      bgp_connection: [
        {
          asn: ix.asn,
          customer_asn: ix.asn,
          customer_ip_address: ipv4,
          isp_asn: 58941,
          isp_ip_address: "103.26.68.1",
          ix_peer_policy: "open",
          max_prefixes: 1000,
          password: null,
          resource_name: "bgp_connection",
          resource_type: "bgp_connection",
          up: 1,
        },
      ],
      ip_address: [
        {
          address: `${ipv4}/23`,
          description: ix.companyName,
          id: ix.productId,
          resource_name: "ip_address",
          resource_type: "ip_address",
          version: 4,
          reverse_dns: ix.reverseDns,
        },
        {
          address: `2001:7fa:11:6::${ix.productId.toString(16)}/64`,
          description: ix.companyName,
          id: ix.productId + 1,
          resource_name: "ip_address",
          resource_type: "ip_address",
          version: 6,
          reverse_dns: ix.reverseDns,
        },
      ],
      vpls_interface: {
        mac_address: ix.macAddress,
        rate_limit_mbps: ix.rateLimit,
        resource_name: "vpls_interface",
        resource_type: "vpls_interface",
        vlan: ix.vlan,
        shutdown: ix.shutdown,
      },
    },
  };
}

/** An MVE as GET /v2/product/{uid} shows it (megaportgo mve_types.go); never its vendor configuration. */
function mveView(store: Store, p: StoredProduct) {
  // Every VXC and IX, decommissioned ones too: megaportgo filters inactive ones out itself.
  const children = store.children(p.productUid);
  const image = p.imageId === null ? undefined : mveImageById(p.imageId);
  const size = MVE_SIZES.find((s) => s.size === p.mveSize);
  return {
    ...common(store, p),
    marketplaceVisibility: p.marketplaceVisibility,
    vxcpermitted: true,
    vxcAutoApproval: false,
    virtual: true,
    buyoutPort: false,
    vendor: p.vendor,
    mveSize: p.mveSize,
    diversityZone: p.diversityZone,
    vnics: p.vnics,
    associatedVxcs: children.filter((c) => c.productType === "VXC").map((c) => vxcView(store, c)),
    associatedIxs: [],
    resources: {
      interface: {
        demarcation: "",
        description: "",
        id: p.productId,
        loa_template: null,
        media: "Virtual",
        name: "",
        port_speed: null,
        resource_name: "interface",
        resource_type: "interface",
        up: store.status(p) === "LIVE" ? 1 : 0,
      },
      virtual_machine: [
        {
          id: p.productId,
          cpu_count: size?.cpuCoreCount ?? null,
          image: image
            ? { id: image.id, vendor: image.vendor, product: image.product, version: image.version }
            : null,
          resource_type: "virtual_machine",
          up: store.status(p) === "LIVE",
          vnics: p.vnics.map((v, i) => ({ vlan: v.vlan, description: v.description, index: i })),
        },
      ],
    },
  };
}

export function productView(store: Store, p: StoredProduct): Record<string, unknown> {
  switch (p.productType) {
    case "MVE":
      return mveView(store, p);
    case "VXC":
      return vxcView(store, p);
    case "IX":
      return ixView(store, p);
    default:
      return portView(store, p);
  }
}

/** One item of a buy response: the reference's Port/MCR/IX shape, or the VXC order shape. */
export function buyResultView(store: Store, p: StoredProduct): Record<string, unknown> {
  if (p.productType === "VXC") {
    return {
      createDate: p.createDate,
      vxcOrderId: p.productId,
      payerMegaPortId: store.products.get(p.aEnd?.productUid ?? "")?.productId ?? null,
      nonPayerMegaPortId: store.products.get(p.bEnd?.productUid ?? "")?.productId ?? null,
      payerCompanyName: OUR_COMPANY.companyName,
      nonPayerCompanyName:
        endpointInfo(store, p.bEnd?.productUid ?? "")?.ownerUid === OUR_COMPANY.companyUid
          ? OUR_COMPANY.companyName
          : null,
      nonPayerCompanyId: null,
      payerMegaPortNsId: null,
      nonPayerMegaPortNsId: null,
      payerApproverName: null,
      payerApproverId: null,
      nonPayerApproverName: null,
      nonPayerApproverId: null,
      payerApproval: null,
      nonPayerApproval: null,
      payerMegaPortName: endpointInfo(store, p.aEnd?.productUid ?? "")?.productName ?? null,
      nonPayerMegaPortName: endpointInfo(store, p.bEnd?.productUid ?? "")?.productName ?? null,
      payerCompanyId: OUR_COMPANY.companyId,
      salesId: null,
      payerVlanId: p.aEnd?.vlan ?? null,
      nonPayerVlanId: p.bEnd?.vlan ?? null,
      fixedTerm: true,
      duration: p.term,
      rollover: true,
      serviceName: p.productName,
      payerStatus: "APPROVED",
      nonPayerStatus: "APPROVED",
      speed: p.rateLimit,
      distanceBand: "METRO",
      intercapPath: null,
      awsId: null,
      promoCode: p.promoCode,
      rateType: "MONTHLY",
      vxcJTechnicalServiceId: p.productId,
      vxcJTechnicalServiceUid: p.productUid,
      provisionDate: p.createDate,
      orderType: "NEW",
      monthlyDiscountAmount: null,
      discountMonths: null,
      amazonDirectConnectConfigDto: null,
      amsixConnectConfigDto: null,
      rate: null,
      setup: null,
      asn: null,
      bgpPassword: null,
      usageAlgorithm: "TIME_AT_RATE",
      costCentre: p.costCentre || null,
      azureServiceKey: null,
      serviceKey: null,
      connectType: String(p.bEnd?.partnerConfig?.connectType ?? "DEFAULT"),
      fullyApproved: true,
      provisioningStatus: "DEPLOYABLE",
    };
  }
  return technicalServiceView(store, p, "DEPLOYABLE");
}

/**
 * The "technical service" shape the reference shows for Port/MCR/IX buys and for every product
 * PUT, with its nulls (and both of its spellings of attributes).
 */
export function technicalServiceView(
  store: Store,
  p: StoredProduct,
  provisioningStatus = store.status(p),
): Record<string, unknown> {
  return {
    serviceName: p.productName,
    name: p.productName,
    secondaryName: null,
    technicalServiceId: p.productId,
    technicalServiceUid: p.productUid,
    requestedDate: p.createDate,
    configuredDate: null,
    currentEstimatedDelivery: null,
    companyName: p.companyName,
    companyId: OUR_COMPANY.companyId,
    billingContactName: null,
    billingContactId: null,
    adminContactName: null,
    adminContactId: null,
    technicalContactName: null,
    technicalContactId: null,
    salesName: null,
    salesId: null,
    billableId: p.productId,
    billableUsageAlgorithm: "NOT_POST_PAID",
    productType: p.productType === "MCR2" ? "MEGAPORT" : p.productType,
    provisioningStatus,
    inAdvanceBillingStatus: provisioningStatus === "LIVE" ? "ACTIVE" : "NOT_ACTIVATED",
    provisioningItems: [],
    tags: [],
    vxcDistanceBand: null,
    intercapPath: null,
    marketplaceVisibility: p.marketplaceVisibility,
    vxcPermitted: true,
    vxcAutoApproval: false,
    createDate: p.createDate,
    terminationDate: null,
    contractStartDate: null,
    rateType: "MONTHLY",
    trialAgreement: false,
    payerCompanyId: null,
    minimumSpeed: null,
    maximumSpeed: null,
    rateLimit: p.rateLimit ?? p.portSpeed,
    errorMessage: null,
    market: locationById(p.locationId)?.market ?? null,
    accountManager: null,
    promptUid: null,
    components: [],
    attributes: [],
    attribtes: [],
    aLocation: null,
    bLocation: null,
    aLocationId: null,
    bLocationId: null,
    attributeTags: {},
    createdBy: "dca8286a-590e-4c20-8c13-d42c54481537",
    buyoutPort: false,
    ...(p.productType === "IX" ? { publicGraph: p.publicGraph } : {}),
    virtual: p.productType === "MCR2" || p.productType === "NAT_GATEWAY",
    shortTechnicalServiceUid: p.productUid.slice(0, 8),
  };
}

export function serviceKeyView(
  store: Store,
  k: ServiceKeyState,
  withProduct = false,
): Record<string, unknown> {
  const p = store.products.get(k.productUid);
  const now = store.time();
  const inWindow = !k.validFor || (k.validFor.start <= now && now <= k.validFor.end);
  return {
    key: k.key,
    createDate: k.createDate,
    companyId: OUR_COMPANY.companyId,
    companyUid: OUR_COMPANY.companyUid,
    companyName: OUR_COMPANY.companyName,
    description: k.description,
    productId: k.productId,
    productUid: k.productUid,
    productName: p?.productName ?? null,
    ...(withProduct && p ? { productDto: productView(store, p) } : {}),
    vlan: k.vlan,
    maxSpeed: k.maxSpeed,
    preApproved: k.preApproved,
    singleUse: k.singleUse,
    lastUsed: k.lastUsed,
    active: k.active,
    validFor: k.validFor,
    expired: !!k.validFor && now > k.validFor.end,
    valid: k.active && inWindow && !(k.singleUse && k.lastUsed !== null),
    promoCode: null,
  };
}

/** Which VXC, if any, occupies a partner port (the lookups' `vxc` field). */
function vxcOnPort(store: Store, portUid: string): StoredProduct | undefined {
  return [...store.products.values()].find(
    (p) => p.productType === "VXC" && store.isActive(p) && p.bEnd?.productUid === portUid,
  );
}

export function cloudKeyFor(kind: string, key: string): CloudKey | undefined {
  return CLOUD_KEYS.find((k) => k.kind === kind && k.key === key);
}

export function cloudLookupView(store: Store, k: CloudKey): Record<string, unknown> {
  const megaports = k.portUids.map((uid) => {
    const port = partnerPortByUid(uid)!;
    const loc = locationById(port.locationId);
    const used = vxcOnPort(store, uid);
    return {
      port: 5000 + port.rank,
      ...(k.kind === "azure" ? { type: port.azureType } : {}),
      vxc: used ? used.productId : null,
      productId: 5000 + port.rank,
      productUid: uid,
      name: port.title,
      nServiceId: 10000 + port.rank,
      description: `${port.companyName} at ${loc?.name ?? ""}`,
      companyId: 5000,
      companyUid: port.companyUid,
      companyName: port.companyName,
      portSpeed: port.speed,
      locationId: port.locationId,
      state: loc?.state ?? null,
      country: loc?.country ?? null,
    };
  });
  switch (k.kind) {
    case "azure":
      return {
        bandwidth: k.bandwidth,
        megaports,
        peers: [],
        resource_type: "Azure_connection",
        service_key: k.key,
        vlan: k.vlan ?? 0,
      };
    case "google":
      return { bandwidths: k.bandwidths, megaports, resource_type: "csp_connection" };
    case "oracle":
      return { bandwidth: k.bandwidth, csp_id: k.key, megaports, resource_type: "csp_connection" };
    case "nutanix":
      return {
        bandwidth: k.bandwidth,
        connectType: "NUTANIX",
        megaports,
        resource_type: "csp_connection",
        serviceKey: k.key,
      };
  }
}
