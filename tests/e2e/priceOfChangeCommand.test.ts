// `pulumi-megaport price-of-change` on the real engine: a stack is brought up, its program changed
// (a product added, one replaced, one removed), and the command says what the planned update adds
// and takes away per month — the removed product too, which no provider sees at preview — from a
// preview it runs itself with the stack's settings, and from one saved with `pulumi preview --json`.
// The stack's diagram, asked for the change, shows the same sentence. It asks the price book only.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { cliStack } from "../support/cli";
import { ARTIFACTS, emulatorAndBrowser } from "../support/diagram";
import { repo } from "../support/engine";

const run = promisify(execFile);
const suite = emulatorAndBrowser();

const port = (name: string) => `
  ${name}:
    type: megaport:index:Port
    properties: { productName: poc-${name}, portSpeed: 10000, locationId: 3, contractTermMonths: 1, marketplaceVisibility: false }`;
const program = (resources: string[]) => `name: price-of-change
runtime: yaml
plugins:
  providers:
    - name: megaport
      path: ${join(repo, "bin")}
resources:${resources.join("")}
`;
const mcr = (speed: number) => `
  mcr:
    type: megaport:index:Mcr
    properties: { productName: poc-mcr, portSpeed: ${speed}, locationId: 3, contractTermMonths: 1, asn: 64512 }`;
const vxc = `
  vxc:
    type: megaport:index:Vxc
    properties:
      productName: poc-vxc
      rateLimit: 100
      contractTermMonths: 1
      aEnd: { productUid: "\${first.productUid}", vlan: 130 }
      bEnd: { productUid: "\${mcr.productUid}" }`;

test("price-of-change says what an update adds and takes away, deletions included", async () => {
  mkdirSync(join(repo, ".pulumi-work"), { recursive: true });
  const dir = mkdtempSync(join(repo, ".pulumi-work", "price-of-change-"));
  writeFileSync(join(dir, "Pulumi.yaml"), program([port("first"), mcr(1000), vxc]));
  const stack = await cliStack(suite.emu, dir, "poc");
  const cli = (...args: string[]) =>
    run(process.execPath, [join(repo, "dist/provider/plugin/cli.js"), ...args], {
      cwd: stack.cwd,
      env: stack.env,
    });
  try {
    await stack.pulumi("up", "--yes");
    const { resources } = JSON.parse((await stack.pulumi("stack", "export")).stdout).deployment as {
      resources: Array<{ outputs?: Record<string, unknown> }>;
    };
    const rate = (name: string) =>
      resources.find((r) => r.outputs?.productName === name)?.outputs?.monthlyRate as number;
    // A second port, a faster MCR (a replacement), and no VXC.
    writeFileSync(join(dir, "Pulumi.yaml"), program([port("first"), port("second"), mcr(2500)]));
    const mark = (await suite.emu.admin.requests()).length;

    const { stdout } = await cli("price-of-change", "--stack", stack.name);
    expect(stdout).toMatch(/^\+ Port "poc-second": [\d,.]+ AUD per month$/m);
    expect(stdout).toContain(`- MCR "poc-mcr": ${rate("poc-mcr")} AUD per month`);
    expect(stdout).toMatch(/^\+ MCR "poc-mcr": 875 AUD per month$/m);
    expect(stdout).toContain(`- VXC "poc-vxc": ${rate("poc-vxc")} AUD per month`);
    expect(stdout).not.toContain("poc-first");
    const added = Number(/^\+ Port "poc-second": ([\d,.]+)/m.exec(stdout)![1].replace(/,/g, "")) + 875;
    const removed = rate("poc-mcr") + rate("poc-vxc");
    const sum = (n: number) => n.toLocaleString("en");
    expect(stdout).toContain(
      `This update adds ${sum(added)} AUD and takes away ${sum(removed)} AUD per month: net ${added >= removed ? "+" : "-"}${sum(Math.abs(added - removed))} AUD per month.`,
    );

    // The same from a preview saved as JSON, with the account from the environment.
    const saved = join(dir, "preview.json");
    writeFileSync(saved, (await stack.pulumi("preview", "--json")).stdout);
    const fromFile = await run(
      process.execPath,
      [join(repo, "dist/provider/plugin/cli.js"), "price-of-change", "--preview", saved],
      {
        env: {
          ...process.env,
          MEGAPORT_BASE_URL: suite.emu.url,
          MEGAPORT_TOKEN_URL: suite.emu.tokenUrl,
          MEGAPORT_ACCESS_KEY: suite.emu.credentials.accessKey,
          MEGAPORT_SECRET_KEY: suite.emu.credentials.secretKey,
        },
      },
    );
    expect(fromFile.stdout).toBe(stdout);
    // The stack's diagram says it too, under the stack's total.
    mkdirSync(ARTIFACTS, { recursive: true });
    const pageFile = join(ARTIFACTS, "diagram-price-of-change.html");
    await cli("diagram", "--stack", stack.name, "--change", "--out", pageFile);
    const page = await suite.browser.open(pageFile);
    try {
      expect(page.errors).toEqual([]);
      expect(await page.evaluate<string>(`document.getElementById("change").textContent`)).toBe(
        stdout.trim().split("\n").pop(),
      );
      writeFileSync(join(ARTIFACTS, "diagram-price-of-change.png"), await page.screenshot());
    } finally {
      await page.close();
    }
    // Reads and price quotes only.
    const sent = (await suite.emu.admin.requests()).slice(mark);
    expect(sent.filter((r) => r.method !== "GET" && !/pricebook|token/.test(r.path))).toEqual([]);
    writeFileSync(join(dir, "Pulumi.yaml"), program([port("first"), mcr(1000), vxc]));
    await stack.pulumi("destroy", "--yes");
  } finally {
    stack.cleanup();
    rmSync(dir, { recursive: true, force: true });
  }
});
