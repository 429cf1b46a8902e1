// The SDKs Pulumi's own generators write from the native plugin's schema (toolchain/megaport-dev
// sdks): the Go SDK compiled and exercised with Pulumi's mocks (the demo stack), the Python SDK
// byte-compiled, the Node.js SDK type-checked.
import { execFile } from "node:child_process";
import { copyFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { repo } from "../support/engine";

const run = promisify(execFile);
const out = join(repo, ".pulumi-work", "sdks-test");
const inOut = { cwd: out, maxBuffer: 64 * 1024 * 1024 };

beforeAll(async () => {
  await run(join(repo, "toolchain/megaport-dev"), ["sdks", out], { maxBuffer: 64 * 1024 * 1024 });
}, 20 * 60_000);

test(
  "the Go SDK builds and declares the demo stack under Pulumi's mocks",
  async () => {
    copyFileSync(join(repo, "toolchain/sdkgen/gotest/demo_test.go"), join(out, "go/megaport/demo_test.go"));
    const go = { ...inOut, cwd: join(out, "go") };
    await run("go", ["mod", "tidy"], go);
    const { stdout } = await run(
      "go",
      ["test", "-count=1", "-run", "TestDemoStackWithTheGeneratedSdk", "-v", "./megaport/"],
      go,
    );
    expect(stdout).toContain("--- PASS: TestDemoStackWithTheGeneratedSdk");
  },
  15 * 60_000,
);

test("the Python SDK byte-compiles, one module per resource", async () => {
  for (const m of ["port", "mcr", "vxc", "nat_gateway", "service_key", "provider"])
    expect(existsSync(join(out, "python/pulumi_megaport", `${m}.py`))).toBe(true);
  await run("python3", ["-m", "compileall", "-q", join(out, "python")], inOut);
  expect(existsSync(join(out, "python/pulumi_megaport/__pycache__"))).toBe(true);
}, 120_000);

test("the Node.js SDK type-checks against @pulumi/pulumi", async () => {
  await run(
    process.execPath,
    [join(repo, "node_modules/typescript/bin/tsc"), "--noEmit", "-p", join(out, "nodejs")],
    inOut,
  );
  expect(existsSync(join(out, "nodejs/vxc.ts"))).toBe(true);
}, 120_000);
