// Each Terraform resource and data source, the schema here that stands for it, and what the
// generator cannot find by name alone: attributes named differently here, and attributes that have
// no counterpart (with the reason). Everything else maps by camelCase and is checked to exist.
import { z } from "zod";
import { Location } from "../../provider/client/locations";
import { MveImage, MveSize } from "../../provider/client/mves";
import { PartnerPort } from "../../provider/client/partnerPorts";
import { Product } from "../../provider/client/products";
import { PrefixFilterList } from "../../provider/client/prefixFilterLists";
import { IxArgs, IxState } from "../../provider/ix/schema";
import { McrArgs, McrState } from "../../provider/mcr/schema";
import { McrIpsecAddOnArgs, McrIpsecAddOnState } from "../../provider/mcrIpsecAddOn/schema";
import { McrPrefixFilterListArgs, McrPrefixFilterListState } from "../../provider/mcrPrefixFilterList/schema";
import { MveArgs, MveState } from "../../provider/mve/schema";
import {
  NatGatewayPacketFilterArgs,
  NatGatewayPacketFilterState,
} from "../../provider/natGateway/packetFilterSchema";
import {
  NatGatewayPrefixListArgs,
  NatGatewayPrefixListState,
} from "../../provider/natGateway/prefixListSchema";
import { NatGatewayArgs, NatGatewayState } from "../../provider/natGateway/schema";
import { PortArgs, PortState } from "../../provider/port/schema";
import { ServiceKeyArgs, ServiceKeyState } from "../../provider/serviceKey/schema";
import { objectShape } from "../../provider/shared/fields";
import { PartnerConfigArgs, VxcArgs, VxcState } from "../../provider/vxc/schema";
import type {
  GetLocationArgs,
  GetMcrPrefixFilterListsArgs,
  GetMveImagesArgs,
  GetPartnerPortsArgs,
  GetProductsArgs,
  GetVxcsArgs,
} from "../../sdk";

export interface Target {
  terraform: string;
  /** The resource class or data source here. */
  pulumi: string;
  /** Inputs and outputs (a resource), or arguments and results (a data source). */
  schema: z.ZodType;
  /** Prepended to every path found (a partner configuration's fields sit under an end's config). */
  base?: string;
  about?: string;
  /** Terraform path (or path prefix) → the path here. */
  renames?: Record<string, string>;
  /** Terraform path (or path prefix) → why nothing here stands for it. */
  absent?: Record<string, string>;
  notes?: Record<string, string>;
}

/** A resource's inputs and outputs as one object. */
const resource = (args: z.ZodType, state: z.ZodType) =>
  z.object({ ...objectShape(args), ...objectShape(state) });

/** A data source: its arguments (names checked against its Args type) and its results. */
function dataSource<A>(args: Array<keyof A & string>, results: Record<string, z.ZodType>) {
  return z.object({ ...Object.fromEntries(args.map((a) => [a, z.unknown()])), ...results });
}

const TERRAFORM_ONLY = "Terraform's own bookkeeping (when its state last changed)";
const TYPE = "the resource class is the product type";
const API_BOOKKEEPING = "the API's own naming of the record, nothing to set or read";
const NO_LAG = "a LAG's: an MCR is never in a LAG";
/** megaportgo location.go: "No longer provided in v3 API" (Terraform answers them empty). */
const V3_GONE = "not in Megaport's v3 locations API, which this package reads (Terraform answers it empty)";

const productFilters: Array<keyof GetProductsArgs & string> = [
  "productName",
  "nameContains",
  "locationId",
  "statuses",
  "includeInactive",
  "tags",
  "productUid",
  "includeResourceTags",
];

const portRenames = { resources: "interfaceDetails", "resources.interface": "interfaceDetails" };
const portAbsent = {
  last_updated: TERRAFORM_ONLY,
  virtual: "always false for a port",
  "resources.interface.resource_name": API_BOOKKEEPING,
  "resources.interface.resource_type": API_BOOKKEEPING,
};
const vxcEnd = (tf: string, here: string) => ({
  [`${tf}.requested_product_uid`]: `${here}.productUid`,
  [`${tf}.ordered_vlan`]: `${here}.vlan`,
  [`${tf}.current_product_uid`]: `${here}Details.productUid`,
  [`${tf}.location`]: `${here}Details.location`,
  [`${tf}.location_id`]: `${here}Details.locationId`,
  [`${tf}.owner_uid`]: `${here}Details.ownerUid`,
  [`${tf}.product_name`]: `${here}Details.productName`,
  [`${tf}_partner_config.partner`]: `${here}PartnerConfig.connectType`,
});
const listedVxcEnd = (tf: string, here: string) => ({
  [`vxcs.${tf}_uid`]: `vxcs.${here}.productUid`,
  [`vxcs.${tf}_name`]: `vxcs.${here}.productName`,
  [`vxcs.${tf}_location_id`]: `vxcs.${here}.locationId`,
  [`vxcs.${tf}_vlan`]: `vxcs.${here}.vlan`,
});

export const TARGETS: Target[] = [
  {
    terraform: "megaport_port",
    pulumi: "Port",
    schema: resource(PortArgs, PortState),
    renames: portRenames,
    absent: portAbsent,
  },
  {
    terraform: "megaport_lag_port",
    pulumi: "Port",
    about: "A LAG is a `Port` with `lagPortCount`.",
    schema: resource(PortArgs, PortState),
    renames: { lag_count: "lagPortCount", ...portRenames },
    absent: portAbsent,
  },
  {
    terraform: "megaport_mcr",
    pulumi: "Mcr",
    schema: resource(McrArgs, McrState),
    absent: {
      last_updated: TERRAFORM_ONLY,
      product_type: TYPE,
      virtual: "always true for an MCR",
      buyout_port: "always false for an MCR",
      aggregation_id: NO_LAG,
      lag_id: NO_LAG,
      lag_primary: NO_LAG,
      prefix_filter_lists: "each list is a McrPrefixFilterList resource here (or getMcrPrefixFilterLists)",
    },
  },
  {
    terraform: "megaport_mcr_ipsec_addon",
    pulumi: "McrIpsecAddOn",
    about: "For an MCR the program manages, its `ipsecTunnelCount` does the same: use one or the other.",
    schema: resource(McrIpsecAddOnArgs, McrIpsecAddOnState),
    renames: { mcr_id: "mcrUid" },
  },
  {
    terraform: "megaport_mcr_prefix_filter_list",
    pulumi: "McrPrefixFilterList",
    schema: resource(McrPrefixFilterListArgs, McrPrefixFilterListState),
    renames: { mcr_id: "mcrUid", id: "prefixListId" },
    absent: { last_updated: TERRAFORM_ONLY },
  },
  {
    terraform: "megaport_mve",
    pulumi: "Mve",
    schema: resource(MveArgs, MveState),
    absent: {
      last_updated: TERRAFORM_ONLY,
      product_type: TYPE,
      virtual: "always true for an MVE",
      buyout_port: "always false for an MVE",
    },
  },
  {
    terraform: "megaport_vxc",
    pulumi: "Vxc",
    schema: resource(VxcArgs, VxcState),
    renames: { ...vxcEnd("a_end", "aEnd"), ...vxcEnd("b_end", "bEnd") },
    absent: {
      last_updated: TERRAFORM_ONLY,
      product_type: TYPE,
      "a_end.secondary_name": "the API answers null for an end",
      "b_end.secondary_name": "the API answers null for an end",
    },
  },
  {
    terraform: "megaport_vxc partner configs",
    pulumi: "Vxc",
    about:
      "Terraform's `a_end_partner_config`/`b_end_partner_config` hold one `<partner>_config` block; here `aEndPartnerConfig`/`bEndPartnerConfig` hold the configuration itself, chosen by `connectType` (shown for the B-end; the A-end takes a vRouter one).",
    schema: PartnerConfigArgs,
    base: "bEndPartnerConfig",
  },
  {
    terraform: "megaport_ix",
    pulumi: "Ix",
    schema: resource(IxArgs, IxState),
    renames: {
      requested_product_uid: "portUid",
      product_uid: "ixUid",
      location_id: "locationDetails",
      "resources.bgp_connections.ix_peer_policy": "bgpConnections.peerPolicy",
      "resources.bgp_connections.asn": "bgpConnections.customerAsn",
      "resources.bgp_connections": "bgpConnections",
      "resources.interface": "interfaceDetails",
      "resources.ip_addresses": "ipAddresses",
      "resources.vpls_interface": "vplsInterface",
    },
    absent: {
      "resources.bgp_connections.resource_name": API_BOOKKEEPING,
      "resources.bgp_connections.resource_type": API_BOOKKEEPING,
      "resources.interface.resource_name": API_BOOKKEEPING,
      "resources.interface.resource_type": API_BOOKKEEPING,
      "resources.interface.shutdown": "the IX's own shutdown input",
      "resources.ip_addresses.resource_name": API_BOOKKEEPING,
      "resources.ip_addresses.resource_type": API_BOOKKEEPING,
      "resources.vpls_interface.resource_name": API_BOOKKEEPING,
      "resources.vpls_interface.resource_type": API_BOOKKEEPING,
      resources: "its parts are bgpConnections, interfaceDetails, ipAddresses and vplsInterface",
    },
    notes: { location_id: "the location's details; its id is the port's locationId" },
  },
  {
    terraform: "megaport_service_key",
    pulumi: "ServiceKey",
    schema: resource(ServiceKeyArgs, ServiceKeyState),
    renames: {
      product_uid: "portUid",
      "valid_for.start_time": "validFor.start",
      "valid_for.end_time": "validFor.end",
    },
    absent: { last_updated: TERRAFORM_ONLY, company_id: "the company's numeric id; companyUid names it" },
  },
  {
    terraform: "megaport_nat_gateway",
    pulumi: "NatGateway",
    schema: resource(NatGatewayArgs, NatGatewayState),
  },
  {
    terraform: "megaport_nat_gateway_packet_filter",
    pulumi: "NatGatewayPacketFilter",
    schema: resource(NatGatewayPacketFilterArgs, NatGatewayPacketFilterState),
    renames: { nat_gateway_product_uid: "natGatewayUid", id: "packetFilterId" },
  },
  {
    terraform: "megaport_nat_gateway_prefix_list",
    pulumi: "NatGatewayPrefixList",
    schema: resource(NatGatewayPrefixListArgs, NatGatewayPrefixListState),
    renames: { nat_gateway_product_uid: "natGatewayUid", id: "prefixListId" },
  },
  {
    terraform: "data.megaport_location",
    pulumi: "getLocation",
    schema: dataSource<GetLocationArgs>(["id", "name"], objectShape(Location)),
    renames: { country: "address.country", live_date: "status" },
    absent: {
      network_region: "the market is answered; a network region is its market's",
      site_code: V3_GONE,
      campus: V3_GONE,
      products: "what each zone offers is in diversityZones (port, MCR and NAT gateway speeds, MVE sizes)",
      v_router_available: "diversityZones.<zone>.mcrSpeedMbps is empty where MCRs are not offered",
    },
    notes: { live_date: "the location's status says whether it is live" },
  },
  {
    terraform: "data.megaport_partner",
    pulumi: "getPartnerPort",
    schema: dataSource<GetPartnerPortsArgs>(
      ["connectType", "companyName", "productName", "diversityZone", "locationId"],
      objectShape(PartnerPort),
    ),
  },
  {
    terraform: "data.megaport_mve_images",
    pulumi: "getMveImages",
    schema: dataSource<GetMveImagesArgs>(
      ["id", "version", "product", "vendor", "releaseImage", "productCode"],
      {
        images: z.array(MveImage),
      },
    ),
    renames: {
      mve_images: "images",
      id_filter: "id",
      version_filter: "version",
      product_filter: "product",
      vendor_filter: "vendor",
      release_image_filter: "releaseImage",
      product_code_filter: "productCode",
    },
  },
  {
    terraform: "data.megaport_mve_sizes",
    pulumi: "getMveSizes",
    schema: dataSource<object>([], { sizes: z.array(MveSize) }),
    renames: { "mve_sizes.ram_gb": "sizes.ramGB", mve_sizes: "sizes" },
  },
  {
    terraform: "data.megaport_mcr_prefix_filter_lists",
    pulumi: "getMcrPrefixFilterLists",
    schema: dataSource<GetMcrPrefixFilterListsArgs>(["mcrUid"], { lists: z.array(PrefixFilterList) }),
    renames: { mcr_id: "mcrUid", prefix_filter_lists: "lists" },
  },
  {
    terraform: "data.megaport_mcrs",
    pulumi: "getMcrs",
    schema: dataSource<GetProductsArgs>(productFilters, { mcrs: z.array(Product) }),
  },
  {
    terraform: "data.megaport_mves",
    pulumi: "getMves",
    schema: dataSource<GetProductsArgs>(productFilters, { mves: z.array(Product) }),
    renames: { "mves.size": "mves.mveSize" },
  },
  {
    terraform: "data.megaport_vxcs",
    pulumi: "getVxcs",
    schema: dataSource<GetVxcsArgs>([...productFilters, "aEndProductUid", "bEndProductUid", "rateLimit"], {
      vxcs: z.array(Product),
    }),
    renames: { ...listedVxcEnd("a_end", "aEnd"), ...listedVxcEnd("b_end", "bEnd") },
  },
  {
    terraform: "data.megaport_nat_gateway_sessions",
    pulumi: "getNatGatewaySessions",
    schema: dataSource<object>([], {
      sessions: z.array(z.object({ speedMbps: z.number(), sessionCount: z.array(z.number()) })),
    }),
  },
];
