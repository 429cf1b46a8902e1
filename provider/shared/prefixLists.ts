// A prefix list's entries, as an MCR's prefix filter lists and a NAT gateway's prefix lists both
// have them. The rules are the Terraform provider's (mcr_prefix_filter_list_schema.go): 1-200
// entries, canonical prefixes of the list's family, and ge/le between the prefix length and 32
// (IPv4) or 128 (IPv6), ge <= le. ge and le are left out when unset (megaportgo omits 0).
import { z } from "zod";
import { familyOf, hasHostBits, parsePrefix } from "../client/ipAddresses";
import type { Outputs } from "./lifecycle";

const BITS = { IPv4: 32, IPv6: 128 } as const;

/** Why `prefix` is not a canonical prefix of `family`, or undefined when it is. */
export function prefixProblem(prefix: string, family: "IPv4" | "IPv6"): string | undefined {
  const parsed = parsePrefix(prefix);
  // An IPv6 prefix written with an embedded IPv4 part is not what a prefix list takes.
  if (!parsed || familyOf(parsed[0]) !== family || (family === "IPv6" && prefix.split("/")[0].includes(".")))
    return `${prefix} is not an ${family} prefix such as ${family === "IPv4" ? "10.0.0.0/8" : "2001:db8::/32"}`;
  if (hasHostBits(prefix))
    return `${prefix} has host bits set: the prefix must be the network address for /${parsed[1]}`;
  return undefined;
}

/**
 * ge/le of 0 mean "the prefix's own length", as the Terraform provider documents them and megaportgo
 * sends them (an int without omitempty): taken as unset, and so left out of the request.
 */
const unsetWhenZero = (t: z.ZodOptional<z.ZodNumber>) =>
  t.transform((v) => (v === 0 ? undefined : v)).optional();

/** "IPv4"/"IPv6" in any case (the Terraform provider takes them so), sent as Megaport spells them. */
const addressFamily = z
  .string({ error: "addressFamily must be IPv4 or IPv6" })
  .transform((v) => ({ ipv4: "IPv4", ipv6: "IPv6" })[v.toLowerCase()] ?? v)
  .pipe(z.enum(["IPv4", "IPv6"], { error: "addressFamily must be IPv4 or IPv6" }));

export const PrefixFilterEntryArgs = z.strictObject({
  /** "permit" or "deny". */
  action: z.enum(["permit", "deny"], { error: "action must be permit or deny" }),
  /** A network in CIDR form of the list's family, e.g. "10.0.0.0/8". */
  prefix: z.string({ error: "prefix is required, e.g. 10.0.0.0/8" }),
  /** Match prefixes at least this long (from the prefix length to 32 or 128); 0 or unset: the prefix's own length. */
  ge: unsetWhenZero(z.number().int("ge must be a whole number").optional()),
  /** Match prefixes at most this long (from ge, or the prefix length, to 32 or 128); 0 or unset: the prefix's own length. */
  le: unsetWhenZero(z.number().int("le must be a whole number").optional()),
});

/** A list's own fields: description, family, entries. */
export const prefixListFields = {
  /**
   * The list's name. VXC BGP connections refer to lists by it, so it must be unique on its product.
   * Updates in place.
   */
  description: z
    .string({ error: "description is required" })
    .trim()
    .min(1, "description must not be empty")
    .max(255, "description must be at most 255 characters"),
  /** "IPv4" or "IPv6": every entry's prefix must be of it. Updates in place. */
  addressFamily,
  /** 1-200 permit/deny entries, matched in order. Updates in place (the whole list is replaced). */
  entries: z
    .array(PrefixFilterEntryArgs, { error: "entries must be a list of {action, prefix, ge?, le?}" })
    .min(1, "entries must hold 1-200 entries")
    .max(200, "entries must hold 1-200 entries"),
};

type ListArgs = {
  description: string;
  addressFamily: "IPv4" | "IPv6";
  entries: Array<z.infer<typeof PrefixFilterEntryArgs>>;
};

/** Every entry's prefix, ge and le against the list's family, one failure per entry field. */
export function checkPrefixListEntries(args: ListArgs, ctx: z.RefinementCtx): void {
  const bits = BITS[args.addressFamily];
  args.entries.forEach((e, i) => {
    const issue = (key: string, message: string) =>
      ctx.addIssue({ code: "custom", path: ["entries", i, key], message });
    const problem = prefixProblem(e.prefix, args.addressFamily);
    if (problem) return issue("prefix", problem);
    const length = Number(e.prefix.split("/")[1]);
    if (e.ge !== undefined && (e.ge < length || e.ge > bits))
      issue("ge", `ge must be between the prefix length ${length} and ${bits}; got ${e.ge}`);
    else if (e.le !== undefined && (e.le < (e.ge ?? length) || e.le > bits))
      issue(
        "le",
        `le must be between ${e.ge === undefined ? "the prefix length" : "ge"} ${e.ge ?? length} and ${bits}; got ${e.le}`,
      );
  });
}

/** The request body: ge and le only when set. */
export function prefixListRequest(args: ListArgs): ListArgs {
  return {
    description: args.description,
    addressFamily: args.addressFamily,
    entries: args.entries.map((e) => ({
      action: e.action,
      prefix: e.prefix,
      ...(e.ge !== undefined ? { ge: e.ge } : {}),
      ...(e.le !== undefined ? { le: e.le } : {}),
    })),
  };
}

/** A list as read, with `kept` inputs from state (its product, its adoption): drift in any entry shows. */
export function prefixListInputs<A>(
  list: {
    description?: string | null;
    addressFamily?: string | null;
    entries?: Array<{ action: string; prefix: string; ge?: number; le?: number }> | null;
  },
  olds: Outputs,
  kept: string[],
): A {
  return {
    ...Object.fromEntries(kept.filter((k) => olds[k] !== undefined).map((k) => [k, olds[k]])),
    description: list.description ?? olds.description ?? "",
    addressFamily: list.addressFamily === "IPv6" ? "IPv6" : "IPv4",
    entries: (list.entries ?? []).map((e) => ({
      action: e.action === "deny" ? "deny" : "permit",
      prefix: e.prefix,
      ...(e.ge !== undefined ? { ge: e.ge } : {}),
      ...(e.le !== undefined ? { le: e.le } : {}),
    })),
  } as A;
}
