// NAT gateways as data: the speed/session matrix, and the account's gateways (they are not in
// GET /v2/products: one GET /v3/products/nat_gateways lists them, tags included).
import { z } from "zod";
import { isInactive } from "../client";
import { NatGateway, NatGatewaySessionRow } from "../client/natGateways";
import { NO_ARGS, dataSource } from "./dataSource";
import { GetProductsArgs, byNameThenUid, matchesProductFilters } from "./productFilters";

export const getNatGatewaySessions = dataSource({
  description: "The NAT gateway speeds and the session counts each offers.",
  args: NO_ARGS,
  result: z.array(NatGatewaySessionRow),
  listedAs: "sessions",
  itemType: "NatGatewaySessions",
  run: (session) => session.client().natGateways.sessions(),
});

/** Designs that were never bought are left out with the inactive ones unless asked for. */
const inactiveOrDesign = (status: string) => isInactive(status) || status === "DESIGN";

export const getNatGateways = dataSource({
  description:
    "The account's NAT gateways, active (bought, not cancelled) ones by default, sorted by name then UID.",
  args: GetProductsArgs,
  result: z.array(NatGateway),
  listedAs: "gateways",
  itemType: "AccountNatGateway",
  async run(session, args) {
    const wanted = Object.entries(args.tags ?? {});
    return (await session.client().natGateways.list())
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
  },
});
