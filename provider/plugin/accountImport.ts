// A whole account under management in one step: its live products as the file `pulumi import
// --file` takes (type token, a resource name, the id the resource uses). Ports, MCRs, MVEs, their
// VXCs and IXs come from the product list, NAT gateways from their own; LAG members beyond the
// primary, and products that are over (cancelled, decommissioned), are left out.
import { ListedProduct, MegaportClient, NatGateway, isInactive } from "../client";
import { ResourceKind } from "../resourceKinds";
import { resourceToken } from "../tokens";

export interface ImportEntry {
  type: string;
  name: string;
  id: string;
}

const KIND_OF_TYPE: Record<string, ResourceKind> = {
  MEGAPORT: "Port",
  MCR2: "Mcr",
  MVE: "Mve",
  VXC: "Vxc",
  IX: "Ix",
};

/** A resource name from a product name: lower-case words joined by dashes, unique in the file. */
function namer(): (productName: string) => string {
  const used = new Set<string>();
  return (productName) => {
    const base =
      productName
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "") || "product";
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    return name;
  };
}

/** The import file's entries for products and NAT gateways as the API lists them. */
export function importEntries(
  products: readonly ListedProduct[],
  gateways: readonly NatGateway[],
): ImportEntry[] {
  const name = namer();
  const entries: ImportEntry[] = [];
  const seen = new Set<string>();
  const add = (p: {
    productUid: string;
    productName?: string | null;
    productType: string;
    provisioningStatus: string;
  }) => {
    const kind = KIND_OF_TYPE[p.productType.toUpperCase()];
    // Inactive: gone, or cancelled (left out of the account's look-ups too).
    if (!kind || seen.has(p.productUid) || isInactive(p.provisioningStatus)) return;
    seen.add(p.productUid);
    entries.push({ type: resourceToken(kind), name: name(p.productName ?? kind), id: p.productUid });
  };
  for (const p of products) {
    // A LAG is one Port resource: its primary; the members come with it.
    if (p.aggregationId && !p.lagPrimary) continue;
    add(p);
  }
  for (const p of products)
    for (const child of [...(p.associatedVxcs ?? []), ...(p.associatedIxs ?? [])]) add(child);
  for (const g of gateways)
    if (g.provisioningStatus !== "DESIGN" && !isInactive(g.provisioningStatus))
      entries.push({
        type: resourceToken("NatGateway"),
        name: name(g.productName ?? "nat-gateway"),
        id: g.productUid,
      });
  return entries;
}

/** The account's import file: `{ resources: [...] }`. */
export async function accountImportFile(client: MegaportClient): Promise<{ resources: ImportEntry[] }> {
  const [products, gateways] = await Promise.all([client.products.list(), client.natGateways.list()]);
  return { resources: importEntries(products, gateways) };
}
