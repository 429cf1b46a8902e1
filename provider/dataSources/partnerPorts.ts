// Partner ports (AWS, Azure, Google, Oracle, …): filtered, best first, or the single best one.
import { z } from "zod";
import { PartnerPort } from "../client/partnerPorts";
import { DIVERSITY_ZONES } from "../shared/megaportValues";
import type { ProviderSession } from "../shared/session";
import { dataSource } from "./dataSource";

const portFilters = z
  .object({
    connectType: z.string().optional().describe("AWS, AWSHC, AZURE, GOOGLE, ORACLE, …"),
    companyName: z.string().optional().describe("Substring of the partner's name, case-insensitive."),
    companyUid: z.string().optional().describe("The partner company's UID, exactly."),
    productUid: z.string().optional().describe("One port by its product UID."),
    productName: z
      .string()
      .optional()
      .describe('Substring of the port\'s name (title), case-insensitive, e.g. "us-east-1".'),
    locationId: z.number().int().optional(),
    diversityZone: z.enum(DIVERSITY_ZONES).optional(),
    vxcPermittedOnly: z.boolean().optional().describe("Only ports that accept new VXCs (default true)."),
  })
  .strict();

async function partnerPorts(
  session: ProviderSession,
  args: z.output<typeof portFilters>,
): Promise<PartnerPort[]> {
  const company = args.companyName?.toLowerCase();
  const product = args.productName?.toLowerCase();
  return (await session.partnerPorts())
    .filter(
      (p) =>
        (!args.connectType || p.connectType === args.connectType) &&
        (!company || (p.companyName ?? "").toLowerCase().includes(company)) &&
        (!args.companyUid || p.companyUid === args.companyUid) &&
        (!args.productUid || p.productUid === args.productUid) &&
        (!product || (p.title ?? p.productName ?? "").toLowerCase().includes(product)) &&
        (args.locationId === undefined || p.locationId === args.locationId) &&
        (!args.diversityZone || p.diversityZone === args.diversityZone) &&
        (args.vxcPermittedOnly === false || p.vxcPermitted !== false),
    )
    .sort((a, b) => (b.rank ?? 0) - (a.rank ?? 0) || a.productUid.localeCompare(b.productUid));
}

export const getPartnerPorts = dataSource({
  description: "Partner ports, best first (highest rank); fetched once per run.",
  args: portFilters,
  result: z.array(PartnerPort),
  listedAs: "ports",
  itemType: "PartnerPort",
  run: partnerPorts,
});

export const getPartnerPort = dataSource({
  description:
    "The single best partner port: among the matches that accept new VXCs, the highest rank (ties " +
    "broken by product UID, so the answer is stable). Fails when none matches.",
  args: portFilters,
  result: PartnerPort,
  async run(session, a) {
    const [best] = await partnerPorts(session, { ...a, vxcPermittedOnly: true });
    if (!best) throw new Error(`getPartnerPort: no partner port accepting VXCs matches ${JSON.stringify(a)}`);
    return best;
  },
});
