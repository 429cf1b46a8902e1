// The price of a change at preview, on the real engine: a preview of the demo stack says each new
// product's monthly price from the price book and what the update adds so far, names what can only
// be priced at its order, and buys nothing; a preview with nothing new says no price.
import { EXAMPLES } from "../../demo/examples";
import { TestEmulator, withEmulator } from "../support/emulator";
import { emulatorConfig, newStack } from "../support/engine";

let emu: TestEmulator;
beforeAll(async () => (emu = await withEmulator()));
afterAll(() => emu?.close());

test("a preview of the demo shows each new product's price and the monthly total", async () => {
  const t = await newStack(
    "price-of-change",
    EXAMPLES["port-mcr-vxc"].program,
    emulatorConfig(emu.url, emu.tokenUrl, emu.credentials),
  );
  try {
    const mark = (await emu.admin.requests()).length;
    let out = "";
    await t.stack.preview({ onOutput: (s) => (out += s) });
    expect(out).toContain('Port "syd-port-1": 990 AUD per month (price book)');
    expect(out).toMatch(/MCR "syd-mcr-1": [\d,.]+ AUD per month \(price book\)/);
    // The VXC's ends are new: their locations are not known to the provider until they exist.
    expect(out).toMatch(/VXC "syd-port-to-mcr": priced at order \(what decides its price is not known yet\)/);
    const sums = [...out.matchAll(/new products in this update so far: ([\d,.]+) AUD per month/g)].map((m) =>
      Number(m[1].replace(/,/g, "")),
    );
    const mcr = Number(/MCR "syd-mcr-1": ([\d,.]+) AUD/.exec(out)![1].replace(/,/g, ""));
    expect(Math.max(...sums)).toBe(990 + mcr);
    const sent = (await emu.admin.requests()).slice(mark);
    expect(sent.filter((r) => r.path.includes("networkdesign"))).toEqual([]);
    expect(sent.filter((r) => r.path === "/v4/pricebook/product").length).toBe(2);

    await t.stack.up();
    let again = "";
    await t.stack.preview({ onOutput: (s) => (again += s) });
    expect(again).not.toContain("per month");
    await t.stack.destroy();
  } finally {
    await t.cleanup();
  }
});
