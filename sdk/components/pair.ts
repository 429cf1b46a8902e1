// What the redundant designs share: the two ends a pair hangs off, the facts that decide whether
// the pair is diverse (which product, which zone, where), the gate that stops the pair's orders
// when it is not (at preview, as soon as the facts are known), and the pair's monthly cost.
import * as pulumi from "@pulumi/pulumi";
import type { DiversityZone } from "../../provider/shared/megaportValues";
import { fromApi } from "../data/client";
import type { Mcr } from "../mcr";
import type { Mve } from "../mve";
import type { Port } from "../port";
import type { PairEnd, PairSummary } from "./schemas";

export type { PairEnd, PairSummary } from "./schemas";

export type Zone = DiversityZone;

/** What decides an end's diversity: its product, its zone (null when Megaport has not said), its location. */
export interface EndFacts {
  productUid: pulumi.Output<string>;
  zone: pulumi.Output<string | null>;
  locationId: pulumi.Output<number | null>;
  /** The program's resource, when it is one: two halves on the same resource are refused at once. */
  resource?: pulumi.Resource;
}

const isResource = (e: PairEnd): e is Port | Mcr | Mve => pulumi.Resource.isInstance(e);
const isUid = (e: PairEnd): e is pulumi.Input<string> => typeof e === "string" || pulumi.Output.isInstance(e);

/**
 * An end's facts. A program's product is known by the zone it asks for (so a preview can check it)
 * or, left to Megaport, by the zone it was given; an existing product is read from Megaport.
 */
export function endFacts(end: PairEnd): EndFacts {
  if (isResource(end))
    return {
      productUid: end.productUid,
      zone: end.diversityZone.apply((asked) =>
        asked ? pulumi.output<string | null>(asked) : end.assignedDiversityZone,
      ),
      locationId: end.locationId,
      resource: end,
    };
  const uid = pulumi.output(isUid(end) ? end : end.productUid);
  const product = uid.apply((u) => fromApi((s) => s.client().products.get(u)));
  return {
    productUid: uid,
    zone: product.apply((p) => p.diversityZone || null),
    locationId: product.apply((p) => p.locationId ?? null),
  };
}

/** What a component chose at preview (a location, a partner port), or why nothing could be chosen. */
export type Choice<T> = T | string;

/** The reason a choice failed, or nothing. */
export const whyNot = <T>(c: pulumi.Output<Choice<T>>) =>
  c.apply((x) => (typeof x === "string" ? x : undefined));

/** What was chosen, or nothing when the choice failed (the gate then stops what would use it). */
export const chosen = <T>(c: pulumi.Output<Choice<T>>) =>
  c.apply((x) => (typeof x === "string" ? undefined : x)) as pulumi.Output<T | undefined>;

/** Why two zones are not diverse, or nothing (also while either is not known). */
export function sameZone(what: string, a: string | null | undefined, b: string | null | undefined) {
  return a && b && a === b
    ? `both ${what} are in the ${a} zone, so one failure there takes both down`
    : undefined;
}

/** Why two products are not two, or nothing. */
export function sameProduct(what: string, a: string | null | undefined, b: string | null | undefined) {
  return a && b && a === b ? `both ${what} are ${a}, so one failure takes both down` : undefined;
}

/** The A-ends' own reasons: two halves on one product, or on one zone. */
export function endReasons(ends: [EndFacts, EndFacts]): Array<pulumi.Output<string | undefined>> {
  const [a, b] = ends;
  // One resource twice, by its URN: handed to the plugin's Construct, each reference to it is an
  // object of its own.
  const sameResource =
    a.resource && b.resource
      ? pulumi
          .all([a.resource.urn, b.resource.urn])
          .apply(([x, y]) =>
            x === y ? "both halves start from the same resource, so one failure takes both down" : undefined,
          )
      : pulumi.output(undefined);
  return [
    sameResource,
    pulumi.all([a.productUid, b.productUid]).apply(([x, y]) => sameProduct("A-ends", x, y)),
    pulumi.all([a.zone, b.zone]).apply(([x, y]) => sameZone("A-ends", x, y)),
  ];
}

/**
 * True once every reason is known to be none; the pair's orders wait for it. Each reason is
 * checked as soon as it is known (most at preview), and the first found stops the program with
 * the component named and no stack trace.
 */
export function diversityGate(
  component: pulumi.ComponentResource,
  label: string,
  reasons: Array<pulumi.Input<string | undefined>>,
): pulumi.Output<true> {
  const checked = reasons.map((r) =>
    pulumi.output(r).apply((reason) => {
      if (reason) throw notDiverse(`${label} is not a diverse pair: ${reason}`, component);
      return true as const;
    }),
  );
  return pulumi.all(checked).apply(() => true as const);
}

/**
 * The refusal: a ResourceError without a stack trace, which Pulumi's Node.js host reports once on
 * the component. Every resource input waiting on the gate rejects with this one error, and the
 * runtime prefixes each input's name onto its message as it passes; the message stays the reason.
 */
function notDiverse(message: string, component: pulumi.Resource): Error {
  const err = new pulumi.ResourceError(message, component, true);
  Object.defineProperty(err, "message", { get: () => message, set: () => undefined });
  return err;
}

/** A value that waits for the gate: what the pair orders carries it, so nothing is ordered before. */
export function afterGate<T>(
  gate: pulumi.Output<true>,
  value: pulumi.Input<T>,
): pulumi.Output<pulumi.Unwrap<T>> {
  return pulumi.all([gate, value]).apply(([, v]) => v as pulumi.Unwrap<T>);
}

/** The sum of two price book entries; a pair priced in two currencies is an error worth seeing. */
export function pairCost(prices: Array<{ monthlyRate: number; currency: string }>) {
  const currencies = [...new Set(prices.map((p) => p.currency))];
  if (currencies.length !== 1) throw new Error(`the pair's prices are in ${currencies.join(" and ")}`);
  return {
    monthlyCost: Math.round(prices.reduce((sum, p) => sum + p.monthlyRate, 0) * 100) / 100,
    currency: currencies[0],
  };
}
