#!/usr/bin/env node
// pulumi-megaport, the package's command line.
//   pulumi-megaport import-file [--out import.json]
//     writes the file `pulumi import --file` takes for every live product of the account that the
//     MEGAPORT_* environment names; it only reads.
//   pulumi-megaport schema [--out schema.json]
//     writes the native plugin's package schema (what GetSchema answers), for SDK generators.
//   pulumi-megaport diagram [--state export.json | --stack name | --account] [--out network.html]
//     draws a stack's network (or the account's) as one self-contained HTML page; it only reads.
//   pulumi-megaport price-of-change [--preview preview.json | --stack name]
//     says what the update a preview plans adds to and takes away from the monthly bill, deletions
//     included; it asks the price book only.
import { writeFileSync } from "node:fs";
import { PACKAGE_VERSION } from "../client/version";
import { DIAGRAM_USAGE, diagramCommand } from "../diagram/command";
import { PRICE_OF_CHANGE_USAGE, priceOfChangeCommand } from "../priceOfChange/command";
import { optionValue } from "../shared/commandLine";
import { sessionFor } from "../shared/session";
import { readSettings } from "../shared/settings";
import { accountImportFile } from "./accountImport";
import { packageSchema } from "./packageSchema";

const USAGE = `usage: pulumi-megaport import-file|schema [--out <file>]\n       ${DIAGRAM_USAGE}\n       ${PRICE_OF_CHANGE_USAGE}\n`;

async function main(args: string[]): Promise<void> {
  const [command, ...rest] = args;
  const out = optionValue(rest, "--out");
  const json = (content: unknown) => `${JSON.stringify(content, null, 2)}\n`;
  let file: string;
  if (command === "import-file")
    file = json(await accountImportFile(sessionFor(readSettings(() => undefined)).client()));
  else if (command === "schema") file = json(packageSchema(PACKAGE_VERSION));
  else if (command === "diagram") file = await diagramCommand(rest);
  else if (command === "price-of-change") file = await priceOfChangeCommand(rest);
  else {
    process.stderr.write(USAGE);
    process.exit(2);
  }
  if (out) writeFileSync(out, file);
  else process.stdout.write(file);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`pulumi-megaport: ${(e as Error).message}\n`);
  process.exit(1);
});
