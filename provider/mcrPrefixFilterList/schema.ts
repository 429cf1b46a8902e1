// An MCR prefix filter list's inputs and outputs. The rules are the Terraform provider's
// (mcr_prefix_filter_list_schema.go): 1-200 entries, canonical prefixes of the list's family, and
// ge/le between the prefix length and 32 (IPv4) or 128 (IPv6), ge ≤ le.
import { isIPv4, isIPv6 } from "node:net";
import { z } from "zod";
import { uidSchema } from "../shared/checks";
import { field } from "../shared/fields";

const BITS = { IPv4: 32, IPv6: 128 } as const;

/** The address as a number (IPv6 with its "::" expanded). */
function addressValue(address: string, family: "IPv4" | "IPv6"): bigint {
  if (family === "IPv4") return address.split(".").reduce((n, part) => (n << 8n) | BigInt(part), 0n);
  const [head, tail = ""] = address.split("::");
  const groups = (s: string) => (s ? s.split(":") : []);
  const missing = 8 - groups(head).length - groups(tail).length;
  const all = [
    ...groups(head),
    ...Array<string>(address.includes("::") ? missing : 0).fill("0"),
    ...groups(tail),
  ];
  return all.reduce((n, g) => (n << 16n) | BigInt(`0x${g}`), 0n);
}

/** Why `prefix` is not a canonical prefix of `family`, or undefined when it is. */
export function prefixProblem(prefix: string, family: "IPv4" | "IPv6"): string | undefined {
  const [address, length, extra] = prefix.split("/");
  const bits = BITS[family];
  const valid = family === "IPv4" ? isIPv4(address) : isIPv6(address) && !address.includes(".");
  if (extra !== undefined || !valid || !/^\d{1,3}$/.test(length ?? "") || Number(length) > bits)
    return `${prefix} is not an ${family} prefix such as ${family === "IPv4" ? "10.0.0.0/8" : "2001:db8::/32"}`;
  const hostBits = BigInt(bits - Number(length));
  if (addressValue(address, family) & ((1n << hostBits) - 1n))
    return `${prefix} has host bits set: the prefix must be the network address for /${length}`;
  return undefined;
}

const PrefixFilterEntryArgs = z.strictObject({
  /** "permit" or "deny". */
  action: z.enum(["permit", "deny"], { error: "action must be permit or deny" }),
  /** A network in CIDR form of the list's family, e.g. "10.0.0.0/8". */
  prefix: z.string({ error: "prefix is required, e.g. 10.0.0.0/8" }),
  /** Match prefixes at least this long (from the prefix length to 32 or 128). */
  ge: z.number().int("ge must be a whole number").optional(),
  /** Match prefixes at most this long (from ge, or the prefix length, to 32 or 128). */
  le: z.number().int("le must be a whole number").optional(),
});

export const McrPrefixFilterListArgs = z
  .strictObject({
    /** The MCR the list belongs to. Changing it makes a new list on the other MCR. */
    mcrUid: field(uidSchema("mcrUid"), { replaces: true }),
    /**
     * The list's name. VXC BGP connections refer to lists by it, so it must be unique on the MCR.
     * Updates in place.
     */
    description: z
      .string({ error: "description is required" })
      .trim()
      .min(1, "description must not be empty")
      .max(255, "description must be at most 255 characters"),
    /** "IPv4" or "IPv6": every entry's prefix must be of it. Updates in place. */
    addressFamily: z.enum(["IPv4", "IPv6"], { error: "addressFamily must be IPv4 or IPv6" }),
    /** 1-200 permit/deny entries, matched in order. Updates in place (the whole list is replaced). */
    entries: z
      .array(PrefixFilterEntryArgs, { error: "entries must be a list of {action, prefix, ge?, le?}" })
      .min(1, "entries must hold 1-200 entries")
      .max(200, "entries must hold 1-200 entries"),
    /**
     * Bring an existing list of the MCR under management instead of creating one: its id (see
     * getMcrPrefixFilterLists). Create then replaces its entries with the program's. Used at create only.
     */
    adoptPrefixListId: field(z.number().int().positive("adoptPrefixListId must be a list id").optional(), {
      createOnly: true,
    }),
  })
  .superRefine((args, ctx) => {
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
  });
export type McrPrefixFilterListArgs = z.infer<typeof McrPrefixFilterListArgs>;

export const McrPrefixFilterListState = z.object({
  /** The list's id on its MCR (the Pulumi id is `<mcrUid>:<prefixListId>`, Terraform's import form). */
  prefixListId: z.number(),
});
