// What a route is: a method, a path pattern and the handler that answers it. Handlers get the
// path's captured groups and the emulator's state; they answer a Reply or throw an HttpError.
import { LoggedRequest } from "../../adminContract";
import { FaultQueue } from "../faults";
import { ApiRequest, HttpError, Reply } from "../http";
import { StoredProduct, Store } from "../../model/store";

export interface EmulatorState {
  store: Store;
  credentials: { accessKey: string; secretKey: string };
  log: LoggedRequest[];
  faults: FaultQueue;
}

export interface Route {
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** Matched against the whole path; its groups are the handler's `params`. */
  path: RegExp;
  /** Answered without a bearer token (the token endpoint, public locations). */
  public?: boolean;
  handle(request: ApiRequest, params: string[], emulator: EmulatorState): Reply;
}

/** The first route matching the request, with its path's captured groups. */
export function findRoute(
  routes: readonly Route[],
  method: string,
  path: string,
): { route: Route; params: string[] } | undefined {
  for (const route of routes) {
    const m = route.method === method ? path.match(route.path) : null;
    if (m) return { route, params: m.slice(1) };
  }
  return undefined;
}

/** Our product, or 400 "Could not find a service with UID" as the real API answers. */
export function ownProduct(store: Store, uid: string): StoredProduct {
  const p = store.products.get(uid);
  if (!p) throw new HttpError(400, `Could not find a service with UID ${uid}`);
  return p;
}
