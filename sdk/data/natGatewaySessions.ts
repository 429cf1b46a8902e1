import * as pulumi from "@pulumi/pulumi";
import type { NatGatewaySessionRow } from "../../provider/client";
import { fromApi } from "./client";

export type { NatGatewaySessionRow };

/**
 * The NAT gateway speeds and the session counts each offers (GET /v3/products/nat_gateways/sessions).
 *
 * ```ts
 * const rows = await megaport.getNatGatewaySessions();
 * ```
 */
export function getNatGatewaySessions(): Promise<NatGatewaySessionRow[]> {
  return fromApi((s) => s.client().natGateways.sessions());
}

export function getNatGatewaySessionsOutput(): pulumi.Output<NatGatewaySessionRow[]> {
  return pulumi.output(getNatGatewaySessions());
}
