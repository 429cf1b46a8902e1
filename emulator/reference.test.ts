// Every example request in Megaport's v2 API reference (tests/fixtures), is accepted by
// the emulator at the route Megaport serves today (and at the document's v2 route where one still
// exists), and the answer carries every key the document's example response shows.
import { parseExample, referenceExamples, ReferenceExample } from "../tests/support/reference";
import { TestEmulator, withEmulator } from "../tests/support/emulator";
import { REFERENCE_UIDS } from "./data/referenceProducts";

let emu: TestEmulator;
beforeAll(async () => (emu = await withEmulator()));
afterAll(() => emu.close());

/** The current route and body for a document request (the routes megaportgo calls today). */
function currentCall(
  e: ReferenceExample,
  body: unknown,
): Array<{ method: string; path: string; body: unknown }> {
  switch (e.endpoint) {
    case "/v2/networkdesign/validate":
      return [
        { method: "POST", path: "/v3/networkdesign/validate", body },
        { method: "POST", path: "/v2/networkdesign/validate", body },
      ];
    case "/v2/networkdesign/buy":
      return [
        { method: "POST", path: "/v4/networkdesign/buy", body: { networkDesign: body, discountCodes: [] } },
        { method: "POST", path: "/v2/networkdesign/buy", body },
      ];
    case "/v2/service/key":
      return [{ method: e.method, path: "/v2/service/key", body }];
    case "/v2/product/{productUid}":
      return [
        { method: "PUT", path: `/v2/product/megaport/${REFERENCE_UIDS.port}`, body },
        { method: "PUT", path: `/v2/product/${REFERENCE_UIDS.port}`, body },
      ];
    case "/v2/product/vxc/{productUid}":
      return [
        { method: "PUT", path: `/v3/product/vxc/${REFERENCE_UIDS.vxc}`, body },
        { method: "PUT", path: `/v2/product/vxc/${REFERENCE_UIDS.vxc}`, body },
      ];
    case "/v2/product/ix/{productUid}":
      return [{ method: "PUT", path: `/v2/product/ix/${REFERENCE_UIDS.ix}`, body }];
    default:
      throw new Error(`no current route known for ${e.method} ${e.endpoint}`);
  }
}

/**
 * The Nutanix step 2 example reuses the Azure example's port and a {{serviceKey}} placeholder;
 * replayed as the text says: the port and key from Nutanix step 1.
 */
function asTheTextSays(e: ReferenceExample, body: unknown): unknown {
  if (e.section !== "Nutanix - step 2 - Buy") return body;
  const text = JSON.stringify(body)
    .replace("e269447e-5601-4575-9c23-32fe5a9f8605", "0e0c1127-6b79-4155-b762-c8c260cd9adf")
    .replace("{{serviceKey}}", "76025b4f-3a27-48da-a8bd-880a5e05c886");
  return JSON.parse(text) as unknown;
}

const examples = referenceExamples();
const requests = examples.filter((e) => e.kind === "request");

/** The document's response for a request: the next response example in the same section. */
function documentedResponse(e: ReferenceExample): Record<string, unknown> | undefined {
  const next = examples.find(
    (x) => x.kind === "response" && x.line > e.line && x.section === e.section && x.endpoint === e.endpoint,
  );
  return next ? (parseExample(next) as Record<string, unknown>) : undefined;
}

function keysOf(data: unknown): string[] {
  const first = Array.isArray(data) ? data[0] : data;
  return first && typeof first === "object" ? Object.keys(first as object).sort() : [];
}

test("the document has the request examples this test replays", () => {
  expect(requests.length).toBeGreaterThanOrEqual(20);
});

test.each(requests.map((e) => [`${e.method} ${e.endpoint} (${e.section}, line ${e.line})`, e] as const))(
  "%s is accepted",
  async (_name, e) => {
    const body = asTheTextSays(e, parseExample(e));
    for (const call of currentCall(e, body)) {
      await emu.admin.reset();
      await emu.admin.seedReference();
      // A reset forgets tokens too: log in as the reference's clients do, grant type in the form body.
      const basic = Buffer.from(`${emu.credentials.accessKey}:${emu.credentials.secretKey}`).toString(
        "base64",
      );
      const login = await fetch(emu.tokenUrl, {
        method: "POST",
        headers: { authorization: `Basic ${basic}`, "content-type": "application/x-www-form-urlencoded" },
        body: "grant_type=client_credentials",
      });
      const token = ((await login.json()) as { access_token: string }).access_token;
      const res = await fetch(`${emu.url}${call.path}`, {
        method: call.method,
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify(call.body),
      });
      const answer = (await res.json()) as { message: string; data?: unknown };
      expect({ route: `${call.method} ${call.path}`, status: res.status, message: answer.message }).toEqual({
        route: `${call.method} ${call.path}`,
        status: 200,
        message: expect.not.stringMatching(/failed/i),
      });
      const documented = documentedResponse(e);
      if (documented && typeof documented.data === "object" && documented.data !== null) {
        const have = new Set(keysOf(answer.data));
        expect({ route: call.path, missing: keysOf(documented.data).filter((k) => !have.has(k)) }).toEqual({
          route: call.path,
          missing: [],
        });
      }
    }
  },
);
