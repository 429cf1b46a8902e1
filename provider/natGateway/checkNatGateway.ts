// What a packet filter or prefix list checks of its gateway at preview: that it is a NAT gateway
// of this account that is not gone.
import { isNotFound } from "../client";
import { CheckFailure } from "../shared/checks";
import { LifecycleContext } from "../shared/lifecycle";

export async function checkNatGateway(
  ctx: LifecycleContext,
  uid: string,
): Promise<{ failures: CheckFailure[]; productName?: string }> {
  const g = await ctx.client.natGateways.get(uid).catch((e: unknown) => {
    if (isNotFound(e)) return undefined;
    throw e;
  });
  if (!g)
    return {
      failures: [
        {
          property: "natGatewayUid",
          reason: `natGatewayUid: ${uid} is not a NAT gateway of this Megaport account`,
        },
      ],
    };
  if (["DECOMMISSIONED", "DECOMMISSIONING", "CANCELLED"].includes(g.provisioningStatus))
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
