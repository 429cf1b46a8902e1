#!/usr/bin/env node
// pulumi-megaport, the package's command line.
//   pulumi-megaport import-file [--out import.json]
// writes the file `pulumi import --file` takes for every live product of the account that the
// MEGAPORT_* environment (or megaport:* settings' variables) names; it only reads.
import { writeFileSync } from "node:fs";
import { sessionFor } from "../shared/session";
import { readSettings } from "../shared/settings";
import { accountImportFile } from "./accountImport";

async function main(args: string[]): Promise<void> {
  const [command, ...rest] = args;
  if (command !== "import-file") {
    process.stderr.write("usage: pulumi-megaport import-file [--out import.json]\n");
    process.exit(2);
  }
  const at = rest.indexOf("--out");
  const out = at >= 0 ? rest[at + 1] : undefined;
  const client = sessionFor(readSettings(() => undefined)).client();
  const file = `${JSON.stringify(await accountImportFile(client), null, 2)}\n`;
  if (out) writeFileSync(out, file);
  else process.stdout.write(file);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`pulumi-megaport: ${(e as Error).message}\n`);
  process.exit(1);
});
