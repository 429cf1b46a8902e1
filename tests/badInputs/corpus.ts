// Bad inputs a person writes, for every resource, and the outcome each must have: stopped at
// preview (check), with the message starting with the property's path and, where it matters,
// saying what was given. Each case is a good resource's inputs with one mistake; the API-backed
// ones (a location that offers no MCR, a prefix list the MCR does not have, …) need the fixtures
// bought by the test. A case that stops only at `up`, or not at all, is a defect of the provider.
import type { BadInput } from "./inputs";
import { LIST_CASES } from "./listCases";
import { PRODUCT_CASES } from "./productCases";
import { VXC_CASES } from "./vxcCases";

export type { Fixtures } from "./inputs";
export { mcr, nat } from "./inputs";

export const BAD_INPUTS: BadInput[] = [...PRODUCT_CASES, ...VXC_CASES, ...LIST_CASES];
