// Every example response in Megaport's v2 API reference (tests/fixtures), parses through
// the schema the client reads it with. Examples of calls the client never makes are listed with
// the reason, so no example is passed over silently.
import { z } from "zod";
import { parseExample, referenceExamples } from "../../tests/support/reference";
import { BuyData, ValidateItem } from "./orders";
import { CloudLookup } from "./cloudLookups";
import { IxType } from "./ixs";
import { PartnerPort } from "./partnerPorts";
import { PriceBookEntry } from "./prices";
import { Product } from "./products";
import { ServiceKey } from "./serviceKeys";

const READ: Array<[RegExp, string, z.ZodType]> = [
  [/^\/v2\/dropdowns\/partner\/megaports$/, "GET", z.array(PartnerPort)],
  [/^\/v2\/product\/ix\/types$/, "GET", z.array(IxType)],
  [/^\/v2\/networkdesign\/validate$/, "POST", z.array(ValidateItem)],
  [/^\/v2\/networkdesign\/buy$/, "POST", BuyData],
  [/^\/v2\/service\/key$/, "GET", z.array(ServiceKey)],
  [/^\/v2\/service\/key$/, "POST", ServiceKey],
  [/^\/v2\/secure\//, "GET", CloudLookup],
  [/^\/v2\/pricebook\//, "GET", PriceBookEntry],
  [/^\/v2\/products$/, "GET", z.array(Product)],
  [/^\/v2\/product\/\{productUid\}$/, "GET", Product],
  // Lifecycle actions: only the message is read.
  [/^\/v2\/product\/action\/$/, "POST", z.unknown()],
];

const NOT_READ: Array<[RegExp, string]> = [
  [/^\/v2\/login/, "API keys (OAuth2 client credentials) replaced username/password login"],
  [/^\/v2\/locations$/, "the v2 list was removed; the client reads GET /v3/locations, whose shape differs"],
  [
    /^\/v2\/product\/\{productUid\}\/(rating|action|logs)/,
    "pricing changes, charges and logs are not part of the package",
  ],
  [/^\/v2\/(invoice|graph)/, "invoices and usage graphs are not part of the package"],
  [/^\/v2\/product\/lock$/, "product locking is not part of the package"],
  [
    /^\/v2\/product\/(vxc\/|ix\/)?\{productUid\}$/,
    "PUT answers are not read: the product is read back with GET /v2/product/{uid}",
  ],
];

const Envelope = z.object({ message: z.string(), data: z.unknown().optional() });
const responses = referenceExamples().filter((e) => e.kind === "response");

test("the document has the examples this test expects to read", () => {
  expect(responses.length).toBeGreaterThanOrEqual(45);
});

test.each(responses.map((e) => [`${e.method} ${e.endpoint} (${e.section}, line ${e.line})`, e] as const))(
  "%s parses",
  (_name, e) => {
    const read = READ.find(([path, method]) => path.test(e.endpoint) && method === e.method);
    if (!read) {
      const reason = NOT_READ.find(([path]) => path.test(e.endpoint));
      expect(reason).toBeDefined();
      return;
    }
    const body = Envelope.parse(parseExample(e));
    const parsed = read[2].safeParse(body.data);
    if (!parsed.success)
      throw new Error(
        `${e.method} ${e.endpoint} line ${e.line}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
      );
  },
);

test("a buy answered with a sentence still yields the product uid", () => {
  const parsed = BuyData.parse("Created child services [] [VXC 1544f278-ec03-11e5-9ce9-5e5517507c66]");
  expect(parsed).toEqual([
    { technicalServiceUid: "1544f278-ec03-11e5-9ce9-5e5517507c66", productType: "VXC" },
  ]);
});
