// A component as every language sees it: its arguments as a zod schema (checked when the native
// plugin builds it for another language, and turned into the package schema), the outputs it
// answers, and how it is built. The TypeScript class takes the same arguments, typed from the schema.
import type * as pulumi from "@pulumi/pulumi";
import type { z } from "zod";
import type { ResourceKind } from "../../provider/resourceKinds";

/** An output: one resource of the package, a list of them, or a value of a named type. */
export type ComponentOutput =
  | { resource: ResourceKind; description: string }
  | { resources: ResourceKind; description: string }
  | { value: z.ZodType; typeName: string; description: string };

/** What a component takes and answers (schemas.ts): the package schema needs this alone. */
export interface ComponentSchema<S extends z.ZodType = z.ZodType> {
  /** What the component builds, for the package schema and the SDKs generated from it. */
  description: string;
  args: S;
  /** Arguments that may be Outputs in TypeScript (a key from config, a tag): the rest must be known to build. */
  inputArgs: readonly string[];
  /** Arguments whose values must not appear in a message. */
  secretArgs?: string[];
  outputs: Record<string, ComponentOutput>;
}

/** A component as Construct builds it. */
export interface ComponentSpec<S extends z.ZodType = z.ZodType> extends ComponentSchema<S> {
  build(name: string, args: z.output<S>, opts: pulumi.ComponentResourceOptions): pulumi.ComponentResource;
}

/** A component's TypeScript arguments from its schema: the `I` arguments may also be Outputs. */
export type ComponentArgs<S extends z.ZodType, I extends keyof z.input<S> = never> = Omit<z.input<S>, I> & {
  [K in keyof Pick<z.input<S>, I>]: pulumi.Input<z.input<S>[K]>;
};
