/**
 * The passes that read the body paragraph by paragraph, in text order: quotes (a speaker
 * carries into the next paragraph), casualty figures (a breakdown may complete an earlier
 * figure) and dates (explicit, then relative to the publication day).
 */
import type { FactDate, Figure, Quote, UncountedFigure } from "../../facts.ts";
import { findDates, findRelativeDates, samePeriodDates } from "../dates/index.ts";
import type { Mention } from "../entities/index.ts";
import { articleIntroductions, pointBack } from "../entities/roles.ts";
import { findFiguresAfter, mergeFigures } from "../figures/index.ts";
import type { FoundDateline } from "../page/dateline/found.ts";
import { type Carried, findQuotes, nothingCarried, stateBodies } from "../quotes/index.ts";
import { type Token, tokenize } from "../text/tokenize.ts";
import { nameParts } from "./name-parts.ts";
import type { ArticleRecord } from "./record.ts";

/** At most this many unbelieved figures are kept per article (a bound for hostile input). */
const MAX_UNCOUNTED = 20;

export interface BodyFacts {
  readonly quotes: Quote[];
  readonly figures: Figure[];
  readonly uncounted: UncountedFigure[];
  readonly dates: FactDate[];
}

/** What the paragraph passes have found so far. */
interface Found {
  readonly quotes: Quote[];
  readonly figures: Figure[];
  /** The paragraph and sentence each figure was read in («3:1»). */
  readonly figureSentences: string[];
  readonly uncounted: Map<string, UncountedFigure>;
  readonly explicit: FactDate[][];
  /** The last date with a year found so far: what «في العام نفسه» refers to. */
  lastDated: FactDate | null;
  /** What the quote pass carries from paragraph to paragraph. */
  readonly carry: Carried;
}

export function readBody(
  article: ArticleRecord,
  dateline: FoundDateline | null,
  published: string | null,
): BodyFacts {
  const { scanned, tokens, mentions, byPara } = article;
  const intros = articleIntroductions(scanned, tokens, mentions);
  const found: Found = {
    quotes: [],
    figures: [],
    figureSentences: [],
    uncounted: new Map(),
    explicit: [],
    lastDated: null,
    carry: nothingCarried(),
  };
  const parts = nameParts();
  for (let p = 0; p < article.offset; p++) parts.add(byPara.get(p) ?? [], tokens[p]);
  for (let p = article.offset; p < scanned.length; p++) {
    const paraTokens = tokens[p] ?? [];
    parts.add(byPara.get(p) ?? [], paraTokens);
    const ctx = {
      text: scanned[p] ?? "",
      tokens: paraTokens,
      mentions: byPara.get(p) ?? [],
      pointBack: (k: number) => pointBack(intros, paraTokens, k, p),
      namePart: (k: number) => {
        const t = paraTokens[k];
        return t ? parts.personAt(t.norm, p, k) : null;
      },
    };
    found.quotes.push(...findQuotes(withStateBodies(ctx, p), found.carry));
    // The dateline's place is where the copy was filed, not where people died.
    const inDateline = dateline?.para === p ? dateline.end : 0;
    addFigures(
      found,
      p,
      inDateline > 0
        ? { ...ctx, mentions: ctx.mentions.filter((m) => m.start >= inDateline) }
        : ctx,
    );
    addDates(found, dateScanOf(ctx.text, ctx.tokens, dateline, p), published);
  }
  return {
    quotes: found.quotes,
    figures: mergeFigures(found.figures, found.figureSentences),
    uncounted: [...found.uncounted.values()],
    dates: mergeDates(found.explicit),
  };
}

/** The quote pass also hears a state's bodies speak («وأعلن الجيش اللبناني»), which no entity names. */
function withStateBodies<
  C extends { text: string; tokens: readonly Token[]; mentions: readonly Mention[] },
>(ctx: C, p: number): C {
  const bodies = stateBodies(ctx.text, p, ctx.tokens, ctx.mentions);
  if (bodies.length === 0) return ctx;
  return { ...ctx, mentions: [...ctx.mentions, ...bodies].sort((a, b) => a.start - b.start) };
}

function addFigures(found: Found, p: number, ctx: Parameters<typeof findFiguresAfter>[0]): void {
  const got = findFiguresAfter(ctx, found.figures);
  // A breakdown opening this paragraph may have added parts to an earlier figure.
  for (const [k, f] of got.updated) found.figures[k] = f;
  found.figures.push(...got.figures);
  for (const s of got.sentences) found.figureSentences.push(`${p}:${s}`);
  for (const u of got.uncounted) {
    if (found.uncounted.size < MAX_UNCOUNTED) found.uncounted.set(`${u.kind} ${u.text}`, u);
  }
}

/** A paragraph's dates: explicit, relative to publication, and «the same year» as one before. */
function addDates(
  found: Found,
  at: { text: string; tokens: readonly Token[] },
  published: string | null,
): void {
  const earlier = found.lastDated;
  const explicit = findDates(at.text, at.tokens, published);
  pushDates(found, explicit);
  if (published) {
    // «آب من العام الماضي» is one date: its «العام الماضي» is not a second one.
    const relative = findRelativeDates(at.text, at.tokens, published);
    pushDates(
      found,
      relative.filter((r) => !explicit.some((e) => e.text.includes(r.text))),
    );
  }
  const before = (offset: number) =>
    explicit.filter((d) => d.year !== null && at.text.indexOf(d.text) < offset).at(-1) ?? earlier;
  pushDates(found, samePeriodDates(at.text, at.tokens, before));
}

/** Keeps a pass's dates, and the last of them with a year as the reference from now on. */
function pushDates(found: Found, dates: FactDate[]): void {
  found.explicit.push(dates);
  found.lastDated = dates.findLast((d) => d.year !== null) ?? found.lastDated;
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
