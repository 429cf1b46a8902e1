// The account's own products (ports, MCRs, MVEs, VXCs, IXs) as data sources, like the Terraform
// provider's megaport_mcrs/megaport_mves/megaport_vxcs. One GET /v2/products serves every kind: VXCs
// and IXs appear only nested under the port, MCR or MVE they are on.
import * as pulumi from "@pulumi/pulumi";
import { unlessNotFound } from "../../provider/client";
import type { ListedProduct, MegaportClient, Product } from "../../provider/client";
import { withoutMarker } from "../../provider/shared/orderMarker";
import type { InputOf } from "../resource";
import { fromApi } from "./client";
import { GetProductsArgs, byNameThenUid, matchesProductFilters } from "./productFilters";

export type { Product };

export type { GetProductsArgs } from "./productFilters";

export interface GetVxcsArgs extends GetProductsArgs {
  aEndProductUid?: string;
  bEndProductUid?: string;
  /** Exact rate limit in Mbps. */
  rateLimit?: number;
}

type Kind = "MEGAPORT" | "MCR2" | "MVE" | "VXC" | "IX";

/** Products of one kind: top-level ones by type, nested ones from every parent, each once. */
function ofKind(listed: ListedProduct[], kind: Kind): Product[] {
  if (kind !== "VXC" && kind !== "IX") return listed.filter((p) => p.productType.toUpperCase() === kind);
  const nested = listed.flatMap((p) => (kind === "VXC" ? p.associatedVxcs : p.associatedIxs) ?? []);
  return [...new Map(nested.map((p) => [p.productUid, p])).values()];
}

function matches(p: Product, args: GetVxcsArgs): boolean {
  return (
    matchesProductFilters(p, [p.locationId, p.aEnd?.locationId, p.bEnd?.locationId], args) &&
    (!args.aEndProductUid || p.aEnd?.productUid === args.aEndProductUid) &&
    (!args.bEndProductUid || p.bEnd?.productUid === args.bEndProductUid) &&
    (args.rateLimit === undefined || p.rateLimit === args.rateLimit)
  );
}

/** The product with this UID, or none when Megaport does not know it. */
async function byUid(client: MegaportClient, uid: string): Promise<Product[]> {
  const p = await unlessNotFound(client.products.get(uid));
  return p ? [p] : [];
}

/** The account's products of a kind that match, sorted by name then UID. */
function accountProducts(kind: Kind, args: GetVxcsArgs): Promise<Product[]> {
  return fromApi(async (session) => {
    const client = session.client();
    let found = args.productUid
      ? (await byUid(client, args.productUid)).filter(
          (p) => p.productType.toUpperCase() === kind && matches(p, { ...args, includeInactive: true }),
        )
      : ofKind(await client.products.list(), kind).filter((p) => matches(p, args));
    const wanted = Object.entries(args.tags ?? {});
    if (wanted.length > 0) {
      const tagged = await Promise.all(
        found.map(async (p) => {
          const tags = await client.products.tags(p.productUid);
          return wanted.every(([k, v]) => tags.some((t) => t.key === k && t.value === v));
        }),
      );
      found = found.filter((_, i) => tagged[i]);
    }
    if (args.includeResourceTags)
      found = await Promise.all(
        found.map(async (p) => ({
          ...p,
          resourceTags: withoutMarker(await client.products.tags(p.productUid)),
        })),
      );
    return found.sort(byNameThenUid);
  });
}

/** A data source and its Output form over `accountProducts`. */
function accountDataSource<A extends GetProductsArgs>(kind: Kind) {
  const get = (args: A = {} as A) => accountProducts(kind, args);
  const output = (args: pulumi.Input<InputOf<A>> = {} as InputOf<A>): pulumi.Output<Product[]> =>
    pulumi.output(args).apply((a) => get(a as A));
  return [get, output] as const;
}

/**
 * The account's ports (each LAG member is a port of its own), active ones by default.
 *
 * ```ts
 * const ports = await megaport.getPorts({ locationId: 3, tags: { team: "network" } });
 * ```
 */
export const [getPorts, getPortsOutput] = accountDataSource<GetProductsArgs>("MEGAPORT");

/** The account's MCRs, active ones by default. */
export const [getMcrs, getMcrsOutput] = accountDataSource<GetProductsArgs>("MCR2");

/** The account's MVEs, active ones by default. */
export const [getMves, getMvesOutput] = accountDataSource<GetProductsArgs>("MVE");

/**
 * The account's VXCs (each once, also when both ends are the account's), active ones by default.
 *
 * ```ts
 * const toAws = await megaport.getVxcs({ aEndProductUid: mcrUid, nameContains: "aws" });
 * ```
 */
export const [getVxcs, getVxcsOutput] = accountDataSource<GetVxcsArgs>("VXC");

/** The account's IX services, active ones by default. */
export const [getIxs, getIxsOutput] = accountDataSource<GetProductsArgs>("IX");
