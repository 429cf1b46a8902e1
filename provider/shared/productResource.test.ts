// The shared product lifecycle on its own, against the emulator over HTTP: a made-up product
// ("Widget", ordered as a port) declared with the least a ProductDefinition needs, so that what is
// tested is productResource and makeResourceProvider, not any real product's rules.
import { z } from "zod";
import type { UpdatePortRequest } from "../client";
import { TestEmulator, withEmulator } from "../../tests/support/emulator";
import { emulatorStackConfig, markerFor, stackFor } from "../../tests/support/serialized";
import { field } from "./fields";
import { makeResourceProvider } from "./lifecycle";
import { locatedCandidates, locatedFields, locatedOrder, marketOf } from "./locatedProduct";
import { locationArgs, nameTermAndCostCentre, productArgs, resourceTagsArg } from "./productFields";
import { productResource } from "./productResource";
import { sessionFor } from "./session";
import { readSettings } from "./settings";

const WidgetArgs = z.strictObject({
  ...productArgs,
  ...resourceTagsArg,
  ...locationArgs,
  portSpeed: field(z.number(), { replaces: true }),
  marketplaceVisibility: z.boolean().default(false),
});
type WidgetArgs = z.infer<typeof WidgetArgs>;

const widget = productResource<WidgetArgs, UpdatePortRequest>({
  label: "Widget",
  args: WidgetArgs,
  productTypes: ["MEGAPORT"],
  tags: true,
  fields: [
    ...nameTermAndCostCentre,
    ...locatedFields,
    {
      arg: "marketplaceVisibility",
      order: "marketplaceVisibility",
      put: "marketplaceVisibility",
      read: (p) => p.marketplaceVisibility,
    },
  ],
  order: async (ctx, args, body) => ({
    ...locatedOrder(args, body),
    productType: "MEGAPORT",
    market: await marketOf(ctx, args.locationId),
    createDate: Date.now(),
    virtual: false,
  }),
  candidates: locatedCandidates("MEGAPORT"),
  put: (client, uid, body) => client.ports.update(uid, body),
  safeDelete: true,
});

let emu: TestEmulator;
let provider: ReturnType<typeof makeResourceProvider<WidgetArgs>>;

beforeAll(async () => {
  emu = await withEmulator();
  const config = emulatorStackConfig(emu);
  const session = sessionFor(readSettings((k) => config[k]));
  provider = makeResourceProvider(widget, () => session);
});
afterAll(() => emu.close());

const inputs = (name: string, extra: Record<string, unknown> = {}) => ({
  productName: name,
  portSpeed: 10000,
  locationId: 3,
  contractTermMonths: 12,
  orderMarker: markerFor("Port", name),
  orderStack: stackFor(),
  ...extra,
});
const buys = async () => (await emu.admin.requests()).filter((r) => r.path === "/v4/networkdesign/buy");

async function create(args: Record<string, unknown>) {
  const checked = await provider.check({}, args);
  expect(checked.failures).toEqual([]);
  return { inputs: checked.inputs, ...(await provider.create(checked.inputs)) };
}

test("a second create of the same resource continues with the order its marker names: one buy", async () => {
  await emu.admin.clearRequests();
  const first = await create(inputs("w-resume"));
  const again = await create(inputs("w-resume"));
  expect(again.id).toBe(first.id);
  expect(await buys()).toHaveLength(1);
});

test("a replacing value is a different order: the product it replaces is never taken", async () => {
  const old = await create(inputs("w-replace"));
  const diff = await provider.diff(
    old.id,
    old.outs,
    (await provider.check(old.outs, { ...old.inputs, portSpeed: 1000 })).inputs,
  );
  expect(diff.replaces).toEqual(["portSpeed"]);
  const replacement = await create(inputs("w-replace", { portSpeed: 1000 }));
  expect(replacement.id).not.toBe(old.id);
});

test("an update sends one PUT with only the changed fields and answers what Megaport then shows", async () => {
  const made = await create(inputs("w-update"));
  await emu.admin.clearRequests();
  const news = (
    await provider.check(made.outs, { ...made.inputs, productName: "w-renamed", marketplaceVisibility: true })
  ).inputs;
  const { outs } = await provider.update(made.id, made.outs, news);
  const puts = (await emu.admin.requests()).filter((r) => r.method === "PUT");
  expect(puts.map((r) => r.body)).toEqual([
    { name: "w-renamed", marketplaceVisibility: true, costCentre: "" },
  ]);
  expect(outs).toMatchObject({ productName: "w-renamed", marketplaceVisibility: true });
});

test("resource tags read back without the order's marker and stack tags", async () => {
  const made = await create(inputs("w-tags", { resourceTags: { team: "net" } }));
  const read = await provider.read(made.id, made.outs);
  expect(read.inputs).toMatchObject({ resourceTags: { team: "net" } });
  const onProduct = (await emu.admin.products()).find((p) => p.productUid === made.id)
    ?.resourceTags as Array<{
    key: string;
  }>;
  expect(onProduct.map((t) => t.key).sort()).toEqual([
    "pulumi-megaport-order",
    "pulumi-megaport-stack",
    "team",
  ]);
});

test("status is the truth: FAILED asks for a replacement, CANCELLED is restored by the next update", async () => {
  const failed = await create(inputs("w-failed"));
  await emu.admin.productAction(failed.id, "FAIL");
  const read = await provider.read(failed.id, failed.outs);
  expect((await provider.diff(failed.id, read.props!, failed.inputs)).replaces).toContain(
    "provisioningStatus",
  );

  const cancelled = await create(inputs("w-cancelled"));
  await emu.admin.productAction(cancelled.id, "CANCEL");
  const seen = await provider.read(cancelled.id, cancelled.outs);
  expect(seen.props).toMatchObject({ provisioningStatus: "CANCELLED" });
  expect((await provider.diff(cancelled.id, seen.props!, cancelled.inputs)).changes).toBe(true);
  await emu.admin.clearRequests();
  await provider.update(cancelled.id, seen.props!, cancelled.inputs);
  expect((await emu.admin.requests()).map((r) => r.path)).toContain(
    `/v3/product/${cancelled.id}/action/UN_CANCEL`,
  );
});

test("delete cancels with safeDelete and waits until the product is DECOMMISSIONED", async () => {
  const made = await create(inputs("w-delete"));
  await emu.admin.clearRequests();
  await provider.delete(made.id, made.outs);
  const cancel = (await emu.admin.requests()).find((r) => r.path.endsWith("/action/CANCEL_NOW"));
  expect(cancel?.query).toEqual({ safeDelete: "true" });
  expect((await emu.admin.products()).find((p) => p.productUid === made.id)?.provisioningStatus).toBe(
    "DECOMMISSIONED",
  );
});
