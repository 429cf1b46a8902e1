// A NAT gateway as its resources look it up: read (gone when not found), the states after which it
// is gone for good, the check its packet filters and prefix lists make at preview, and their
// routes in the shape the attached-list lifecycle takes.
import { GatewayListRoutes, MegaportClient, NatGateway, isInactive, unlessNotFound } from "../client";
import type { AttachedListRoutes } from "../shared/attachedList";
import { CheckFailure } from "../shared/inputChecks";
import { LifecycleContext } from "../shared/lifecycle";

/** The gateway, or undefined when Megaport does not know it. */
export function getGateway(client: MegaportClient, uid: string): Promise<NatGateway | undefined> {
  return unlessNotFound(client.natGateways.get(uid));
}

/** What a packet filter or prefix list checks of its gateway: one of this account's, not gone. */
export async function checkNatGateway(
  ctx: LifecycleContext,
  uid: string,
): Promise<{ failures: CheckFailure[]; productName?: string }> {
  const g = await getGateway(ctx.client, uid);
  if (!g)
    return {
      failures: [
        {
          property: "natGatewayUid",
          reason: `natGatewayUid: ${uid} is not a NAT gateway of this Megaport account`,
        },
      ],
    };
  if (isInactive(g.provisioningStatus))
    return {
      failures: [
        {
          property: "natGatewayUid",
          reason: `natGatewayUid: ${g.productName ?? uid} is ${g.provisioningStatus}`,
        },
      ],
    };
  return { failures: [], productName: g.productName ?? uid };
}

/** A gateway's packet filters or prefix lists as the attached-list lifecycle calls them. */
export function gatewayListRoutes<T extends { id: number }, Req>(
  routes: GatewayListRoutes<T, Req>,
): AttachedListRoutes<Req, T> {
  return {
    create: async (body) => (await routes.create(body)).id,
    list: () => routes.summaries(),
    get: (id) => routes.get(id),
    update: async (id, body) => void (await routes.update(id, body)),
    delete: (id) => routes.delete(id),
  };
}
