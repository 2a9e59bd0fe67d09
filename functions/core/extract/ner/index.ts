/**
 * The extractor's entry to the trained NER tagger: loads the committed model once (no access to
 * ../shared at run time), turns the extractor's word tokens into the tagger's tokens (ANERcorp
 * style: words plus punctuation as tokens of their own), tags an article's paragraphs as one
 * document (two passes, then the consistency pass of consistency.ts) and returns entity spans in
 * extractor token indices with a confidence.
 */
import { gazetteerWordRoles } from "../gazetteer/index.ts";
import type { Token } from "../text/tokenize.ts";
import modelFile from "./model.json" with { type: "json" };
import { loadStacked, type StackedModelFile } from "./model.ts";
import { spansOf } from "./spans.ts";
import { type DocumentTagger, makeDocumentTagger } from "./tagger.ts";

export type TaggedType = "PERS" | "LOC" | "ORG" | "MISC";

export interface TaggedSpan {
  readonly para: number;
  /** Extractor token range [tokStart, tokEnd) in the paragraph. */
  readonly tokStart: number;
  readonly tokEnd: number;
  readonly type: TaggedType;
  /** Smallest score margin over the span's words (and the word after it): higher is surer. */
  readonly confidence: number;
}

let tagger: DocumentTagger | null = null;
let fastTagger: DocumentTagger | null = null;
let lists: ReadonlyMap<string, readonly string[]> = new Map();

function getTagger(): DocumentTagger {
  if (!tagger) {
    const m = loadStacked(modelFile as unknown as StackedModelFile);
    tagger = makeDocumentTagger(m.stage1, m.stage2);
    fastTagger = makeDocumentTagger(m.stage1, null);
    lists = m.stage1.lists;
  }
  return tagger;
}

/**
 * Was this normalised word seen in the tagger's training text at least twice, and never
 * inside a name? Then it is an ordinary word («تدريب», «العمل»).
 */
export function isOrdinaryWord(norm: string): boolean {
  getTagger();
  return (lists.get(`n|${norm}`)?.[0] ?? "").startsWith("O");
}

/**
 * Is this normalised word known as (part of) a name: tagged inside entities in the training
 * data at least a third of the time, or a word of a gazetteer name?
 */
export function isKnownNameWord(norm: string): boolean {
  getTagger();
  if (gazetteerWordRoles(norm).length > 0) return true;
  return (lists.get(`n|${norm}`) ?? []).some((f) => /^[BI]-/.test(f) && !f.endsWith("l"));
}

/**
 * Is this normalised word a common personal name: at least five Wikidata people's names use
 * it? «تركي» (Turki; also "Turkish") and «أمين» are, though ordinary words too.
 */
export function isCommonPersonalName(norm: string): boolean {
  const bucket = personalNameBucket(norm);
  return bucket === "d5" || bucket === "d20";
}

/**
 * How many Wikidata people's names use this normalised word: "d1", "d2", "d5" (five or more),
 * "d20" (twenty or more), or null for none.
 */
export function personalNameBucket(norm: string): string | null {
  getTagger();
  return lists.get(`w|${norm}`)?.[0] ?? null;
}

/**
 * Tagging passes the extractor runs: 2 is the evaluated two-pass tagger; 1 skips the document
 * pass (about 2.5× faster, lower recall on repeated names, which the extractor's own surname
 * linking partly makes up for).
 */
export const PASSES: 1 | 2 = 2;

/** At most this many punctuation tokens are emitted between two words. */
const MAX_PUNCT = 2;

/** What /\s/ matches, as a code-unit test (it is asked for every gap between two tokens). */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Tagger tokens of a paragraph: each extractor token, and the punctuation between tokens as
 * single-character tokens (ANERcorp splits «،», «.», «(», quotes…). `index[k]` is the extractor
 * token index of tagger token k, or -1 for punctuation; `forms[k]` its tokenizer form (-1 if none).
 */
export function taggerTokens(
  text: string,
  tokens: readonly Token[],
): { words: string[]; index: number[]; forms: number[] } {
  const words: string[] = [];
  const index: number[] = [];
  const forms: number[] = [];
  let pos = 0;
  const gap = (from: number, to: number) => {
    let n = 0;
    for (let i = from; i < to && n < MAX_PUNCT; i++) {
      const c = text.charCodeAt(i);
      if (isSpace(c) || (c >= 0x200b && c <= 0x200f) || c === 0x0640) continue;
      words.push(text[i] ?? "");
      index.push(-1);
      forms.push(-1);
      n++;
    }
  };
  tokens.forEach((t, k) => {
    gap(pos, t.start);
    words.push(t.text);
    index.push(k);
    forms.push(t.form ?? -1);
    pos = t.end;
  });
  gap(pos, Math.min(text.length, pos + 64));
  return { words, index, forms };
}

/** Entity spans the tagger finds in an article's paragraphs (one document, in order). */
export function tagParagraphs(
  paras: readonly string[],
  tokens: readonly (readonly Token[])[],
  passes: 1 | 2 = PASSES,
): TaggedSpan[] {
  const seqs = paras.map((p, i) => taggerTokens(p, tokens[i] ?? []));
  const full = getTagger();
  const results = (passes === 1 ? (fastTagger ?? full) : full).tagDocument(
    seqs.map((s) => s.words),
    seqs.map((s) => s.forms),
  );
  const out: TaggedSpan[] = [];
  results.forEach((r, p) => {
    const idx = seqs[p]?.index ?? [];
    for (const s of spansOf(r.tags)) {
      let ok = true;
      for (let k = s.start; k < s.end; k++) if ((idx[k] ?? -1) < 0) ok = false;
      if (!ok) continue;
      let conf = Number.POSITIVE_INFINITY;
      for (let k = s.start; k <= Math.min(s.end, r.tags.length - 1); k++) {
        conf = Math.min(conf, r.margins[k] ?? 0);
      }
      const span: TaggedSpan = {
        para: p,
        tokStart: idx[s.start] ?? 0,
        tokEnd: (idx[s.end - 1] ?? 0) + 1,
        type: s.type as TaggedType,
        confidence: conf,
      };
      // «ميشال أليو - ماري»: ANERcorp tags a hyphenated family name's second half as a new
      // name; one word after the hyphen goes on the person before it, and so does the rest
      // of a name after a hyphenated first name («ماري-لور فيشر», «جان-بيير»).
      const before = out[out.length - 1];
      const words = seqs[p]?.words ?? [];
      const hyphenated =
        before?.para === p &&
        before.type === "PERS" &&
        span.type === "PERS" &&
        (s.end - s.start === 1 || before.tokEnd - before.tokStart === 1) &&
        words[s.start - 1] === "-" &&
        (idx[s.start - 2] ?? -1) === before.tokEnd - 1;
      if (hyphenated) {
        out[out.length - 1] = {
          ...before,
          tokEnd: span.tokEnd,
          confidence: Math.min(before.confidence, conf),
        };
      } else out.push(span);
    }
  });
  return out;
}
