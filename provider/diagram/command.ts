// `pulumi-megaport diagram`: the page for a stack (its state, from a file or `pulumi stack
// export`) or for the account the MEGAPORT_* environment names (its product lists). It reads and
// never orders anything.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { sessionFor } from "../shared/session";
import { readSettings } from "../shared/settings";
import { networkFromAccount, networkFromState } from "./network";
import { diagramPage } from "./page";

export const DIAGRAM_USAGE =
  "pulumi-megaport diagram [--state <export.json> | --stack <name> | --account] [--out <page.html>]";

const option = (args: string[], name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};

export async function diagramCommand(args: string[]): Promise<string> {
  if (args.includes("--account")) {
    const client = sessionFor(readSettings(() => undefined)).client();
    const [products, gateways] = await Promise.all([client.products.list(), client.natGateways.list()]);
    return diagramPage(networkFromAccount(products, gateways, "Megaport account"));
  }
  const file = option(args, "--state");
  const stack = option(args, "--stack");
  const exported = file
    ? readFileSync(file, "utf8")
    : execFileSync("pulumi", ["stack", "export", ...(stack ? ["--stack", stack] : [])], {
        encoding: "utf8",
        maxBuffer: 256 * 1024 * 1024,
      });
  const state = JSON.parse(exported) as {
    deployment?: { resources?: Array<{ type?: string; urn?: string }> };
  };
  const stackResource = state.deployment?.resources?.find((r) => r.type === "pulumi:pulumi:Stack");
  const title = stack ?? stackResource?.urn?.split("::").slice(-1)[0] ?? "Megaport stack";
  return diagramPage(networkFromState(state, title));
}
