/**
 * The article's dateline as a fact: the line the furniture pass set apart, else the start of
 * the lead when it reads as one. The place is the gazetteer's when it knows the words, and no
 * place at all when the "place" is an outlet («الجزيرة نت - خاص»); what the line credits goes
 * to the outlet pass.
 */
import type { BilingualName, Dateline } from "../../../facts.ts";
import type { ArticleRecord } from "../../article/record.ts";
import { findMentions, type Mention } from "../../entities/index.ts";
import { tokenize } from "../../text/tokenize.ts";
import { creditFirst, type DatelineRead, readDateline } from "../dateline.ts";
import { creditedDateline, outletFirst } from "../furniture.ts";
import type { Trust } from "../outlet.ts";

/** The dateline of the article and where it sits, when there is one. */
export interface FoundDateline {
  readonly facts: Dateline;
  /** Paragraph index (in `scanned`) and character range to leave out of the date scan. */
  readonly para: number;
  readonly start: number;
  readonly end: number;
  /** What the line credits, best first, with how sure its place makes it a credit. */
  readonly credits: readonly (readonly [string, Trust])[];
}

/** A dateline of its own above the body, else the start of the lead. */
export function findDateline(article: ArticleRecord): FoundDateline | null {
  const line = article.cleaned.dateline;
  if (line) return datelineLine(line);
  if (article.scanned.length > article.offset) return leadDateline(article);
  return null;
}

function datelineLine(line: string): FoundDateline | null {
  const read = readDateline(line);
  const d = read && outletFirst(read) ? creditFirst(line, read) : read;
  if (!d) return null;
  const own = findMentions([line], [tokenize(line)]);
  return {
    facts: { text: d.text, place: placeOf(d, own), date: d.date },
    para: -1,
    start: 0,
    end: 0,
    // The furniture pass took this line for a dateline: a bare credit is what made it one.
    credits: datelineCredits(d, own, true),
  };
}

function leadDateline(article: ArticleRecord): FoundDateline | null {
  const offset = article.offset;
  const d = readDateline(article.scanned[offset] ?? "");
  if (!d) return null;
  const leadMentions = article.byPara.get(offset) ?? [];
  const known = knownPlace(leadMentions, d);
  if (!(d.strong || known || outletCredit(leadMentions, d))) return null;
  return {
    facts: { text: d.text, place: known ?? placeOf(d, leadMentions), date: d.date },
    para: offset,
    start: 0,
    end: d.end,
    credits: datelineCredits(d, leadMentions, creditedDateline(d)),
  };
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
