import * as pulumi from "@pulumi/pulumi";
import type { PartnerPort } from "../../provider/client";
import { fromApi } from "./client";

export type { PartnerPort };

export interface GetPartnerPortsArgs {
  /** AWS, AWSHC, AZURE, GOOGLE, ORACLE, … */
  connectType?: string;
  /** Substring, case-insensitive. */
  companyName?: string;
  /** The partner company's UID, exactly. */
  companyUid?: string;
  /** One port by its product UID. */
  productUid?: string;
  /** Substring of the port's name (title), case-insensitive, e.g. "us-east-1". */
  productName?: string;
  locationId?: number;
  diversityZone?: "red" | "blue";
  /** Only ports that accept new VXCs (default true). */
  vxcPermittedOnly?: boolean;
}

const allPartnerPorts = () => fromApi((s) => s.partnerPorts());

/**
 * Partner ports, best first (highest rank). Fetched once per run.
 *
 * ```ts
 * const aws = await megaport.getPartnerPorts({ connectType: "AWSHC", locationId: 3 });
 * ```
 */
export async function getPartnerPorts(args: GetPartnerPortsArgs = {}): Promise<PartnerPort[]> {
  const company = args.companyName?.toLowerCase();
  const product = args.productName?.toLowerCase();
  return (await allPartnerPorts())
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

export function getPartnerPortsOutput(
  args: pulumi.Input<GetPartnerPortsArgs> = {},
): pulumi.Output<PartnerPort[]> {
  return pulumi.output(args).apply((a) => getPartnerPorts(a as GetPartnerPortsArgs));
}

/**
 * The single best partner port: among the matches that accept new VXCs, the highest rank (ties
 * broken by product UID, so the answer is stable). Fails when none matches.
 *
 * ```ts
 * const aws = await megaport.getPartnerPort({ connectType: "AWSHC", locationId: 3, diversityZone: "red" });
 * ```
 */
export async function getPartnerPort(args: GetPartnerPortsArgs): Promise<PartnerPort> {
  const [best] = await getPartnerPorts({ ...args, vxcPermittedOnly: true });
  if (!best)
    throw new Error(`getPartnerPort: no partner port accepting VXCs matches ${JSON.stringify(args)}`);
  return best;
}

export function getPartnerPortOutput(args: pulumi.Input<GetPartnerPortsArgs>): pulumi.Output<PartnerPort> {
  return pulumi.output(args).apply((a) => getPartnerPort(a as GetPartnerPortsArgs));
}
