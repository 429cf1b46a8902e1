// `pulumi-megaport diagram`: the page for a stack (its state, from a file or `pulumi stack
// export`; with `--change`, what a preview of its next update does to the bill) or for the account
// the MEGAPORT_* environment names (its product lists). It reads and never orders anything.
import { readFileSync } from "node:fs";
import { optionValue, pulumiOutput } from "../shared/commandLine";
import { sessionFor } from "../shared/session";
import { readSettings } from "../shared/settings";
import { changesOf } from "../priceOfChange/command";
import { changeSummary } from "../priceOfChange/priceOfChange";
import { networkFromAccount, networkFromState } from "./network";
import { diagramPage } from "./page";

export const DIAGRAM_USAGE =
  "pulumi-megaport diagram [--state <export.json> | --stack <name> | --account] [--change] [--out <page.html>]";

export async function diagramCommand(args: string[]): Promise<string> {
  if (args.includes("--account")) {
    const client = sessionFor(readSettings(() => undefined)).client();
    const [products, gateways] = await Promise.all([client.products.list(), client.natGateways.list()]);
    return diagramPage(networkFromAccount(products, gateways, "Megaport account"));
  }
  const file = optionValue(args, "--state");
  const stack = optionValue(args, "--stack");
  const exported = file
    ? readFileSync(file, "utf8")
    : pulumiOutput(["stack", "export", ...(stack ? ["--stack", stack] : [])]);
  const state = JSON.parse(exported) as {
    deployment?: { resources?: Array<{ type?: string; urn?: string }> };
  };
  const stackResource = state.deployment?.resources?.find((r) => r.type === "pulumi:pulumi:Stack");
  const title = stack ?? stackResource?.urn?.split("::").slice(-1)[0] ?? "Megaport stack";
  const network = networkFromState(state, title);
  // What the stack's next update would add and take away per month, from a preview run now.
  if (args.includes("--change")) network.change = changeSummary(await changesOf({ stack }));
  return diagramPage(network);
}
