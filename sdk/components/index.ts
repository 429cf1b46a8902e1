// The components every language gets through the native plugin's Construct, by name.
import { awsRedundantConnectionComponent } from "./awsRedundantConnection";
import { azureExpressRouteComponent } from "./azureExpressRoute";
import type { ComponentSpec } from "./component";
import { diversePortsComponent } from "./diversePorts";
import { googlePartnerInterconnectComponent } from "./googlePartnerInterconnect";

export const COMPONENTS: Record<string, ComponentSpec> = {
  DiversePorts: diversePortsComponent,
  AzureExpressRoute: azureExpressRouteComponent,
  AwsRedundantConnection: awsRedundantConnectionComponent,
  GooglePartnerInterconnect: googlePartnerInterconnectComponent,
} as Record<string, ComponentSpec>;
