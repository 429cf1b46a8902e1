// `pulumi up` by hand, exactly as a person runs it in an example folder after
// `eval "$(toolchain/megaport-dev env)"`: the CLI starts the repository's Node.js language host
// (toolchain/bin/pulumi-language-nodejs) and the dynamic-provider plugin from PATH.
import { TestEmulator, withEmulator } from "../support/emulator";
import { CliStack, cliStack } from "../support/cli";

let emu: TestEmulator;
let stack: CliStack;
beforeAll(async () => {
  emu = await withEmulator();
  stack = await cliStack(emu, "examples/single-port", "byhand");
});
afterAll(async () => {
  await emu?.close();
  stack?.cleanup();
});

test("pulumi up, preview --expect-no-changes and destroy in examples/single-port", async () => {
  const up = await stack.pulumi("up", "--yes");
  expect(up.stdout).toContain('Port "mel-port-1": validated; 450 AUD per month');
  const outputs = JSON.parse((await stack.pulumi("stack", "output", "--json")).stdout) as Record<
    string,
    unknown
  >;
  expect(outputs).toMatchObject({ priceBookMonthly: "450 AUD", orderedMonthly: 450 });
  expect(["CONFIGURED", "LIVE"]).toContain(outputs.status);
  await stack.pulumi("preview", "--expect-no-changes");
  await stack.pulumi("destroy", "--yes");
  const port = (await emu.admin.products()).find((p) => p.productUid === outputs.portUid);
  expect(port?.provisioningStatus).toBe("DECOMMISSIONED");
});
