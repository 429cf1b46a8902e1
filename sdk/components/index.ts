// The components every language gets through the native plugin's Construct, by name: each one's
// schema (schemas.ts) and how it is built.
import type * as pulumi from "@pulumi/pulumi";
import { AwsRedundantConnection } from "./awsRedundantConnection";
import { AzureExpressRoute } from "./azureExpressRoute";
import type { ComponentSpec } from "./component";
import { DiversePorts } from "./diversePorts";
import { GooglePartnerInterconnect } from "./googlePartnerInterconnect";
import { COMPONENT_SCHEMAS } from "./schemas";

type Build = (name: string, args: never, opts: pulumi.ComponentResourceOptions) => pulumi.ComponentResource;

const BUILDS: Record<keyof typeof COMPONENT_SCHEMAS, Build> = {
  DiversePorts: (name, args, opts) => new DiversePorts(name, args, opts),
  AzureExpressRoute: (name, args, opts) => new AzureExpressRoute(name, args, opts),
  AwsRedundantConnection: (name, args, opts) => new AwsRedundantConnection(name, args, opts),
  GooglePartnerInterconnect: (name, args, opts) => new GooglePartnerInterconnect(name, args, opts),
};

export const COMPONENTS: Record<string, ComponentSpec> = Object.fromEntries(
  Object.entries(COMPONENT_SCHEMAS).map(([name, schema]) => [
    name,
    { ...schema, build: BUILDS[name as keyof typeof BUILDS] },
  ]),
);
