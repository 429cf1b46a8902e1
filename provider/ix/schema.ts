// The IX's inputs and outputs: the one definition its SDK types, diff rules and checks come from.
// Only the port and the exchange order a new IX; every other field updates in place.
import { z } from "zod";
import { asnSchema, macSchema, uidSchema, vlanSchema } from "../client/values";
import { field } from "../shared/fields";
import { InterfaceDetails, ProductState, productArgs } from "../shared/productFields";

export const IxArgs = z
  .strictObject({
    ...productArgs,
    /** The port the IX is on (formerly `productUid`). Changing it orders a new IX. */
    portUid: field(uidSchema("portUid"), { replaces: true }),
    /** The exchange, e.g. "Sydney IX" (see getIxTypes). Changing it orders a new IX. */
    networkServiceType: field(
      z
        .string({ error: 'networkServiceType is required (e.g. "Sydney IX"; see getIxTypes)' })
        .min(1, "networkServiceType must not be empty"),
      { replaces: true },
    ),
    /** Your ASN. Updates in place. */
    /**
     * The ASN you peer with on the exchange. Required here: megaportgo sends 0 when a Terraform
     * configuration leaves it out, which this package does not do on your behalf.
     */
    asn: asnSchema("asn", "asn is required: the ASN the exchange's peers and route servers see you as"),
    /** e.g. "00:11:22:33:44:55". Updates in place. */
    macAddress: macSchema,
    /** Mbps. Updates in place. */
    rateLimit: z
      .number({ error: "rateLimit is required (Mbps)" })
      .int("rateLimit must be a whole number of Mbps")
      .positive("rateLimit must be at least 1 Mbps"),
    /** 2-4093; unset lets Megaport assign one. Updates in place. */
    vlan: vlanSchema("vlan", false).optional(),
    /** Administratively shut the IX down. Updates in place. */
    shutdown: z.boolean().default(false),
    /** Publish usage graphs (default true). Updates in place. */
    publicGraph: z.boolean().default(true),
    /** Reverse DNS for the IX's addresses. Updates in place. */
    reverseDns: z.string().optional(),
  })
  .omit({ contractTermMonths: true });
export type IxArgs = z.infer<typeof IxArgs>;

export const IxState = ProductState.omit({ productUid: true }).extend({
  /** The IX's own product UID (also its Pulumi id). */
  ixUid: z.string(),
  /** @deprecated The port the IX is on: read `portUid`. Kept for programs that read it. */
  productUid: z.string(),
  /** Epoch milliseconds: when the service went live on the exchange. */
  deployDate: z.number().nullable(),
  /** The AS-SET Megaport publishes for this peer. */
  ixPeerMacro: z.string().nullable(),
  /** The contract term in months Megaport reports. */
  term: z.number().nullable(),
  /** The service's interface on the exchange's VPLS (MAC address, rate limit, VLAN) as Megaport answers it. */
  vplsInterface: z.record(z.string(), z.unknown()).nullable(),
  /** The exchange port's physical interface. */
  interfaceDetails: InterfaceDetails.nullable(),
  /** The VLAN in use (assigned by Megaport when none was given). */
  assignedVlan: z.number().nullable(),
  /** The BGP sessions Megaport set up with the exchange's route servers. */
  bgpConnections: z.array(
    z.object({
      customerAsn: z.number().nullable(),
      customerIpAddress: z.string().nullable(),
      ispAsn: z.number().nullable(),
      ispIpAddress: z.string().nullable(),
      peerPolicy: z.string().nullable(),
      maxPrefixes: z.number().nullable(),
    }),
  ),
  /** The addresses Megaport assigned to the IX (IPv4 and IPv6), with their reverse DNS. */
  ipAddresses: z.array(
    z.object({
      address: z.string().nullable(),
      version: z.number().nullable(),
      reverseDns: z.string().nullable(),
    }),
  ),
});
