/**
 * A deterministic benchmark corpus: article-sized texts recombined from the
 * bundled sample articles' sentences, with their numbers varied, so the
 * benchmark needs nothing outside the repository and gives the same inputs on
 * every machine.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { seededRandom } from "../functions/core/seeded-random.ts";
import { readAnercorp } from "../training/ner/corpus.ts";

const SAMPLES = fileURLToPath(new URL("../samples/", import.meta.url));

function sampleSentences(): string[] {
  const sentences: string[] = [];
  for (const name of readdirSync(SAMPLES).sort()) {
    const text = readFileSync(join(SAMPLES, name), "utf8");
    for (const line of text.split(/\n+/)) {
      for (const s of line.split(/(?<=[.!؟?])\s*/))
        if (s.trim().split(/\s+/).length >= 5) sentences.push(s.trim());
    }
  }
  return sentences;
}

export interface Corpus {
  readonly articles: readonly string[];
  readonly bytes: number;
}

/** `count` articles of 12–30 sentences (about 2–6 KB each), grouped into 2–6 paragraphs. */
export function buildCorpus(count: number, seed = 20160503): Corpus {
  const pool = sampleSentences();
  const random = seededRandom(seed);
  const pick = () => pool[Math.floor(random() * pool.length)] as string;
  const articles: string[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const sentences = 12 + Math.floor(random() * 19);
    const paragraphs: string[] = [];
    let current: string[] = [];
    for (let s = 0; s < sentences; s++) {
      current.push(pick().replace(/[0-9]+/g, (n) => String((Number(n) + i) % 10 ** n.length || 1)));
      if (current.length >= 2 + Math.floor(random() * 4)) {
        paragraphs.push(current.join(" "));
        current = [];
      }
    }
    if (current.length > 0) paragraphs.push(current.join(" "));
    const text = paragraphs.join("\n\n");
    bytes += Buffer.byteLength(text);
    articles.push(text);
  }
  return { articles, bytes };
}

/**
 * Articles of real news whose words the bench corpus never saw: ANERcorp's tokenised
 * sentences (../shared/data, not bundled) re-joined, 4 to a paragraph and 6 paragraphs to an
 * article, punctuation re-attached. Measures what the recombined samples cannot: the cost of
 * words met for the first time, which every real article brings.
 */
export function unseenCorpus(sentences: readonly (readonly string[])[]): Corpus {
  const articles: string[] = [];
  let bytes = 0;
  let paragraph: string[] = [];
  let article: string[] = [];
  for (const words of sentences) {
    paragraph.push(words.join(" ").replace(/ ([.،,:؛])/g, "$1"));
    if (paragraph.length === 4) {
      article.push(paragraph.join(" "));
      paragraph = [];
    }
    if (article.length === 6) {
      const text = article.join("\n\n");
      articles.push(text);
      bytes += Buffer.byteLength(text);
      article = [];
    }
  }
  return { articles, bytes };
}

/** Where the unseen corpus comes from: the shared data next to the project, not bundled. */
const ANERCORP = join(
  import.meta.dirname,
  "..",
  "..",
  "shared",
  "data",
  "anercorp",
  "ANERCorp.txt",
);

/** unseenCorpus of ANERcorp, or null when ../shared/data is not there (a fresh clone alone). */
export function loadUnseenCorpus(): Corpus | null {
  if (!existsSync(ANERCORP)) return null;
  const { sentences } = readAnercorp(readFileSync(ANERCORP, "utf8"));
  return unseenCorpus(sentences.map((s) => s.words));
}

/** The median of some measurements (the mean of the middle two for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}
