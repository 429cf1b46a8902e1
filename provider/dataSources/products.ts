// The account's own products (ports, MCRs, MVEs, VXCs, IXs), like the Terraform provider's
// megaport_mcrs/megaport_mves/megaport_vxcs. One GET /v2/products serves every kind: VXCs and IXs
// appear only nested under the port, MCR or MVE they are on.
import { z } from "zod";
import { unlessNotFound } from "../client";
import type { ListedProduct, MegaportClient } from "../client";
import { Product } from "../client/products";
import { withoutMarker } from "../shared/orderMarker";
import type { ProviderSession } from "../shared/session";
import { dataSource } from "./dataSource";
import { GetProductsArgs, byNameThenUid, matchesProductFilters, productFilters } from "./productFilters";

export const GetVxcsArgs = z
  .object({
    ...productFilters,
    aEndProductUid: z.string().optional(),
    bEndProductUid: z.string().optional(),
    rateLimit: z.number().int().optional().describe("Exact rate limit in Mbps."),
  })
  .strict();
export type GetVxcsArgs = z.input<typeof GetVxcsArgs>;

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
async function accountProducts(session: ProviderSession, kind: Kind, args: GetVxcsArgs): Promise<Product[]> {
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
}

function accountDataSource<A extends z.ZodType<GetVxcsArgs>>(kind: Kind, args: A, description: string) {
  return dataSource({
    description,
    args,
    result: z.array(Product),
    listedAs: "products",
    itemType: "Product",
    run: (session, a) => accountProducts(session, kind, a),
  });
}

export const getPorts = accountDataSource(
  "MEGAPORT",
  GetProductsArgs,
  "The account's ports (each LAG member is a port of its own), active ones by default.",
);
export const getMcrs = accountDataSource(
  "MCR2",
  GetProductsArgs,
  "The account's MCRs, active ones by default.",
);
export const getMves = accountDataSource(
  "MVE",
  GetProductsArgs,
  "The account's MVEs, active ones by default.",
);
export const getVxcs = accountDataSource(
  "VXC",
  GetVxcsArgs,
  "The account's VXCs (each once, also when both ends are the account's), active ones by default.",
);
export const getIxs = accountDataSource(
  "IX",
  GetProductsArgs,
  "The account's IX services, active ones by default.",
);
