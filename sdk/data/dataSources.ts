// The look-ups a network stack starts with, each a Promise form and an Output form. Their
// arguments, answers and what they ask Megaport live in provider/dataSources/.
import type { z } from "zod";
import { DATA_SOURCES as ds } from "../../provider/dataSources";
import { lookUp } from "./client";

export type {
  Location,
  PartnerPort,
  IxType,
  PriceBookEntry,
  Product,
  MveImage,
  MveSize,
} from "../../provider/client";
export type { NatGateway, NatGatewaySessionRow } from "../../provider/client";
export type { CloudPortCandidate, CloudPortsResult } from "../../provider/dataSources/cloudPorts";
export type { GetProductsArgs } from "../../provider/dataSources/productFilters";
export type { GetVxcsArgs } from "../../provider/dataSources/products";

export type GetLocationsArgs = z.input<typeof ds.getLocations.args>;
export type GetLocationArgs = z.input<typeof ds.getLocation.args>;
export type GetPartnerPortsArgs = z.input<typeof ds.getPartnerPorts.args>;
export type GetMveImagesArgs = z.input<typeof ds.getMveImages.args>;
export type GetMcrPrefixFilterListsArgs = z.input<typeof ds.getMcrPrefixFilterLists.args>;

/**
 * Megaport data centres, filtered. Locations are fetched once per run.
 *
 * ```ts
 * const sydney = await megaport.getLocations({ metro: "Sydney", portSpeed: 10000, mcr: true });
 * ```
 */
export const [getLocations, getLocationsOutput] = lookUp("getLocations", ds.getLocations);

/**
 * One location by id or exact name; fails when none or more than one matches.
 *
 * ```ts
 * const gs = await megaport.getLocation({ name: "Global Switch Sydney" });
 * ```
 */
export const [getLocation, getLocationOutput] = lookUp("getLocation", ds.getLocation);

/**
 * Partner ports, best first (highest rank). Fetched once per run.
 *
 * ```ts
 * const aws = await megaport.getPartnerPorts({ connectType: "AWSHC", locationId: 3 });
 * ```
 */
export const [getPartnerPorts, getPartnerPortsOutput] = lookUp("getPartnerPorts", ds.getPartnerPorts);

/**
 * The single best partner port that accepts new VXCs; fails when none matches.
 *
 * ```ts
 * const aws = await megaport.getPartnerPort({ connectType: "AWSHC", locationId: 3, diversityZone: "red" });
 * ```
 */
export const [getPartnerPort, getPartnerPortOutput] = lookUp("getPartnerPort", ds.getPartnerPort);

/**
 * Azure ExpressRoute ports for a service key (GET /v2/secure/azure/{key}). The Output form's
 * answer is secret when the key is.
 *
 * ```ts
 * const azure = megaport.getAzurePortsOutput({ serviceKey: config.requireSecret("expressRouteKey") });
 * ```
 */
export const [getAzurePorts, getAzurePortsOutput] = lookUp("getAzurePorts", ds.getAzurePorts);
/** Google Partner Interconnect ports for a pairing key. `megaport.getGooglePorts({ pairingKey })` */
export const [getGooglePorts, getGooglePortsOutput] = lookUp("getGooglePorts", ds.getGooglePorts);
/** Oracle FastConnect ports for a virtual circuit id. `megaport.getOraclePorts({ virtualCircuitId })` */
export const [getOraclePorts, getOraclePortsOutput] = lookUp("getOraclePorts", ds.getOraclePorts);
/** Nutanix ports for a service key. `megaport.getNutanixPorts({ serviceKey })` */
export const [getNutanixPorts, getNutanixPortsOutput] = lookUp("getNutanixPorts", ds.getNutanixPorts);

/**
 * The IX types (exchanges) available at a location.
 *
 * ```ts
 * const types = await megaport.getIxTypes({ locationId: 3 }); // [{ name: "Sydney IX", … }, …]
 * ```
 */
export const [getIxTypes, getIxTypesOutput] = lookUp("getIxTypes", ds.getIxTypes);
/** Monthly price of a new port. `await megaport.getPortPrice({ locationId: 3, portSpeed: 10000, contractTermMonths: 12 })` */
export const [getPortPrice, getPortPriceOutput] = lookUp("getPortPrice", ds.getPortPrice);
/** Monthly price of a new MCR (with the term's discount when a term is given). */
export const [getMcrPrice, getMcrPriceOutput] = lookUp("getMcrPrice", ds.getMcrPrice);
/** Monthly price of a new VXC between two locations. */
export const [getVxcPrice, getVxcPriceOutput] = lookUp("getVxcPrice", ds.getVxcPrice);
/** Monthly price of a new IX. */
export const [getIxPrice, getIxPriceOutput] = lookUp("getIxPrice", ds.getIxPrice);

/**
 * MVE images, newest id first (fetched once per run). Text filters compare case-insensitively,
 * as the Terraform data source does.
 *
 * ```ts
 * const images = await megaport.getMveImages({ vendor: "Fortinet", releaseOnly: true });
 * ```
 */
export const [getMveImages, getMveImagesOutput] = lookUp("getMveImages", ds.getMveImages);

/**
 * The newest matching image (highest id); fails when none matches.
 *
 * ```ts
 * const image = await megaport.getMveImage({ vendor: "Fortinet", releaseOnly: true, size: "SMALL" });
 * ```
 */
export const [getMveImage, getMveImageOutput] = lookUp("getMveImage", ds.getMveImage);

/** MVE sizes: name, CPU cores and RAM (fetched once per run). `await megaport.getMveSizes()` */
export const [getMveSizes, getMveSizesOutput] = lookUp("getMveSizes", ds.getMveSizes);

/**
 * The account's ports (each LAG member is a port of its own), active ones by default.
 *
 * ```ts
 * const ports = await megaport.getPorts({ locationId: 3, tags: { team: "network" } });
 * ```
 */
export const [getPorts, getPortsOutput] = lookUp("getPorts", ds.getPorts);
/** The account's MCRs, active ones by default. */
export const [getMcrs, getMcrsOutput] = lookUp("getMcrs", ds.getMcrs);
/** The account's MVEs, active ones by default. */
export const [getMves, getMvesOutput] = lookUp("getMves", ds.getMves);
/**
 * The account's VXCs (each once, also when both ends are the account's), active ones by default.
 *
 * ```ts
 * const toAws = await megaport.getVxcs({ aEndProductUid: mcrUid, nameContains: "aws" });
 * ```
 */
export const [getVxcs, getVxcsOutput] = lookUp("getVxcs", ds.getVxcs);
/** The account's IX services, active ones by default. */
export const [getIxs, getIxsOutput] = lookUp("getIxs", ds.getIxs);

/**
 * The account's NAT gateways, active (bought, not cancelled) ones by default, sorted by name then UID.
 *
 * ```ts
 * const egress = await megaport.getNatGateways({ nameContains: "egress", tags: { team: "network" } });
 * ```
 */
export const [getNatGateways, getNatGatewaysOutput] = lookUp("getNatGateways", ds.getNatGateways);
/** The NAT gateway speeds and the session counts each offers. `await megaport.getNatGatewaySessions()` */
export const [getNatGatewaySessions, getNatGatewaySessionsOutput] = lookUp(
  "getNatGatewaySessions",
  ds.getNatGatewaySessions,
);

/**
 * An MCR's prefix filter lists with their entries.
 *
 * ```ts
 * const lists = await megaport.getMcrPrefixFilterLists({ mcrUid: "…" });
 * ```
 */
export const [getMcrPrefixFilterLists, getMcrPrefixFilterListsOutput] = lookUp(
  "getMcrPrefixFilterLists",
  ds.getMcrPrefixFilterLists,
);
