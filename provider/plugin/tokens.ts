// The native plugin's names: the package, and each resource's type token (megaport:index:Port).
import { RESOURCE_KINDS, ResourceKind } from "../resourceKinds";

export const PACKAGE = "megaport";

export const resourceToken = (kind: ResourceKind) => `${PACKAGE}:index:${kind}`;

/** The kind a type token names, or undefined for a token not of this package. */
export function kindOfToken(token: string): ResourceKind | undefined {
  return RESOURCE_KINDS.find((k) => resourceToken(k) === token);
}

/** The parts of a resource URN: urn:pulumi:<stack>::<project>::<parent$type>::<name>. */
export function urnParts(urn: string): { stack: string; project: string; type: string; name: string } {
  const [head, project, qualifiedType, ...name] = urn.split("::");
  return {
    stack: head.replace(/^urn:pulumi:/, ""),
    project,
    type: qualifiedType.split("$").pop() ?? qualifiedType,
    name: name.join("::"),
  };
}
