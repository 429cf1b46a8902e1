// The diagram as one self-contained HTML page (inline SVG and styles, a few lines of script, no
// network): a column per location, grouped by metro, with its products; the far ends (partner and
// cloud ports, other companies' ports, exchanges) in a column of their own; the links between them
// labelled with rate limit and VLANs; status in colour; each product's monthly price and the total.
import { isFailed, isGone, isReady } from "../client";
import { formatMoney } from "../shared/money";
import { DiagramLink, DiagramNode, Network, Price, isFarEnd, monthlyTotals } from "./network";

const COLUMN = 580;
const BOX = { width: 270, height: 74, gap: 26 };
const TOP = 120;

/** Status → colour: live green, on its way blue, waiting on someone amber, failed or gone red/grey. */
export function statusColour(status: string | null, approval: string | null = null): string {
  if (approval === "PENDING") return "#e08a00";
  if (approval === "REJECTED") return "#c62828";
  const s = (status ?? "").toUpperCase();
  if (s === "LIVE") return "#2e7d32";
  if (isGone(s)) return "#757575";
  if (isFailed(s)) return "#c62828";
  if (isReady(s) || ON_ITS_WAY.includes(s)) return "#1565c0";
  return "#455a64";
}

/** Ordered and not yet usable (CONFIGURED, ready for use, is blue too). */
const ON_ITS_WAY = ["DEPLOYABLE", "NEW", "DESIGN"];

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
const count = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;
const money = (p: Price | null) =>
  p ? `${formatMoney(p.monthlyRate, p.currency)}/month` : "price not known";

interface Column {
  title: string;
  subtitle: string;
  nodes: DiagramNode[];
}

/** Locations (by metro, then name) as columns, then the far ends. */
function columns(network: Network): Column[] {
  const ours = network.nodes.filter((n) => !isFarEnd(n));
  const far = network.nodes.filter(isFarEnd);
  const byPlace = new Map<string, DiagramNode[]>();
  for (const n of ours) {
    const key = `${n.place.metro ?? ""}\u0000${n.place.id ?? n.place.name}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), n]);
  }
  const located = [...byPlace.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, nodes]) => ({
      title: nodes[0].place.name,
      subtitle: nodes[0].place.metro ? `${nodes[0].place.metro} · location ${nodes[0].place.id ?? "?"}` : "",
      nodes: nodes.sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name)),
    }));
  // The far ends in the order of what reaches them, so that links cross as little as may be.
  const row = new Map<string, number>();
  located.forEach((c) => c.nodes.forEach((n, i) => row.set(n.uid, i)));
  const rank = (n: DiagramNode) => {
    const rows = network.links
      .filter((l) => l.to === n.uid || l.from === n.uid)
      .map((l) => row.get(l.to === n.uid ? l.from : l.to))
      .filter((r): r is number => r !== undefined);
    return rows.length > 0 ? rows.reduce((a, b) => a + b, 0) / rows.length : Number.MAX_SAFE_INTEGER;
  };
  far.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
  return far.length > 0
    ? [...located, { title: "Partners, clouds and exchanges", subtitle: "the far ends", nodes: far }]
    : located;
}

function nodeSvg(n: DiagramNode, x: number, y: number): string {
  const details = [
    n.kind === "LAG" ? `${n.members} × ${n.speed ?? "?"} Mbps` : n.speed ? `${n.speed} Mbps` : null,
    n.zone ? `${n.zone} zone` : null,
    n.status,
  ].filter(Boolean);
  const far = isFarEnd(n);
  const colour = far ? "#6d4c41" : statusColour(n.status);
  return `<g class="product" data-uid="${escape(n.uid)}" data-kind="${escape(n.kind)}" data-status="${escape(n.status ?? "")}" transform="translate(${x},${y})">
  <rect width="${BOX.width}" height="${BOX.height}" rx="8" fill="#fff" stroke="${colour}" stroke-width="2.5"${far ? ' stroke-dasharray="6 3"' : ""}/>
  ${n.zone === "red" || n.zone === "blue" ? `<circle cx="${BOX.width - 14}" cy="14" r="6" fill="${n.zone === "red" ? "#e53935" : "#1e88e5"}"><title>${n.zone} diversity zone</title></circle>` : ""}
  <text x="10" y="20" class="kind" fill="${colour}">${escape(n.kind)}</text>
  <text x="10" y="38" class="name">${escape(n.name.length > 36 ? `${n.name.slice(0, 35)}…` : n.name)}</text>
  <text x="10" y="55" class="detail">${escape(far ? n.place.name : details.join(" · "))}</text>
  ${far ? "" : `<text x="10" y="69" class="price">${escape(money(n.price))}</text>`}
  <title>${escape(`${n.name} (${n.uid})`)}</title>
</g>`;
}

/** A link's path (drawn under the products) and its label (drawn over them). */
function linkSvg(
  l: DiagramLink,
  from: { x: number; y: number },
  to: { x: number; y: number },
  place: (x: number, y: number, width: number) => number,
): [string, string] {
  const colour = statusColour(l.status, l.approval);
  const sameColumn = Math.abs(from.x - to.x) < 1;
  const backwards = to.x < from.x;
  const [x1, y1] = [backwards ? from.x : from.x + BOX.width, from.y + BOX.height / 2];
  const [x2, y2] = sameColumn
    ? [to.x + BOX.width, to.y + BOX.height / 2]
    : [backwards ? to.x + BOX.width : to.x, to.y + BOX.height / 2];
  const out = backwards ? -1 : 1;
  const bend = sameColumn ? 90 : Math.max(40, Math.abs(x2 - x1) / 2);
  const path = `M${x1},${y1} C${x1 + out * bend},${y1} ${sameColumn ? x2 + bend : x2 - out * bend},${y2} ${x2},${y2}`;
  const label = [
    l.kind === "IX" ? "IX" : l.name,
    l.rateLimit ? `${l.rateLimit} Mbps` : null,
    `VLAN ${l.vlans[0] ?? "—"}${l.kind === "VXC" ? `/${l.vlans[1] ?? "—"}` : ""}`,
    l.approval === "PENDING" ? "awaiting approval" : l.status,
  ]
    .filter(Boolean)
    .join(" · ");
  // Beside a link that loops back to its own column; over the middle of one that crosses.
  const anchor = sameColumn ? "start" : "middle";
  const mx = sameColumn ? x1 + bend * 0.75 + 10 : (x1 + x2) / 2;
  const my = place(sameColumn ? mx + label.length * 3.1 : mx, (y1 + y2) / 2, label.length * 6.2);
  const data = `data-uid="${escape(l.uid)}" data-from="${escape(l.from)}" data-to="${escape(l.to)}" data-status="${escape(l.status ?? "")}"`;
  return [
    `<g class="link" ${data}><path d="${path}" fill="none" stroke="${colour}" stroke-width="3"/><title>${escape(`${l.name} (${l.uid})`)}</title></g>`,
    `<g class="link-text" data-uid="${escape(l.uid)}">
  <text x="${mx}" y="${my - 6}" text-anchor="${anchor}" class="link-label">${escape(label)}</text>
  <text x="${mx}" y="${my + 9}" text-anchor="${anchor}" class="link-price">${escape(l.price ? money(l.price) : "")}</text>
</g>`,
  ];
}

const STYLE = `
body { font-family: system-ui, sans-serif; margin: 0; background: #f5f7fa; color: #1f2933; }
header { padding: 16px 24px; background: #12263f; color: #fff; }
header h1 { margin: 0; font-size: 20px; } header p { margin: 4px 0 0; }
.legend span { display: inline-block; margin-right: 14px; font-size: 13px; }
.legend i { display: inline-block; width: 12px; height: 12px; border-radius: 6px; margin-right: 4px; vertical-align: -1px; }
svg text { font-size: 12px; } .kind { font-weight: 700; font-size: 11px; text-transform: uppercase; }
.name { font-weight: 600; font-size: 13px; } .detail, .price { fill: #52606d; font-size: 11px; }
.column-title { font-weight: 700; font-size: 14px; } .column-subtitle { fill: #52606d; }
.link-label { font-size: 11px; paint-order: stroke; stroke: #f5f7fa; stroke-width: 4px; }
.link-price { font-size: 10px; fill: #52606d; paint-order: stroke; stroke: #f5f7fa; stroke-width: 4px; }
.dim { opacity: 0.25; }`;

/** A click on a product dims what is not linked to it; a second click shows everything again. */
const SCRIPT = `
document.querySelectorAll(".product").forEach(function (p) {
  p.addEventListener("click", function () {
    var uid = p.getAttribute("data-uid"), on = !p.classList.contains("focus");
    document.querySelectorAll(".product, .link, .link-text").forEach(function (e) { e.classList.remove("dim", "focus"); });
    if (!on) return;
    p.classList.add("focus");
    var near = {}; near[uid] = true;
    document.querySelectorAll(".link").forEach(function (l) {
      var linked = l.getAttribute("data-from") === uid || l.getAttribute("data-to") === uid;
      if (linked) { near[l.getAttribute("data-from")] = true; near[l.getAttribute("data-to")] = true; }
      else document.querySelectorAll('[data-uid="' + l.getAttribute("data-uid") + '"]').forEach(function (e) { e.classList.add("dim"); });
    });
    document.querySelectorAll(".product").forEach(function (e) { if (!near[e.getAttribute("data-uid")]) e.classList.add("dim"); });
  });
});`;

export function diagramPage(network: Network): string {
  const cols = columns(network);
  const at = new Map<string, { x: number; y: number }>();
  const parts: string[] = [];
  cols.forEach((c, i) => {
    const x = 24 + i * COLUMN;
    parts.push(
      `<text x="${x}" y="${TOP - 40}" class="column-title">${escape(c.title)}</text>`,
      `<text x="${x}" y="${TOP - 22}" class="column-subtitle">${escape(c.subtitle)}</text>`,
    );
    c.nodes.forEach((n, j) => {
      const y = TOP + j * (BOX.height + BOX.gap);
      at.set(n.uid, { x, y });
      parts.push(nodeSvg(n, x, y));
    });
  });
  // Labels never on each other: a label whose place is taken moves down until it is free.
  const taken: Array<{ x: number; y: number; width: number }> = [];
  const place = (x: number, y: number, width: number) => {
    let at = y;
    while (taken.some((t) => Math.abs(t.y - at) < 28 && Math.abs(t.x - x) < (t.width + width) / 2)) at += 30;
    taken.push({ x, y: at, width });
    return at;
  };
  const links = network.links
    .filter((l) => at.has(l.from) && at.has(l.to))
    .map((l) => linkSvg(l, at.get(l.from)!, at.get(l.to)!, place));
  const paths = links.map(([path]) => path);
  const labels = links.map(([, label]) => label);
  const rows = Math.max(1, ...cols.map((c) => c.nodes.length));
  const width = Math.max(600, 24 + cols.length * COLUMN + 80);
  const height = TOP + rows * (BOX.height + BOX.gap) + 40;
  const totals = monthlyTotals(network);
  const total =
    totals.length > 0 ? totals.map((t) => formatMoney(t.monthlyRate, t.currency)).join(" + ") : "not known";
  const legend = [
    ["#2e7d32", "LIVE"],
    ["#1565c0", "CONFIGURED / on its way"],
    ["#e08a00", "awaiting approval"],
    ["#c62828", "FAILED / CANCELLED"],
    ["#757575", "DECOMMISSIONED"],
  ]
    .map(([c, t]) => `<span><i style="background:${c}"></i>${t}</span>`)
    .join("");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(network.title)}: Megaport network</title>
<style>${STYLE}</style></head>
<body>
<header><h1>${escape(network.title)}</h1>
<p id="summary">${count(network.nodes.filter((n) => !isFarEnd(n)).length, "product")}, ${count(network.links.length, "connection")} · monthly total: <strong id="total">${escape(total)}</strong></p>${network.change ? `\n<p id="change">${escape(network.change)}</p>` : ""}
<p class="legend">${legend}<span><i style="background:#e53935"></i>red zone</span><span><i style="background:#1e88e5"></i>blue zone</span></p></header>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
${paths.join("\n")}
${parts.join("\n")}
${labels.join("\n")}
</svg>
<script>${SCRIPT}</script>
</body></html>
`;
}
