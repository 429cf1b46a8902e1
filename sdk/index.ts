// pulumi-megaport: Megaport Ports, MCRs, VXCs, IXs and service keys as Pulumi resources, and the
// look-ups a network stack starts with. Configure with megaport:* config (see README).
export { Port } from "./port";
export type { PortArgs } from "./port";
export { Mcr } from "./mcr";
export type { McrArgs } from "./mcr";
export { McrPrefixFilterList } from "./mcrPrefixFilterList";
export type { McrPrefixFilterListArgs } from "./mcrPrefixFilterList";
export { McrIpsecAddOn } from "./mcrIpsecAddOn";
export type { McrIpsecAddOnArgs } from "./mcrIpsecAddOn";
export { NatGateway } from "./natGateway";
export type { NatGatewayArgs } from "./natGateway";
export { NatGatewayPacketFilter } from "./natGatewayPacketFilter";
export type { NatGatewayPacketFilterArgs } from "./natGatewayPacketFilter";
export { NatGatewayPrefixList } from "./natGatewayPrefixList";
export type { NatGatewayPrefixListArgs } from "./natGatewayPrefixList";
export { Mve } from "./mve";
export type { MveArgs, MveVnicArgs, MveVendorConfigArgs } from "./mve";
export { Vxc } from "./vxc";
export type {
  VxcArgs,
  VxcEndArgs,
  VxcEndDetails,
  PartnerConfigArgs,
  AwsConfigArgs,
  AzureConfigArgs,
  GoogleConfigArgs,
  OracleConfigArgs,
  IbmConfigArgs,
  VrouterConfigArgs,
  BgpConnectionArgs,
} from "./vxc";
export { Ix } from "./ix";
export type { IxArgs } from "./ix";
export { ServiceKey } from "./serviceKey";
export type { ServiceKeyArgs } from "./serviceKey";
export type { LocationDetails } from "../provider/shared/productFields";
export * from "./data/dataSources";
export { DiversePorts } from "./components/diversePorts";
export type { DiversePortsArgs } from "./components/schemas";
export { AzureExpressRoute } from "./components/azureExpressRoute";
export type { AzureExpressRouteArgs, AzurePeeringArgs } from "./components/schemas";
export { AwsRedundantConnection } from "./components/awsRedundantConnection";
export type { AwsRedundantConnectionArgs, AwsBgpArgs } from "./components/schemas";
export { GooglePartnerInterconnect } from "./components/googlePartnerInterconnect";
export type { GooglePartnerInterconnectArgs } from "./components/schemas";
export type { PairEnd, PairSummary, Zone } from "./components/pair";
