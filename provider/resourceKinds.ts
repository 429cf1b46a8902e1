// The resources this package provides, by the name each has in the type token
// (pulumi-nodejs:dynamic/megaport:<kind>) and in the serialized provider shim.
export const RESOURCE_KINDS = [
  "Port",
  "Mcr",
  "Mve",
  "Vxc",
  "Ix",
  "ServiceKey",
  "McrPrefixFilterList",
  "McrIpsecAddOn",
  "NatGateway",
  "NatGatewayPacketFilter",
  "NatGatewayPrefixList",
] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];
