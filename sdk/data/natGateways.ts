// NAT gateways as data: the speed/session matrix, and the account's gateways (they are not in
// GET /v2/products: one GET /v3/products/nat_gateways lists them, tags included).
import * as pulumi from "@pulumi/pulumi";
import type { NatGateway, NatGatewaySessionRow } from "../../provider/client";
import type { InputOf } from "../resource";
import { fromApi } from "./client";
import { isInactive } from "../../provider/client";
import { byNameThenUid, matchesProductFilters } from "./productFilters";
import type { GetProductsArgs } from "./productFilters";

export type { NatGateway, NatGatewaySessionRow };

/**
 * The NAT gateway speeds and the session counts each offers (GET /v3/products/nat_gateways/sessions).
 *
 * ```ts
 * const rows = await megaport.getNatGatewaySessions();
 * ```
 */
export function getNatGatewaySessions(): Promise<NatGatewaySessionRow[]> {
  return fromApi((s) => s.client().natGateways.sessions());
}

export function getNatGatewaySessionsOutput(): pulumi.Output<NatGatewaySessionRow[]> {
  return pulumi.output(getNatGatewaySessions());
}

/** Designs that were never bought are left out with the inactive ones unless asked for. */
const inactiveOrDesign = (status: string) => isInactive(status) || status === "DESIGN";

/**
 * The account's NAT gateways, active (bought, not cancelled) ones by default, sorted by name then UID.
 *
 * ```ts
 * const egress = await megaport.getNatGateways({ nameContains: "egress", tags: { team: "network" } });
 * ```
 */
export function getNatGateways(args: GetProductsArgs = {}): Promise<NatGateway[]> {
  return fromApi(async (s) => {
    const wanted = Object.entries(args.tags ?? {});
    return (await s.client().natGateways.list())
      .filter(
        (g) =>
          matchesProductFilters(
            { productName: g.productName ?? "", provisioningStatus: g.provisioningStatus },
            [g.locationId],
            args,
            inactiveOrDesign,
          ) &&
          // The list carries the tags: no read per gateway.
          wanted.every(([k, v]) => (g.resourceTags ?? []).some((t) => t.key === k && t.value === v)),
      )
      .sort(byNameThenUid);
  });
}

export function getNatGatewaysOutput(
  args: pulumi.Input<InputOf<GetProductsArgs>> = {} as InputOf<GetProductsArgs>,
): pulumi.Output<NatGateway[]> {
  return pulumi.output(args).apply((a) => getNatGateways(a as GetProductsArgs));
}
