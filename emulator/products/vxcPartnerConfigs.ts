// A VXC's partner configurations: what each cloud's configuration must hold at order time, where a
// vRouter configuration may go, and resources.csp_connection as each cloud answers it.
import { type Json, str } from "../model/json";
import { asnProblem, ibmProblems, vrouterProblems } from "../model/rules";
import { Store, type StoredProduct } from "../model/store";
import type { PartnerPort } from "../data/catalogue";
import { cloudKeyFor } from "./cloudKeys";
import { problems } from "./orderContext";

/** The partners whose ports take a cloud configuration at the B-end. */
const CLOUD_TYPES = ["AWS", "AWSHC", "AZURE", "GOOGLE", "ORACLE", "IBM", "NUTANIX", "ALIBABA"];

interface OrderedEnd {
  type: string;
  product: StoredProduct | undefined;
}

/**
 * A VXC order's partner configurations: a cloud's at the cloud's port, matching it; a vRouter's on
 * an MCR or NAT gateway end; none but a vRouter's at the A-end (the orderer's own product).
 */
export function partnerConfigProblems(o: {
  a: OrderedEnd | undefined;
  aPartner: Json | undefined;
  bOwn: OrderedEnd | undefined;
  partner: PartnerPort | undefined;
  bPartner: Json | undefined;
  rateLimit: number | undefined;
}): string[] {
  const errors: string[] = [];
  const { a, aPartner, bOwn, partner, bPartner } = o;
  if (partner && CLOUD_TYPES.includes(partner.connectType))
    checkCloudConfig(partner.connectType, partner.productUid, bPartner, o.rateLimit, a?.type, errors);
  else if (bPartner && bPartner.connectType !== "TRANSIT" && bPartner.connectType !== undefined && partner)
    errors.push(`Partner config connectType ${String(bPartner.connectType)} does not match the B-End port`);
  if (aPartner && typeof aPartner.connectType === "string" && aPartner.connectType !== "VROUTER")
    errors.push(
      `Partner config connectType ${aPartner.connectType} does not match the A-End (${a?.type ?? "unknown"})`,
    );
  else if (aPartner) checkVrouterConfig(aPartner, a?.product, a?.type, "A-End", errors);
  if (bPartner && (bOwn?.type === "MCR2" || bOwn?.type === "NAT_GATEWAY"))
    checkVrouterConfig(bPartner, bOwn.product, bOwn.type, "B-End", errors);
  return errors;
}

function checkCloudConfig(
  type: string,
  portUid: string,
  cfg: Json | undefined,
  rateLimit: number | undefined,
  aType: string | undefined,
  errors: string[],
) {
  if (!cfg) {
    errors.push(`Partner configuration is required for a ${type} B-End`);
    return;
  }
  if (cfg.connectType !== type) {
    errors.push(
      `Partner config connectType ${String(cfg.connectType)} does not match the B-End port (${type})`,
    );
    return;
  }
  if (type === "AWS" || type === "AWSHC") {
    if (!/^\d{12}$/.test(String(cfg.ownerAccount ?? "")))
      errors.push("AWS ownerAccount must be a 12-digit AWS account id");
    if (type === "AWS" && !["private", "public", "transit"].includes(String(cfg.type ?? "")))
      errors.push("AWS type must be private, public or transit");
    if (cfg.asn !== undefined && cfg.asn !== null) errors.push(...problems(asnProblem("AWS asn", cfg.asn)));
    if (
      type === "AWS" &&
      cfg.type === "public" &&
      typeof cfg.prefixes === "string" &&
      /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(cfg.prefixes)
    ) {
      errors.push(`Prefix (${cfg.prefixes}) must be a publicly routable network`);
    }
    return;
  }
  if (type === "IBM") {
    errors.push(...ibmProblems(cfg, aType));
    return;
  }
  const keyField =
    type === "GOOGLE"
      ? "pairingKey"
      : type === "ORACLE"
        ? "virtualCircuitId"
        : type === "ALIBABA"
          ? "vbrOwnerId"
          : "serviceKey";
  const key = str(cfg[keyField]);
  if (!key) {
    errors.push(`${type} partner config requires ${keyField}`);
    return;
  }
  if (type === "ALIBABA") return;
  const cloudKey = cloudKeyFor(type.toLowerCase(), key);
  if (!cloudKey) errors.push(`${type} ${keyField} was not recognised`);
  else if (!cloudKey.portUids.includes(portUid))
    errors.push(`${type} ${keyField} does not belong to B-End ${portUid}`);
  else if (
    type === "GOOGLE" &&
    rateLimit &&
    cloudKey.bandwidths &&
    !cloudKey.bandwidths.includes(rateLimit)
  ) {
    errors.push(
      `rateLimit ${rateLimit} is not one of Google's bandwidths: ${cloudKey.bandwidths.join(", ")}`,
    );
  }
}

function checkVrouterConfig(
  cfg: Json,
  end: StoredProduct | undefined,
  endType: string | undefined,
  label: string,
  errors: string[],
) {
  if (cfg.connectType === "TRANSIT") return;
  const interfaces = cfg.interfaces;
  if (interfaces === undefined) return;
  if (endType !== "MCR2" && endType !== "NAT_GATEWAY") {
    errors.push(`${label} vRouter configuration is only valid on an MCR or NAT gateway`);
    return;
  }
  if (!Array.isArray(interfaces)) {
    errors.push(`${label} partnerConfig.interfaces must be an array`);
    return;
  }
  errors.push(...vrouterProblems(cfg, end, label));
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
export function cspConnection(store: Store, v: StoredProduct) {
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
export function cloudBandwidth(v: StoredProduct): number | null {
  return v.cloudBandwidth ?? v.rateLimit;
}
