// What an update does to the monthly bill, from the steps of its preview (`pulumi preview --json`):
// each product it orders priced from the price book, each it deletes or replaces at the price its
// state holds (Megaport's), each whose price request a change moves at both, and the sums per
// currency. The engine asks no provider about deletions at preview, so only the preview's own
// plan can say what an update takes away. Nothing is ordered: the price book only.
import { DEFINITIONS } from "../definitions";
import { kindOfStateType } from "../tokens";
import type { LifecycleContext } from "../shared/lifecycle";
import { labelFor, movedPriceRequest } from "../shared/lifecycle";
import { MonthlyPrice, MonthlySums, addToSums, formatMoney, formatSums, priceInState } from "../shared/money";
import type { ProviderSession } from "../shared/session";
import { UNKNOWN } from "../shared/unknowns";

type Values = Record<string, unknown>;

/** One step of `pulumi preview --json`, as far as it is read here. */
export interface PreviewStep {
  op: string;
  urn: string;
  oldState?: { type?: string; inputs?: Values; outputs?: Values };
  newState?: { type?: string; inputs?: Values };
}

export interface PricedChange {
  /** "+" ordered, "-" taken away, "~" re-priced. */
  sign: "+" | "-" | "~";
  label: string;
  /** What it costs a month, or why that is not known before its order. */
  before?: MonthlyPrice;
  after?: MonthlyPrice | string;
}

const ORDERS = ["create", "create-replacement", "replace"];
const TAKES_AWAY = ["delete", "delete-replaced", "replace", "discard", "discard-replaced"];
/** Whether a value holds Pulumi's unknown, as a preview's JSON writes it (the marker, or "[unknown]"). */
const hasUnknown = (v: unknown): boolean =>
  typeof v === "string"
    ? v === UNKNOWN || v === "[unknown]"
    : v !== null && typeof v === "object" && Object.values(v).some(hasUnknown);

/** The changes a preview's steps make to the bill, one per Megaport product concerned. */
export async function pricedChanges(steps: PreviewStep[], session: ProviderSession): Promise<PricedChange[]> {
  const client = session.client();
  const changes: PricedChange[] = [];
  // A replacement appears as several steps; each product is priced once per side.
  const seen = new Set<string>();
  for (const step of steps) {
    const kind = kindOfStateType(step.newState?.type ?? step.oldState?.type ?? "");
    const def = kind && DEFINITIONS[kind];
    if (!def?.priceRequest) continue;
    const news = step.newState?.inputs ?? {};
    const olds = step.oldState?.inputs ?? step.oldState?.outputs ?? {};
    const ctx: LifecycleContext = {
      session,
      client,
      label: labelFor(def.label, { ...olds, ...news }),
      wait: { timeoutMs: 0 },
    };
    const quote = async (args: Values): Promise<MonthlyPrice | string> => {
      if (hasUnknown(args)) return "priced at order: what decides its price is not known yet";
      const asked = await def.priceRequest!(ctx, args).catch(() => undefined);
      if (!asked) return "priced at order";
      const entry = await client.prices.price(asked.request);
      return { monthlyRate: entry.monthlyRate * (asked.count ?? 1), currency: entry.currency };
    };
    if (TAKES_AWAY.includes(step.op) && !seen.has(`-${step.urn}`)) {
      seen.add(`-${step.urn}`);
      changes.push({ sign: "-", label: ctx.label, before: priceInState(step.oldState?.outputs) });
    }
    if (ORDERS.includes(step.op) && !seen.has(`+${step.urn}`)) {
      seen.add(`+${step.urn}`);
      changes.push({ sign: "+", label: ctx.label, after: await quote(news) });
    }
    const was = priceInState(step.oldState?.outputs);
    if (step.op === "update" && was && !hasUnknown(news) && (await movedPriceRequest(def, ctx, olds, news)))
      changes.push({ sign: "~", label: ctx.label, before: was, after: await quote(news) });
  }
  return changes;
}

/** What the changes add and take away per month, per currency, as one sentence. */
export function changeSummary(changes: PricedChange[]): string {
  if (changes.length === 0) return "This update changes no product's price.";
  const added: MonthlySums = new Map();
  const removed: MonthlySums = new Map();
  let atOrder = 0;
  for (const c of changes) {
    if (c.before && c.sign !== "+") addToSums(removed, c.before);
    if (c.after && typeof c.after !== "string") addToSums(added, c.after);
    if (typeof c.after === "string") atOrder += 1;
  }
  const net = [...new Set([...added.keys(), ...removed.keys()])]
    .map((c) => {
      const n = (added.get(c) ?? 0) - (removed.get(c) ?? 0);
      return `${n >= 0 ? "+" : "-"}${formatMoney(Math.abs(n), c)}`;
    })
    .join(", ");
  return `This update adds ${formatSums(added)} and takes away ${formatSums(removed)} per month: net ${net || "0"} per month${atOrder ? ` (${atOrder} priced at order)` : ""}.`;
}

/** The changes as lines a person reads, then the summary. */
export function describeChanges(changes: PricedChange[]): string {
  const money = (x: MonthlyPrice | string | undefined) =>
    x === undefined
      ? "a price not in the state"
      : typeof x === "string"
        ? x
        : `${formatMoney(x.monthlyRate, x.currency)} per month`;
  const lines = changes.map((c) =>
    c.sign === "~"
      ? `~ ${c.label}: ${money(c.before)} now, ${money(c.after)} after`
      : `${c.sign} ${c.label}: ${money(c.sign === "+" ? c.after : c.before)}`,
  );
  return [...lines, changeSummary(changes), ""].join("\n");
}
