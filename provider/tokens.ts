// The package's names, as both doors, the components and the diagram use them: each resource's
// type token (megaport:index:Port), each data source's function token (megaport:index:getLocations)
// and each component's (megaport:components:DiversePorts).
import { RESOURCE_KINDS, ResourceKind } from "./resourceKinds";

export const PACKAGE = "megaport";

export const resourceToken = (kind: ResourceKind) => `${PACKAGE}:index:${kind}`;

/** A data source's function token (megaport:index:getLocations). */
export const functionToken = (name: string) => `${PACKAGE}:index:${name}`;

/** The data source a function token names, or undefined for a token not of this package. */
export const functionOfToken = (token: string) =>
  token.startsWith(`${PACKAGE}:index:`) ? token.slice(`${PACKAGE}:index:`.length) : undefined;

/**
 * The kind a resource's type in a state names, through either door: the native plugin's
 * (megaport:index:Port) or the dynamic resources' (pulumi-nodejs:dynamic/megaport:Port).
 */
export function kindOfStateType(type: string): ResourceKind | undefined {
  return kindOfToken(type.replace(/^pulumi-nodejs:dynamic\/megaport:/, `${PACKAGE}:index:`));
}

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

/** The module of the components (megaport:components:DiversePorts): built by the plugin's Construct. */
export const componentToken = (name: string) => `${PACKAGE}:components:${name}`;

/** The component a type token names, or undefined. */
export const componentOfToken = (token: string) =>
  token.startsWith(`${PACKAGE}:components:`) ? token.slice(`${PACKAGE}:components:`.length) : undefined;
