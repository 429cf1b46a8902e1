// A NAT gateway's prefix list: a list on the gateway with routes of its own (shared/attachedList.ts
// has the lifecycle, shared/prefixLists.ts the entries). ge and le travel as strings here; the
// client converts.
import { NatPrefixList, NatPrefixListRequest } from "../client";
import { attachedListResource } from "../shared/attachedList";
import { prefixListInputs, prefixListRequest } from "../shared/prefixLists";
import { checkNatGateway, gatewayListRoutes } from "./gateway";
import { NatGatewayPrefixListArgs } from "./prefixListSchema";

type Args = NatGatewayPrefixListArgs;

export const natGatewayPrefixListDefinition = attachedListResource<Args, NatPrefixListRequest, NatPrefixList>(
  {
    label: "NatGatewayPrefixList",
    args: NatGatewayPrefixListArgs,
    productKey: "natGatewayUid",
    adoptKey: "adoptPrefixListId",
    idOutput: "prefixListId",
    noun: "prefix list",
    user: "a VXC's BGP connection",
    routes: (client, uid) => gatewayListRoutes(client.natGateways.prefixLists(uid)),
    request: prefixListRequest,
    inputsOf: (list, olds) => prefixListInputs<Args>(list, olds, ["natGatewayUid", "adoptPrefixListId"]),
    checkProduct: (ctx, args) => checkNatGateway(ctx, args.natGatewayUid),
  },
);
