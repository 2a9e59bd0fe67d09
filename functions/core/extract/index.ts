/**
 * extractArticle: decoded article text → facts and cleaned paragraphs.
 *
 * Pipeline (each step its own module): size check → publication metadata (frontmatter, HTML
 * meta) → furniture removal → title and lead → dateline → tokens → entity mentions (gazetteer
 * + role phrases) → the outlet (metadata, dateline credit, credit lines, "told", masthead) →
 * quotes with speakers, casualty figures, explicit dates, then relative dates resolved against
 * the publication date. Pure and synchronous; all tables are built once at module load.
 *
 * `extractFacts` is the pipeline itself and lets any bug surface (the property tests call it);
 * `extractArticle` adds the size limit and a safety net for production.
 */
import type {
  BilingualName,
  Dateline,
  FactDate,
  Figure,
  Quote,
  UncountedFigure,
} from "../facts.ts";
import {
  DEFAULT_MAX_BYTES,
  type Extraction,
  type ExtractOptions,
  InputTooLargeError,
  utf8Length,
} from "./contract.ts";
import { findDates, findRelativeDates } from "./dates/index.ts";
import { findMentions, type Mention, toEntities } from "./entities/index.ts";
import { articleIntroductions, pointBack } from "./entities/roles.ts";
import { findFiguresAfter, mergeFigures } from "./figures/index.ts";
import type { GazEntity } from "./gazetteer/index.ts";
import { creditFirst, type DatelineRead, readDateline, readMetadata } from "./page/dateline.ts";
import { creditedDateline, outletFirst, removeFurniture } from "./page/furniture.ts";
import { findOutlet, type Trust } from "./page/outlet.ts";
import { deriveTitle, MAX_HEADLINE, trimAtWord } from "./page/title.ts";
import { findQuotes } from "./quotes/index.ts";
import { wordCount } from "./text/sentences.ts";
import { type Token, tokenize } from "./text/tokenize.ts";

export type { Extraction, ExtractOptions } from "./contract.ts";
export { DEFAULT_MAX_BYTES, EXTRACTOR_VERSION, InputTooLargeError } from "./contract.ts";

/** Metadata an upload's format gave besides its text (see functions/core/formats). */
export interface GivenMetadata {
  readonly title?: string | null;
  readonly published?: string | null;
  /** Publisher names, most trusted first. */
  readonly publishers?: readonly string[];
  readonly url?: string | null;
  readonly author?: string | null;
}

/** Shown when a text has no words at all: the schema needs a non-empty title. */
const UNTITLED = "بدون عنوان";
/** At most this many unbelieved figures are kept per article (a bound for hostile input). */
const MAX_UNCOUNTED = 20;

/** The dateline of the article and where it sits, when there is one. */
interface FoundDateline {
  readonly facts: Dateline;
  /** Paragraph index (in `scanned`) and character range to leave out of the date scan. */
  readonly para: number;
  readonly start: number;
  readonly end: number;
  /** What the line credits, best first, with how sure its place makes it a credit. */
  readonly credits: readonly (readonly [string, Trust])[];
}

/** A place mention exactly covering the dateline's place words, if the gazetteer knows it. */
function knownPlace(mentions: readonly Mention[], d: DatelineRead): BilingualName | null {
  for (const m of mentions) {
    if (m.start > d.placeStart) break;
    if (m.entity.type === "place" && m.start === d.placeStart && m.end === d.placeEnd) {
      return { ar: m.entity.ar, en: m.entity.en };
    }
  }
  return null;
}

/**
 * Is the dateline's "place" an organisation («الجزيرة نت - خاص», «شفق نيوز/ أعلنت…»)? Then
 * the line credits an outlet and names no place.
 */
function outletCredit(mentions: readonly Mention[], d: DatelineRead): boolean {
  return mentions.some(
    (m) => m.entity.type === "org" && m.start <= d.placeStart && m.end >= d.placeEnd,
  );
}

function placeOf(d: DatelineRead, mentions: readonly Mention[]): BilingualName | null {
  const known = knownPlace(mentions, d);
  if (known) return known;
  if (outletCredit(mentions, d)) return null;
  const ar = d.place.trim();
  return d.strong && ar !== "" ? { ar, en: null } : null;
}

/**
 * What a dateline credits: the "place" when it is an organisation («الجزيرة نت - خاص»), the
 * bracketed, quoted or agency credit it read, else a bare credit after its dash when the line
 * stands for a dateline because of it («أربيل - رووداو»; the caller says so in `credited`).
 */
function datelineCredits(
  d: DatelineRead,
  mentions: readonly Mention[],
  credited: boolean,
): (readonly [string, Trust])[] {
  const out: (readonly [string, Trust])[] = [];
  if (outletCredit(mentions, d)) out.push([d.place, "shaped"]);
  if (d.credit !== null) out.push([d.credit, "named"]);
  if (d.bareCredit !== null && d.bareCredit !== d.credit && credited)
    out.push([d.bareCredit, "bare"]);
  return out;
}

/** Fewer words than this left after a dateline («القاهرة - بوابة الأهرام») make no title. */
const MIN_TITLE_WORDS = 4;

/**
 * The paragraph a headline-less article takes its title from: the lead without its dateline
 * («بيروت (رويترز) - …»), or the next paragraph when the lead is only a dateline and a credit.
 */
function leadForTitle(paragraphs: readonly string[], dateline: FoundDateline | null): string {
  const lead = paragraphs[0] ?? "";
  if (dateline === null || dateline.para !== 0) return lead;
  const rest = lead.slice(dateline.end).trim();
  if (wordCount(rest) >= MIN_TITLE_WORDS) return rest;
  return paragraphs[1] ?? (rest || lead);
}

/**
 * The pipeline. Throws only on a bug: the property tests call this directly so that any
 * exception fails them instead of being absorbed by `extractArticle`'s safety net.
 */
export function extractFacts(text: string, given: GivenMetadata = {}): Extraction {
  // What the file's format stated (a page's JSON-LD, a Word file's properties) comes first;
  // what the text itself states (frontmatter, HTML meta in a .txt) fills the gaps.
  const own = readMetadata(text);
  const meta = {
    body: own.body,
    title: given.title ?? own.title,
    published: given.published ?? own.published,
    publishers: [...(given.publishers ?? []), ...own.publishers],
  };
  const cleaned = removeFurniture(meta.body);
  const headline = cleaned.headline;
  // The title line is not repeated as a paragraph.
  const paragraphs = cleaned.lines.filter((l) => headline === null || l !== headline);
  const lead = paragraphs[0] ?? "";

  // The headline is scanned for entities too (it names them), but not for quotes or figures.
  const scanned = headline ? [headline, ...paragraphs] : [...paragraphs];
  const offset = headline ? 1 : 0;
  const tokens = scanned.map((p) => tokenize(p));
  const mentions = findMentions(scanned, tokens);
  const byPara = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = byPara.get(m.para) ?? [];
    list.push(m);
    byPara.set(m.para, list);
  }

  // Dateline: a line of its own above the body, else the start of the lead.
  let dateline: FoundDateline | null = null;
  if (cleaned.dateline) {
    const read = readDateline(cleaned.dateline);
    const d = read && outletFirst(read) ? creditFirst(cleaned.dateline, read) : read;
    if (d) {
      const own = findMentions([cleaned.dateline], [tokenize(cleaned.dateline)]);
      const place = placeOf(d, own);
      // The furniture pass took this line for a dateline: a bare credit is what made it one.
      const credits = datelineCredits(d, own, true);
      dateline = {
        facts: { text: d.text, place, date: d.date },
        para: -1,
        start: 0,
        end: 0,
        credits,
      };
    }
  } else if (scanned.length > offset) {
    const d = readDateline(scanned[offset] ?? "");
    if (d) {
      const leadMentions = byPara.get(offset) ?? [];
      const known = knownPlace(leadMentions, d);
      if (d.strong || known || outletCredit(leadMentions, d)) {
        dateline = {
          facts: { text: d.text, place: known ?? placeOf(d, leadMentions), date: d.date },
          para: offset,
          start: 0,
          end: d.end,
          credits: datelineCredits(d, leadMentions, creditedDateline(d)),
        };
      }
    }
  }
  const title =
    (meta.title ? trimAtWord(meta.title.trim(), MAX_HEADLINE) || null : null) ??
    (deriveTitle(headline, leadForTitle(paragraphs, dateline)).trim() ||
      trimAtWord(text.trim()) ||
      UNTITLED);

  // Publication: the file's metadata, else the dateline's date, else a page date line.
  const published = meta.published ?? dateline?.facts.date ?? cleaned.pageDate;

  const outlet = findOutlet({
    metadata: meta.publishers,
    dateline: dateline?.credits ?? [],
    credits: cleaned.credits,
    article: { paragraphs: scanned, tokens, mentions },
    mastheads: cleaned.mastheads,
  });

  const intros = articleIntroductions(scanned, tokens, mentions);
  const quotes: Quote[] = [];
  const figures: Figure[] = [];
  const uncounted = new Map<string, UncountedFigure>();
  const explicit: FactDate[][] = [];
  let carry: GazEntity | null = null;
  for (let p = offset; p < scanned.length; p++) {
    const paraText = scanned[p] ?? "";
    const paraTokens = tokens[p] ?? [];
    const ctx = {
      text: paraText,
      tokens: paraTokens,
      mentions: byPara.get(p) ?? [],
      pointBack: (k: number) => pointBack(intros, paraTokens, k, p),
    };
    const q = findQuotes(ctx, carry);
    quotes.push(...q.quotes);
    carry = q.carry;
    // The dateline's place is where the copy was filed, not where people died.
    const inDateline = dateline?.para === p ? dateline.end : 0;
    const found = findFiguresAfter(
      inDateline > 0
        ? { ...ctx, mentions: ctx.mentions.filter((m) => m.start >= inDateline) }
        : ctx,
      figures,
    );
    // A breakdown opening this paragraph may have added parts to an earlier figure.
    for (const [k, f] of found.updated) figures[k] = f;
    figures.push(...found.figures);
    for (const u of found.uncounted) {
      if (uncounted.size < MAX_UNCOUNTED) uncounted.set(`${u.kind} ${u.text}`, u);
    }
    const datesIn = dateScanOf(paraText, ctx.tokens, dateline, p);
    explicit.push(findDates(datesIn.text, datesIn.tokens, published));
    if (published) explicit.push(findRelativeDates(datesIn.text, datesIn.tokens, published));
  }

  return {
    facts: {
      title: { ar: title, en: null },
      lead,
      published,
      dateline: dateline?.facts ?? null,
      outlet,
      url: given.url ?? null,
      author: given.author ?? null,
      entities: toEntities(mentions),
      figures: mergeFigures(figures),
      uncounted: [...uncounted.values()],
      quotes,
      dates: mergeDates(explicit),
    },
    paragraphs,
  };
}

/** The paragraph as the date scan sees it: the dateline's own date is blanked out. */
function dateScanOf(
  text: string,
  tokens: readonly Token[],
  dateline: FoundDateline | null,
  p: number,
): { text: string; tokens: readonly Token[] } {
  if (!dateline || dateline.para !== p || dateline.end <= dateline.start) return { text, tokens };
  const blanked = " ".repeat(dateline.end - dateline.start) + text.slice(dateline.end);
  return { text: blanked, tokens: tokenize(blanked) };
}

/**
 * One date per day/month/year: explicit dates first (in text order), then relative ones that
 * add a day not already written out. A Hijri reading of a day also written in Gregorian
 * («5 رمضان 1437 هـ الموافق 10 يونيو 2016») is kept on the Gregorian entry.
 */
function mergeDates(perPara: readonly FactDate[][]): FactDate[] {
  const out: FactDate[] = [];
  const at = new Map<string, number>();
  for (const pass of ["explicit", "relative"] as const) {
    for (const list of perPara) {
      for (const d of list) {
        if (d.resolved !== pass) continue;
        const key = `${d.day}/${d.month}/${d.year}`;
        const had = at.get(key);
        if (had === undefined) {
          at.set(key, out.length);
          out.push(d);
        } else if (d.hijri && !out[had]?.hijri) {
          const prev = out[had] as FactDate;
          out[had] = { ...prev, hijri: d.hijri };
        }
      }
    }
  }
  return out;
}

/** What is left when the pipeline fails: the text's lines, and a title from the first one. */
function fallback(input: string): Extraction {
  const paragraphs = input
    .split(/\n+/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  const first = paragraphs[0] ?? "";
  return {
    facts: {
      title: { ar: trimAtWord(first) || UNTITLED, en: null },
      lead: first,
      published: null,
      dateline: null,
      outlet: null,
      url: null,
      author: null,
      entities: [],
      figures: [],
      uncounted: [],
      quotes: [],
      dates: [],
    },
    paragraphs,
  };
}

/** Throws InputTooLargeError when `text` is over the limit; does nothing otherwise. */
export function checkSize(text: string, options: ExtractOptions = {}): void {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // Every UTF-16 unit is at least one UTF-8 byte and at most three: count only when needed.
  if (text.length * 3 <= max) return;
  const bytes = text.length > max ? Math.max(text.length, utf8Length(text)) : utf8Length(text);
  if (bytes > max) throw new InputTooLargeError(bytes, max);
}

/**
 * Facts of one article. Throws InputTooLargeError for a text over `maxBytes` (UTF-8, default
 * 2 MB) and nothing else: a failure anywhere in the pipeline degrades to a title-and-text-only
 * result, so one odd article never stops a batch.
 */
export function extractArticle(
  text: string,
  options: ExtractOptions = {},
  given: GivenMetadata = {},
): Extraction {
  const input = typeof text === "string" ? text : String(text ?? "");
  checkSize(input, options);
  try {
    return extractFacts(input, given);
  } catch {
    return fallback(input);
  }
}
