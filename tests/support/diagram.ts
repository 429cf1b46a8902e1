// The diagram of a stack, as a user makes it (`pulumi-megaport diagram --state <export>`), opened
// in headless Chromium: the page loads without errors, every Megaport product of the state is on it
// once, every VXC and IX once between the right ends, and the monthly total is shown. The page and
// a screenshot are kept in .pulumi-work/artifacts/ as the test's artefacts.
import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { Browser, startBrowser } from "./browser";
import { TestEmulator, withEmulator } from "./emulator";
import { repo } from "./engine";

const run = promisify(execFile);
export const ARTIFACTS = join(repo, ".pulumi-work", "artifacts");

type StateResource = { type: string; outputs?: Record<string, unknown> };
const kindOf = (type: string) => /^(?:pulumi-nodejs:dynamic\/megaport|megaport:index):(\w+)$/.exec(type)?.[1];
const uidAt = (v: unknown) => (v as { productUid?: string } | undefined)?.productUid;

export async function checkDiagram(browser: Browser, exported: unknown, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const stateFile = join(ARTIFACTS, `${name}.state.json`);
  const pageFile = join(ARTIFACTS, `diagram-${name}.html`);
  writeFileSync(stateFile, JSON.stringify(exported));
  await run(process.execPath, [
    join(repo, "dist/provider/plugin/cli.js"),
    "diagram",
    "--state",
    stateFile,
    "--out",
    pageFile,
  ]);
  const resources = (
    (exported as { deployment: { resources: StateResource[] } }).deployment.resources ?? []
  ).filter((r) => kindOf(r.type) && r.outputs?.productUid);
  const products = resources
    .filter((r) => ["Port", "Mcr", "Mve", "NatGateway"].includes(kindOf(r.type)!))
    .map((r) => String(r.outputs!.productUid));
  const links = resources
    .filter((r) => ["Vxc", "Ix"].includes(kindOf(r.type)!))
    .map((r) => ({
      uid: String(r.outputs!.productUid),
      from: kindOf(r.type) === "Ix" ? String(r.outputs!.portUid) : uidAt(r.outputs!.aEndDetails),
      to: kindOf(r.type) === "Ix" ? undefined : uidAt(r.outputs!.bEndDetails),
    }));
  const page = await browser.open(pageFile);
  try {
    const drawn = await page.evaluate<{
      products: string[];
      links: Array<{ uid: string; from: string; to: string }>;
      total: string;
    }>(`({
      products: [...document.querySelectorAll(".product")].map((e) => e.dataset.uid),
      links: [...document.querySelectorAll(".link")].map((e) => ({ uid: e.dataset.uid, from: e.dataset.from, to: e.dataset.to })),
      total: document.getElementById("total").textContent,
    })`);
    expect(page.errors).toEqual([]);
    for (const uid of products) expect(drawn.products.filter((p) => p === uid)).toHaveLength(1);
    for (const l of links) {
      const onPage = drawn.links.filter((d) => d.uid === l.uid);
      expect(onPage).toHaveLength(1);
      expect(onPage[0].from).toBe(l.from);
      if (l.to) expect(onPage[0].to).toBe(l.to);
      // Each end is drawn: a product of the stack, or the far end it reaches.
      expect(drawn.products).toEqual(expect.arrayContaining([onPage[0].from, onPage[0].to]));
    }
    // The total of what the state prices (an adopted product has no order price).
    const priced = resources.some((r) => typeof r.outputs!.monthlyRate === "number");
    expect(drawn.total).toMatch(priced ? /^[\d,.]+ [A-Z]{3}/ : /^not known$/);
    writeFileSync(join(ARTIFACTS, `diagram-${name}.png`), await page.screenshot());
  } finally {
    await page.close();
  }
}

/** For a test file that draws: a fresh emulator and a headless browser, started before its tests and closed after. */
export function emulatorAndBrowser(): { emu: TestEmulator; browser: Browser } {
  const held = {} as { emu: TestEmulator; browser: Browser };
  beforeAll(async () => {
    held.emu = await withEmulator();
    held.browser = await startBrowser();
  });
  afterAll(async () => {
    await held.browser?.close();
    await held.emu?.close();
  });
  return held;
}
