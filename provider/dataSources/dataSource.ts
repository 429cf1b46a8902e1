// A data source (a look-up), declared once for both doors: its arguments as a zod schema (checked
// the same way a resource's inputs are, and turned into the package schema's function inputs), the
// shape of its answer, and what it asks Megaport. The TypeScript SDK runs it in the program; the
// native plugin runs it for Invoke.
import { z } from "zod";
import type { ProviderSession } from "../shared/session";
import { refuseInvalid } from "../shared/inputChecks";

export interface DataSource<A extends z.ZodType = z.ZodType, R = unknown> {
  /** What the look-up answers, for the package schema and the SDKs generated from it. */
  description: string;
  args: A;
  /** The answer's shape. */
  result: z.ZodType;
  /**
   * A list answer's property name for Invoke (a function's outputs are an object in Pulumi's
   * schema): `getLocations` answers `{ locations: [...] }` there, and the list itself in TypeScript.
   */
  listedAs?: string;
  /**
   * The package schema's name for a list answer's items, or the stem of an object answer's nested
   * types' names (one that no resource has).
   */
  itemType?: string;
  /** Arguments that are secrets (a cloud's key): marked so in the package schema. */
  secretArgs?: string[];
  run(session: ProviderSession, args: z.output<A>): Promise<R>;
}

export function dataSource<A extends z.ZodType, R>(d: DataSource<A, R>): DataSource<A, R> {
  return d;
}

/** The arguments as the schema takes them; one failure per argument, naming the look-up. */
export function argsOf<A extends z.ZodType>(name: string, d: DataSource<A>, given: unknown): z.output<A> {
  const raw = (given ?? {}) as Record<string, unknown>;
  refuseInvalid(name, d.args, raw, d.secretArgs);
  return d.args.parse(raw);
}

/** Where there is nothing to ask. */
export const NO_ARGS = z.object({}).strict();
