// A product's fields as a table: each input, where the order carries it, the PUT field that changes
// it in place (if any), and how to read it back from the product. The order body, reading inputs
// back (drift), building the PUT body and waiting for the change to show all follow from the table.
import type { MegaportClient, Product } from "../client";
import { canonical, Inputs, Outputs } from "./lifecycle";

/**
 * An input's path in the args `A`: a field, or a field of an object-valued one ("aEnd.vlan"). A
 * table typed with its product's args fails to compile when it names an input the schema lacks.
 */
export type ArgPath<A> = { [K in keyof A & string]: K | SubPath<K, NonNullable<A[K]>> }[keyof A & string];
type SubPath<K extends string, V> = V extends readonly unknown[]
  ? never
  : V extends object
    ? `${K}.${keyof V & string}`
    : never;

/**
 * One row. `P` is what a read answers: a product (GET /v2/product/{uid}) for most, a NAT gateway
 * (its own route) for the gateway.
 */
export interface FieldMapping<Put extends object = object, Path extends string = string, P = Product> {
  /** The input, as a path: "productName", "aEnd.vlan" (see ArgPath). */
  arg: Path;
  /**
   * Where the order item carries the input ("productName", "aEnd.vlan", "config.diversityZone"; a
   * VXC's or IX's under its parent's item); absent when the order writes it some other way.
   */
  order?: string;
  /** The input in the order's shape (a partner configuration), when it differs from the program's. */
  toOrder?: (value: unknown) => unknown;
  /** The PUT body's field; absent when the field cannot change in place. */
  put?: keyof Put & string;
  /**
   * The value the API reports now; absent when the API does not return it (kept from state). Given
   * the program's value too, for a value only partly returned or chosen by Megaport (an MVE's vNICs).
   */
  read?: (p: P, stored?: unknown, importing?: boolean) => unknown;
  /** Megaport picks a value when the program leaves it unset (or 0): it then stays unset on read. */
  assigned?: boolean;
  /** What the PUT sends when the program removes the value ("" clears a cost centre). */
  cleared?: unknown;
  /** Sent with its current value in every PUT, changed or not, as Megaport's own clients send it. */
  alwaysSent?: boolean;
  /** The input in the PUT's shape, or undefined to leave it out of the PUT. */
  toApi?: (value: unknown) => unknown;
  /**
   * Changes the field in place with a call of its own instead of the PUT (an MCR's IPsec add-on has
   * its own route), given the product as it is before the change.
   */
  apply?: (client: MegaportClient, p: P, value: unknown) => Promise<void>;
}

export function getPath(o: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Inputs)[k] : undefined), o);
}

function setPath(o: Inputs, path: string, value: unknown): void {
  const keys = path.split(".");
  let cur = o;
  for (const k of keys.slice(0, -1)) {
    const next = cur[k];
    cur[k] = next && typeof next === "object" ? { ...(next as Inputs) } : {};
    cur = cur[k] as Inputs;
  }
  cur[keys[keys.length - 1]] = value;
}

/**
 * The order item's fields that come from the table: each input with an `order` path, given a value
 * (unset and empty inputs are left out, as megaportgo omits them).
 */
export function orderBody<P>(fields: ReadonlyArray<FieldMapping<never, string, P>>, args: object): Inputs {
  const body: Inputs = {};
  for (const m of fields) {
    const value = getPath(args, m.arg);
    if (!m.order || value === undefined || value === "") continue;
    setPath(body, m.order, m.toOrder ? m.toOrder(value) : value);
  }
  return body;
}

function readBack<P>(m: FieldMapping<never, string, P>, p: P, stored: unknown, importing: boolean): unknown {
  if (!m.read) return stored;
  // An import has no program yet: what Megaport assigned is what the code written for it says.
  if (m.assigned && !importing && (stored === undefined || stored === 0)) return stored;
  const v = m.read(p, stored, importing);
  if (v === null || v === undefined) return stored;
  // The API's "none" ("" for a cost centre, 0 tunnels) for a value the program leaves unset.
  if ((v === "" || (m.cleared !== undefined && v === m.cleared)) && stored === undefined) return undefined;
  return v;
}

/** Nothing stored: a read for `pulumi import`, which has the resource's id and nothing else. */
export const isImport = (olds: Outputs): boolean => Object.keys(olds).length === 0;

/**
 * The program's inputs as the API has them now, starting from the stored ones: drift shows as a
 * difference. With nothing stored (`pulumi import`), every input Megaport answers is read.
 * (Any product's table fits `FieldMapping<never>`: its PUT fields are strings.)
 */
export function inputsFromProduct<P = Product>(
  fields: ReadonlyArray<FieldMapping<never, string, P>>,
  keys: string[],
  p: P,
  olds: Outputs,
): Inputs {
  const inputs: Inputs = {};
  const importing = isImport(olds);
  for (const k of keys) inputs[k] = olds[k];
  for (const m of fields) setPath(inputs, m.arg, readBack(m, p, getPath(olds, m.arg), importing));
  return inputs;
}

export interface PlannedUpdate {
  body: Record<string, unknown>;
  /** Fields changed by their own call (FieldMapping.apply), with the value to set. */
  applies: Array<[FieldMapping<never>, unknown]>;
  /** [arg, read, value]: what a GET must show once the change has been applied. */
  expected: Array<[string, (p: Product) => unknown, unknown]>;
}

/** Whether the plan changes anything. */
export function changesSomething(plan: PlannedUpdate): boolean {
  return Object.keys(plan.body).length > 0 || plan.applies.length > 0;
}

/** The PUT body for the changed fields, the fields changed by their own call, and what to wait for. */
export function planUpdate(
  fields: ReadonlyArray<FieldMapping<never>>,
  olds: Outputs,
  news: Inputs,
): PlannedUpdate {
  const plan: PlannedUpdate = { body: {}, applies: [], expected: [] };
  for (const m of fields) {
    if (!(m.put || m.apply) || canonical(getPath(olds, m.arg)) === canonical(getPath(news, m.arg))) continue;
    const value = getPath(news, m.arg) ?? m.cleared;
    if (value === undefined) continue;
    if (m.apply) {
      plan.applies.push([m, value]);
      const read = m.read;
      if (read) plan.expected.push([m.arg, (p) => read(p, value) ?? m.cleared, value]);
      continue;
    }
    if (!m.put) continue;
    const sent = m.toApi ? m.toApi(value) : value;
    if (sent === undefined) continue;
    plan.body[m.put] = sent;
    // A VLAN of 0 asks Megaport to pick one: sent, but not waited for as a value.
    const read = m.read;
    if (read && !m.toApi && value !== 0)
      plan.expected.push([m.arg, (p) => read(p, value) ?? m.cleared, value]);
  }
  if (Object.keys(plan.body).length > 0)
    for (const m of fields)
      if (m.put && m.alwaysSent && !(m.put in plan.body))
        plan.body[m.put] = getPath(news, m.arg) ?? m.cleared;
  return plan;
}
