// Small zod building blocks shared by the service files: the API's epoch-millisecond timestamps,
// documented nulls, and numbers that the reference sometimes sends as strings.
import { z } from "zod";

/** Epoch milliseconds; null where the reference shows null. */
export const epochMs = z.number().nullish();
export const optString = z.string().nullish();
export const optNumber = z.number().nullish();
export const optBoolean = z.boolean().nullish();
/** "100" or 100 (the reference's AWS example sends rateLimit as a string). */
export const looseNumber = z.union([
  z.number(),
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/)
    .transform(Number),
]);
/** An object whose keys we do not model: kept as it came. */
export const anyObject = z.record(z.string(), z.unknown());
