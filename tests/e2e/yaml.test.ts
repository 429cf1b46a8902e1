// The demo stack as a Pulumi YAML program (examples/yaml-demo), run by hand on the real engine with
// Pulumi's own YAML language host and this package's native plugin: up (its location from a data
// source the plugin serves), a clean preview, destroy.
import { TestEmulator, withEmulator } from "../support/emulator";
import { CliStack, cliStack } from "../support/cli";

let emu: TestEmulator;
let stack: CliStack;
beforeAll(async () => {
  emu = await withEmulator();
  stack = await cliStack(emu, "examples/yaml-demo", "yaml");
});
afterAll(async () => {
  await emu?.close();
  stack?.cleanup();
});

test("the YAML demo goes up through the native plugin, previews clean and is destroyed", async () => {
  const up = await stack.pulumi("up", "--yes");
  expect(up.stdout).toContain('Port "syd-port-1": validated; 990 AUD per month');
  const outputs = JSON.parse((await stack.pulumi("stack", "output", "--json")).stdout) as Record<
    string,
    string
  >;
  expect(["CONFIGURED", "LIVE"]).toContain(outputs.vxcStatus);
  // The location came from a data source, invoked through the plugin.
  expect(outputs.locationName).toBe("Global Switch Sydney");
  const vxc = (await emu.admin.products()).find((p) => p.productUid === outputs.vxcUid);
  expect(vxc).toMatchObject({ productType: "VXC" });
  // The state holds native resources: no serialized provider code.
  const state = await stack.exportText();
  expect(state).toContain('"type": "megaport:index:Vxc"');
  expect(state).not.toContain("__provider");
  await stack.pulumi("preview", "--expect-no-changes");
  await stack.pulumi("destroy", "--yes");
  const after = await emu.admin.products();
  for (const uid of [outputs.portUid, outputs.mcrUid, outputs.vxcUid])
    expect(after.find((p) => p.productUid === uid)?.provisioningStatus).toBe("DECOMMISSIONED");
});
