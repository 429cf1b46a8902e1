// A NAT gateway prefix list's inputs and outputs: the entries' rules are an MCR list's
// (shared/prefixLists.ts); a VXC's BGP connection on the gateway filters with it by id.
import { z } from "zod";
import { uidSchema } from "../client/values";
import { field } from "../shared/fields";
import { checkPrefixListEntries, prefixListFields } from "../shared/prefixLists";

export const NatGatewayPrefixListArgs = z
  .strictObject({
    /** The NAT gateway the list belongs to. Changing it makes a new list on the other gateway. */
    natGatewayUid: field(uidSchema("natGatewayUid"), { replaces: true }),
    ...prefixListFields,
    /** Bring an existing list of the gateway under management by its id. Used at create only. */
    adoptPrefixListId: field(z.number().int().positive("adoptPrefixListId must be a list id").optional(), {
      createOnly: true,
    }),
  })
  .superRefine(checkPrefixListEntries);
export type NatGatewayPrefixListArgs = z.infer<typeof NatGatewayPrefixListArgs>;

export const NatGatewayPrefixListState = z.object({
  /** The list's id on its gateway (BGP importWhitelist etc.); the Pulumi id is `<natGatewayUid>:<id>`. */
  prefixListId: z.number(),
});
