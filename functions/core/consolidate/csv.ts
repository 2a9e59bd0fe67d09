/**
 * The story model as spreadsheet tables: incidents (one row per report, so every outlet's
 * figure has its own line), entities, quotes, articles and the timeline. RFC 4180 quoting,
 * CRLF line ends and a UTF-8 byte-order mark, which spreadsheet programs need to read Arabic
 * as Arabic. A text cell that a spreadsheet would run as a formula (= + - @ at its start) is
 * prefixed with an apostrophe: an uploaded article must not become a formula on an analyst's
 * machine.
 */
import type { BilingualName } from "../facts.ts";
import type { StoryModel } from "./model.ts";

type Cell = string | number | null;

const FORMULA = /^[=+\-@\t\r]/;

function cell(v: Cell): string {
  if (v === null) return "";
  if (typeof v === "number") return String(v);
  const text = FORMULA.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header, ...rows].map((r) => r.map(cell).join(","));
  return `\ufeff${lines.join("\r\n")}\r\n`;
}

const ar = (n: BilingualName | null): Cell => n?.ar ?? null;
const en = (n: BilingualName | null): Cell => n?.en ?? null;
const list = (xs: readonly string[]): string => xs.join("; ");

/** File name → CSV text. */
export function storyCsv(model: StoryModel): Record<string, string> {
  const entityName = new Map(model.entities.map((e) => [e.id, e.name]));
  const names = (ids: readonly string[], lang: "ar" | "en") =>
    list(ids.map((id) => entityName.get(id)?.[lang] ?? entityName.get(id)?.ar ?? id));
  return {
    "incidents.csv": table(
      [
        "incident",
        "kind",
        "unit",
        "places_en",
        "places_ar",
        "date",
        "min",
        "max",
        "article",
        "outlet_ar",
        "outlet_en",
        "source_ar",
        "source_en",
        "count",
        "qualifier",
        "breakdown",
        "report_date",
        "text",
        "also_in",
        "joined_because",
      ],
      model.incidents.flatMap((i) =>
        i.reports.map((r) => [
          i.id,
          i.kind,
          i.unit,
          names(i.places, "en"),
          names(i.places, "ar"),
          i.date,
          i.range.min,
          i.range.max,
          r.article,
          ar(r.outlet),
          en(r.outlet),
          r.source?.ar ?? null,
          r.source?.en ?? null,
          r.count,
          r.qualifier,
          list(r.parts.map((p) => `${p.count} ${p.group.en ?? p.group.ar}`)),
          r.date,
          r.text,
          list(r.alsoIn),
          r.joined,
        ]),
      ),
    ),
    "entities.csv": table(
      [
        "entity",
        "type",
        "name_ar",
        "name_en",
        "aliases",
        "articles",
        "mentions",
        "lat",
        "lon",
        "article_ids",
        "former_ids",
      ],
      model.entities.map((e) => [
        e.id,
        e.type,
        e.name.ar,
        e.name.en,
        list(e.aliases.map((a) => a.ar)),
        e.articles.length,
        e.mentions,
        e.coordinates?.[0] ?? null,
        e.coordinates?.[1] ?? null,
        list(e.articles),
        list(e.formerIds),
      ]),
    ),
    "quotes.csv": table(
      ["quote", "speaker", "speaker_ar", "speaker_en", "text", "articles"],
      model.quotes.map((q) => {
        const s = q.speaker ? (entityName.get(q.speaker) ?? null) : null;
        return [q.id, q.speaker, ar(s), en(s), q.text, list(q.articles)];
      }),
    ),
    "articles.csv": table(
      [
        "article",
        "title_ar",
        "published",
        "outlet_ar",
        "outlet_en",
        "files",
        "same_text",
        "also_published_by",
        "primary",
        "ingested",
      ],
      model.articles.map((a) => [
        a.id,
        a.title.ar,
        a.published,
        ar(a.outlet),
        en(a.outlet),
        list(a.files),
        list(a.sameText),
        list(a.alsoPublishedBy),
        a.primary,
        a.ingested,
      ]),
    ),
    "timeline.csv": table(
      ["entry", "date", "precision", "text", "entities", "articles"],
      model.timeline.map((t) => [
        t.id,
        t.date,
        t.precision,
        t.text,
        list(t.entities),
        list(t.articles),
      ]),
    ),
  };
}
