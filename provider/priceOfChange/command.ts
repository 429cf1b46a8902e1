// `pulumi-megaport price-of-change`: what the update `pulumi preview` would make does to the
// monthly bill, deletions included (which no provider sees at preview). It runs the preview itself
// (`--stack`, in the project's folder) or reads one saved with `pulumi preview --json`
// (`--preview`), and asks the price book with the stack's own megaport:* settings, or the account
// the MEGAPORT_* environment names. It orders nothing.
import { readFileSync } from "node:fs";
import { optionValue, pulumiOutput } from "../shared/commandLine";
import { sessionFor } from "../shared/session";
import { readSettings } from "../shared/settings";
import { PreviewStep, PricedChange, describeChanges, pricedChanges } from "./priceOfChange";

export const PRICE_OF_CHANGE_USAGE =
  "pulumi-megaport price-of-change [--preview <preview.json> | --stack <name>]";

/** The priced changes of a saved preview, or of one run now for `stack` (the current one when not named). */
export async function changesOf(from: { preview?: string; stack?: string }): Promise<PricedChange[]> {
  const onStack = from.stack ? ["--stack", from.stack] : [];
  // The stack's own settings where the environment gives none (a secret key decrypted only here).
  const config = from.preview
    ? {}
    : (JSON.parse(pulumiOutput(["config", "--json", "--show-secrets", ...onStack])) as Record<
        string,
        { value?: unknown }
      >);
  const setting = (key: string) => {
    const v = config[key]?.value;
    return v === undefined ? undefined : String(v);
  };
  const preview = from.preview
    ? readFileSync(from.preview, "utf8")
    : pulumiOutput(["preview", "--json", ...onStack]);
  const steps = (JSON.parse(preview) as { steps?: PreviewStep[] }).steps ?? [];
  return pricedChanges(steps, sessionFor(readSettings(setting)));
}

export async function priceOfChangeCommand(args: string[]): Promise<string> {
  return describeChanges(
    await changesOf({ preview: optionValue(args, "--preview"), stack: optionValue(args, "--stack") }),
  );
}
