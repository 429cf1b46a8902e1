// The Port's inputs and outputs: the one definition its SDK types, diff rules and checks come from.
import { z } from "zod";
import { oneOf } from "../client/values";
import { LAG_PORT_SPEEDS, PORT_SPEEDS } from "../shared/megaportValues";
import { field } from "../shared/fields";
import {
  InterfaceDetails,
  ProductState,
  locationArgs,
  productArgs,
  resourceTagsArg,
} from "../shared/productFields";

export const PortArgs = z
  .strictObject({
    ...productArgs,
    /**
     * Port speed in Mbps: 1000, 10000, 100000 or 400000 where the location offers it (a LAG: 10000 or
     * more). Changing it orders a new port.
     */
    portSpeed: field(oneOf(PORT_SPEEDS, "portSpeed", " Mbps"), { replaces: true }),
    /** Whether the port is listed in the Megaport marketplace. Updates in place. */
    marketplaceVisibility: z.boolean({ error: "marketplaceVisibility must be true or false" }),
    /**
     * Orders a LAG of this many ports (1-8), each of `portSpeed`. The size is read back from the LAG's
     * members, so a member lost outside the program shows as a change; changing it orders a new LAG.
     */
    lagPortCount: field(
      z.number().int().min(1, "lagPortCount must be 1-8").max(8, "lagPortCount must be 1-8").optional(),
      { replaces: true },
    ),
    ...locationArgs,
    ...resourceTagsArg,
  })
  .superRefine((args, ctx) => {
    if (args.lagPortCount !== undefined && !(LAG_PORT_SPEEDS as readonly number[]).includes(args.portSpeed))
      ctx.addIssue({
        code: "custom",
        path: ["portSpeed"],
        message: `a LAG's ports must be ${LAG_PORT_SPEEDS.join(", ")} Mbps; got ${args.portSpeed}`,
      });
  });
export type PortArgs = z.infer<typeof PortArgs>;

export const PortState = ProductState.extend({
  /** A LAG's member port UIDs, the primary (this resource's id) first; null for a single port. */
  lagPortUids: z.array(z.string()).nullable(),
  /** The port's physical interface: demarcation, LOA template, optics, link state. */
  interfaceDetails: InterfaceDetails.nullable(),
});
