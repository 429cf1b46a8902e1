// Lists that do not change during a run (locations, partner ports), fetched once per process and
// API base URL, for check() in the provider and for the data sources in the program alike.
import type { Location, MegaportClient, PartnerPort } from "../client";

function oncePerClient<T>(
  fetch: (client: MegaportClient) => Promise<T>,
): (client: MegaportClient) => Promise<T> {
  const cache = new Map<string, Promise<T>>();
  return (client) => {
    let p = cache.get(client.baseUrl);
    if (!p) {
      // A failure is not kept: the next caller asks again.
      p = fetch(client).catch((e: unknown) => {
        cache.delete(client.baseUrl);
        throw e;
      });
      cache.set(client.baseUrl, p);
    }
    return p;
  };
}

export const cachedLocations: (client: MegaportClient) => Promise<Location[]> = oncePerClient((c) =>
  c.locations.list(),
);
export const cachedPartnerPorts: (client: MegaportClient) => Promise<PartnerPort[]> = oncePerClient((c) =>
  c.partnerPorts.list(),
);
