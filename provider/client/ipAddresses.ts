// IP addresses and prefixes, parsed as addresses (ipaddr.js) rather than matched by a pattern: a
// pattern took "999.1.1.1", "10.0.0.0/99" and "::::" for addresses, which Megaport then refused
// at purchase or, worse, accepted. Only the forms people write are taken: IPv4 as four decimal
// parts (not "10.1" or "0x0a.0.0.1", which the parser also reads), IPv6 without a zone.
import ipaddr from "ipaddr.js";
import { z } from "zod";

export type Family = "IPv4" | "IPv6";
type Address = ipaddr.IPv4 | ipaddr.IPv6;

/** The address, or undefined when `text` is not one in a form people write. */
export function parseAddress(text: string): Address | undefined {
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) return ipaddr.IPv4.parse(text);
  if (!text.includes("%") && ipaddr.IPv6.isValid(text)) return ipaddr.IPv6.parse(text);
  return undefined;
}

/** The address and prefix length of "address/length", or undefined when it is not one. */
export function parsePrefix(text: string): [Address, number] | undefined {
  const at = text.indexOf("/");
  if (at < 0 || !/^\d{1,3}$/.test(text.slice(at + 1))) return undefined;
  const address = parseAddress(text.slice(0, at));
  const length = Number(text.slice(at + 1));
  if (!address || length > (address.kind() === "ipv4" ? 32 : 128)) return undefined;
  return [address, length];
}

export const familyOf = (a: Address): Family => (a.kind() === "ipv4" ? "IPv4" : "IPv6");

/** Whether `address` lies in `prefix` (both of one family). */
export function inPrefix(address: string, prefix: string): boolean {
  const a = parseAddress(address);
  const p = parsePrefix(prefix);
  return !!a && !!p && a.kind() === p[0].kind() && a.match(p);
}

/** Whether a prefix's address has host bits set (10.0.0.1/8 rather than 10.0.0.0/8). */
export function hasHostBits(prefix: string): boolean {
  const p = parsePrefix(prefix);
  if (!p) return false;
  const [address, length] = p;
  const network = (address.kind() === "ipv4" ? ipaddr.IPv4 : ipaddr.IPv6).networkAddressFromCIDR(
    `${address.toString()}/${length}`,
  );
  return network.toNormalizedString() !== address.toNormalizedString();
}

const quoted = (v: unknown) => JSON.stringify(v);

/** An address without a prefix, e.g. 169.254.100.6 or 2001:db8::1. */
export const ipAddress = (what: string) =>
  z.string({ error: `${what} is required (an IP address)` }).refine((s) => !!parseAddress(s), {
    error: (iss) =>
      `${what} must be an IP address without a prefix length, e.g. 169.254.100.6; got ${quoted(iss.input)}`,
  });

/** An address with its prefix length, e.g. 169.254.100.6/29. */
export const ipPrefix = (what: string) =>
  z
    .string({ error: `${what} is required (an address with its prefix length)` })
    .refine((s) => !!parsePrefix(s), {
      error: (iss) =>
        `${what} must be an IP address with its prefix length, e.g. 169.254.100.6/29 or 2001:db8::1/64; got ${quoted(iss.input)}`,
    });

/** An address, with or without its prefix length. */
export const ipAddressOrPrefix = (what: string) =>
  z
    .string({ error: `${what} is required (an IP address or prefix)` })
    .refine((s) => !!(s.includes("/") ? parsePrefix(s) : parseAddress(s)), {
      error: (iss) =>
        `${what} must be an IP address or an address with its prefix length, e.g. 10.0.0.0/8; got ${quoted(iss.input)}`,
    });
