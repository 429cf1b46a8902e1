// What every product's PUT shares: only a CONFIGURED or LIVE, unlocked product of the right type can
// be changed; a request's fields copied onto the product by a table; the first problem refused.
import { HttpError } from "../http/http";
import type { Json } from "../model/json";
import { type ProductType, Store, type StoredProduct } from "../model/store";
import { problems } from "./orderContext";
import { technicalServiceView } from "./productView";

type FieldType = "string" | "number" | "boolean";
/** Request field → [product field, the JSON type it must have to be applied]. */
export type FieldTable = Record<string, [keyof StoredProduct, FieldType]>;

/** Copies each request field of the right type onto the product field it maps to. */
export function applyFields(p: StoredProduct, body: Json, table: FieldTable): void {
  for (const [from, [to, type]] of Object.entries(table))
    if (typeof body[from] === type) (p as unknown as Json)[to] = body[from];
}

export function refuse(...problems: Array<string | undefined>): void {
  const first = problems.find((p) => p !== undefined);
  if (first) throw new HttpError(400, first);
}

export function updatable(store: Store, uid: string, types: ProductType[], noun: string) {
  const p = store.products.get(uid);
  if (!p) throw new HttpError(400, `Could not find a service with UID ${uid}`);
  if (!types.includes(p.productType)) throw new HttpError(400, `Product ${uid} is not ${noun}`);
  if (p.locked) throw new HttpError(400, `Service ${uid} is locked: unlock it before changing it`);
  const status = store.status(p);
  if (status !== "CONFIGURED" && status !== "LIVE")
    throw new HttpError(
      400,
      `Product ${uid} cannot be updated while ${status}: only CONFIGURED or LIVE services can be updated`,
    );
  return p;
}

export const COMMON_FIELDS: FieldTable = {
  name: ["productName", "string"],
  costCentre: ["costCentre", "string"],
  term: ["term", "number"],
};

/**
 * A VXC or IX update's answer: the whole product, which megaportgo decodes here (UpdateVXCResponse,
 * UpdateIXResponse), with the technical-service fields the 2018 reference shows on top of it.
 */
export function updatedProductView(
  store: Store,
  p: StoredProduct,
  view: (store: Store, p: StoredProduct) => Record<string, unknown>,
): Record<string, unknown> {
  return { ...technicalServiceView(store, p), ...view(store, p) };
}
