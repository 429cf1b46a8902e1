// Each resource's outputs besides its inputs, by kind: what the schema lists as its properties.
import type { z } from "zod";
import { IxState } from "../ix/schema";
import { McrState } from "../mcr/schema";
import { McrIpsecAddOnState } from "../mcrIpsecAddOn/schema";
import { McrPrefixFilterListState } from "../mcrPrefixFilterList/schema";
import { MveState } from "../mve/schema";
import { NatGatewayPacketFilterState } from "../natGateway/packetFilterSchema";
import { NatGatewayPrefixListState } from "../natGateway/prefixListSchema";
import { NatGatewayState } from "../natGateway/schema";
import { PortState } from "../port/schema";
import type { ResourceKind } from "../resourceKinds";
import { ServiceKeyState } from "../serviceKey/schema";
import { VxcState } from "../vxc/schema";

export const RESOURCE_STATES: Record<ResourceKind, z.ZodType> = {
  Port: PortState,
  Mcr: McrState,
  Mve: MveState,
  Vxc: VxcState,
  Ix: IxState,
  ServiceKey: ServiceKeyState,
  McrPrefixFilterList: McrPrefixFilterListState,
  McrIpsecAddOn: McrIpsecAddOnState,
  NatGateway: NatGatewayState,
  NatGatewayPacketFilter: NatGatewayPacketFilterState,
  NatGatewayPrefixList: NatGatewayPrefixListState,
};

/** Outputs secret besides the secret inputs: a service key's key. */
export const SECRET_OUTPUTS: Partial<Record<ResourceKind, readonly string[]>> = { ServiceKey: ["key"] };
