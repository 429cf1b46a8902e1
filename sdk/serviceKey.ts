import * as pulumi from "@pulumi/pulumi";
import { MegaportResource } from "./resource";

export interface ServiceKeyArgs {
  /** The Port or MCR this key lets others connect to. Changing it issues a new key. */
  productUid: pulumi.Input<string>;
  /** Whether the key can be used once only. Changing it issues a new key. */
  singleUse: pulumi.Input<boolean>;
  /** Highest VXC speed the key allows, in Mbps. Changing it issues a new key. */
  maxSpeed: pulumi.Input<number>;
  /** Whether the key can be used now (default true). Updates in place. */
  active?: pulumi.Input<boolean>;
  /** VXCs made with the key need no approval. Changing it issues a new key. */
  preApproved?: pulumi.Input<boolean>;
  description?: pulumi.Input<string>;
  /** Only for single-use keys. Changing it issues a new key. */
  vlan?: pulumi.Input<number>;
  /** ISO 8601 validity window. Updates in place. */
  validFor?: pulumi.Input<{ start: pulumi.Input<string>; end: pulumi.Input<string> }>;
}

/**
 * A service key on one of your ports. Deleting it deactivates the key (Megaport has no delete).
 *
 * ```ts
 * const key = new megaport.ServiceKey("partner-key", { productUid: port.productUid, singleUse: true, maxSpeed: 1000 });
 * export const serviceKey = key.key; // a secret
 * ```
 */
export class ServiceKey extends MegaportResource {
  /** The generated key. Secret. */
  declare public readonly key: pulumi.Output<string>;
  declare public readonly valid: pulumi.Output<boolean | null>;
  declare public readonly lastUsed: pulumi.Output<number | null>;
  declare public readonly createDate: pulumi.Output<number | null>;
  declare public readonly productName: pulumi.Output<string | null>;
  declare public readonly active: pulumi.Output<boolean>;

  constructor(name: string, args: ServiceKeyArgs, opts?: pulumi.CustomResourceOptions) {
    super("ServiceKey", name, { ...args }, ["key", "valid", "lastUsed", "createDate", "productName"], {
      ...opts,
      additionalSecretOutputs: [...(opts?.additionalSecretOutputs ?? []), "key"],
    });
  }
}
