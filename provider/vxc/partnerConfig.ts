// A VXC's partner configurations as the API takes them. The program names every configuration by
// connectType (VROUTER included, so one union covers both ends); on the wire a vRouter end has no
// connectType, Azure's peer_asn is a string, an interface always carries `bfd`, IBM's keys are all
// sent, and Azure's portChoice is ours (it picks the B-end port), not Megaport's.
import type { PartnerConfig, VrouterPartnerConfig } from "../client/partnerConfigs";
import type { PartnerConfigArgs, VrouterConfig } from "./schema";

export function vrouterToApi(c: VrouterConfig): VrouterPartnerConfig {
  return {
    interfaces: c.interfaces.map(({ bfd, ...rest }) => ({ ...rest, bfd: bfd ?? {} })),
  };
}

export function partnerConfigToApi(c: PartnerConfigArgs): PartnerConfig {
  switch (c.connectType) {
    case "VROUTER":
      return vrouterToApi(c);
    case "AZURE": {
      const { portChoice: _choice, peers, ...rest } = c;
      return {
        ...rest,
        ...(peers
          ? {
              peers: peers.map(({ peer_asn, ...peer }) => ({
                ...peer,
                ...(peer_asn !== undefined ? { peer_asn: String(peer_asn) } : {}),
              })),
            }
          : {}),
      };
    }
    case "IBM":
      // megaportgo sends every IBM key, empty or 0 when unset: Megaport then picks the defaults.
      return {
        connectType: "IBM",
        account_id: c.account_id,
        customer_asn: c.customer_asn ?? 0,
        name: c.name ?? "",
        customer_ip_address: c.customer_ip_address ?? "",
        provider_ip_address: c.provider_ip_address ?? "",
      };
    default:
      return c;
  }
}

/** The PUT takes a vRouter configuration only; a cloud configuration changes by a new VXC. */
export function vrouterUpdateToApi(c: unknown): VrouterPartnerConfig | undefined {
  const config = c as PartnerConfigArgs;
  return config.connectType === "VROUTER" ? vrouterToApi(config) : undefined;
}
