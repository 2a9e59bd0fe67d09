/**
 * Transliteration speed, on one core (in the bench's pinned extract child):
 *   translit_names_per_s: transliterateName over a news-like workload (a few hundred distinct
 *     names, each recurring, as in a feed; the cache of known names does most of the work);
 *   translit_unseen_words_per_s: the graphone model decoding made-up words, no cache.
 */
import { readFileSync } from "node:fs";
import { transliterateName } from "../functions/core/extract/translit/index.ts";
import { GraphoneModel, type TranslitArtefact } from "../functions/core/extract/translit/model.ts";

const MODEL = new URL("../functions/core/extract/translit/model.json", import.meta.url);

function newsNames(count: number): string[] {
  const given = ["محمد", "أحمد", "فراس", "نزار", "زياد", "سلمى", "يحيى", "كريمة", "قاسم", "هادي"];
  const family = ["السنوار", "منصوري", "الخطيب", "حمدان", "زيدان", "سليماني", "العامري"];
  const names: string[] = [];
  for (const g of given)
    for (const f of family) for (const m of given) names.push(`${g} ${m} ${f}`);
  return Array.from({ length: count }, (_, i) => names[(i * 7919) % names.length] ?? "");
}

function madeUpWords(count: number): string[][] {
  const letters = "بتثجحخدذرزسشصضطظعغفقكلمنهوي";
  const words: string[][] = [];
  for (let i = 0; words.length < count; i++) {
    let w = "";
    for (let k = 0; k < 4 + (i % 4); k++)
      w += letters[(i * 31 + k * 17 + k * k * i) % letters.length];
    words.push([...w]);
  }
  return words;
}

export function benchTranslit() {
  const workload = newsNames(40_000);
  let t = performance.now();
  for (const n of workload) transliterateName(n);
  const namesPerS = workload.length / ((performance.now() - t) / 1000);

  const model = new GraphoneModel(JSON.parse(readFileSync(MODEL, "utf8")) as TranslitArtefact);
  const words = madeUpWords(5000);
  for (const w of words.slice(0, 500)) model.decode(w); // warm up
  t = performance.now();
  for (const w of words) model.decode(w);
  const wordsPerS = words.length / ((performance.now() - t) / 1000);
  return {
    translit_names_per_s: Math.round(namesPerS),
    translit_unseen_words_per_s: Math.round(wordsPerS),
  };
}
