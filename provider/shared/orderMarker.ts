// The order marker: a resource tag every order carries, unique to the stack and the resource, so
// that the product a resource ordered can be told from any other — one ordered by another stack,
// by another resource of the same name, or in the portal. Finding an ordered product (before
// ordering, and after a buy whose answer was lost) matches the marker, never a name.
import { createHash } from "node:crypto";
import { isFailed } from "../client/productStatus";

/** The tag key. Its value is the marker; the tag is hidden from the resource's `resourceTags`. */
export const ORDER_MARKER_TAG = "pulumi-megaport-order";

/**
 * The marker for a resource: a hash of what makes its URN unique (organization, project, stack,
 * parent URN, type, name), so that it is the same on every run and differs between resources.
 */
export function orderMarker(parts: {
  organization: string;
  project: string;
  stack: string;
  parentUrn?: string;
  type: string;
  name: string;
}): string {
  const scope = parts.parentUrn ?? `${parts.organization}/${parts.project}/${parts.stack}`;
  return createHash("sha256").update(`${scope}::${parts.type}::${parts.name}`).digest("hex").slice(0, 32);
}

/**
 * The marker an order carries: the resource's marker and the values whose change orders a new
 * product. A replacement (a new speed, a new cloud key) is a different order, so a create never
 * takes the product it replaces; a create repeated with the same values finds its earlier order.
 */
export function orderMarkerFor(resourceMarker: string, identity: string): string {
  return createHash("sha256").update(`${resourceMarker}::${identity}`).digest("hex").slice(0, 32);
}

/**
 * The tag naming the stack whose resource ordered a product (organization/project/stack): beside
 * the marker, which is a hash, it lets adoption say whose a product is.
 */
export const ORDER_STACK_TAG = "pulumi-megaport-stack";
const OWNER_TAGS = [ORDER_MARKER_TAG, ORDER_STACK_TAG];

type Tag = { key: string; value: string };

/** `tags` with the order's marker and stack (and no other's); without a marker, with neither. */
export function withMarker(tags: Tag[], marker: string | undefined, stack?: string): Tag[] {
  const others = withoutMarker(tags);
  if (!marker) return others;
  return [
    ...others,
    { key: ORDER_MARKER_TAG, value: marker },
    ...(stack ? [{ key: ORDER_STACK_TAG, value: stack }] : []),
  ];
}

export function withoutMarker(tags: Tag[]): Tag[] {
  return tags.filter((t) => !OWNER_TAGS.includes(t.key));
}

export function hasMarker(tags: Tag[], marker: string): boolean {
  return tags.some((t) => t.key === ORDER_MARKER_TAG && t.value === marker);
}

/**
 * Whether a product is the live order a marker names: it carries the marker and is not over
 * (FAILED, cancelled, gone). Every product's look-up for its order uses this one rule, so that a
 * product FAILED out of band is replaced, never continued.
 */
export function isLiveOrder(p: { provisioningStatus: string }, tags: Tag[], marker: string): boolean {
  return hasMarker(tags, marker) && !isFailed(p.provisioningStatus);
}

/**
 * Why a product with these tags is not this resource's to adopt, or undefined when it carries no
 * order marker (bought in the portal, or by another tool) or this resource's own.
 */
export function orderedElsewhere(tags: Tag[], ours: { marker?: string; stack?: string }): string | undefined {
  const marker = tags.find((t) => t.key === ORDER_MARKER_TAG)?.value;
  const stack = tags.find((t) => t.key === ORDER_STACK_TAG)?.value;
  if (!marker || marker === ours.marker) return undefined;
  if (!stack)
    return "it carries the order marker of another Pulumi resource (of a stack this package did not record)";
  if (stack === ours.stack) return `another resource of this stack (${stack}) ordered it`;
  return `the Pulumi stack ${stack} ordered it`;
}
