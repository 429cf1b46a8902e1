// What every Megaport resource class shares: its Args type and output declarations derived from
// the product's schema, secrets wrapped from the schema's field rules, every output declared up
// front (as undefined, or it would be undefined at run time), the order marker, and the door it is
// registered through (registration.ts).
import * as pulumi from "@pulumi/pulumi";
import type { z } from "zod";
import { fieldRules, objectShape } from "../provider/shared/fields";
import { orderMarker } from "../provider/shared/orderMarker";
import type { ResourceKind } from "../provider/resourceKinds";
import { registeredAs } from "./registration";

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

export abstract class MegaportResource extends pulumi.CustomResource {
  /**
   * `args` is left out only with `opts.urn`: a resource another program (or a component's caller)
   * registered, whose outputs are read from the engine.
   */
  protected constructor(
    spec: ResourceSpec,
    name: string,
    args: object | undefined,
    opts?: pulumi.CustomResourceOptions,
  ) {
    const rules = fieldRules(spec.args);
    const props: Record<string, unknown> = {};
    // Every input is an output too (a resource known by its URN alone has them all).
    for (const o of [...Object.keys(objectShape(spec.args)), ...Object.keys(objectShape(spec.state))])
      props[o] = undefined;
    for (const [k, v] of Object.entries(args ?? {}))
      props[k] = rules.secrets.includes(k) && v !== undefined ? pulumi.secret(v) : v;
    if (args && rules.createOnly.includes("orderMarker")) {
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
    if (args && rules.createOnly.includes("orderStack"))
      props.orderStack = `${pulumi.getOrganization()}/${pulumi.getProject()}/${pulumi.getStack()}`;
    const registration = registeredAs(spec.kind);
    super(
      registration.type,
      name,
      { ...props, ...registration.props },
      {
        ...opts,
        // Secret inputs stay secret as outputs too (a dynamic provider returns them in its outputs).
        additionalSecretOutputs: [
          ...(opts?.additionalSecretOutputs ?? []),
          ...rules.secrets,
          ...(spec.secretOutputs ?? []),
        ],
      },
    );
    // The id stays known through an in-place update (the engine keeps it); the output would not, so
    // dependents reading it (an IX's port, a VXC's end) would be previewed as replaced for nothing.
    if (spec.idOutput) Object.defineProperty(this, spec.idOutput, { value: this.id, enumerable: true });
  }
}
