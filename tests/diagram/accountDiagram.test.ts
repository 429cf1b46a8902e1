// The diagram of a whole account (`pulumi-megaport diagram --account`), from the product lists of
// the account the MEGAPORT_* environment names: bought "in the portal" on the emulator, drawn,
// opened in headless Chromium. Every live product is on it once, the VXC between its ends, and
// drawing sent nothing but reads.
import { execFile } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { ARTIFACTS, emulatorAndBrowser } from "../support/diagram";
import { emulatorEnv } from "../support/emulator";
import { repo } from "../support/engine";

const run = promisify(execFile);
const suite = emulatorAndBrowser();

test("an account's diagram shows its live products and connections, and orders nothing", async () => {
  const [port, mcr] = (
    await suite.emu.admin.order([
      {
        productName: "acct-port",
        term: 12,
        productType: "MEGAPORT",
        portSpeed: 10000,
        locationId: 3,
        marketplaceVisibility: false,
      },
      { productName: "acct-mcr", term: 1, productType: "MCR2", portSpeed: 1000, locationId: 3, config: {} },
    ])
  ).data.map((d) => String(d.technicalServiceUid));
  await suite.emu.admin.order([
    {
      productUid: port,
      associatedVxcs: [
        {
          productName: "acct-uplink",
          rateLimit: 500,
          term: 1,
          aEnd: { vlan: 400 },
          bEnd: { productUid: mcr },
        },
      ],
    },
  ]);
  const vxc = (await suite.emu.admin.products()).find((p) => p.productName === "acct-uplink")!.productUid;
  const mark = (await suite.emu.admin.requests()).length;
  mkdirSync(ARTIFACTS, { recursive: true });
  const pageFile = join(ARTIFACTS, "diagram-account.html");
  await run(
    process.execPath,
    [join(repo, "dist/provider/plugin/cli.js"), "diagram", "--account", "--out", pageFile],
    {
      env: { ...process.env, ...emulatorEnv(suite.emu) },
    },
  );
  const sent = (await suite.emu.admin.requests()).slice(mark);
  expect(sent.filter((r) => r.method !== "GET" && r.path !== "/oauth2/token")).toEqual([]);
  const page = await suite.browser.open(pageFile);
  try {
    const drawn = await page.evaluate<{
      products: string[];
      links: Array<{ uid: string; from: string; to: string }>;
    }>(`({
      products: [...document.querySelectorAll(".product")].map((e) => e.dataset.uid),
      links: [...document.querySelectorAll(".link")].map((e) => ({ uid: e.dataset.uid, from: e.dataset.from, to: e.dataset.to })),
    })`);
    expect(page.errors).toEqual([]);
    for (const uid of [port, mcr]) expect(drawn.products.filter((p) => p === uid)).toHaveLength(1);
    expect(drawn.links.filter((l) => l.uid === vxc)).toEqual([{ uid: vxc, from: port, to: mcr }]);
  } finally {
    await page.close();
  }
});
