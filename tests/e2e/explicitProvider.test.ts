// Two Megaport accounts in one program (examples/yaml-two-accounts): the stack's own through the
// default provider, a second through an explicit provider with its own endpoints and keys. Each
// port is bought in its own account — a component's too, built by that provider — and destroy
// cancels each there.
import { TestEmulator, withEmulator } from "../support/emulator";
import { CliStack, cliStack } from "../support/cli";

let ours: TestEmulator;
let theirs: TestEmulator;
let stack: CliStack;
beforeAll(async () => {
  [ours, theirs] = [await withEmulator(), await withEmulator()];
  stack = await cliStack(ours, "examples/yaml-two-accounts", "two");
  await stack.pulumi("config", "set", "otherBaseUrl", theirs.url);
  await stack.pulumi("config", "set", "--plaintext", "otherTokenUrl", theirs.tokenUrl);
  await stack.pulumi("config", "set", "otherAccessKey", theirs.credentials.accessKey);
  await stack.pulumi("config", "set", "--secret", "otherSecretKey", theirs.credentials.secretKey);
});
afterAll(async () => {
  await ours?.close();
  await theirs?.close();
  stack?.cleanup();
});

test("one stack buys a port in each of two accounts, previews clean and destroys both", async () => {
  await stack.pulumi("up", "--yes");
  const out = JSON.parse((await stack.pulumi("stack", "output", "--json")).stdout) as Record<string, string>;
  const uids = async (emu: TestEmulator) => (await emu.admin.products()).map((p) => p.productUid).sort();
  expect(await uids(ours)).toEqual([out.oursUid]);
  expect(await uids(theirs)).toEqual([out.theirsUid, out.theirRedUid, out.theirBlueUid].sort());
  // The second account's secret key stays encrypted in the state.
  expect(await stack.exportText()).not.toContain(theirs.credentials.secretKey);
  await stack.pulumi("preview", "--expect-no-changes");
  await stack.pulumi("destroy", "--yes");
  for (const emu of [ours, theirs])
    for (const p of await emu.admin.products()) expect(p.provisioningStatus).toBe("DECOMMISSIONED");
});
