// The MVE's inputs and outputs: the one definition its SDK types, diff rules and checks come from.
import { z } from "zod";
import { vlanSchema } from "../client/values";
import { field } from "../shared/fields";
import { ProductState, locationArgs, productArgs, resourceTagsArg } from "../shared/productFields";
import { MveVendorConfig } from "../client/mveVendorConfigs";

/** At most 5 vNICs (Terraform's MVE documentation). */
export const MAX_VNICS = 5;

export const MveVnicArgs = z.strictObject({
  /** What the vNIC is for. Updates in place. */
  description: z.string({ error: "description is required" }).trim().min(1, "description must not be empty"),
  /** The vNIC's VLAN; 0 or unset lets Megaport choose. Changing it orders a new MVE. */
  vlan: vlanSchema("vlan", false).optional(),
});
export type MveVnicArgs = z.infer<typeof MveVnicArgs>;

export const MveArgs = z.strictObject({
  ...productArgs,
  ...locationArgs,
  ...resourceTagsArg,
  /**
   * The vendor, image, size and the vendor's own settings (keys, tokens, licences). Required to order
   * an MVE. Megaport never returns it, so it is kept from state, and an MVE imported or adopted from
   * elsewhere may leave it out. Secret. Changing it orders a new MVE.
   */
  vendorConfig: field(MveVendorConfig.optional(), { secret: true, replaces: true }),
  /** Listed in the Megaport Marketplace. Left out, Megaport's default (not listed). Updates in place. */
  marketplaceVisibility: z.boolean({ error: "marketplaceVisibility must be true or false" }).optional(),
  /**
   * The MVE's network interfaces, in order (VXCs name one by its index, `vnicIndex`): 1-5. Left out,
   * one "Data Plane" vNIC is ordered. A description updates in place; adding or removing a vNIC or
   * changing a VLAN orders a new MVE.
   */
  vnics: z
    .array(MveVnicArgs, { error: "vnics must be a list of {description, vlan?}" })
    .min(1, `vnics must hold 1-${MAX_VNICS} vNICs`)
    .max(MAX_VNICS, `vnics must hold 1-${MAX_VNICS} vNICs`)
    // Each vNIC is its own VLAN on the MVE: two on one VLAN could not be told apart.
    .superRefine((vnics, ctx) => {
      vnics.forEach((v, i) => {
        const first = vnics.findIndex((o) => o.vlan !== undefined && o.vlan !== 0 && o.vlan === v.vlan);
        if (first >= 0 && first < i)
          ctx.addIssue({
            code: "custom",
            path: [i, "vlan"],
            message: `vlan ${v.vlan} is already vNIC ${first}'s: each vNIC needs a VLAN of its own`,
          });
      });
    })
    .optional(),
});
export type MveArgs = z.infer<typeof MveArgs>;

export const MveState = ProductState.extend({
  /** The vendor as Megaport reports it (e.g. FORTINET). */
  vendor: z.string().nullable(),
  /** The size as Megaport reports it (e.g. MEDIUM). */
  mveSize: z.string().nullable(),
  /** The vNICs as Megaport has them, with the VLAN it chose where none was asked for. */
  vnicDetails: z.array(z.object({ description: z.string().nullable(), vlan: z.number().nullable() })),
});
