/**
 * Quotes across articles: the same words quoted by several outlets are one quote listing every
 * article. Two quotes are the same when their normalised words are equal, or when one is long
 * enough (MIN_CONTAINED words) and CONTAINED of its word 4-grams stand in the other (outlets
 * trim a quotation, or run on past where another stopped). Short quotes join only under the
 * same speaker (or where one side names none): «لا تعليق» from two people is two quotes.
 * A quote's speaker is the entity most of its articles give it to.
 */
import type { ArticleId, Quote } from "../facts.ts";
import type { ArticleNames } from "./entities.ts";
import { type Cached, LinkedStore } from "./linked-store.ts";
import type { ReportQuote } from "./model.ts";
import { IdRegistry } from "./slug.ts";
import { hexId, keyWords, shingleHashes } from "./text.ts";

const SHINGLE = 4;
export const MIN_CONTAINED = 6;
export const CONTAINED = 0.8;
/** A shingle shared by more quotes than this is boilerplate, not evidence. */
const MAX_POSTING = 64;

interface StoredQuote extends Cached<ReportQuote> {
  readonly id: string;
  text: string;
  readonly words: number;
  readonly shingles: ReadonlySet<number>;
  /** Speaker node → how many articles give it. */
  readonly speakers: Map<number, number>;
  readonly articles: Set<ArticleId>;
}

export class QuoteStore extends LinkedStore {
  private readonly all: StoredQuote[] = [];
  private readonly byKey = new Map<string, StoredQuote>();
  private readonly byShingle = new Map<number, StoredQuote[]>();
  private readonly ids = new IdRegistry();

  /** Files an article's quotes; returns each quote's id in order (null for a wordless one). */
  addArticle(primary: ArticleId, names: ArticleNames, quotes: readonly Quote[]): (string | null)[] {
    return quotes.map((q) => this.addQuote(primary, names, q));
  }

  private addQuote(primary: ArticleId, names: ArticleNames, q: Quote): string | null {
    const words = keyWords(q.text);
    if (words.length === 0) return null;
    const key = words.join(" ");
    const speaker = q.speaker ? this.entities.resolve(names, q.speaker, null) : null;
    const shingles = new Set(shingleHashes(words, SHINGLE));
    const exact = this.byKey.get(key);
    const found =
      exact && (words.length >= MIN_CONTAINED || this.sameSpeaker(exact, speaker))
        ? exact
        : this.similar(words.length, shingles, speaker);
    const stored = found ?? this.create(key, q.text, words.length, shingles);
    if (!exact) this.byKey.set(key, stored);
    if (q.text.length > stored.text.length) stored.text = q.text;
    // One article giving one quote twice counts once.
    if (speaker !== null && !stored.articles.has(primary)) {
      const root = this.entities.root(speaker);
      stored.speakers.set(root, (stored.speakers.get(root) ?? 0) + 1);
    }
    stored.articles.add(primary);
    stored.output = null;
    return stored.id;
  }

  private create(key: string, text: string, words: number, shingles: Set<number>): StoredQuote {
    const stored: StoredQuote = {
      id: this.ids.claim(`q-${hexId(key).slice(0, 12)}`),
      text,
      words,
      shingles,
      speakers: new Map(),
      articles: new Set(),
      output: null,
      outputGen: -1,
    };
    this.all.push(stored);
    for (const h of shingles) {
      const list = this.byShingle.get(h);
      if (!list) this.byShingle.set(h, [stored]);
      else if (list.length < MAX_POSTING) list.push(stored);
    }
    return stored;
  }

  private similar(
    words: number,
    shingles: ReadonlySet<number>,
    speaker: number | null,
  ): StoredQuote | undefined {
    const shared = new Map<StoredQuote, number>();
    for (const h of shingles) {
      for (const q of this.byShingle.get(h) ?? []) shared.set(q, (shared.get(q) ?? 0) + 1);
    }
    let best: StoredQuote | undefined;
    let bestScore = 0;
    for (const [q, n] of shared) {
      const smaller = Math.min(shingles.size, q.shingles.size);
      const score = n / smaller;
      if (score < CONTAINED || score <= bestScore) continue;
      const short = Math.min(words, q.words) < MIN_CONTAINED;
      if (short && !this.sameSpeaker(q, speaker)) continue;
      best = q;
      bestScore = score;
    }
    return best;
  }

  private sameSpeaker(q: StoredQuote, speaker: number | null): boolean {
    if (speaker === null || q.speakers.size === 0) return true;
    return q.speakers.has(this.entities.root(speaker));
  }

  quotes(): ReportQuote[] {
    return this.all.map((q) => {
      return this.cached(q, () => this.output(q));
    });
  }

  private output(q: StoredQuote): ReportQuote {
    // Counts are kept per root at the time; a later merge may split one speaker in two keys.
    const tally = new Map<string, number>();
    let speaker: string | null = null;
    for (const [node, n] of q.speakers) {
      const id = this.entities.idOf(node);
      const total = (tally.get(id) ?? 0) + n;
      tally.set(id, total);
      if (speaker === null || total > (tally.get(speaker) ?? 0)) speaker = id;
    }
    return { id: q.id, speaker, text: q.text, articles: [...q.articles] };
  }
}
