// The example requests and responses of megaport-api-reference-v2.txt, read from the document
// itself. The examples are JSON with comments, unquoted keys, trailing commas and Ruby's `nil`,
// so they are parsed with JSON5 after `nil` becomes null.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSON5 from "json5";
import { repo } from "./engine";

export interface ReferenceExample {
  /** 1-based line of the body in the document. */
  line: number;
  method: string;
  /** The endpoint as the document names it, e.g. "/v2/networkdesign/validate". */
  endpoint: string;
  kind: "request" | "response";
  /** The section title, e.g. "Validate MCR Order". */
  section: string;
  text: string;
}

/** Textual repairs for the examples the document prints as invalid JSON; nothing else is changed. */
const REPAIRS: Array<[string, string]> = [
  // Azure step 2: a comment swallows the comma after "vlan": 300.
  [
    '"vlan": 300 //retrieved VLAN from the Azure service key lookup',
    '"vlan": 300, //retrieved VLAN from the Azure service key lookup',
  ],
  // Google step 2: a doubled closing quote after the A-end UID.
  ['"d5f4a3c6-06d3-4cfa-9d4e-8ce6ec0b6dbd""', '"d5f4a3c6-06d3-4cfa-9d4e-8ce6ec0b6dbd"'],
  // Product list: a product name with no opening quote.
  ['"productName": 200MB MP1 CDN Fill Transit - S1"', '"productName": "200MB MP1 CDN Fill Transit - S1"'],
];

export function referenceDocument(): string {
  return readFileSync(join(repo, "..", "shared", "reference", "megaport-api-reference-v2.txt"), "utf8");
}

/** Every JSON body in the document, tagged with its endpoint, section and whether it is a request. */
export function referenceExamples(): ReferenceExample[] {
  let doc = referenceDocument();
  for (const [from, to] of REPAIRS) doc = doc.split(from).join(to);
  const lines = doc.split("\n");
  const examples: ReferenceExample[] = [];
  let method = "";
  let endpoint = "";
  let kind: "request" | "response" = "request";
  let section = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\u00a0/g, " ").trimEnd();
    const ep = line.match(/^(GET|POST|PUT|DELETE)(\/\S*)$/);
    if (ep) {
      method = ep[1];
      endpoint = ep[2].split("?")[0];
      // The section title is the last non-empty line before the endpoint that is not a description.
      for (let j = i - 1; j >= 0 && j > i - 8; j--) {
        const t = lines[j].trim();
        if (t && !/[.:]$/.test(t) && t.length < 60) {
          section = t;
          break;
        }
      }
      continue;
    }
    if (/^Request\b/.test(line)) kind = "request";
    if (/^Response\s+\d+/.test(line)) kind = "response";
    if (line !== "Body") continue;
    let j = i + 1;
    while (j < lines.length && !/^\s*[[{]/.test(lines[j])) j++;
    const start = j;
    let depth = 0;
    let inString = false;
    const body: string[] = [];
    for (; j < lines.length; j++) {
      body.push(lines[j]);
      for (let k = 0; k < lines[j].length; k++) {
        const c = lines[j][k];
        if (inString) {
          if (c === "\\") k++;
          else if (c === '"') inString = false;
        } else if (c === '"') inString = true;
        else if (c === "/" && lines[j][k + 1] === "/") break;
        else if (c === "{" || c === "[") depth++;
        else if (c === "}" || c === "]") depth--;
      }
      if (depth <= 0) break;
    }
    examples.push({ line: start + 1, method, endpoint, kind, section, text: body.join("\n") });
    i = j;
  }
  return examples;
}

/** The example's JSON, with the document's `nil`s as null and the repairs above applied. */
export function parseExample(e: ReferenceExample): unknown {
  return JSON5.parse(e.text.replace(/:\s*nil\b/g, ": null"));
}
