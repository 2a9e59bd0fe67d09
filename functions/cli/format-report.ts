/** The human-readable form of `taqrir report` (without --json or --csv). */

import type { ReportIncident, StoryModel } from "../core/consolidate/index.ts";
import type { BilingualName, FigureKind, Qualifier } from "../core/facts.ts";

const QUALIFIER: Record<Qualifier, string> = {
  exact: "",
  at_least: "at least ",
  more_than: "more than ",
  about: "about ",
  up_to: "up to ",
};
/** Deaths first: a reader looks for them first. */
const KIND_ORDER: readonly FigureKind[] = ["killed", "injured", "missing", "arrested", "displaced"];

const show = (n: BilingualName | null | undefined): string =>
  !n ? "—" : n.en ? `${n.en} (${n.ar})` : n.ar;

const TOP = 12;

export function formatReport(model: StoryModel): string {
  const names = new Map(model.entities.map((e) => [e.id, e.name]));
  const withOutlet = model.articles.filter((a) => a.outlet).length;
  const copies = model.articles.filter((a) => a.primary !== a.id).length;
  const lines = [
    `${model.articles.length} articles (${withOutlet} with a known outlet, ${copies} syndicated copies), ` +
      `${model.entities.length} entities, ${model.incidents.length} incidents, ` +
      `${model.quotes.length} quotes, ${model.timeline.length} dated events`,
  ];

  const incidents = [...model.incidents].sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      b.reports.length - a.reports.length ||
      b.range.max - a.range.max,
  );
  lines.push("", "Incidents (every report, with the range of counts):");
  for (const i of incidents.slice(0, TOP)) lines.push(...incident(i, names));
  if (incidents.length > TOP)
    lines.push(`  … and ${incidents.length - TOP} more (--json or --csv for all)`);

  lines.push("", "Key actors (by articles naming them):");
  const actors = [...model.entities]
    .filter((e) => e.type !== "place")
    .sort((a, b) => b.articles.length - a.articles.length || b.mentions - a.mentions);
  for (const e of actors.slice(0, TOP)) {
    const said = model.quotes.filter((q) => q.speaker === e.id).length;
    lines.push(
      `  ${show(e.name)} [${e.id}] — ${e.articles.length} articles, ${e.mentions} mentions` +
        (said > 0 ? `, ${said} quotes` : ""),
    );
  }

  lines.push("", "Quoted by more than one article:");
  const shared = model.quotes.filter((q) => q.articles.length > 1);
  if (shared.length === 0) lines.push("  none");
  for (const q of shared.slice(0, TOP)) {
    lines.push(
      `  ${show(q.speaker ? names.get(q.speaker) : null)}: «${q.text}» (${q.articles.length} articles)`,
    );
  }

  lines.push("", "Timeline:");
  if (model.timeline.length === 0) lines.push("  none");
  for (const t of model.timeline.slice(0, TOP)) {
    const text = t.text.length > 120 ? `${t.text.slice(0, 120)}…` : t.text;
    lines.push(`  ${t.date}  ${text} (${t.articles.length} articles)`);
  }

  lines.push("", "Outlets:");
  if (model.outlets.length === 0) lines.push("  none known");
  for (const o of model.outlets) lines.push(`  ${show(o.name)} — ${o.articles.length} articles`);
  return `${lines.join("\n")}\n`;
}

function incident(i: ReportIncident, names: Map<string, BilingualName>): string[] {
  const where = i.places.map((id) => names.get(id)?.en ?? names.get(id)?.ar ?? id).join(", ");
  const range = i.range.min === i.range.max ? `${i.range.min}` : `${i.range.min}–${i.range.max}`;
  const out = [
    `  ${i.unit === "families" ? `${i.kind} (families)` : i.kind} in ${where || "an unnamed place"}` +
      `${i.date ? ` on ${i.date}` : ""}: ${range} — ${i.reports.length} report${i.reports.length > 1 ? "s" : ""} [${i.id}]`,
  ];
  for (const r of i.reports) {
    out.push(
      `    ${QUALIFIER[r.qualifier]}${r.count} — ${r.outlet ? show(r.outlet) : "outlet unknown"}, article ${r.article}` +
        (r.source ? `, citing ${show(r.source)}` : "") +
        (r.alsoIn.length > 0 ? ` (also in ${r.alsoIn.join(", ")})` : ""),
    );
  }
  return out;
}
