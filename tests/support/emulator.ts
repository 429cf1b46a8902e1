// One emulator per suite on an ephemeral port, and a client pointed at it.
import { Agent } from "undici";
import { startEmulator } from "../../emulator";
import { MegaportClient, MegaportClientOptions, NatGatewayRequest, OrderItem } from "../../provider/client";

export type TestEmulator = Awaited<ReturnType<typeof startEmulator>>;

export async function withEmulator(): Promise<TestEmulator> {
  return startEmulator();
}

/** A client for the emulator that does not wait between retries (the delays are asserted instead). */
export function clientFor(emu: TestEmulator, extra: Partial<MegaportClientOptions> = {}): MegaportClient {
  return new MegaportClient({
    accessKey: emu.credentials.accessKey,
    secretKey: emu.credentials.secretKey,
    baseUrl: emu.url,
    tokenUrl: emu.tokenUrl,
    dispatcher: new Agent({ connectTimeout: 2000, headersTimeout: 5000, bodyTimeout: 5000 }),
    sleep: async () => undefined,
    ...extra,
  });
}

/** Points the provider's configuration (environment fallbacks) at the emulator. */
export function useEmulatorEnv(emu: TestEmulator): void {
  Object.assign(process.env, emulatorEnv(emu));
}

/** The MEGAPORT_* environment that points a process at the emulator. */
export function emulatorEnv(emu: TestEmulator): Record<string, string> {
  return {
    MEGAPORT_BASE_URL: emu.url,
    MEGAPORT_TOKEN_URL: emu.tokenUrl,
    MEGAPORT_ACCESS_KEY: emu.credentials.accessKey,
    MEGAPORT_SECRET_KEY: emu.credentials.secretKey,
    MEGAPORT_ACCEPT_PURCHASE_TERMS: "true",
  };
}

export const PORT_ORDER = {
  productName: "Sydney port",
  term: 12,
  productType: "MEGAPORT",
  portSpeed: 10000,
  locationId: 3,
  createDate: 0,
  virtual: false,
  marketplaceVisibility: false,
  config: {},
} as const;

/** Longer than the fast timings' DEPLOYABLE + CONFIGURED phases: products bought before are LIVE. */
export function untilLive(): Promise<void> {
  return new Promise((r) => setTimeout(r, 250));
}

/** An order for a VXC from `aEndUid` (VLAN 100) to `bEndUid`, with `item`'s fields over the defaults. */
export function vxcOrder(aEndUid: string, bEndUid: string, item: Record<string, unknown> = {}): OrderItem {
  const vxc = {
    productName: "v",
    rateLimit: 100,
    term: 1,
    shutdown: false,
    aEnd: { vlan: 100 },
    bEnd: { productUid: bEndUid },
    ...item,
  };
  return { productUid: aEndUid, associatedVxcs: [vxc] } as unknown as OrderItem;
}

/** An order for a Sydney IX on `portUid`, with `item`'s fields over the defaults. */
export function ixOrder(portUid: string, item: Record<string, unknown> = {}): OrderItem {
  const ix = {
    productName: "ix",
    networkServiceType: "Sydney IX",
    asn: 64512,
    macAddress: "00:11:22:33:44:55",
    rateLimit: 100,
    ...item,
  };
  return { productUid: portUid, associatedIxs: [ix] } as unknown as OrderItem;
}

/** A NAT gateway design request: 1 Gbps, 50000 sessions, red zone in Sydney, with `extra` over it. */
export function natGatewayRequest(
  productName: string,
  extra: Partial<NatGatewayRequest> = {},
): NatGatewayRequest {
  return {
    productName,
    locationId: 3,
    speed: 1000,
    term: 1,
    autoRenewTerm: false,
    resourceTags: [],
    config: { asn: 0, bgpShutdownDefault: false, diversityZone: "red", sessionCount: 50000 },
    ...extra,
  };
}

/** Buys a Sydney port (PORT_ORDER with `extra`) and answers its uid. */
export async function buyPort(client: MegaportClient, extra: Record<string, unknown> = {}): Promise<string> {
  const order = { ...PORT_ORDER, ...extra } as unknown as OrderItem;
  return (await client.orders.buy([order])).items[0].technicalServiceUid!;
}

/** A port bought out of band, as a person in the portal would (the admin API): its UID. */
export async function portalPort(emu: TestEmulator, extra: Record<string, unknown> = {}): Promise<string> {
  return String((await emu.admin.order([{ ...PORT_ORDER, ...extra }])).data[0].technicalServiceUid);
}

/** A Fortinet vendor configuration the emulator's image 42 runs (small). */
export const FORTINET_CONFIG = {
  vendor: "fortinet",
  imageId: 42,
  productSize: "SMALL",
  sshPublicKey: "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 net@example",
  licenseData: "FGVM-LICENSE-DATA",
};

/** An MVE bought out of band (the admin API), with one vNIC unless `extra` says otherwise: its UID. */
export async function portalMve(emu: TestEmulator, extra: Record<string, unknown> = {}): Promise<string> {
  const order = {
    productName: "portal fw",
    term: 12,
    productType: "MVE",
    locationId: 3,
    vnics: [{ description: "inside", vlan: 0 }],
    vendorConfig: FORTINET_CONFIG,
    config: {},
    ...extra,
  };
  return String((await emu.admin.order([order])).data[0].technicalServiceUid);
}

/** Buys a 1 Gbps MCR in Sydney and answers its uid. */
export async function buyMcr(client: MegaportClient): Promise<string> {
  const order = {
    productName: "mcr",
    term: 1,
    productType: "MCR2",
    portSpeed: 1000,
    locationId: 3,
    config: {},
  };
  return (await client.orders.buy([order as OrderItem])).items[0].technicalServiceUid!;
}
