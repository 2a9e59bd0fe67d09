/**
 * Casualty figures: a count (digits in either script, or number words), what happened to the
 * people counted (killed / injured / displaced / arrested / missing), how exact the count is
 * (أكثر من، نحو، على الأقل…), where, and who gave it (بحسب المرصد…).
 *
 * A number becomes a figure only when it counts PEOPLE (شخصا، مدنيا، طفلا، قتيلا، عناصر…):
 * that is what keeps «72 ساعة», «39 فصيلا», «35 ضربة جوية» and resolution numbers out.
 * The kind comes from the count noun itself (قتيلا، جرحى) or from the nearest kind cue in the
 * same sentence (مقتل 154 شخصا واصابة اكثر من 300 آخرين: 154 killed, 300 injured).
 */
import type { BilingualName, Figure, FigureKind, Qualifier } from "../facts.ts";
import type { Mention } from "./entities.ts";
import { cliticSplits, keyMap, keySet, normalizeArabic } from "./normalize.ts";
import { type Range, sentenceRanges } from "./sentences.ts";
import type { Token } from "./tokenize.ts";

const UNITS = keyMap<number>([
  ["واحد", 1],
  ["واحده", 1],
  ["اثنان", 2],
  ["اثنين", 2],
  ["اثنتان", 2],
  ["اثنتين", 2],
  ["ثلاثه", 3],
  ["ثلاث", 3],
  ["اربعه", 4],
  ["اربع", 4],
  ["خمسه", 5],
  ["خمس", 5],
  ["سته", 6],
  ["ست", 6],
  ["سبعه", 7],
  ["سبع", 7],
  ["ثمانيه", 8],
  ["ثماني", 8],
  ["ثمان", 8],
  ["تسعه", 9],
  ["تسع", 9],
  ["عشره", 10],
  ["عشر", 10],
  ["احد", 1],
  ["احدي", 1],
]);
const TENS = keyMap<number>([
  ["عشرون", 20],
  ["عشرين", 20],
  ["ثلاثون", 30],
  ["ثلاثين", 30],
  ["اربعون", 40],
  ["اربعين", 40],
  ["خمسون", 50],
  ["خمسين", 50],
  ["ستون", 60],
  ["ستين", 60],
  ["سبعون", 70],
  ["سبعين", 70],
  ["ثمانون", 80],
  ["ثمانين", 80],
  ["تسعون", 90],
  ["تسعين", 90],
  ["مئه", 100],
  ["مائه", 100],
  ["مئتان", 200],
  ["مئتين", 200],
  ["مائتان", 200],
  ["مائتين", 200],
  ["مائتي", 200],
  ["مئتي", 200],
  ["ثلاثمئه", 300],
  ["ثلاثمائه", 300],
  ["اربعمئه", 400],
  ["اربعمائه", 400],
  ["خمسمئه", 500],
  ["خمسمائه", 500],
  ["الف", 1000],
  ["الفين", 2000],
  ["الفان", 2000],
]);

/** First letters of number words (a cheap filter before clitic splitting). */
const NUMBER_INITIALS = new Set([...UNITS.keys(), ...TENS.keys()].map((w) => w.charCodeAt(0)));

/** Nouns that count people; the kind when the noun itself says it. */
const PEOPLE = new Map<string, FigureKind | null>();
for (const w of [
  "شخص",
  "شخصا",
  "اشخاص",
  "مدني",
  "مدنيا",
  "مدنيين",
  "مدنيون",
  "طفل",
  "طفلا",
  "اطفال",
  "امراه",
  "نساء",
  "سيده",
  "سيدات",
  "رجل",
  "رجال",
  "عنصر",
  "عنصرا",
  "عناصر",
  "مقاتل",
  "مقاتلا",
  "مقاتلين",
  "مقاتلون",
  "جندي",
  "جنديا",
  "جنود",
  "عسكري",
  "عسكريا",
  "عسكريين",
  "مسلح",
  "مسلحا",
  "مسلحين",
  "مواطن",
  "مواطنا",
  "مواطنين",
  "مواطنات",
  "فلسطيني",
  "فلسطينيا",
  "فلسطينيين",
  "سوري",
  "سوريا",
  "سوريين",
  "عراقي",
  "عراقيا",
  "عراقيين",
  "اسرائيلي",
  "اسرائيليا",
  "اسرائيليين",
  "يمني",
  "يمنيا",
  "يمنيين",
  "لبناني",
  "لبنانيا",
  "لبنانيين",
  "ضحيه",
  "ضحايا",
  "اخرين",
  "اخرون",
  "صحفي",
  "صحفيا",
  "صحفيين",
  "مهاجر",
  "مهاجرا",
  "مهاجرين",
  "متظاهر",
  "متظاهرا",
  "متظاهرين",
  "ناشط",
  "ناشطا",
  "ناشطين",
  "شرطي",
  "شرطيا",
  "عامل",
  "عاملا",
  "عمال",
  "طالب",
  "طالبا",
  "طلاب",
  "نفر",
  "فردا",
  "افراد",
  "مدنيه",
  "مسعف",
  "مسعفين",
]) {
  PEOPLE.set(normalizeArabic(w), null);
}
for (const w of ["قتيل", "قتيلا", "قتلي", "شهيد", "شهيدا", "شهداء", "قتيلا"])
  PEOPLE.set(normalizeArabic(w), "killed");
for (const w of ["جريح", "جريحا", "جرحي", "مصاب", "مصابا", "مصابين", "مصابون"])
  PEOPLE.set(normalizeArabic(w), "injured");
for (const w of ["نازح", "نازحا", "نازحين", "لاجي", "لاجيا", "لاجيين", "مشرد", "مشردين"])
  PEOPLE.set(normalizeArabic(w), "displaced");
for (const w of [
  "معتقل",
  "معتقلا",
  "معتقلين",
  "اسير",
  "اسيرا",
  "اسري",
  "موقوف",
  "موقوفين",
  "محتجز",
  "محتجزين",
])
  PEOPLE.set(normalizeArabic(w), "arrested");
for (const w of ["مفقود", "مفقودا", "مفقودين"]) PEOPLE.set(normalizeArabic(w), "missing");

/** Kind cues: verbs and verbal nouns of what happened (normalised, clitics stripped). */
const KIND_CUES = new Map<string, FigureKind>();
for (const w of [
  "قتل",
  "مقتل",
  "قتلوا",
  "قتلت",
  "قتلي",
  "القتلي",
  "قتيل",
  "مصرع",
  "لقوا",
  "لقي",
  "حتفهم",
  "استشهاد",
  "استشهد",
  "استشهدوا",
  "وفاه",
  "وفيات",
  "توفي",
  "اعدام",
  "اعدم",
  "قضوا",
  "حصيله",
  "سقوط",
  "ارتقاء",
  "قتلهم",
]) {
  KIND_CUES.set(normalizeArabic(w), "killed");
}
for (const w of ["اصابه", "اصيب", "اصيبوا", "اصابات", "جرح", "جرحي", "اصابتهم", "اصيبت", "جروح"]) {
  KIND_CUES.set(normalizeArabic(w), "injured");
}
for (const w of ["نزوح", "نزح", "نزحوا", "تهجير", "تشريد", "فرار", "فروا", "لجوء", "هجر", "تهجر"]) {
  KIND_CUES.set(normalizeArabic(w), "displaced");
}
for (const w of [
  "اعتقال",
  "اعتقل",
  "اعتقلت",
  "اعتقلوا",
  "توقيف",
  "اوقف",
  "اوقفت",
  "احتجاز",
  "احتجز",
  "احتجزت",
  "خطف",
  "اختطاف",
  "اسر",
  "اعتقالات",
]) {
  KIND_CUES.set(normalizeArabic(w), "arrested");
}
for (const w of ["فقدان", "فقد", "فقدوا", "اختفاء", "مفقودين"])
  KIND_CUES.set(normalizeArabic(w), "missing");

/** Qualifiers written before the count, longest first (normalised token sequences). */
const PRE_QUALIFIERS: readonly [string[], Qualifier][] = (
  [
    [["ما", "لا", "يقل", "عن"], "at_least"],
    [["ما", "يزيد", "عن"], "more_than"],
    [["ما", "يزيد", "علي"], "more_than"],
    [["ما", "يصل", "الي"], "up_to"],
    [["ما", "يقارب"], "about"],
    [["اكثر", "من"], "more_than"],
    [["اقل", "من"], "up_to"],
    [["يزيد", "عن"], "more_than"],
    [["يزيد", "علي"], "more_than"],
    [["يصل", "الي"], "up_to"],
    [["حتي"], "up_to"],
    [["نحو"], "about"],
    [["حوالي"], "about"],
    [["قرابه"], "about"],
    [["زهاء"], "about"],
    [["قرابه"], "about"],
    [["يقارب"], "about"],
    [["تقريبا"], "about"],
  ] as [string[], Qualifier][]
).map(([words, q]) => [words.map(normalizeArabic), q]);

function stems(t: Token | undefined): string[] {
  return t
    ? cliticSplits(t.norm)
        .filter((c) => c.clitic.length <= 2)
        .map((c) => c.stem)
    : [];
}

/** The number starting at token i, and the token after it. */
function readNumber(
  text: string,
  tokens: readonly Token[],
  i: number,
): { value: number; end: number } | null {
  const t = tokens[i];
  if (!t) return null;
  const c0 = t.norm.charCodeAt(0);
  if (c0 >= 0x30 && c0 <= 0x39) {
    let value = Number(t.norm);
    let end = i + 1;
    // Thousands separators: 1,200 / 1٬200 / 1.200
    const next = tokens[end];
    if (next && /^[0-9]{3}$/.test(next.norm) && /^[,٬.]$/.test(text.slice(t.end, next.start))) {
      value = value * 1000 + Number(next.norm);
      end++;
    }
    if (stems(tokens[end]).some((s) => s === "الف" || s === "الاف" || s === "الفا")) {
      value *= 1000;
      end++;
    }
    return value > 0 && value < 10_000_000 ? { value, end } : null;
  }
  // Number words, with an optional «و» + tens («خمسة وعشرين») or «عشر» («احد عشر»).
  if (!NUMBER_INITIALS.has(t.norm.charCodeAt(0)) && !NUMBER_INITIALS.has(t.norm.charCodeAt(1)))
    return null;
  for (const s of stems(t)) {
    const unit = UNITS.get(s) ?? TENS.get(s);
    if (unit === undefined) continue;
    let value = unit;
    let end = i + 1;
    const nx = tokens[end]?.norm ?? "";
    if (unit < 10 && (nx === "عشر" || nx === "عشره")) {
      value += 10;
      end++;
    } else if (unit < 10 && nx.startsWith("و") && TENS.has(nx.slice(1))) {
      value += TENS.get(nx.slice(1)) ?? 0;
      end++;
    }
    return { value, end };
  }
  return null;
}

function qualifierBefore(
  tokens: readonly Token[],
  i: number,
): { q: Qualifier; start: number } | null {
  for (const [words, q] of PRE_QUALIFIERS) {
    const start = i - words.length;
    if (start < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      const w = words[k] ?? "";
      if (!stems(tokens[start + k]).includes(w)) {
        ok = false;
        break;
      }
    }
    if (ok) return { q, start };
  }
  return null;
}

function atLeastAt(tokens: readonly Token[], k: number): boolean {
  return stems(tokens[k]).includes("علي") && tokens[k + 1]?.norm === "الاقل";
}

export interface FigureContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
}

const SOURCE_CUES = keySet([
  "بحسب",
  "حسب",
  "وفق",
  "وفقا",
  "نقلا",
  "حصيله",
  "ذكر",
  "ذكرت",
  "افاد",
  "افادت",
  "اعلن",
  "اعلنت",
  "قال",
  "قالت",
  "اكد",
  "اكدت",
  "احصي",
  "وثق",
  "وثقت",
]);

export function findFigures(para: FigureContext): Figure[] {
  const { text, tokens, mentions } = para;
  const out: Figure[] = [];
  const sentences: Range[] = sentenceRanges(text);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const num = readNumber(text, tokens, i);
    if (!num) continue;
    const tok = tokens[i];
    if (!tok) continue;
    while (s < sentences.length && (sentences[s]?.end ?? 0) <= tok.start) s++;
    const sent = sentences[s] ?? { start: 0, end: text.length };
    const inSentence = (k: number) => {
      const t = tokens[k];
      return !!t && t.start >= sent.start && t.end <= sent.end;
    };

    // Qualifier before the number, or «على الأقل» after it or after the noun.
    const pre = qualifierBefore(tokens, i);
    let qualifier: Qualifier = pre?.q ?? "exact";
    let k = num.end;
    if (atLeastAt(tokens, k)) {
      qualifier = "at_least";
      k += 2;
    }
    // The counted noun: «28 مدنيا», «خمسة على الأقل من عناصر», «154 شخصا».
    if (stems(tokens[k]).includes("من") && inSentence(k + 1)) k++;
    const nounStems = stems(tokens[k]);
    const noun = nounStems.find((st) => PEOPLE.has(st));
    if (noun === undefined || !inSentence(k)) {
      i = num.end - 1;
      continue;
    }
    let end = k + 1;
    if (atLeastAt(tokens, end)) {
      qualifier = "at_least";
      end += 2;
    } else if (stems(tokens[end]).includes("تقريبا")) {
      qualifier = "about";
      end += 1;
    }

    // Kind: the noun itself, else the nearest kind cue in the sentence (before wins ties).
    let kind: FigureKind | null = PEOPLE.get(noun) ?? null;
    let cueStart = i;
    if (!kind) {
      let best = Number.POSITIVE_INFINITY;
      for (let b = (pre?.start ?? i) - 1, d = 1; b >= 0 && d <= 8 && inSentence(b); b--, d++) {
        const hit = stems(tokens[b])
          .map((st) => KIND_CUES.get(st))
          .find((x) => x);
        if (hit) {
          kind = hit;
          best = d;
          cueStart = b;
          break;
        }
      }
      for (let a = end, d = 1; a < tokens.length && d <= 6 && inSentence(a); a++, d++) {
        if (d >= best) break;
        const hit = stems(tokens[a])
          .map((st) => KIND_CUES.get(st))
          .find((x) => x);
        if (hit) {
          kind = hit;
          end = a + 1;
          cueStart = pre?.start ?? i;
          break;
        }
      }
    }
    if (!kind) {
      i = end - 1;
      continue;
    }

    // Places: those named after the count in its own clause («قتل 20 شخصا في حلب وإدلب»), else
    // the nearest one before it («في حلب، قتل 20 شخصا»). Places earlier in the sentence are
    // usually its subject («تبذل الولايات المتحدة وروسيا جهودا… قتل فيها 154 شخصا»), not where
    // the people died. Every look is bounded to a window around the figure so a pathological
    // one-sentence megabyte stays linear.
    const lo = Math.max(sent.start, tok.start - FIGURE_WINDOW);
    const hi = Math.min(sent.end, (tokens[end - 1]?.end ?? tok.end) + FIGURE_WINDOW);
    const clauseEnd = clauseEndAfter(text, tokens[end - 1]?.end ?? tok.end, hi);
    const first = firstMentionAtOrAfter(mentions, tok.start);
    const chosen: Mention[] = [];
    for (let k = first; k < mentions.length; k++) {
      const m = mentions[k] as Mention;
      if (m.end > clauseEnd) break;
      if (m.entity.type === "place") chosen.push(m);
    }
    for (let k = first - 1; chosen.length === 0 && k >= 0; k--) {
      const m = mentions[k] as Mention;
      if (m.start < lo) break;
      if (m.entity.type === "place" && m.end <= tok.start) chosen.push(m);
    }
    const places: BilingualName[] = [];
    for (const m of chosen) {
      if (!places.some((p) => p.en === m.entity.en && p.ar === m.entity.ar)) {
        places.push({ ar: m.entity.ar, en: m.entity.en });
      }
    }
    // The source («بحسب المرصد…») may stand anywhere in the window's part of the sentence.
    let source: BilingualName | null = null;
    for (let k = firstMentionAtOrAfter(mentions, lo); k < mentions.length && !source; k++) {
      const m = mentions[k] as Mention;
      if (m.start > hi) break;
      if (m.entity.type === "place") continue;
      const before3 = [tokens[m.tokStart - 1], tokens[m.tokStart - 2], tokens[m.tokStart - 3]];
      if (before3.some((t) => stems(t).some((st) => SOURCE_CUES.has(st))))
        source = { ar: m.entity.ar, en: m.entity.en };
    }
    const from = tokens[Math.min(cueStart, pre?.start ?? i)];
    const to = tokens[end - 1];
    out.push({
      kind,
      count: num.value,
      qualifier,
      places,
      source,
      parts: [],
      text: from && to ? text.slice(from.start, to.end) : tok.text,
    });
    i = end - 1;
  }
  return out;
}

/** How far (in characters) around a figure its places and source are looked for. */
const FIGURE_WINDOW = 300;

/** Where the clause holding a figure ends: a comma or semicolon, a contrast word, or `limit`. */
const CLAUSE_BREAK = /[،,؛;]|\s(?:فيما|بينما|في حين|فى حين)\s/;
function clauseEndAfter(text: string, from: number, limit: number): number {
  const hit = CLAUSE_BREAK.exec(text.slice(from, limit));
  return hit ? from + hit.index : limit;
}

/** Index of the first mention starting at or after `offset` (mentions are in text order). */
function firstMentionAtOrAfter(mentions: readonly Mention[], offset: number): number {
  let a = 0;
  let b = mentions.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if ((mentions[mid]?.start ?? 0) < offset) a = mid + 1;
    else b = mid;
  }
  return a;
}

/** One figure per kind, count and qualifier; places and sources of repeats are merged. */
export function mergeFigures(figures: readonly Figure[]): Figure[] {
  const out = new Map<string, Figure>();
  for (const f of figures) {
    const key = `${f.kind}:${f.count}:${f.qualifier}`;
    const had = out.get(key);
    if (!had) {
      out.set(key, f);
      continue;
    }
    const places = [...had.places];
    for (const p of f.places) if (!places.some((q) => q.ar === p.ar)) places.push(p);
    out.set(key, { ...had, places, source: had.source ?? f.source });
  }
  return [...out.values()];
}
