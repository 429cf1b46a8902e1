// `pulumi-megaport price-of-change`: what the update `pulumi preview` would make does to the
// monthly bill, deletions included (which no provider sees at preview). It runs the preview itself
// (`--stack`, in the project's folder) or reads one saved with `pulumi preview --json`
// (`--preview`), and asks the price book with the account the MEGAPORT_* environment names, or the
// stack's own megaport:* config. It orders nothing.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { sessionFor } from "../shared/session";
import { readSettings } from "../shared/settings";
import { PreviewStep, describeChanges, pricedChanges } from "./priceOfChange";

export const PRICE_OF_CHANGE_USAGE =
  "pulumi-megaport price-of-change [--preview <preview.json> | --stack <name>]";

const option = (args: string[], name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};

const pulumi = (args: string[]) =>
  execFileSync("pulumi", args, {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    stdio: ["ignore", "pipe", "pipe"],
  });

export async function priceOfChangeCommand(args: string[]): Promise<string> {
  const file = option(args, "--preview");
  const stack = option(args, "--stack");
  const onStack = stack ? ["--stack", stack] : [];
  // The stack's own settings where the environment gives none (a secret key decrypted only here).
  const config = file
    ? {}
    : (JSON.parse(pulumi(["config", "--json", "--show-secrets", ...onStack])) as Record<
        string,
        { value?: unknown }
      >);
  const setting = (key: string) => {
    const v = config[key]?.value;
    return v === undefined ? undefined : String(v);
  };
  const preview = file ? readFileSync(file, "utf8") : pulumi(["preview", "--json", ...onStack]);
  const steps = ((JSON.parse(preview) as { steps?: PreviewStep[] }).steps ?? []) as PreviewStep[];
  return describeChanges(await pricedChanges(steps, sessionFor(readSettings(setting))));
}
