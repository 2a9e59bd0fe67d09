/**
 * What consolidation needs of one stored article, computed once per article and kept: its
 * order, its text's keys (exact and near-duplicate), and its facts. Everything the stores do
 * afterwards is index lookups over these.
 */
import { createHash } from "node:crypto";
import type { ArticleDocument } from "../article-document.ts";
import type { ArticleFrontmatter } from "../facts.ts";
import { bandKeys, signature } from "./minhash.ts";
import { keyWords, shingleHashes } from "./text.ts";

/** Shingle length in words: long enough that shared phrases of the story do not match. */
const SHINGLE_WORDS = 5;
/** Texts shorter than this are compared only for exact equality (too little to estimate). */
export const MIN_NEAR_DUP_WORDS = 40;

export interface PreparedArticle {
  readonly doc: ArticleDocument;
  readonly facts: ArticleFrontmatter;
  /** Sort key: when first seen, then id; consolidation always runs in this order. */
  readonly order: string;
  /** SHA-256 of the normalised title and body: equal for the same text in any encoding. */
  readonly textHash: string;
  readonly words: number;
  readonly signature: Uint32Array | null;
  readonly bands: readonly string[];
  /** The body's sentences with their normalised word lists, for the timeline. */
  readonly sentences: readonly string[];
}

export const orderOf = (facts: ArticleFrontmatter): string => `${facts.ingested}\u0000${facts.id}`;

/** Splits paragraphs into sentences at full stops, question and exclamation marks. */
function sentencesOf(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    for (const s of p.split(/(?<=[.!?؟])\s+|(?<=[.!?؟])(?=[\p{L}])/u)) {
      const t = s.trim();
      if (t !== "") out.push(t);
    }
  }
  return out;
}

export function prepareArticle(doc: ArticleDocument): PreparedArticle {
  const facts = doc.frontmatter;
  // The lead is the first paragraph: the body alone identifies the text; the title is
  // included for bodies too short to say anything (a one-line brief).
  const words = keyWords(doc.paragraphs.join("\n"));
  const all = words.length < MIN_NEAR_DUP_WORDS ? [...keyWords(facts.title.ar), ...words] : words;
  const textHash = createHash("sha256").update(all.join(" ")).digest("hex");
  const sig =
    words.length >= MIN_NEAR_DUP_WORDS ? signature(shingleHashes(words, SHINGLE_WORDS)) : null;
  return {
    doc,
    facts,
    order: orderOf(facts),
    textHash,
    words: words.length,
    signature: sig,
    bands: sig ? bandKeys(sig) : [],
    sentences: sentencesOf(doc.paragraphs),
  };
}
