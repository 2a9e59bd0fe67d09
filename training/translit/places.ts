/**
 * Word pairs from the places list (../shared/data/places, ODbL/DbCL): each Arab country's
 * towns with an Arabic and an English name of as many words give a pair per word, the article
 * taken off both sides («الرستن» / "Ar Rastan" → رستن / rastan: the extractor writes the
 * article itself, "al-"). These teach the transliterator the vowels of place names («سراقب»
 * → Saraqib, «شيخون» → Shaykhun), which personal names do not show.
 *
 * The English of the list is a scholarly romanisation with its accents folded away (Dayr,
 * Tall, Shaykhun), so the pairs teach that style; news conventions for the commonest words
 * (Deir, Tell) stay in translit/conventional.json, which is consulted first.
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fnv } from "../../functions/core/extract/ner/hash.ts";
import { arabicLetters, foldLatin } from "../../functions/core/extract/translit/letters.ts";
import type { Pair } from "./train.ts";

/** Countries whose towns have Arabic names of their own (not transcribed from Turkish or Hebrew). */
export const ARAB_COUNTRIES = ["SY", "IQ", "LB", "JO", "PS", "EG", "YE", "LY", "SA", "DZ"];

/** English article forms of the list: "Al", "Ar", "Ash", "Ad"… (sun letters assimilated). */
const ENGLISH_ARTICLE = /^(al|an|ar|as|ash|at|ath|ad|adh|az|ed|el|en|es|et|ez)['’]?$/i;

interface RawPlace {
  readonly name?: string;
  readonly native?: string | null;
  readonly translations?: Record<string, string>;
}

/** The English words of a name without the articles before them («Ar Rastan» → Rastan). */
function englishWords(name: string): string[] {
  const words = name.split(/[\s-]+/).filter(Boolean);
  return words.filter((w, i) => i + 1 === words.length || !ENGLISH_ARTICLE.test(w));
}

/** Arabic words of a name without a leading article («ال»), as letters. */
function arabicWords(name: string): string[][] {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => arabicLetters(w))
    .filter((l) => l.length > 0)
    .map((l) => (l.length > 3 && l[0] === "ا" && l[1] === "ل" ? l.slice(2) : l));
}

/**
 * The list's English marks emphatic letters with a dot or a cedilla (Ṣ, Ḥ, Ṭ, Ḍ, Ẓ; some
 * files write ş, ḩ, ţ). An Arabic spelling without the letter the mark stands for was made
 * from the English (شابا for Şabḩā), not the other way round, and would teach ش → s.
 */
const EMPHATICS: readonly [RegExp, string][] = [
  [/[ṣşṢŞ]/, "ص"],
  [/[ḥḩḤḨ]/, "ح"],
  [/[ṭţṬŢ]/, "ط"],
  [/[ḍḑḌḐ]/, "ض"],
  [/[ẓẒ]/, "ظ"],
];
const backTransliterated = (english: string, arabic: string) =>
  EMPHATICS.some(([mark, letter]) => mark.test(english) && !arabic.includes(letter));

/** Word pairs of one country file's places (names whose word counts differ are left out). */
export function placePairs(places: readonly RawPlace[]): Pair[] {
  const out: Pair[] = [];
  for (const p of places) {
    const ar = p.translations?.ar ?? p.native ?? "";
    if (!p.name || !ar) continue;
    if (backTransliterated(p.name, ar) || /[0-9]/.test(p.name)) continue;
    const a = arabicWords(ar);
    const e = englishWords(p.name);
    if (a.length === 0 || a.length !== e.length) continue;
    a.forEach((letters, i) => {
      const raw = (e[i] as string).toLowerCase();
      const latin = foldLatin(raw);
      if (latin.length > 0) out.push({ letters, latin, raw, count: 1 });
    });
  }
  return out;
}

/** Every Arab country's word pairs, each distinct (letters, Latin) once, in a stable order. */
export function readPlacePairs(dataDir: string): Pair[] {
  const seen = new Map<string, Pair>();
  for (const c of ARAB_COUNTRIES) {
    const file = join(dataDir, "places", `cities-${c}.json`);
    for (const pair of placePairs(JSON.parse(readFileSync(file, "utf8")) as RawPlace[])) {
      const key = `${pair.letters.join("")}\t${pair.latin}`;
      const had = seen.get(key);
      seen.set(key, had ? { ...had, count: had.count + 1 } : pair);
    }
  }
  return [...seen.values()].sort((x, y) =>
    x.letters.join("") < y.letters.join("") ? -1 : x.letters.join("") > y.letters.join("") ? 1 : 0,
  );
}

/**
 * The held-out fifth: by a hash of the Arabic spelling, so every reading of one spelling
 * falls on the same side and a held-out word is never seen in training.
 */
export function isHeldOutPlace(p: Pair): boolean {
  return fnv(p.letters.join("")) % 5 === 0;
}
