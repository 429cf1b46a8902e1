import * as pulumi from "@pulumi/pulumi";
import { LocationDetails, MegaportResource, PRODUCT_OUTPUTS } from "./resource";

export interface VxcEndArgs {
  /** The Port, MCR or partner port at this end. A-end: your Port or MCR. Moving an end updates in place. */
  productUid?: pulumi.Input<string>;
  /** 2-4093, 0 (or unset) to let Megaport assign one, -1 for untagged on a Port. Updates in place. */
  vlan?: pulumi.Input<number>;
  /** Q-in-Q inner VLAN. Updates in place. */
  innerVlan?: pulumi.Input<number>;
}

export interface BgpConnectionArgs {
  peerAsn: number;
  localAsn?: number;
  localIpAddress: string;
  peerIpAddress: string;
  /** Kept secret in state. */
  password?: string;
  shutdown?: boolean;
  description?: string;
  medIn?: number;
  medOut?: number;
  bfdEnabled?: boolean;
  exportPolicy?: "permit" | "deny";
}

/** MCR vRouter configuration for an end on an MCR. Updates in place. */
export interface VrouterConfigArgs {
  connectType: "VROUTER";
  interfaces: Array<{
    ipAddresses?: string[];
    ipRoutes?: Array<{ prefix: string; description?: string; nextHop: string }>;
    natIpAddresses?: string[];
    bfd?: { txInterval: number; rxInterval: number; multiplier: number };
    bgpConnections?: BgpConnectionArgs[];
    vlan?: number;
  }>;
}

/** AWS Direct Connect: a VIF ("AWS") or a hosted connection ("AWSHC"). */
export interface AwsConfigArgs {
  connectType: "AWS" | "AWSHC";
  type?: "private" | "public" | "transit";
  ownerAccount: string;
  asn?: number;
  amazonAsn?: number;
  /** BGP auth key; kept secret in state. */
  authKey?: string;
  prefixes?: string;
  customerIpAddress?: string;
  amazonIpAddress?: string;
  name?: string;
}

export interface AzureConfigArgs {
  connectType: "AZURE";
  /** ExpressRoute service key; kept secret in state. */
  serviceKey: string;
  /** Which port of the ExpressRoute pair to use when bEnd.productUid is not given (default primary). */
  portChoice?: "primary" | "secondary";
  peers?: Array<{
    type: "private" | "microsoft";
    peer_asn?: number;
    primary_subnet?: string;
    secondary_subnet?: string;
    prefixes?: string;
    shared_key?: string;
    vlan?: number;
  }>;
}

export interface GoogleConfigArgs {
  connectType: "GOOGLE";
  /** Partner interconnect pairing key; kept secret in state. */
  pairingKey: string;
}

export interface OracleConfigArgs {
  connectType: "ORACLE";
  virtualCircuitId: string;
}

export type PartnerConfigArgs =
  | AwsConfigArgs
  | AzureConfigArgs
  | GoogleConfigArgs
  | OracleConfigArgs
  | { connectType: "TRANSIT" }
  | VrouterConfigArgs;

export interface VxcArgs {
  /** Updates in place. */
  productName: pulumi.Input<string>;
  /** Bandwidth in Mbps. Updates in place. */
  rateLimit: pulumi.Input<number>;
  /** 1, 12, 24, 36, 48 or 60 months. Updates in place. */
  contractTermMonths: pulumi.Input<number>;
  aEnd: pulumi.Input<VxcEndArgs & { productUid: pulumi.Input<string> }>;
  /** For Azure, Google and Oracle, productUid may be left out: the port is looked up from the key. */
  bEnd: pulumi.Input<VxcEndArgs>;
  /** vRouter (BGP) configuration when the A-end is an MCR. Updates in place. Secret. */
  aEndPartnerConfig?: pulumi.Input<VrouterConfigArgs>;
  /** Cloud or vRouter configuration of the B-end. A cloud (AWS, Azure, Google, Oracle) change replaces the VXC. Secret. */
  bEndPartnerConfig?: pulumi.Input<PartnerConfigArgs>;
  /** A service key that unlocks another company's port. Changing it replaces the VXC. Secret. */
  serviceKey?: pulumi.Input<string>;
  /** Administratively shut the VXC down. Updates in place. */
  shutdown?: pulumi.Input<boolean>;
  costCentre?: pulumi.Input<string>;
  promoCode?: pulumi.Input<string>;
  resourceTags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
  /** Adopt an existing VXC by UID instead of ordering one. */
  adoptProductUid?: pulumi.Input<string>;
}

export interface VxcEndDetails {
  productUid: string | null;
  productName: string | null;
  locationId: number | null;
  /** The VLAN Megaport assigned (when 0 or none was asked for) or the one asked for. */
  vlan: number | null;
  innerVlan: number | null;
  ownerUid: string | null;
  diversityZone: string | null;
}

const OUTPUTS = [...PRODUCT_OUTPUTS, "aEndDetails", "bEndDetails", "cspConnections"] as const;

/**
 * A virtual cross connect between your Port/MCR and another port, a partner, or a cloud.
 *
 * ```ts
 * const vxc = new megaport.Vxc("to-mcr", { productName: "port-to-mcr", rateLimit: 500, contractTermMonths: 1, aEnd: { productUid: port.productUid, vlan: 100 }, bEnd: { productUid: mcr.productUid } });
 * ```
 */
export class Vxc extends MegaportResource {
  declare public readonly productUid: pulumi.Output<string>;
  declare public readonly provisioningStatus: pulumi.Output<string>;
  declare public readonly createDate: pulumi.Output<number | null>;
  declare public readonly liveDate: pulumi.Output<number | null>;
  declare public readonly contractStartDate: pulumi.Output<number | null>;
  declare public readonly contractEndDate: pulumi.Output<number | null>;
  declare public readonly locationDetails: pulumi.Output<LocationDetails | null>;
  declare public readonly monthlyRate: pulumi.Output<number | null>;
  declare public readonly currency: pulumi.Output<string | null>;
  declare public readonly productName: pulumi.Output<string>;
  declare public readonly rateLimit: pulumi.Output<number>;
  /** The ends as Megaport resolved them: assigned VLANs, the partner port a key chose. */
  declare public readonly aEndDetails: pulumi.Output<VxcEndDetails>;
  declare public readonly bEndDetails: pulumi.Output<VxcEndDetails>;
  /** Cloud connection details (resources.csp_connection), always as a list. */
  declare public readonly cspConnections: pulumi.Output<Array<Record<string, unknown>>>;

  constructor(name: string, args: VxcArgs, opts?: pulumi.CustomResourceOptions) {
    const secret = <T>(v: pulumi.Input<T> | undefined) => (v === undefined ? undefined : pulumi.secret(v));
    super(
      "Vxc",
      name,
      {
        ...args,
        aEndPartnerConfig: secret(args.aEndPartnerConfig),
        bEndPartnerConfig: secret(args.bEndPartnerConfig),
        serviceKey: secret(args.serviceKey),
      },
      OUTPUTS,
      opts,
    );
  }
}
