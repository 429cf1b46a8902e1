// A NAT gateway packet filter's inputs and outputs (megaportgo nat_gateway_packet_filters.go; the
// Terraform provider's rules): entries matched top to bottom, first match wins.
import { z } from "zod";
import { uidSchema } from "../client/values";
import { field } from "../shared/fields";
import { ipAddressOrPrefix } from "../client/ipAddresses";

const ports = (what: string) =>
  z
    .string()
    .refine(
      (s) => s.split(",").every((p) => /^\d{1,5}$/.test(p.trim()) && Number(p) >= 1 && Number(p) <= 65535),
      {
        error: `${what} must be a port (1-65535) or a comma-separated list of ports, e.g. "443" or "80,443"`,
      },
    );

export const PacketFilterEntryArgs = z.strictObject({
  /** "permit" or "deny". */
  action: z.enum(["permit", "deny"], { error: "action must be permit or deny" }),
  description: z.string().optional(),
  /** An address, or an address with its prefix length (10.0.0.0/8). */
  sourceAddress: ipAddressOrPrefix("sourceAddress"),
  destinationAddress: ipAddressOrPrefix("destinationAddress"),
  /** One port or a comma-separated list; left out, any port. */
  sourcePorts: ports("sourcePorts").optional(),
  destinationPorts: ports("destinationPorts").optional(),
  /** IP protocol number (6 TCP, 17 UDP); 0 or left out, any. */
  ipProtocol: z
    .number()
    .int("ipProtocol must be a whole number")
    .min(0, "ipProtocol must be 0-255")
    .max(255, "ipProtocol must be 0-255")
    .optional(),
});

export const NatGatewayPacketFilterArgs = z.strictObject({
  /** The NAT gateway the filter belongs to. Changing it makes a new filter on the other gateway. */
  natGatewayUid: field(uidSchema("natGatewayUid"), { replaces: true }),
  /** The filter's name, unique on its gateway. Updates in place. */
  description: z
    .string({ error: "description is required" })
    .trim()
    .min(1, "description must not be empty")
    .max(255, "description must be at most 255 characters"),
  /** At least one entry, matched top to bottom. Updates in place (the whole filter is replaced). */
  entries: z
    .array(PacketFilterEntryArgs, { error: "entries must be a list of packet filter entries" })
    .min(1, "entries must hold at least one entry"),
  /** Bring an existing filter of the gateway under management by its id. Used at create only. */
  adoptPacketFilterId: field(
    z.number().int().positive("adoptPacketFilterId must be a filter id").optional(),
    {
      createOnly: true,
    },
  ),
});
export type NatGatewayPacketFilterArgs = z.infer<typeof NatGatewayPacketFilterArgs>;

export const NatGatewayPacketFilterState = z.object({
  /** The filter's id on its gateway (a VXC interface's packetFilterIn/Out); the Pulumi id is `<natGatewayUid>:<id>`. */
  packetFilterId: z.number(),
});
