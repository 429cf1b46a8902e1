// Every data source by its function name: the SDK exports each, the plugin serves each for Invoke
// and lists each in the package schema.
import { getAzurePorts, getGooglePorts, getNutanixPorts, getOraclePorts } from "./cloudPorts";
import { getLocation, getLocations } from "./locations";
import { getMveImage, getMveImages, getMveSizes } from "./mveImages";
import { getNatGatewaySessions, getNatGateways } from "./natGateways";
import { getPartnerPort, getPartnerPorts } from "./partnerPorts";
import { getMcrPrefixFilterLists } from "./prefixFilterLists";
import { getIxPrice, getIxTypes, getMcrPrice, getPortPrice, getVxcPrice } from "./prices";
import { getIxs, getMcrs, getMves, getPorts, getVxcs } from "./products";

export const DATA_SOURCES = {
  getLocations,
  getLocation,
  getPartnerPorts,
  getPartnerPort,
  getAzurePorts,
  getGooglePorts,
  getOraclePorts,
  getNutanixPorts,
  getIxTypes,
  getPortPrice,
  getMcrPrice,
  getVxcPrice,
  getIxPrice,
  getMveImages,
  getMveImage,
  getMveSizes,
  getPorts,
  getMcrs,
  getMves,
  getVxcs,
  getIxs,
  getNatGateways,
  getNatGatewaySessions,
  getMcrPrefixFilterLists,
};

export type DataSourceName = keyof typeof DATA_SOURCES;
