// What the package's commands (provider/plugin/cli.ts) share: an option's value, and the pulumi
// CLI run for its output (a stack's export, config or preview), its errors shown as they come.
import { execFileSync } from "node:child_process";

/** The value after `name` among `args` ("--out page.html"), if given. */
export function optionValue(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

/** What `pulumi <args>` prints, run in this folder; a failure throws with pulumi's own message shown. */
export function pulumiOutput(args: string[]): string {
  return execFileSync("pulumi", args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
}
