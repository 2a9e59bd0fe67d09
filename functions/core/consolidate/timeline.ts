/**
 * One timeline across articles: each date an article gives (explicit, or a weekday or «أمس»
 * the extractor resolved against the publication date) with the sentence that gives it and the
 * entities that sentence names. A date written without its year («22 أيار») takes the year
 * that puts it nearest the article's publication date; without one it stays "--MM-DD".
 * Sentences with the same date and mostly the same words (word Jaccard ≥ SAME_EVENT) are one
 * entry listing every article.
 */
import { cliticSplits } from "../extract/text/normalize.ts";
import type { ArticleId, FactDate } from "../facts.ts";
import type { ArticleNames } from "./entities.ts";
import { type Cached, LinkedStore } from "./linked-store.ts";
import type { DatePrecision, TimelineEntry } from "./model.ts";
import { hexId, keyWords } from "./text.ts";

export const SAME_EVENT = 0.4;
/** Longest sentence kept as an entry's text. */
const MAX_TEXT = 400;

interface Entry extends Cached<TimelineEntry> {
  readonly id: string;
  readonly date: string;
  readonly precision: DatePrecision;
  readonly text: string;
  readonly words: ReadonlySet<string>;
  readonly entities: Set<number>;
  readonly articles: Set<ArticleId>;
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** The year nearest the publication date for a month and day written without one. */
export function nearestYear(month: number, day: number, published: string): number {
  const pub = Date.parse(`${published}T00:00:00Z`);
  const year = Number(published.slice(0, 4));
  let best = year;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const y of [year - 1, year, year + 1]) {
    const gap = Math.abs(Date.UTC(y, month - 1, day) - pub);
    if (gap < bestGap) {
      best = y;
      bestGap = gap;
    }
  }
  return best;
}

export function timelineDate(
  d: FactDate,
  published: string | null,
): { date: string; precision: DatePrecision } | null {
  const year =
    d.year ?? (d.month && d.day && published ? nearestYear(d.month, d.day, published) : null);
  if (year !== null && d.month && d.day)
    return { date: `${year}-${pad(d.month)}-${pad(d.day)}`, precision: "day" };
  if (year !== null && d.month) return { date: `${year}-${pad(d.month)}`, precision: "month" };
  if (year !== null && !d.day) return { date: String(year), precision: "year" };
  if (d.month && d.day)
    return { date: `--${pad(d.month)}-${pad(d.day)}`, precision: "day-no-year" };
  return null;
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** Year-less dates after every dated one; otherwise in calendar order. */
function compareDates(a: string, b: string): number {
  const ya = a.startsWith("--");
  const yb = b.startsWith("--");
  if (ya !== yb) return ya ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether a name's words stand in a sentence (its first word may carry a clitic there). */
function names(words: readonly string[], name: readonly string[]): boolean {
  const head = name[0] as string;
  for (let i = 0; i + name.length <= words.length; i++) {
    const w = words[i] as string;
    if (w !== head && !cliticSplits(w).some((s) => s.stem === head)) continue;
    let k = 1;
    while (k < name.length && words[i + k] === name[k]) k++;
    if (k === name.length) return true;
  }
  return false;
}

export interface TimelineArticle {
  readonly primary: ArticleId;
  readonly published: string | null;
  readonly sentences: readonly string[];
  readonly names: ArticleNames;
  /** The article's entity forms (name and aliases), parallel to `names.nodes`. */
  readonly forms: readonly (readonly string[])[];
}

export class TimelineStore extends LinkedStore {
  private readonly byDate = new Map<string, Entry[]>();
  private readonly all: Entry[] = [];

  addArticle(a: TimelineArticle, dates: readonly FactDate[]): void {
    const formWords = a.forms.map((forms) => forms.map(keyWords).filter((w) => w.length > 0));
    for (const d of dates) {
      const when = timelineDate(d, a.published);
      if (!when) continue;
      const sentence = a.sentences.find((s) => s.includes(d.text));
      if (!sentence) continue;
      const words = keyWords(sentence);
      const wordSet = new Set(words);
      const list = this.byDate.get(when.date) ?? [];
      this.byDate.set(when.date, list);
      let entry = list.find((e) => overlap(e.words, wordSet) >= SAME_EVENT);
      if (!entry) {
        const text = sentence.length > MAX_TEXT ? `${sentence.slice(0, MAX_TEXT)}…` : sentence;
        entry = {
          id: `${when.date.replace(/^--/, "x-")}-${hexId(words.join(" ")).slice(0, 8)}`,
          date: when.date,
          precision: when.precision,
          text,
          words: wordSet,
          entities: new Set(),
          articles: new Set(),
          output: null,
          outputGen: -1,
        };
        list.push(entry);
        this.all.push(entry);
      }
      entry.articles.add(a.primary);
      formWords.forEach((forms, i) => {
        if (forms.some((f) => names(words, f))) {
          entry.entities.add(this.entities.root(a.names.nodes[i] as number));
        }
      });
      entry.output = null;
    }
  }

  timeline(): TimelineEntry[] {
    const out = this.all.map((e) =>
      this.cached(e, () => ({
        id: e.id,
        date: e.date,
        precision: e.precision,
        text: e.text,
        entities: [...new Set([...e.entities].map((n) => this.entities.idOf(n)))],
        articles: [...e.articles],
      })),
    );
    return out.sort((x, y) => compareDates(x.date, y.date));
  }
}
