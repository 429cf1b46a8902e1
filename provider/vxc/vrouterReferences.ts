// What a vRouter configuration names on its end's MCR or NAT gateway, checked against the account
// at preview rather than found out when Megaport refuses the order: the prefix lists its BGP
// filters name, the packet filters its interfaces apply, and the IPsec add-on its tunnels need.
// Lists and filters made in the same run have ids not known at preview: check() leaves inputs
// with unknowns to the next check, which runs once they are made.
import type { Product } from "../client";
import type { CheckFailure } from "../shared/inputChecks";
import type { LifecycleContext } from "../shared/lifecycle";
import { ORDER_STACK_TAG } from "../shared/orderMarker";
import type { VrouterConfig } from "./schema";

const FILTER_KEYS = ["importWhitelist", "importBlacklist", "exportWhitelist", "exportBlacklist"] as const;

type Named = { id: number; description?: string | null };
const listing = (items: Named[]) =>
  items.length === 0
    ? "it has none"
    : `it has ${items.map((l) => `${l.id} ("${l.description ?? ""}")`).join(", ")}`;

export async function checkVrouterReferences(
  ctx: LifecycleContext,
  side: "aEnd" | "bEnd",
  product: Product,
  config: VrouterConfig,
  stack: string | undefined,
): Promise<CheckFailure[]> {
  const failures: CheckFailure[] = [];
  const at = (path: string, reason: string) => {
    const property = `${side}PartnerConfig.${path}`;
    failures.push({ property, reason: `${property}: ${reason}` });
  };
  const nat = product.productType.toUpperCase() === "NAT_GATEWAY";
  const name = product.productName;

  const filters = config.interfaces.flatMap((i, n) =>
    (i.bgpConnections ?? []).flatMap((b, m) =>
      FILTER_KEYS.filter((k) => b[k] !== undefined).map((k) => ({
        path: `interfaces.${n}.bgpConnections.${m}.${k}`,
        id: b[k]!,
      })),
    ),
  );
  if (filters.length > 0) {
    const lists: Named[] = nat
      ? await ctx.client.natGateways.prefixLists(product.productUid).summaries()
      : await ctx.client.prefixFilterLists.list(product.productUid);
    for (const f of filters)
      if (!lists.some((l) => l.id === f.id))
        at(f.path, `${name} has no prefix list ${f.id}; ${listing(lists)}`);
  }

  const applied = config.interfaces.flatMap((i, n) =>
    (["packetFilterIn", "packetFilterOut"] as const)
      .filter((k) => i[k] !== undefined)
      .map((k) => ({ path: `interfaces.${n}.${k}`, id: i[k]! })),
  );
  if (applied.length > 0 && nat) {
    const packetFilters = await ctx.client.natGateways.packetFilters(product.productUid).summaries();
    for (const f of applied)
      if (!packetFilters.some((p) => p.id === f.id))
        at(f.path, `${name} has no packet filter ${f.id}; ${listing(packetFilters)}`);
  }

  const tunnel = config.interfaces.findIndex((i) => i.interfaceType === "ipSecTunnel");
  if (tunnel >= 0 && !nat && !product.addOns?.some((a) => a.addOnType === "IP_SEC")) {
    // An MCR of this stack may get its add-on in this same run (ipsecTunnelCount): the order then
    // checks. Another's MCR cannot.
    const tags = await ctx.client.products.tags(product.productUid);
    const ours = !!stack && tags.some((t) => t.key === ORDER_STACK_TAG && t.value === stack);
    if (!ours)
      at(
        `interfaces.${tunnel}.interfaceType`,
        `an ipSecTunnel interface needs the MCR's IPsec add-on, and ${name} has none (an Mcr's ipsecTunnelCount orders it)`,
      );
  }
  return failures;
}
