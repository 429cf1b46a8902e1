// An MCR prefix filter list's inputs and outputs; the entries' rules are shared with a NAT
// gateway's prefix lists (shared/prefixLists.ts).
import { z } from "zod";
import { uidSchema } from "../client/values";
import { field } from "../shared/fields";
import { checkPrefixListEntries, prefixListFields } from "../shared/prefixLists";

export const McrPrefixFilterListArgs = z
  .strictObject({
    /** The MCR the list belongs to. Changing it makes a new list on the other MCR. */
    mcrUid: field(uidSchema("mcrUid"), { replaces: true }),
    ...prefixListFields,
    /**
     * Bring an existing list of the MCR under management instead of creating one: its id (see
     * getMcrPrefixFilterLists). Create then replaces its entries with the program's. Used at create only.
     */
    adoptPrefixListId: field(z.number().int().positive("adoptPrefixListId must be a list id").optional(), {
      createOnly: true,
    }),
  })
  .superRefine(checkPrefixListEntries);
export type McrPrefixFilterListArgs = z.infer<typeof McrPrefixFilterListArgs>;

export const McrPrefixFilterListState = z.object({
  /** The list's id on its MCR (the Pulumi id is `<mcrUid>:<prefixListId>`, Terraform's import form). */
  prefixListId: z.number(),
});
