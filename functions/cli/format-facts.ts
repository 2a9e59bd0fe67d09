/** The human-readable form of `taqrir extract` (without --json). */
import type { BilingualName, EntityType, Facts, Qualifier } from "../core/facts.ts";

const TYPE_HEADINGS: Record<EntityType, string> = {
  person: "People",
  org: "Organisations",
  place: "Places",
};

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: "",
  at_least: "at least ",
  more_than: "more than ",
  about: "about ",
  up_to: "up to ",
};

const name = (n: BilingualName): string => (n.en ? `${n.en} (${n.ar})` : n.ar);

export function formatFacts(facts: Facts & { file: string; encoding: string }): string {
  const lines = [
    `${facts.file}  [id ${facts.id}, ${facts.encoding}]`,
    `  Title: ${facts.title.ar}`,
  ];
  if (facts.title.en) lines.push(`         ${facts.title.en}`);
  lines.push(`  Published: ${facts.published ?? "—"}`);
  for (const type of ["person", "org", "place"] as const) {
    const found = facts.entities.filter((e) => e.type === type);
    if (found.length === 0) continue;
    lines.push(
      `  ${TYPE_HEADINGS[type]}: ${found.map((e) => `${name(e.name)} ×${e.mentions}`).join(", ")}`,
    );
  }
  if (facts.figures.length > 0) {
    lines.push("  Figures:");
    for (const f of facts.figures) {
      const where = f.places.length > 0 ? ` — ${f.places.map(name).join(", ")}` : "";
      const source = f.source ? ` (source: ${name(f.source)})` : "";
      const unit = f.unit === "families" ? " families" : "";
      lines.push(`    ${QUALIFIER_WORDS[f.qualifier]}${f.count}${unit} ${f.kind}${where}${source}`);
    }
  }
  if (facts.uncounted.length > 0) {
    lines.push("  Not counted (over 100 million, kept as written):");
    for (const u of facts.uncounted) lines.push(`    ${u.kind}: «${u.text}»`);
  }
  if (facts.dates.length > 0) {
    const shown = facts.dates.map((d) => {
      const parts = [d.year, d.month, d.day].map((p) => (p === null ? "?" : String(p)));
      return `${parts.join("-")} («${d.text}»)`;
    });
    lines.push(`  Dates: ${shown.join(", ")}`);
  }
  if (facts.quotes.length > 0) {
    lines.push("  Quotes:");
    for (const q of facts.quotes)
      lines.push(`    “${q.text}” — ${q.speaker ? name(q.speaker) : "unattributed"}`);
  }
  return `${lines.join("\n")}\n`;
}
