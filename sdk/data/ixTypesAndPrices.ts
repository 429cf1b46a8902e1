import * as pulumi from "@pulumi/pulumi";
import type { IxType, PriceBookEntry } from "../../provider/client";
import { fromApi } from "./client";

export type { IxType, PriceBookEntry };

/**
 * The IX types (exchanges) available at a location.
 *
 * ```ts
 * const types = await megaport.getIxTypes({ locationId: 3 }); // [{ name: "Sydney IX", … }, …]
 * ```
 */
export function getIxTypes(args: { locationId: number }): Promise<IxType[]> {
  return fromApi((s) => s.client().ixs.types(args.locationId));
}
export function getIxTypesOutput(
  args: pulumi.Input<{ locationId: pulumi.Input<number> }>,
): pulumi.Output<IxType[]> {
  return pulumi.output(args).apply((a) => getIxTypes(a));
}

/** Monthly price of a new port. `await megaport.getPortPrice({ locationId: 3, portSpeed: 10000, contractTermMonths: 12 })` */
export function getPortPrice(args: {
  locationId: number;
  portSpeed: number;
  contractTermMonths: number;
}): Promise<PriceBookEntry> {
  return fromApi((s) => s.client().prices.port(args.locationId, args.portSpeed, args.contractTermMonths));
}
export function getPortPriceOutput(
  args: pulumi.Input<{
    locationId: pulumi.Input<number>;
    portSpeed: pulumi.Input<number>;
    contractTermMonths: pulumi.Input<number>;
  }>,
) {
  return pulumi.output(args).apply((a) => getPortPrice(a));
}

/** Monthly price of a new MCR (with the term's discount when a term is given). */
export function getMcrPrice(args: {
  locationId: number;
  portSpeed: number;
  contractTermMonths?: number;
}): Promise<PriceBookEntry> {
  return fromApi((s) => s.client().prices.mcr(args.locationId, args.portSpeed, args.contractTermMonths));
}
export function getMcrPriceOutput(
  args: pulumi.Input<{
    locationId: pulumi.Input<number>;
    portSpeed: pulumi.Input<number>;
    contractTermMonths?: pulumi.Input<number>;
  }>,
) {
  return pulumi.output(args).apply((a) => getMcrPrice(a));
}

/** Monthly price of a new VXC between two locations. */
export function getVxcPrice(args: {
  aLocationId: number;
  bLocationId: number;
  rateLimit: number;
}): Promise<PriceBookEntry> {
  return fromApi((s) => s.client().prices.vxc(args.aLocationId, args.bLocationId, args.rateLimit));
}
export function getVxcPriceOutput(
  args: pulumi.Input<{
    aLocationId: pulumi.Input<number>;
    bLocationId: pulumi.Input<number>;
    rateLimit: pulumi.Input<number>;
  }>,
) {
  return pulumi.output(args).apply((a) => getVxcPrice(a));
}

/** Monthly price of a new IX. */
export function getIxPrice(args: {
  networkServiceType: string;
  locationId: number;
  rateLimit: number;
}): Promise<PriceBookEntry> {
  return fromApi((s) => s.client().prices.ix(args.networkServiceType, args.locationId, args.rateLimit));
}
export function getIxPriceOutput(
  args: pulumi.Input<{
    networkServiceType: pulumi.Input<string>;
    locationId: pulumi.Input<number>;
    rateLimit: pulumi.Input<number>;
  }>,
) {
  return pulumi.output(args).apply((a) => getIxPrice(a));
}
