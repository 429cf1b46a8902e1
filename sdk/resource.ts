// What every Megaport resource class shares: its Args type and output declarations derived from
// the product's schema, secrets wrapped from the schema's field rules, every output declared up
// front (as undefined, or it would be undefined at run time), and the order marker.
import * as pulumi from "@pulumi/pulumi";
import type { z } from "zod";
import { fieldRules, objectShape } from "../provider/shared/fields";
import { orderMarker } from "../provider/shared/orderMarker";
import type { ResourceKind } from "../provider/resourceKinds";
import { shimFor } from "./shim";

/** A value as a program may give it: each level an Input. */
export type InputOf<T> =
  T extends ReadonlyArray<infer U>
    ? Array<pulumi.Input<InputOf<U>>>
    : T extends object
      ? { [K in keyof T]: pulumi.Input<InputOf<T[K]>> }
      : T;

/** A resource's arguments from its schema's input type (the order marker is the SDK's own). */
export type ResourceArgs<S extends z.ZodType> = {
  [K in keyof Omit<z.input<S>, "orderMarker" | "orderStack">]: pulumi.Input<InputOf<z.input<S>[K]>>;
};

/** A resource's output properties from its schemas' types. */
export type ResourceOutputs<T> = { readonly [K in keyof T]-?: pulumi.Output<T[K]> };

export interface ResourceSpec {
  kind: ResourceKind;
  args: z.ZodType;
  state: z.ZodType;
  /** The output that is the Pulumi id: known during preview whenever the id is (in-place updates). */
  idOutput?: string;
  /** Outputs derived from secrets, kept secret in the state. */
  secretOutputs?: string[];
}

export abstract class MegaportResource extends pulumi.dynamic.Resource {
  protected constructor(spec: ResourceSpec, name: string, args: object, opts?: pulumi.CustomResourceOptions) {
    const rules = fieldRules(spec.args);
    const props: Record<string, unknown> = {};
    for (const o of Object.keys(objectShape(spec.state))) props[o] = undefined;
    for (const [k, v] of Object.entries(args))
      props[k] = rules.secrets.includes(k) && v !== undefined ? pulumi.secret(v) : v;
    if (rules.createOnly.includes("orderMarker")) {
      // The parent's URN as a value alone: an input that depended on a component would depend on
      // all its children, so two Megaport resources in one component would wait for each other.
      const parent = opts?.parent;
      const parentUrn = parent ? new Promise<string>((resolve) => parent.urn.apply(resolve)) : undefined;
      props.orderMarker = pulumi.output(parentUrn).apply((urn) =>
        orderMarker({
          organization: pulumi.getOrganization(),
          project: pulumi.getProject(),
          stack: pulumi.getStack(),
          parentUrn: urn,
          type: `megaport:${spec.kind}`,
          name,
        }),
      );
    }
    if (rules.createOnly.includes("orderStack"))
      props.orderStack = `${pulumi.getOrganization()}/${pulumi.getProject()}/${pulumi.getStack()}`;
    // A fresh object: Pulumi writes __provider into the props it is given.
    super(
      shimFor(spec.kind),
      name,
      props,
      {
        ...opts,
        // Secret inputs stay secret as outputs too (a dynamic provider returns them in its outputs).
        additionalSecretOutputs: [
          ...(opts?.additionalSecretOutputs ?? []),
          ...rules.secrets,
          ...(spec.secretOutputs ?? []),
        ],
      },
      "megaport",
      spec.kind,
    );
    // The id stays known through an in-place update (the engine keeps it); the output would not, so
    // dependents reading it (an IX's port, a VXC's end) would be previewed as replaced for nothing.
    if (spec.idOutput) Object.defineProperty(this, spec.idOutput, { value: this.id, enumerable: true });
  }
}
