// What Pulumi needs to know about each input field, declared beside the field in its product's
// schema: whether changing it orders a new product, whether it matters only at create, whether it
// is a secret. Diff rules, secrets and the SDK's types all follow from the schema. The field's
// JSDoc in the schema is its description: TypeScript carries it into the SDK's Args types.
import { z } from "zod";

export interface FieldMeta {
  /** A change orders a new product (the API cannot change it in place). */
  replaces?: boolean;
  /** Used only when the product is created (a promotion code, the product to adopt): never a change. */
  createOnly?: boolean;
  /** Kept secret in the state (keys, passwords). */
  secret?: boolean;
}

/** Declares a field's metadata: `field(z.string(), { replaces: true })`. */
export function field<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  return schema.meta({ pulumi: meta }) as T;
}

/** The object schema inside refinements and transforms. */
export function objectShape(schema: z.ZodType): Record<string, z.ZodType> {
  let s: z.ZodType = schema;
  for (let i = 0; i < 5; i++) {
    if (s instanceof z.ZodObject) return s.shape as Record<string, z.ZodType>;
    const def = (s as unknown as { def: { in?: z.ZodType; schema?: z.ZodType; innerType?: z.ZodType } }).def;
    const inner = def.in ?? def.schema ?? def.innerType;
    if (!inner) break;
    s = inner;
  }
  throw new Error("a resource schema must be an object schema");
}

export interface FieldRules {
  keys: string[];
  replaces: string[];
  createOnly: string[];
  secrets: string[];
}

/** The diff and secrecy rules a resource schema declares. */
export function fieldRules(schema: z.ZodType): FieldRules {
  const shape = objectShape(schema);
  const keys = Object.keys(shape);
  const meta = (k: string) => (shape[k].meta()?.pulumi ?? {}) as FieldMeta;
  return {
    keys,
    replaces: keys.filter((k) => meta(k).replaces),
    createOnly: keys.filter((k) => meta(k).createOnly),
    secrets: keys.filter((k) => meta(k).secret),
  };
}
