// One emulator per suite on an ephemeral port, and a client pointed at it.
import { Agent } from "undici";
import { startEmulator } from "../../emulator";
import { MegaportClient, MegaportClientOptions } from "../../provider/client";

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
  process.env.MEGAPORT_BASE_URL = emu.url;
  process.env.MEGAPORT_TOKEN_URL = emu.tokenUrl;
  process.env.MEGAPORT_ACCESS_KEY = emu.credentials.accessKey;
  process.env.MEGAPORT_SECRET_KEY = emu.credentials.secretKey;
  process.env.MEGAPORT_ACCEPT_PURCHASE_TERMS = "true";
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
