// A NAT gateway's packet filter: a list on the gateway with routes of its own (the lifecycle is
// shared/attachedList.ts). A VXC interface on the gateway applies it as packetFilterIn/Out.
import { PacketFilter, PacketFilterRequest } from "../client";
import { attachedListResource } from "../shared/attachedList";
import { checkNatGateway, gatewayListRoutes } from "./gateway";
import { NatGatewayPacketFilterArgs } from "./packetFilterSchema";

type Args = NatGatewayPacketFilterArgs;

function request(args: Args): PacketFilterRequest {
  return { description: args.description, entries: args.entries };
}

/** The inputs as the API has them now; what it answers empty (no ports, protocol 0) stays unset. */
function inputsOf(f: PacketFilter, olds: Record<string, unknown>): Args {
  const o = olds as Partial<Args>;
  return {
    natGatewayUid: o.natGatewayUid!,
    description: f.description ?? o.description ?? "",
    entries: (f.entries ?? []).map((e) => ({
      action: e.action === "deny" ? "deny" : "permit",
      ...(e.description ? { description: e.description } : {}),
      sourceAddress: e.sourceAddress,
      destinationAddress: e.destinationAddress,
      ...(e.sourcePorts ? { sourcePorts: e.sourcePorts } : {}),
      ...(e.destinationPorts ? { destinationPorts: e.destinationPorts } : {}),
      ...(e.ipProtocol ? { ipProtocol: e.ipProtocol } : {}),
    })),
    ...(o.adoptPacketFilterId !== undefined ? { adoptPacketFilterId: o.adoptPacketFilterId } : {}),
  };
}

export const natGatewayPacketFilterDefinition = attachedListResource<Args, PacketFilterRequest, PacketFilter>(
  {
    label: "NatGatewayPacketFilter",
    args: NatGatewayPacketFilterArgs,
    productKey: "natGatewayUid",
    adoptKey: "adoptPacketFilterId",
    idOutput: "packetFilterId",
    noun: "packet filter",
    user: "a VXC interface",
    routes: (client, uid) => gatewayListRoutes(client.natGateways.packetFilters(uid)),
    request,
    inputsOf,
    checkProduct: (ctx, args) => checkNatGateway(ctx, args.natGatewayUid),
  },
);
