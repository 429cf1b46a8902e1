import * as pulumi from "@pulumi/pulumi";
import type { z } from "zod";
import { ServiceKeyArgs as ServiceKeySchema, ServiceKeyState } from "../provider/serviceKey/schema";
import { MegaportResource, ResourceArgs, ResourceOutputs } from "./resource";

type ServiceKeyInputs = ResourceArgs<typeof ServiceKeySchema>;
/**
 * The arguments of a ServiceKey; each field's documentation says whether a change issues a new key.
 * The port is `portUid`; its old name `productUid` still works (deprecated).
 */
export type ServiceKeyArgs =
  | ServiceKeyInputs
  | (Omit<ServiceKeyInputs, "portUid"> & {
      /** @deprecated Name the port `portUid`: `productUid` is every other resource's own UID. */
      productUid: ServiceKeyInputs["portUid"];
    });

export interface ServiceKey extends ResourceOutputs<
  z.infer<typeof ServiceKeySchema> & z.infer<typeof ServiceKeyState>
> {}

/**
 * A service key on one of your ports. Deleting it deactivates the key (Megaport has no delete).
 *
 * ```ts
 * const key = new megaport.ServiceKey("partner-key", { portUid: port.productUid, singleUse: true, maxSpeed: 1000 });
 * export const serviceKey = key.key; // a secret
 * ```
 */
export class ServiceKey extends MegaportResource {
  constructor(name: string, args: ServiceKeyArgs, opts?: pulumi.CustomResourceOptions) {
    super(
      { kind: "ServiceKey", args: ServiceKeySchema, state: ServiceKeyState, secretOutputs: ["key"] },
      name,
      args,
      opts,
    );
  }
}
