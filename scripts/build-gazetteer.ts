/**
 * Builds the derived gazetteer data from the shared reference data (never copied into the repo):
 *
 *   functions/core/extract/gazetteer/places.json   countries and cities, curated
 *   functions/core/extract/gazetteer/common.json   words too common to be trusted as names
 *
 * Usage: node scripts/build-gazetteer.ts [path/to/shared/data]   (default ../shared/data)
 *
 * Curation rules (why): the city tables carry machine transliterations and admin labels
 * ("قضاء جبلة", "إطار" for Tyre, "عضلات البطن" for Abs). We keep a city only when its Arabic
 * name is Arabic script, sheds admin prefixes cleanly, is not a common Arabic word (measured on
 * ANERcorp: tokens mostly tagged O), does not collide with a person-name word of the curated
 * people list, and the place is large enough to be newsworthy. Countries win over cities with
 * the same Arabic name (الجزائر, الكويت). Ambiguity is the enemy of precision.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { PEOPLE, PLACES } from "../functions/core/extract/gazetteer/curated.ts";
import { parseLines } from "../functions/core/extract/gazetteer/lines.ts";
import { normalizeArabic } from "../functions/core/extract/text/normalize.ts";

const dataDir = resolve(process.argv[2] ?? join(import.meta.dirname, "..", "..", "shared", "data"));
const outDir = join(import.meta.dirname, "..", "functions", "core", "extract", "gazetteer");

interface RawPlace {
  name: string;
  native?: string | null;
  population?: number | null;
  translations?: Record<string, string>;
}

const ARABIC_ONLY = /^[\u0621-\u064A\u0660-\u0669\u0670-\u06D3\s-]+$/;
const ADMIN_PREFIX = /^(منطقه|قضاء|قضا|مديريه|مركز|ناحيه|محافظه|لواء) /;
const FUNCTION_WORDS = new Set(
  "في من على عن الى الي مع كما او ثم قد لا ما هل ان اذا عند بين تحت فوق".split(" "),
);
/** Cities per country below these populations are too small to be worth the ambiguity. */
const MIN_POPULATION: Record<string, number> = { TR: 150000, SA: 40000, DZ: 40000, YE: 60000 };
const DEFAULT_MIN_POPULATION = 25000;
/** Table entries that pass the automatic checks but are ordinary words or wrong translations. */
const DENY = new Set(
  [
    "رأس السنة الميلادية",
    "مركزي أفندي",
    "الخبر",
    "يهود",
    "السلفية",
    "مفتاح",
    "معان",
    "الواد",
    "الزاوية",
    "الخمس",
    "البيضاء",
    "فاتح",
    "زاوية",
    "الحلي",
    "كريمة",
    "مصيف",
    "صاحب",
    "حلفاية",
    "حلفايا",
  ].map(normalizeArabic),
);

// ---------------------------------------------------------------- common words (ANERcorp)
const counts = new Map<string, { o: number; name: number; pers: number }>();
for (const line of readFileSync(join(dataDir, "anercorp", "ANERCorp.txt"), "utf8").split("\n")) {
  const sp = line.lastIndexOf(" ");
  if (sp <= 0) continue;
  const word = normalizeArabic(line.slice(0, sp));
  const tag = line.slice(sp + 1).trim();
  if (!/^[\u0621-\u064A]+$/.test(word)) continue;
  const c = counts.get(word) ?? { o: 0, name: 0, pers: 0 };
  if (tag === "O") c.o++;
  else c.name++;
  if (tag.endsWith("PERS")) c.pers++;
  counts.set(word, c);
}
/** A word seen at least 3 times and mostly outside entities reads as an ordinary word. */
const common = [...counts]
  .filter(([, c]) => c.o >= 3 && c.o >= 4 * c.name)
  .map(([w]) => w)
  .sort();
const commonSet = new Set(common);
const personWords = new Set<string>();
for (const e of parseLines(PEOPLE, "person")) {
  for (const f of e.forms) for (const w of normalizeArabic(f).split(" ")) personWords.add(w);
}
for (const [w, c] of counts) if (c.pers >= 2 && c.pers >= c.o) personWords.add(w);

// ---------------------------------------------------------------- places
const taken = new Set<string>();
for (const e of parseLines(PLACES, "place")) for (const f of e.forms) taken.add(normalizeArabic(f));

function asciiName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[‘’ʽʼ`]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

function cleanArabic(raw: string | undefined | null): string | null {
  if (!raw) return null;
  const s = raw
    .replace(/[\u200e\u200f]/g, "")
    .replace(/\(.*?\)/g, "")
    .trim();
  if (!ARABIC_ONLY.test(s)) return null;
  const norm = normalizeArabic(s).replace(ADMIN_PREFIX, "");
  const words = norm.split(" ");
  if (norm.replace(/ /g, "").length < 3 || DENY.has(norm)) return null;
  if (words.some((w) => FUNCTION_WORDS.has(w))) return null;
  // A name made only of ordinary words is a translation accident ("رأس السنة الميلادية").
  if (words.every((w) => commonSet.has(w) || commonSet.has(w.replace(/^ال/, "")))) return null;
  if (words.length === 1 && personWords.has(norm)) return null;
  // Keep the written form minus the admin prefix the normalised key dropped.
  return s
    .split(/\s+/)
    .slice(s.split(/\s+/).length - words.length)
    .join(" ");
}

/**
 * Arabic letters an English transliteration's first consonant may come from. A city whose
 * Arabic name starts with none of them is a translation accident, not a transliteration
 * ("Hit" → يضرب "he hits", "Hail" → يشيد, "Tyre" → إطار).
 */
const FIRST_LETTER: readonly [RegExp, string][] = [
  [/^(kh)/, "خك"],
  [/^(sh|ch|ş|ç)/, "شسصتج"],
  [/^(th)/, "ثتط"],
  [/^(dh)/, "ذضظد"],
  [/^(gh)/, "غج"],
  [/^[aeiouāīūı‘'ʿ]/, "اعءي"],
  [/^b/, "ب"],
  [/^[tţ]/, "تطث"],
  [/^[dḑ]/, "دضذ"],
  [/^[jg]/, "جغقك"],
  [/^[hḩẖ]/, "هحخ"],
  [/^[kqc]/, "كقخ"],
  [/^[sş]/, "سصثش"],
  [/^[zẓ]/, "زظذ"],
  [/^r/, "ر"],
  [/^f/, "ف"],
  [/^m/, "م"],
  [/^n/, "ن"],
  [/^l/, "ل"],
  [/^[wv]/, "وف"],
  [/^y/, "يا"],
  [/^p/, "بف"],
];
function plausibleTransliteration(en: string, ar: string): boolean {
  const latin = en
    .toLowerCase()
    .replace(/^(al|el|ad|ar|as|ash|at|az|an|adh|ath)[ -]/, "")
    .replace(/^[‘'ʿ]+/, "");
  const arabic = normalizeArabic(ar).replace(/^ال/, "");
  for (const [re, letters] of FIRST_LETTER) {
    if (re.test(latin)) return letters.includes(arabic[0] ?? "");
  }
  return true;
}

const places: { en: string; ar: string[] }[] = [];
function addPlace(en: string, forms: (string | null)[]): void {
  const ar: string[] = [];
  for (const f of forms) {
    if (!f) continue;
    const key = normalizeArabic(f);
    if (taken.has(key)) continue;
    taken.add(key);
    ar.push(f);
  }
  if (ar.length > 0) places.push({ en, ar });
}

const countries = JSON.parse(
  readFileSync(join(dataDir, "places", "countries.json"), "utf8"),
) as RawPlace[];
for (const c of countries) {
  const tr = c.translations?.ar ?? "";
  const forms = [cleanArabic(tr), cleanArabic(c.native)];
  const paren = /\((.+?)\)/.exec(tr);
  if (paren) forms.push(cleanArabic(paren[1]));
  addPlace(c.name, forms);
}
const CODES = ["SY", "IQ", "LB", "JO", "PS", "IL", "EG", "YE", "LY", "SA", "DZ", "TR"];
for (const code of CODES) {
  const cities = JSON.parse(
    readFileSync(join(dataDir, "places", `cities-${code}.json`), "utf8"),
  ) as RawPlace[];
  const min = MIN_POPULATION[code] ?? DEFAULT_MIN_POPULATION;
  cities
    .filter((c) => (c.population ?? 0) >= min)
    .sort((a, b) => (b.population ?? 0) - (a.population ?? 0))
    .forEach((c) => {
      const native = /[\u0621-\u064A]/.test(c.native ?? "") ? c.native : null;
      const ar = cleanArabic(native ?? c.translations?.ar);
      if (ar && plausibleTransliteration(c.name, ar)) addPlace(asciiName(c.name), [ar]);
    });
}

writeFileSync(join(outDir, "places.json"), `${JSON.stringify(places)}\n`);
writeFileSync(join(outDir, "common.json"), `${JSON.stringify(common)}\n`);
console.log(`places: ${places.length}, common words: ${common.length}`);
