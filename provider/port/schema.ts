// The Port's inputs and outputs: the one definition its SDK types, diff rules and checks come from.
import { z } from "zod";
import { oneOf } from "../shared/checks";
import { PORT_SPEEDS } from "../shared/facts";
import { field } from "../shared/fields";
import { ProductState, locationArgs, productArgs, resourceTagsArg } from "../shared/productFields";

export const PortArgs = z.strictObject({
  ...productArgs,
  /** Port speed in Mbps: 1000, 10000 or 100000 where the location offers it. Changing it orders a new port. */
  portSpeed: field(oneOf(PORT_SPEEDS, "portSpeed", " Mbps"), { replaces: true }),
  /** Whether the port is listed in the Megaport marketplace. Updates in place. */
  marketplaceVisibility: z.boolean({ error: "marketplaceVisibility must be true or false" }),
  /** Number of ports in a LAG (1-8). Changing it orders a new port. */
  lagPortCount: field(
    z.number().int().min(1, "lagPortCount must be 1-8").max(8, "lagPortCount must be 1-8").optional(),
    { replaces: true },
  ),
  ...locationArgs,
  ...resourceTagsArg,
});
export type PortArgs = z.infer<typeof PortArgs>;

export const PortState = ProductState;
