// Whether a dotted path names a field of a zod schema: through optional, default, nullable and
// piped wrappers, into objects, list items and every member of a union (a partner configuration).
import { z } from "zod";

function unwrapped(s: z.ZodType): z.ZodType {
  for (let i = 0; i < 8; i++) {
    const def = (s as unknown as { def: { innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType } }).def;
    if (s instanceof z.ZodArray) s = s.element as z.ZodType;
    else if (def.innerType) s = def.innerType;
    else if (def.in && !(s instanceof z.ZodObject)) s = def.in;
    else break;
  }
  return s;
}

/** Whether `path` ("aEnd.vlan", "interfaces.bgpConnections.peerAsn") is a field of `schema`. */
export function hasPath(schema: z.ZodType, path: string[]): boolean {
  if (path.length === 0) return true;
  const s = unwrapped(schema);
  if (s instanceof z.ZodObject) {
    const next = (s.shape as Record<string, z.ZodType>)[path[0]];
    return !!next && hasPath(next, path.slice(1));
  }
  if (s instanceof z.ZodUnion || s instanceof z.ZodDiscriminatedUnion)
    return (s.options as z.ZodType[]).some((o) => hasPath(o, path));
  if (s instanceof z.ZodRecord) return true; // a map: any key (resource tags, attribute tags)
  return false;
}
