// Every resource class by its kind: how the native plugin turns a resource passed to a component
// (a Port as an A-end, sent as a reference) back into its class.
import type * as pulumi from "@pulumi/pulumi";
import type { ResourceKind } from "../provider/resourceKinds";
import { Ix } from "./ix";
import { Mcr } from "./mcr";
import { McrIpsecAddOn } from "./mcrIpsecAddOn";
import { McrPrefixFilterList } from "./mcrPrefixFilterList";
import { Mve } from "./mve";
import { NatGateway } from "./natGateway";
import { NatGatewayPacketFilter } from "./natGatewayPacketFilter";
import { NatGatewayPrefixList } from "./natGatewayPrefixList";
import { Port } from "./port";
import type { MegaportResource } from "./resource";
import { ServiceKey } from "./serviceKey";
import { Vxc } from "./vxc";

/** A class built from a registered resource's URN alone (its outputs read from the engine). */
type ByUrn = new (name: string, args: undefined, opts: pulumi.CustomResourceOptions) => MegaportResource;

const classes = {
  Port,
  Mcr,
  McrIpsecAddOn,
  McrPrefixFilterList,
  Mve,
  NatGateway,
  NatGatewayPacketFilter,
  NatGatewayPrefixList,
  Vxc,
  Ix,
  ServiceKey,
} satisfies Record<ResourceKind, unknown>;

export const RESOURCE_CLASSES = classes as unknown as Record<ResourceKind, ByUrn>;
