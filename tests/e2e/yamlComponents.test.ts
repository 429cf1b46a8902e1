// The redundant designs for every language: a Pulumi YAML program (examples/yaml-components) whose
// DiversePorts, AzureExpressRoute and GooglePartnerInterconnect the native plugin builds through
// Construct, run on the real engine with Pulumi's own YAML language host. It goes up (the ports
// handed to the cloud pairs as resources), is drawn, previews clean and is destroyed. (Its refusals at preview are in
// components.test.ts with the other examples'.)
import { cliStack } from "../support/cli";
import { checkDiagram, emulatorAndBrowser } from "../support/diagram";

const suite = emulatorAndBrowser();

test("YAML builds the components through the plugin: up, a clean preview, destroy", async () => {
  const stack = await cliStack(suite.emu, "examples/yaml-components", "yaml-components");
  // A failed command shows what it printed.
  const pulumi = (...args: string[]) =>
    stack.pulumi(...args).catch((e: { stdout: string; stderr: string }) => {
      throw new Error(`pulumi ${args.join(" ")} failed:\n${e.stdout}\n${e.stderr}`);
    });
  try {
    const up = await pulumi("up", "--yes");
    expect(up.stdout).toContain('Port "syd-edge-red": validated');
    const outputs = JSON.parse((await pulumi("stack", "output", "--json", "--show-secrets")).stdout);
    expect(outputs.edgeSummary).toMatchObject({
      diverse: true,
      zones: { a: ["red", "blue"] },
      currency: "AUD",
    });
    expect(outputs.expressRouteSummary).toMatchObject({
      diverse: true,
      zones: { a: ["red", "blue"], b: ["red", "blue"] },
    });
    // Built at the same time as the ExpressRoute pair, from an A-end given by UID and one as a resource.
    expect(outputs.googleSummary).toMatchObject({ diverse: true, zones: { a: ["red", "blue"] } });
    const products = await suite.emu.admin.products();
    const primary = products.find((p) => p.productUid === outputs.primaryUid);
    expect(primary).toMatchObject({ productType: "VXC", productName: "syd-er-primary" });
    expect(JSON.stringify(primary)).toContain(outputs.redPortUid);
    // The components' resources are the plugin's own types, under each component; the key stays secret.
    const state = await stack.exportText();
    expect(state).toContain('"type": "megaport:components:AzureExpressRoute"');
    expect(state).toMatch(/megaport:components:DiversePorts\$megaport:index:Port::edge-red/);
    expect(state).not.toContain("__provider");
    expect(state).not.toContain("1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d");
    // Its picture: both ports and both halves, each once, between the right ends.
    await checkDiagram(suite.browser, JSON.parse(state), "yaml-components");
    await pulumi("preview", "--expect-no-changes");
    await pulumi("destroy", "--yes");
    const after = await suite.emu.admin.products();
    for (const uid of [outputs.redPortUid, outputs.primaryUid, outputs.googleFirstUid])
      expect(after.find((p) => p.productUid === uid)?.provisioningStatus).toBe("DECOMMISSIONED");
  } finally {
    stack.cleanup();
  }
});
