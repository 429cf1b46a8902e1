// The example requests and responses of Megaport's v2 API reference (the 2018 document behind
// https://dev.megaport.com), kept in the repository as JSON: each example's body, the endpoint and
// section it belongs to, and its line in the document. The document prints its examples as JSON
// with comments, unquoted keys and Ruby's `nil`; the fixture holds them as plain JSON (nil as null),
// with three invalid examples repaired: a comma a comment swallowed (Azure step 2), a doubled
// closing quote (Google step 2) and a missing opening quote (the product list).
import examples from "../fixtures/megaport-api-v2-examples.json";

export interface ReferenceExample {
  /** 1-based line of the body in the document. */
  line: number;
  method: string;
  /** The endpoint as the document names it, e.g. "/v2/networkdesign/validate". */
  endpoint: string;
  kind: "request" | "response";
  /** The section title, e.g. "Validate MCR Order". */
  section: string;
  body: unknown;
}

export function referenceExamples(): ReferenceExample[] {
  return examples as ReferenceExample[];
}

/** The example's JSON (a fresh copy, so a test may change it). */
export function parseExample(e: ReferenceExample): unknown {
  return structuredClone(e.body);
}
