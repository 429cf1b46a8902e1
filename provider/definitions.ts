// Every resource this package provides, by kind: the one definition both doors serve (the dynamic
// providers through runtime.ts, the native plugin through plugin/).
import { ixDefinition } from "./ix/ix";
import { mcrDefinition } from "./mcr/mcr";
import { mcrIpsecAddOnDefinition } from "./mcrIpsecAddOn/mcrIpsecAddOn";
import { mcrPrefixFilterListDefinition } from "./mcrPrefixFilterList/mcrPrefixFilterList";
import { mveDefinition } from "./mve/mve";
import { natGatewayDefinition } from "./natGateway/natGateway";
import { natGatewayPacketFilterDefinition } from "./natGateway/packetFilter";
import { natGatewayPrefixListDefinition } from "./natGateway/prefixList";
import { portDefinition } from "./port/port";
import { ResourceKind } from "./resourceKinds";
import { serviceKeyDefinition } from "./serviceKey/serviceKey";
import type { ResourceDefinition } from "./shared/lifecycle";
import { vxcDefinition } from "./vxc/vxc";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind has its own args type
export const DEFINITIONS: Record<ResourceKind, ResourceDefinition<any>> = {
  Port: portDefinition,
  Mcr: mcrDefinition,
  Mve: mveDefinition,
  Vxc: vxcDefinition,
  Ix: ixDefinition,
  ServiceKey: serviceKeyDefinition,
  McrPrefixFilterList: mcrPrefixFilterListDefinition,
  McrIpsecAddOn: mcrIpsecAddOnDefinition,
  NatGateway: natGatewayDefinition,
  NatGatewayPacketFilter: natGatewayPacketFilterDefinition,
  NatGatewayPrefixList: natGatewayPrefixListDefinition,
};
