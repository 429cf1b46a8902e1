// The native plugin over Pulumi's provider protocol, against the emulator: the schema it serves
// agrees with the zod definitions, a configured plugin buys, reads, imports and deletes through the
// same lifecycle as the dynamic providers, secrets stay marked, and a settings mistake is refused.
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { z } from "zod";
import { DATA_SOURCES } from "../../provider/dataSources";
import { DEFINITIONS } from "../../provider/definitions";
import { PLUGIN_SET, packageSchema } from "../../provider/plugin/packageSchema";
import { functionToken, resourceToken } from "../../provider/tokens";
import { RESOURCE_KINDS } from "../../provider/resourceKinds";
import { fieldRules } from "../../provider/shared/fields";
import {
  TestEmulator,
  buyMcr,
  clientFor,
  natGatewayRequest,
  portalPort,
  untilLive,
  withEmulator,
} from "../support/emulator";
import { RunningPlugin, plain, provproto, startPlugin, struct, urnOf } from "../support/plugin";

const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
let emu: TestEmulator;
let plugin: RunningPlugin;

beforeAll(async () => {
  emu = await withEmulator();
  plugin = await startPlugin();
  const configure = new provproto.ConfigureRequest().setAcceptsecrets(true);
  const vars = configure.getVariablesMap();
  vars.set("megaport:baseUrl", emu.url);
  vars.set("megaport:tokenUrl", emu.tokenUrl);
  vars.set("megaport:accessKey", emu.credentials.accessKey);
  vars.set("megaport:secretKey", emu.credentials.secretKey);
  vars.set("megaport:acceptPurchaseTerms", "true");
  vars.set("megaport:pollIntervalSeconds", "0.25");
  await plugin.call("configure", configure);
});
afterAll(async () => {
  plugin.stop();
  await emu.close();
});

test("the schema it serves lists every resource with the zod schema's inputs, required ones and secrets", async () => {
  const res = await plugin.call("getSchema", new provproto.GetSchemaRequest());
  const schema = JSON.parse(res.getSchema());
  expect(schema).toEqual(JSON.parse(JSON.stringify(packageSchema(schema.version))));
  for (const kind of RESOURCE_KINDS) {
    const def = DEFINITIONS[kind];
    const rules = fieldRules(def.args);
    const entry = schema.resources[resourceToken(kind)];
    const inputs = z.toJSONSchema(def.args, { io: "input", unrepresentable: "any" }) as {
      properties: object;
      required?: string[];
    };
    const given = Object.keys(inputs.properties).filter((k) => !PLUGIN_SET.includes(k));
    expect(Object.keys(entry.inputProperties).sort()).toEqual(given.sort());
    expect([...entry.requiredInputs].sort()).toEqual([...(inputs.required ?? [])].sort());
    for (const k of rules.secrets) expect(entry.inputProperties[k].secret).toBe(true);
    for (const k of rules.replaces) expect(entry.inputProperties[k].replaceOnChanges).toBe(true);
  }
});

test("the schema lists every data source as a function with the zod schema's arguments and its answer", async () => {
  const schema = packageSchema("1.0.0");
  expect(Object.keys(schema.functions).sort()).toEqual(Object.keys(DATA_SOURCES).map(functionToken).sort());
  for (const [name, d] of Object.entries(DATA_SOURCES)) {
    const entry = schema.functions[functionToken(name)];
    const args = z.toJSONSchema(d.args, { io: "input", unrepresentable: "any" }) as {
      properties: object;
      required?: string[];
    };
    expect(Object.keys(entry.inputs.properties).sort()).toEqual(Object.keys(args.properties).sort());
    expect([...(entry.inputs.required ?? [])].sort()).toEqual([...(args.required ?? [])].sort());
    const result = z.toJSONSchema(d.result, { io: "output", unrepresentable: "any" }) as {
      properties?: object;
    };
    const answered = "listedAs" in d && d.listedAs ? [d.listedAs] : Object.keys(result.properties ?? {});
    expect(Object.keys(entry.outputs.properties).sort()).toEqual(answered.sort());
  }
  // A cloud's key is a secret argument.
  expect(schema.functions[functionToken("getAzurePorts")].inputs.properties.serviceKey.secret).toBe(true);
});

test("Invoke runs a data source with the provider's account; wrong arguments are refused by name", async () => {
  const invoke = (name: string, args: Record<string, unknown>) =>
    plugin.call("invoke", new provproto.InvokeRequest().setTok(functionToken(name)).setArgs(struct(args)));
  const one = await invoke("getLocation", { name: "Global Switch Sydney" });
  expect(one.getFailuresList()).toEqual([]);
  expect(plain(one.getReturn())).toMatchObject({ id: 3, name: "Global Switch Sydney", metro: "Sydney" });
  const many = plain((await invoke("getLocations", { metro: "Sydney", portSpeed: 10000 })).getReturn());
  expect((many.locations as Array<{ metro: string }>).length).toBeGreaterThan(1);
  expect(new Set((many.locations as Array<{ metro: string }>).map((l) => l.metro))).toEqual(
    new Set(["Sydney"]),
  );
  const price = plain(
    (await invoke("getPortPrice", { locationId: 3, portSpeed: 10000, contractTermMonths: 12 })).getReturn(),
  );
  expect(price).toMatchObject({ currency: "AUD", monthlyRate: 990 });
  // The account's own products, from the account this provider was configured with.
  const port = await portalPort(emu, { productName: "invoked" });
  const ports = plain((await invoke("getPorts", { productName: "invoked" })).getReturn());
  expect((ports.products as Array<{ productUid: string }>).map((p) => p.productUid)).toEqual([port]);
  const bad = await invoke("getLocations", { portSpeed: "fast", colour: "red" });
  expect(bad.getFailuresList().map((f: { getReason(): string }) => f.getReason())).toEqual([
    expect.stringMatching(/^getLocations: .*portSpeed: must be a number; got "fast".*colour/),
  ]);
  // A failure of the look-up itself is the call's error, with its message.
  await expect(invoke("getLocation", { name: "Nowhere" })).rejects.toThrow(
    'getLocation: no Megaport location has name "Nowhere"',
  );
  await expect(invoke("getTheMoon", {})).rejects.toThrow(
    "function megaport:index:getTheMoon is not implemented",
  );
});

test("a port is checked, bought, read and deleted through the plugin; a bad input fails at check", async () => {
  const urn = urnOf("Port", "syd");
  const inputs = {
    productName: "native-port",
    portSpeed: 10000,
    locationId: 3,
    contractTermMonths: 1,
    marketplaceVisibility: false,
  };
  const bad = await plugin.call(
    "check",
    new provproto.CheckRequest()
      .setUrn(urn)
      .setOlds(struct({}))
      .setNews(struct({ ...inputs, portSpeed: 3 })),
  );
  expect(bad.getFailuresList().map((f: { getProperty(): string }) => f.getProperty())).toEqual(["portSpeed"]);
  const checked = await plugin.call(
    "check",
    new provproto.CheckRequest().setUrn(urn).setOlds(struct({})).setNews(struct(inputs)),
  );
  expect(checked.getFailuresList()).toEqual([]);
  // The plugin marks the order from the URN, as the SDK does for the dynamic door.
  expect(plain(checked.getInputs()).orderMarker).toMatch(/^[0-9a-f]{32}$/);
  const created = await plugin.call(
    "create",
    new provproto.CreateRequest().setUrn(urn).setProperties(checked.getInputs()),
  );
  const id = created.getId();
  expect(plain(created.getProperties())).toMatchObject({
    productUid: id,
    provisioningStatus: expect.any(String),
  });
  const read = await plugin.call(
    "read",
    new provproto.ReadRequest()
      .setId(id)
      .setUrn(urn)
      .setProperties(created.getProperties())
      .setInputs(checked.getInputs()),
  );
  expect(read.getId()).toBe(id);
  const diff = await plugin.call(
    "diff",
    new provproto.DiffRequest()
      .setId(id)
      .setUrn(urn)
      .setOlds(read.getProperties())
      .setNews(checked.getInputs()),
  );
  expect(diff.getChanges()).toBe(provproto.DiffResponse.DiffChanges.DIFF_NONE);
  await plugin.call(
    "delete",
    new provproto.DeleteRequest().setId(id).setUrn(urn).setProperties(read.getProperties()),
  );
  const gone = (await emu.admin.products()).find((p) => p.productUid === id);
  expect(gone?.provisioningStatus).toMatch(/DECOMMISSION|CANCELLED/);
});

test("an import's read has the id alone and fills the inputs from Megaport", async () => {
  const uid = await portalPort(emu, { productName: "bought-in-portal", marketplaceVisibility: true });
  await untilLive();
  const read = await plugin.call(
    "read",
    new provproto.ReadRequest().setId(uid).setUrn(urnOf("Port", "imported")),
  );
  expect(read.getId()).toBe(uid);
  expect(plain(read.getInputs())).toMatchObject({
    productName: "bought-in-portal",
    portSpeed: 10000,
    locationId: 3,
    contractTermMonths: 12,
    marketplaceVisibility: true,
  });
});

test("lists kept on a product import by <productUid>:<id>: an MCR's prefix filter list, a NAT gateway's", async () => {
  const client = clientFor(emu);
  const mcr = await buyMcr(client);
  const nat = await client.natGateways.create(natGatewayRequest("lists"));
  await client.natGateways.buy(nat.productUid);
  await untilLive();
  const entries = [{ action: "permit", prefix: "10.0.0.0/8", le: 24 }];
  const mcrList = await client.prefixFilterLists.create(mcr, {
    description: "from-portal",
    addressFamily: "IPv4",
    entries,
  } as never);
  const natList = await client.natGateways
    .prefixLists(nat.productUid)
    .create({ description: "nat-portal", addressFamily: "IPv4", entries } as never);
  const imported = async (kind: string, id: string) => {
    const read = await plugin.call(
      "read",
      new provproto.ReadRequest().setId(id).setUrn(urnOf(kind, "imported")),
    );
    expect(read.getId()).toBe(id);
    return plain(read.getInputs());
  };
  expect(await imported("McrPrefixFilterList", `${mcr}:${mcrList}`)).toMatchObject({
    mcrUid: mcr,
    description: "from-portal",
    addressFamily: "IPv4",
    entries: [{ action: "permit", prefix: "10.0.0.0/8", le: 24 }],
  });
  expect(await imported("NatGatewayPrefixList", `${nat.productUid}:${natList.id}`)).toMatchObject({
    natGatewayUid: nat.productUid,
    description: "nat-portal",
  });
});

test("secret inputs come back marked secret; a wrong setting is refused by name at CheckConfig", async () => {
  const urn = urnOf("ServiceKey", "key");
  const port = await portalPort(emu, { productName: "keyed" });
  await untilLive();
  const checked = await plugin.call(
    "check",
    new provproto.CheckRequest()
      .setUrn(urn)
      .setOlds(struct({}))
      .setNews(struct({ portUid: port, singleUse: false, maxSpeed: 100 })),
  );
  const created = await plugin.call(
    "create",
    new provproto.CreateRequest().setUrn(urn).setProperties(checked.getInputs()),
  );
  const key = plain(created.getProperties()).key as Record<string, unknown>;
  expect(key[Object.keys(key).find((k) => k !== "value")!]).toBe(SECRET_SIG);
  const config = await plugin.call(
    "checkConfig",
    new provproto.CheckRequest()
      .setUrn("urn:pulumi:dev::plugin-test::pulumi:providers:megaport::other")
      .setOlds(struct({}))
      .setNews(struct({ baseUrl: "not a url" })),
  );
  expect(config.getFailuresList()[0].getReason()).toContain("megaport:baseUrl");
  await plugin.call("cancel", new Empty());
});
