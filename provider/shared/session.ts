// One provider session per distinct configuration: the settings, the API client made on first
// use, and the lists that do not change during a run (locations, partner ports, MVE images and
// sizes), fetched once.
// Every lifecycle call and check receives its session explicitly.
import { Location, MegaportClient, MveImage, MveSize, PartnerPort, registerSecret } from "../client";
import { beforeChange } from "./engineWatch";
import { productFetch } from "./productFetch";
import { progress } from "./progress";
import { ProductWatcher } from "./watcher";
import { ProviderSettings } from "./settings";

export class CredentialsMissingError extends Error {
  constructor() {
    super(
      "Megaport credentials are not set: set megaport:accessKey and megaport:secretKey (pulumi config set --secret megaport:secretKey …) or MEGAPORT_ACCESS_KEY and MEGAPORT_SECRET_KEY",
    );
  }
}

export class ProviderSession {
  private apiClient: MegaportClient | undefined;
  private productWatcher: ProductWatcher | undefined;
  private readonly cache = new Map<string, Promise<unknown>>();

  constructor(readonly settings: ProviderSettings) {}

  /** The API client; throws CredentialsMissingError when no key pair is configured. */
  client(): MegaportClient {
    const { accessKey, secretKey } = this.settings;
    if (!accessKey || !secretKey) throw new CredentialsMissingError();
    registerSecret(accessKey);
    registerSecret(secretKey);
    this.apiClient ??= new MegaportClient({
      accessKey,
      secretKey,
      environment: this.settings.environment,
      baseUrl: this.settings.baseUrl,
      tokenUrl: this.settings.tokenUrl,
      managedAccountUid: this.settings.managedAccountUid,
      log: (line) => void progress.info(line),
      // No order leaves a plugin whose engine is gone (a CLI killed without its plugins).
      beforeChange,
    });
    return this.apiClient;
  }

  /** Why this session waits no more (the engine cancelled its run). */
  private cancelled: string | undefined;

  /** Ends every wait of this session now, and every later one at once (the engine cancelled its run). */
  cancelWaits(reason: string): void {
    this.cancelled = reason;
    this.productWatcher?.cancelAll(reason);
  }

  /** The one watcher every wait of this session shares. */
  watcher(): ProductWatcher {
    if (!this.productWatcher) {
      this.productWatcher = new ProductWatcher(productFetch(this.client()), {
        intervalMs: this.settings.pollIntervalSeconds * 1000,
      });
      // Made after a cancel: it waits for nothing either.
      if (this.cancelled) this.productWatcher.cancelAll(this.cancelled);
    }
    return this.productWatcher;
  }

  locations(): Promise<Location[]> {
    return this.once("locations", () => this.client().locations.list());
  }

  partnerPorts(): Promise<PartnerPort[]> {
    return this.once("partnerPorts", () => this.client().partnerPorts.list());
  }

  mveImages(): Promise<MveImage[]> {
    return this.once("mveImages", () => this.client().mves.images());
  }

  mveSizes(): Promise<MveSize[]> {
    return this.once("mveSizes", () => this.client().mves.sizes());
  }

  /** A failure is not kept: the next caller asks again. */
  private once<T>(key: string, fetch: () => Promise<T>): Promise<T> {
    let p = this.cache.get(key) as Promise<T> | undefined;
    if (!p) {
      p = fetch().catch((e: unknown) => {
        this.cache.delete(key);
        throw e;
      });
      this.cache.set(key, p);
    }
    return p;
  }
}

const sessions = new Map<string, ProviderSession>();

/** The session for these settings, shared by every provider and data source in the process. */
export function sessionFor(settings: ProviderSettings): ProviderSession {
  // Equal settings (every configure() of a stack's providers) share one client and its token.
  const key = JSON.stringify(settings);
  let s = sessions.get(key);
  if (!s) {
    s = new ProviderSession(settings);
    sessions.set(key, s);
  }
  return s;
}
