// The Pulumi package schema (schema.json) of the native plugin, generated from the zod schemas the
// resources are checked with: every resource's inputs and outputs, their types, which inputs are
// required, secret or replace the resource, every data source as a function, every component
// (built by Construct), and the provider's configuration. Nothing is written
// by hand, so the schema cannot disagree with what check() accepts.
import { z } from "zod";
import { DATA_SOURCES } from "../dataSources";
import type { DataSource } from "../dataSources/dataSource";
import { DEFINITIONS } from "../definitions";
import { RESOURCE_KINDS, ResourceKind } from "../resourceKinds";
import { fieldRules, objectShape } from "../shared/fields";
import { SECRET_SETTINGS, SETTING_ENV } from "../shared/settings";
import { COMPONENT_SCHEMAS } from "../../sdk/components/schemas";
import type { ComponentOutput, ComponentSchema } from "../../sdk/components/component";
import { RESOURCE_STATES } from "./resourceStates";
import { PACKAGE, componentToken, functionToken, resourceToken } from "../tokens";

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  /** false after a tuple's prefixItems: zod writes a tuple so. */
  items?: JsonSchema | false;
  prefixItems?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  description?: string;
};

export interface PulumiType {
  type?: string;
  items?: PulumiType;
  additionalProperties?: PulumiType;
  $ref?: string;
  oneOf?: PulumiType[];
  description?: string;
  secret?: boolean;
  replaceOnChanges?: boolean;
}

interface ObjectType {
  type: "object";
  properties: Record<string, PulumiType>;
  required?: string[];
}

const ANY: PulumiType = { $ref: "pulumi.json#/Any" };
/** Inputs the plugin sets itself from the resource's URN (the order marker); no program gives them. */
export const PLUGIN_SET = ["orderMarker", "orderStack"];
/** A property name as part of a type name: "ip_address" → "IpAddress". */
const capital = (s: string) =>
  s
    .split("_")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");

/** Collects the named object types the resources use, one name per distinct shape. */
class TypeTable {
  readonly types: Record<string, ObjectType> = {};
  private readonly byShape = new Map<string, string>();

  /** A property's type; a nested object becomes a named type (Pulumi's schema has no inline objects). */
  convert(s: JsonSchema, name: string): PulumiType {
    const members = (s.anyOf ?? s.oneOf ?? []).filter((m) => m.type !== "null");
    if (members.length === 1) return this.convert(members[0], name);
    if (members.length > 1) {
      if (members.every((m) => m.type === "object" && m.properties))
        return { oneOf: members.map((m, i) => this.convert(m, `${name}${variantName(m, i)}`)) };
      return ANY;
    }
    const type = Array.isArray(s.type) ? s.type.find((t) => t !== "null") : s.type;
    const typeOfConst = s.const !== undefined ? typeof s.const : undefined;
    if (typeOfConst === "string" || typeOfConst === "number" || typeOfConst === "boolean")
      return { type: typeOfConst };
    if (s.enum) return { type: typeof s.enum[0] === "number" ? "number" : "string" };
    switch (type) {
      case "string":
      case "boolean":
      case "integer":
      case "number":
        return { type };
      case "array": {
        // A tuple (two ends, two keys) is a list of its first member's type in Pulumi's schema.
        const item = s.items || s.prefixItems?.[0];
        return { type: "array", items: item ? this.convert(item, name) : ANY };
      }
      case "object":
        if (s.properties) return { $ref: `#/types/${this.named(s, name)}` };
        return {
          type: "object",
          additionalProperties:
            typeof s.additionalProperties === "object" ? this.convert(s.additionalProperties, name) : ANY,
        };
      default:
        return ANY;
    }
  }

  private named(s: JsonSchema, name: string): string {
    const properties: Record<string, PulumiType> = {};
    for (const [k, v] of Object.entries(s.properties ?? {}))
      properties[k] = this.convert(v, `${name}${capital(k)}`);
    const object: ObjectType = {
      type: "object",
      properties,
      ...(s.required?.length ? { required: s.required } : {}),
    };
    const shape = JSON.stringify(object);
    const known = this.byShape.get(shape);
    if (known) return known;
    let token = `${PACKAGE}:index:${name}`;
    // Another shape under the same name (an output's nested object): a name of its own.
    for (let n = 2; this.types[token]; n++) token = `${PACKAGE}:index:${name}${n}`;
    this.byShape.set(shape, token);
    this.types[token] = object;
    return token;
  }
}

/** A union member's name: its connectType or vendor ("Aws", "Vrouter"), else its position. */
function variantName(m: JsonSchema, i: number): string {
  for (const key of ["connectType", "vendor"]) {
    const p = m.properties?.[key];
    const v = p?.const ?? p?.enum?.[0];
    if (typeof v === "string")
      return v
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .map(capital)
        .join("");
  }
  return `Variant${i}`;
}

function jsonSchema(s: z.ZodType, io: "input" | "output"): JsonSchema {
  return z.toJSONSchema(s, { io, unrepresentable: "any" }) as JsonSchema;
}

/** One resource's entry: inputs (with required, secret and replacing facts) and outputs. */
function resourceSchema(kind: ResourceKind, table: TypeTable) {
  const def = DEFINITIONS[kind];
  const rules = fieldRules(def.args);
  const inputs = jsonSchema(def.args, "input");
  const state = jsonSchema(RESOURCE_STATES[kind], "output");
  const mark = (k: string, t: PulumiType): PulumiType => ({
    ...t,
    ...(rules.secrets.includes(k) ? { secret: true } : {}),
  });
  const inputProperties: Record<string, PulumiType> = {};
  for (const [k, v] of Object.entries(inputs.properties ?? {}))
    if (!PLUGIN_SET.includes(k))
      inputProperties[k] = {
        ...mark(k, table.convert(v, `${kind}${capital(k)}`)),
        ...(rules.replaces.includes(k) ? { replaceOnChanges: true } : {}),
      };
  // The inputs are outputs too, of the same types (the lifecycle returns them as checked).
  const properties: Record<string, PulumiType> = {};
  for (const [k, { replaceOnChanges: _r, ...t }] of Object.entries(inputProperties)) properties[k] = t;
  for (const [k, v] of Object.entries(state.properties ?? {}))
    properties[k] ??= mark(k, table.convert(v, `${kind}${capital(k)}`));
  return {
    inputProperties,
    requiredInputs: inputs.required ?? [],
    properties,
    required: Object.keys(objectShape(RESOURCE_STATES[kind])).filter((k) => k in properties),
  };
}

/**
 * One data source's entry. Pulumi's functions answer an object: a list answer is the one property
 * `listedAs`, its items the named type `itemType`.
 */
function functionSchema(name: string, d: DataSource, table: TypeTable) {
  const args = jsonSchema(d.args, "input");
  const result = jsonSchema(d.result, "output");
  const base = (!d.listedAs && d.itemType) || capital(name.replace(/^get/, ""));
  const inputProperties: Record<string, PulumiType> = {};
  for (const [k, v] of Object.entries(args.properties ?? {}))
    inputProperties[k] = {
      ...table.convert(v, `${base}${capital(k)}`),
      ...(d.secretArgs?.includes(k) ? { secret: true } : {}),
    };
  const outputs: ObjectType = d.listedAs
    ? {
        type: "object",
        properties: { [d.listedAs]: table.convert(result, d.itemType ?? base) },
        required: [d.listedAs],
      }
    : {
        type: "object",
        properties: Object.fromEntries(
          Object.entries(result.properties ?? {}).map(([k, v]) => [
            k,
            table.convert(v, `${base}${capital(k)}`),
          ]),
        ),
        ...(result.required?.length ? { required: result.required } : {}),
      };
  return {
    description: d.description,
    inputs: {
      type: "object",
      properties: inputProperties,
      ...(args.required?.length ? { required: args.required } : {}),
    },
    outputs,
  };
}

/** A component output's type: a resource of the package, a list of them, or a named type. */
function outputType(o: ComponentOutput, table: TypeTable): PulumiType {
  if ("value" in o) return table.convert(jsonSchema(o.value, "output"), o.typeName);
  const ref = { $ref: `#/resources/${resourceToken("resource" in o ? o.resource : o.resources)}` };
  return "resource" in o ? ref : { type: "array", items: ref };
}

/** One component's entry: built by the plugin's Construct for any language. */
function componentSchema(name: string, spec: ComponentSchema, table: TypeTable) {
  const args = jsonSchema(spec.args, "input");
  const inputProperties: Record<string, PulumiType> = {};
  for (const [k, v] of Object.entries(args.properties ?? {}))
    inputProperties[k] = {
      ...table.convert(v, `${name}${capital(k)}`),
      ...(v.description ? { description: v.description } : {}),
      ...(spec.secretArgs?.includes(k) ? { secret: true } : {}),
    };
  const properties = Object.fromEntries(
    Object.entries(spec.outputs).map(([k, o]) => [
      k,
      { ...outputType(o, table), description: o.description },
    ]),
  );
  return {
    isComponent: true,
    description: spec.description,
    inputProperties,
    requiredInputs: args.required ?? [],
    properties,
    required: Object.keys(properties),
  };
}

/** The provider's configuration: every megaport:* setting, the keys secret. */
function configSchema(): Record<string, PulumiType> {
  return Object.fromEntries(
    Object.entries(SETTING_ENV).map(([name, variable]) => [
      name,
      {
        type: "string",
        description: `megaport:${name}, or the ${variable} environment variable`,
        ...((SECRET_SETTINGS as readonly string[]).includes(name) ? { secret: true } : {}),
      },
    ]),
  );
}

/** The whole package schema, as GetSchema answers it and schema.json holds it. */
export function packageSchema(version: string) {
  const table = new TypeTable();
  const resources = Object.fromEntries(
    RESOURCE_KINDS.map((k) => [resourceToken(k), resourceSchema(k, table)]),
  );
  for (const [name, spec] of Object.entries(COMPONENT_SCHEMAS))
    resources[componentToken(name)] = componentSchema(name, spec, table);
  const functions = Object.fromEntries(
    Object.entries(DATA_SOURCES).map(([name, d]) => [
      functionToken(name),
      functionSchema(name, d as DataSource, table),
    ]),
  );
  const config = configSchema();
  return {
    name: PACKAGE,
    displayName: "Megaport",
    version,
    description: "Megaport Ports, MCRs, MVEs, NAT gateways, VXCs, IXs and service keys, with safe orders.",
    license: "Apache-2.0",
    repository: "https://github.com/pulumi-megaport/pulumi-megaport",
    publisher: "pulumi-megaport",
    meta: { moduleFormat: "(.*)" },
    config: { variables: config },
    provider: { inputProperties: config, properties: config },
    types: table.types,
    resources,
    functions,
    language: {
      nodejs: { packageName: "@pulumi-megaport/native", dependencies: { "@pulumi/pulumi": "^3.0.0" } },
      python: { packageName: "pulumi_megaport" },
      go: { importBasePath: "github.com/pulumi-megaport/pulumi-megaport/sdk/go/megaport" },
    },
  };
}
