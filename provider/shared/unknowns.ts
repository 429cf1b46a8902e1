// Values Pulumi does not know yet: during a preview, an input computed from another resource's
// output arrives as a marker, which checks skip and the inputs keep.

/** The value Pulumi passes to check() and diff() for inputs not known during preview (@pulumi/pulumi runtime/rpc unknownValue). */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

export function containsUnknown(v: unknown): boolean {
  if (v === UNKNOWN) return true;
  if (Array.isArray(v)) return v.some(containsUnknown);
  if (v !== null && typeof v === "object") return Object.values(v).some(containsUnknown);
  return false;
}
