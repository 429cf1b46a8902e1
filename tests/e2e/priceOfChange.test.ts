// The price of a change at preview, on the real engine: a preview of the demo stack says each new
// product's monthly price from the price book and what the update adds so far, names what can only
// be priced at its order, and buys nothing; a preview with nothing new says no price; a replaced
// product, or one whose price a change moves, says what it cost and what it will.
import * as pulumi from "@pulumi/pulumi";
import { EXAMPLES } from "../../demo/examples";
import * as megaport from "../../sdk";
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

/** An MCR and a VXC from it to a port, their speeds from config (the MCR's replaces it). */
async function changingProgram() {
  const config = new pulumi.Config();
  const port = new megaport.Port("port", {
    productName: "price-port",
    portSpeed: 10000,
    locationId: 3,
    contractTermMonths: 1,
    marketplaceVisibility: false,
  });
  const mcr = new megaport.Mcr("mcr", {
    productName: "price-mcr",
    portSpeed: config.requireNumber("mcrSpeed"),
    locationId: 3,
    contractTermMonths: 1,
    asn: 64512,
  });
  new megaport.Vxc("vxc", {
    productName: "price-vxc",
    rateLimit: config.requireNumber("rateLimit"),
    contractTermMonths: 1,
    aEnd: { productUid: port.productUid, vlan: 120 },
    bEnd: { productUid: mcr.productUid },
  });
}

test("a preview says what a re-priced product and a replaced one cost, ordering nothing", async () => {
  const t = await newStack("price-of-replacement", changingProgram, {
    ...emulatorConfig(emu.url, emu.tokenUrl, emu.credentials),
    mcrSpeed: { value: "1000" },
    rateLimit: { value: "100" },
  });
  const money = (s: string) => Number(s.replace(/,/g, ""));
  try {
    await t.stack.up();
    const mark = (await emu.admin.requests()).length;
    // A faster VXC, in place: its price now (the state's) and after (the price book's).
    await t.stack.setConfig("rateLimit", { value: "1000" });
    let out = "";
    await t.stack.preview({ onOutput: (s) => (out += s) });
    const vxc =
      /VXC "price-vxc": re-priced: ([\d,.]+) AUD per month now, ([\d,.]+) AUD per month \(price book\) after/.exec(
        out,
      );
    expect(vxc).not.toBeNull();
    expect(money(vxc![2])).toBeGreaterThan(money(vxc![1]));
    expect(out).toContain(`re-priced products: ${vxc![1]} AUD per month before, ${vxc![2]} AUD after`);
    // A faster MCR replaces it: what the old one costs goes, the new one is priced as new.
    await t.stack.setConfig("rateLimit", { value: "100" });
    await t.stack.setConfig("mcrSpeed", { value: "2500" });
    out = "";
    await t.stack.preview({ onOutput: (s) => (out += s) });
    const { resources } = (await t.stack.exportStack()).deployment as {
      resources: Array<{ outputs?: Record<string, unknown> }>;
    };
    const mcrRate = resources.find((r) => r.outputs?.productName === "price-mcr")?.outputs?.monthlyRate;
    expect(typeof mcrRate).toBe("number");
    expect(out).toMatch(
      /MCR "price-mcr": replaced: takes away [\d,.]+ AUD per month \(its replacement is priced as a new product\)/,
    );
    expect(out).toMatch(/MCR "price-mcr": 875 AUD per month \(price book\)/);
    const taken = /replaced products take away ([\d,.]+) AUD per month/.exec(out);
    expect(money(taken![1])).toBe(mcrRate);
    // Prices and reads only: nothing ordered, changed or cancelled.
    const sent = (await emu.admin.requests()).slice(mark);
    expect(sent.filter((r) => r.method !== "GET" && !/pricebook|token/.test(r.path))).toEqual([]);
    await t.stack.destroy();
  } finally {
    await t.cleanup();
  }
});
