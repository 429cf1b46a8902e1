// The redundant designs (DiversePorts, AzureExpressRoute, AwsRedundantConnection,
// GooglePartnerInterconnect) on the real engine against the emulator: each example refuses a pair
// that is not diverse at preview, with the reason named, and nothing is ordered — the TypeScript
// examples and the YAML one whose components the native plugin builds. (Each example's
// diverse pair goes up and is destroyed in examples.test.ts.) Run with the pulumi CLI in the example's
// folder, so the program's failure is handled as Pulumi's Node.js runtime handles it.
import { cliStack } from "../support/cli";
import { TestEmulator, withEmulator } from "../support/emulator";

let emu: TestEmulator;
beforeAll(async () => (emu = await withEmulator()));
afterAll(() => emu?.close());

const refusals: Array<[string, Record<string, string>, RegExp]> = [
  [
    "diverse-ports",
    { secondZone: "red" },
    /DiversePorts "edge" is not a diverse pair: both ports are in the red zone, so one failure there takes both down/,
  ],
  [
    "azure-expressroute",
    { mcrZones: "red,red" },
    /AzureExpressRoute "er" is not a diverse pair: both A-ends are in the red zone/,
  ],
  [
    "aws-redundant",
    // The region's red AWS port, named for both halves.
    { awsPortUids: "b3a1b5c0-0a4e-4e2e-9a11-3433adfc357a,b3a1b5c0-0a4e-4e2e-9a11-3433adfc357a" },
    /AwsRedundantConnection "aws" is not a diverse pair: both B-ends are b3a1b5c0-0a4e-4e2e-9a11-3433adfc357a/,
  ],
  // The same components built by the native plugin for a Pulumi YAML program (Construct).
  [
    "yaml-components",
    { secondZone: "red" },
    /DiversePorts "edge" is not a diverse pair: both ports are in the red zone, so one failure there takes both down/,
  ],
  // An argument the component's schema refuses, named with what was given.
  ["yaml-components", { secondZone: "green" }, /DiversePorts "edge": zones\.1: .*"green"/],
  // Two ports handed over as resources: their zones are known at preview, before either exists.
  [
    "tests/fixtures/yaml-same-zone-ends",
    {},
    /AzureExpressRoute "expressRoute" is not a diverse pair: both A-ends are in the red zone/,
  ],
  [
    "google-interconnect",
    { pairingKey2: "7e51371e-72a3-40b5-b844-2e3efefaee59/australia-southeast1/1" },
    /GooglePartnerInterconnect "gcp" is not a diverse pair: both attachments use one pairing key/,
  ],
];

test.each(refusals)("%s with %j is refused at preview, nothing ordered", async (name, settings, reason) => {
  const stack = await cliStack(emu, name.includes("/") ? name : `examples/${name}`, "refuse");
  const mark = (await emu.admin.requests()).length;
  try {
    for (const [k, v] of Object.entries(settings)) await stack.pulumi("config", "set", k, v);
    const failed = await stack.pulumi("preview").then(
      () => undefined,
      (e: { stdout: string; stderr: string }) => e,
    );
    expect(failed).toBeDefined();
    const out = `${failed!.stdout}\n${failed!.stderr}`;
    expect(out).toMatch(reason);
    // Said without a stack trace.
    expect(out).not.toMatch(/\.js:\d+:\d+/);
    const orders = (await emu.admin.requests()).slice(mark).filter((r) => r.path.includes("networkdesign"));
    expect(orders).toEqual([]);
  } finally {
    stack.cleanup();
  }
});
