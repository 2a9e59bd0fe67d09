/**
 * Feature extraction for the NER tagger. Every feature is a 32-bit hash: FNV-1a of a value
 * seeded by its template, or an integer mix of a template seed and two value hashes for
 * conjunctions; feature strings are never built (docFeatures, the readable form of the
 * second-pass features, is the reference docFeatureIds is tested against). Three kinds:
 *
 *  - word features: a function of ONE word and its offset from the tagged position (the word,
 *    its normalised form, clitic-stripped stem, affixes, shape, cue class, name-list
 *    membership, word clusters). At run time their weights are summed once per distinct word and offset and
 *    cached, so tagging a token costs a handful of array additions.
 *  - context features: functions of several words (bigrams, gazetteer spans over the
 *    sequence, cue/shape conjunctions), hashed per token.
 *  - document features (second pass only): the first-pass labels of the word, its neighbours
 *    and the other occurrences of its stem within DOC_WINDOW sentences.
 *
 * Training (train.ts) and tagging (tagger.ts) call the same functions, so the two agree by
 * construction.
 */
import { normalizeArabic } from "../text/normalize.ts";
import { type Word, wordOf } from "../text/words.ts";
import { LABELS } from "./decoder.ts";
import { gazetteerView } from "./gazetteer-view.ts";
import type { NameLists } from "./name-lists.ts";

/** FNV-1a over the UTF-16 code units of `s`, continuing from `h`. */
export function fnv(s: string, h = 0x811c9dc5): number {
  let x = h;
  for (let i = 0; i < s.length; i++) {
    x ^= s.charCodeAt(i);
    x = Math.imul(x, 0x01000193);
  }
  return x >>> 0;
}

/** Seed of a template: features of different templates never share a hash by construction. */
function seed(name: string): number {
  return fnv(`${name}=`);
}

/** Hash of a template seed with two value hashes (a conjunction): integer mixing only. */
export function mix(s: number, a: number, b: number): number {
  let h = Math.imul(s ^ a, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h ^ b, 0x85ebca77);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae3d);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Role nouns, place nouns, organisation nouns and speech verbs, as clitic-free stems. */
const CUES: readonly (readonly [string, string])[] = [
  [
    "role",
    "وزير وزيره رئيس رئيسه متحدث متحدثه ناطق مدير مديره امين سفير شيخ ملك ملكه امير اميره سيد سيده دكتور نائب قائد زعيم مستشار عقيد لواء عميد جنرال مدرب لاعب فنان فنانه كاتب شاعر مخرج مبعوث امام بابا سلطان ممثل مندوب مراسل نجم مطرب مغني بطل وكيل محافظ حاكم قاضي محامي استاذ صحفي مفتي رئيسا وزيرا سفيرا بطريرك كاردينال حاخام مفوض منسق اسقف عاهل ولي امبراطور مرشح رجل سيناتور",
  ],
  [
    "place",
    "مدينه بلده قريه حي محافظه منطقه ولايه عاصمه مخيم اقليم جزيره نهر بحر جبل شارع ميناء مطار ضاحيه مقاطعه ساحه قضاء ناحيه سهل وادي بحيره خليج مدن بلدات قري مناطق",
  ],
  [
    "org",
    "وكاله شركه منظمه حزب جامعه وزاره مجلس جيش جبهه حركه اتحاد نادي منتخب صحيفه جريده قناه بنك مصرف هيئه لجنه موسسه جمعيه معهد مركز فريق محكمه برلمان اكاديميه مجموعه تلفزيون اذاعه مجله بورصه صندوق كتيبه لواء فيلق شبكه",
  ],
  ["say", "قال قالت اكد اكدت اضاف اضافت اعلن اعلنت صرح صرحت اوضح اوضحت ذكر ذكرت افاد افادت"],
  ["prep", "في من الي علي عن مع بين عند لدي حول قرب داخل خارج نحو"],
];
const CUE_OF = new Map<string, string>();
for (const [cls, words] of CUES) {
  for (const w of words.split(" ")) if (!CUE_OF.has(w)) CUE_OF.set(w, cls);
}
/** Cue class → its small number (0 is «no cue»), for the tagger's cache keys. */
const CUE_ID = new Map<string, number>(CUES.map(([cls], k) => [cls, k + 1]));

/** Everything the features need to know about one word, computed once per distinct word. */
export interface WordInfo {
  readonly raw: string;
  readonly norm: string;
  /** The normalised word's shared record of memoised answers (gazetteer starts…). */
  readonly word: Word;
  /** The normalised word without conjunction, preposition+article or article. */
  readonly bare: string;
  /** What was stripped to get `bare` ("" for nothing). */
  readonly clitic: string;
  readonly shape: string;
  readonly len: string;
  readonly cue: string;
  /** The cue class as a small number: 0 for none, then CUES order. */
  readonly cueId: number;
  /** Name-list features of the normalised form and of the bare stem. */
  readonly lists: readonly string[];
  /** Word-cluster ids («a12» coarse, «b140» fine; «B…» when only the bare stem has one). */
  readonly clusters: readonly string[];
  /** Where the word occurs in gazetteer names («person:first»…). */
  readonly gazWord: readonly string[];
  /** Can a gazetteer name start at this word (an Arabic word some name begins with)? */
  readonly startsName: boolean;
  /** Value hashes for context conjunctions (fnv of norm, bare, cue, shape, clitic, lists). */
  readonly hNorm: number;
  readonly hBare: number;
  readonly hCue: number;
  readonly hShape: number;
  readonly hClitic: number;
  /** Clitic + last letter: «ال…ي» marks a nisba adjective (الروسي، الفرنسي). */
  readonly hNisba: number;
  readonly hLists: readonly number[];
  /**
   * Training only: the word does not occur outside this sentence's fold, so its identity
   * features are withheld (as they are missing for a new word at run time) and the model learns
   * to read unknown words from their letters and context.
   */
  readonly unknown: boolean;
}

function shapeOf(w: string): string {
  let out = "";
  let last = "";
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    let k: string;
    if (c >= 0x0621 && c <= 0x064a) k = "a";
    else if ((c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669)) k = "d";
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) k = "L";
    else if (c >= 0x064b && c <= 0x0670) k = "";
    else k = "p";
    if (k !== "" && k !== last) {
      out += k;
      last = k;
    }
  }
  return out.length > 4 ? `${out.slice(0, 4)}+` : out;
}

function lenBucket(n: number): string {
  if (n <= 3) return String(n);
  if (n <= 5) return "4-5";
  if (n <= 7) return "6-7";
  return "8+";
}

/** Split a normalised word into clitics and a bare stem (conservative: stems stay ≥ 2–3 letters). */
export function bareStem(norm: string): { clitic: string; bare: string } {
  let w = norm;
  let clitic = "";
  if ((w.startsWith("و") || w.startsWith("ف")) && w.length > 3) {
    clitic = w[0] ?? "";
    w = w.slice(1);
  }
  if (w.startsWith("لل") && w.length > 4) {
    clitic += "لل";
    w = w.slice(2);
  } else if (/^[بكل]ال/.test(w) && w.length > 5) {
    clitic += `${w[0]}ال`;
    w = w.slice(3);
  } else if (w.startsWith("ال") && w.length > 4) {
    clitic += "ال";
    w = w.slice(2);
  }
  return { clitic, bare: w };
}

/** Cue class of a word, also behind a one-letter clitic («بمدينة», «لوكالة», «ووزير»). */
function cueOf(norm: string, bare: string): string {
  const direct = CUE_OF.get(bare) ?? CUE_OF.get(norm);
  if (direct !== undefined) return direct;
  if (norm.length >= 4 && /^[وفبلك]/.test(norm)) {
    const rest = norm.slice(1);
    return CUE_OF.get(rest) ?? CUE_OF.get(bareStem(rest).bare) ?? "";
  }
  return "";
}

export const BOS = "<s>";
export const EOS = "</s>";

/**
 * The name lists by kind, keyed by the bare word, each value already carrying the prefix its
 * feature uses («n|قال» → ["nO10"] under n). Analysing a new word then costs lookups by the word
 * itself: no key string to build and hash per kind, no feature string per list entry.
 */
interface ListsByKind {
  readonly n: ReadonlyMap<string, readonly string[]>;
  readonly b: ReadonlyMap<string, readonly string[]>;
  readonly w: ReadonlyMap<string, readonly string[]>;
  readonly wb: ReadonlyMap<string, readonly string[]>;
  readonly k: ReadonlyMap<string, readonly string[]>;
  readonly kB: ReadonlyMap<string, readonly string[]>;
}

const listsByKindOf = new WeakMap<NameLists, ListsByKind>();

function listsByKind(lists: NameLists): ListsByKind {
  const hit = listsByKindOf.get(lists);
  if (hit) return hit;
  // Value lists repeat (a few hundred distinct): one prefixed array each, shared.
  const shared = new Map<string, readonly string[]>();
  const prefixed = (prefix: string, values: readonly string[]) => {
    const key = `${prefix}\u0001${values.join(",")}`;
    let out = shared.get(key);
    if (out === undefined) {
      out = values.map((v) => `${prefix}${v}`);
      shared.set(key, out);
    }
    return out;
  };
  const n = new Map<string, readonly string[]>();
  const b = new Map<string, readonly string[]>();
  const w = new Map<string, readonly string[]>();
  const wb = new Map<string, readonly string[]>();
  const k = new Map<string, readonly string[]>();
  const kB = new Map<string, readonly string[]>();
  for (const [key, values] of lists) {
    const word = key.slice(2);
    switch (key.slice(0, 2)) {
      case "n|":
        n.set(word, prefixed("n", values));
        break;
      case "b|":
        b.set(word, prefixed("b", values));
        break;
      case "w|":
        w.set(word, prefixed("w", values));
        wb.set(word, prefixed("wb", values));
        break;
      case "k|":
        k.set(word, prefixed("", values));
        kB.set(word, prefixed("B", values));
        break;
    }
  }
  const out = { n, b, w, wb, k, kB };
  listsByKindOf.set(lists, out);
  return out;
}

const NONE: readonly string[] = [];

/** A word analyser bound to one set of name lists, with its own cache. */
export function makeAnalyzer(
  lists: NameLists,
  known?: ReadonlySet<string>,
): (raw: string) => WordInfo {
  const cache = new Map<string, WordInfo>();
  const byKind = listsByKind(lists);
  const gazetteer = gazetteerView(lists);
  return (raw: string): WordInfo => {
    const hit = cache.get(raw);
    if (hit) return hit;
    const pad = raw === BOS || raw === EOS;
    const norm = pad ? raw : normalizeArabic(raw) || raw;
    const { clitic, bare } = pad ? { clitic: "", bare: raw } : bareStem(norm);
    const l: string[] = [];
    for (const f of byKind.n.get(norm) ?? NONE) l.push(f);
    for (const f of byKind.b.get(bare) ?? NONE) l.push(f);
    for (const f of byKind.w.get(norm) ?? NONE) l.push(f);
    if (bare !== norm) for (const f of byKind.wb.get(bare) ?? NONE) l.push(f);
    let clusters = byKind.k.get(norm) ?? NONE;
    if (clusters.length === 0 && bare !== norm) clusters = byKind.kB.get(bare) ?? NONE;
    const gazWord = pad ? [] : [...gazetteer.rolesOf(norm)];
    if (!pad && bare !== norm) for (const r of gazetteer.rolesOf(bare)) gazWord.push(`b${r}`);
    const shape = pad ? raw : shapeOf(raw);
    const cue = pad ? "" : cueOf(norm, bare);
    const word = wordOf(norm);
    const info: WordInfo = {
      raw,
      norm,
      word,
      bare,
      clitic,
      shape,
      len: pad ? "0" : lenBucket(norm.length),
      cue,
      cueId: CUE_ID.get(cue) ?? 0,
      lists: l,
      clusters,
      gazWord,
      startsName: !pad && startsArabic(norm) && gazetteer.mayStart(norm),
      hNorm: fnv(norm),
      hBare: fnv(bare),
      hCue: fnv(cue),
      hShape: fnv(shape),
      hClitic: fnv(clitic),
      hNisba: fnv(`${clitic}|${norm.slice(-1)}`),
      hLists: l.map((f) => fnv(f)),
      unknown: !pad && known !== undefined && !known.has(norm),
    };
    if (cache.size >= 100_000) cache.clear();
    cache.set(raw, info);
    return info;
  };
}

/** Word-feature offsets, most negative first. */
export const OFFSETS: readonly number[] = [-3, -2, -1, 0, 1, 2, 3];

const S = {
  bias: seed("bias"),
  w: seed("w0"),
  n: OFFSETS.map((k) => seed(`n${k}`)),
  b: OFFSETS.map((k) => seed(`b${k}`)),
  c: OFFSETS.map((k) => seed(`c${k}`)),
  shape: OFFSETS.map((k) => seed(`shape${k}`)),
  cue: OFFSETS.map((k) => seed(`cue${k}`)),
  list: OFFSETS.map((k) => seed(`list${k}`)),
  k: OFFSETS.map((k) => seed(`k${k}`)),
  s2: OFFSETS.map((k) => seed(`s2${k}`)),
  p1: seed("p1"),
  p2: seed("p2"),
  p3: seed("p3"),
  s1: seed("s1"),
  s3: seed("s3"),
  bp2: seed("bp2"),
  bs1: seed("bs1"),
  bs2: seed("bs2"),
  bs3: seed("bs3"),
  len: seed("len0"),
  bg1: seed("bg-1"),
  bg2: seed("bg+1"),
  sbg: seed("sbg-1"),
  sbg2: seed("sbg+1"),
  gw: OFFSETS.map((k) => seed(`gw${k}`)),
  ng3: seed("ng3"),
  ng4: seed("ng4"),
  nisba: OFFSETS.map((k) => seed(`nisba${k}`)),
  gaz: [seed("g-1"), seed("g0"), seed("g+1")],
  gazb: seed("gb"),
  cueShape: seed("cue-1|shape0"),
  cueList: seed("cue-1|list0"),
  cue2: seed("cue-2|cue-1"),
  clShape: seed("c0|shape0"),
  cueBare: seed("cue-1|b0"),
};

/**
 * Push the word features of `w` seen at `offset` from the tagged position. Offsets ±3 carry only
 * the cue class; ±2 add the word clusters, the word, stem, lists and gazetteer roles; ±1 add
 * shape, clitic and endings; 0 adds everything.
 */
export function wordFeatures(w: WordInfo, offset: number, out: number[]): void {
  const k = offset + 3;
  if (w.cue !== "") out.push(fnv(w.cue, S.cue[k]));
  if (offset === 3 || offset === -3) return;
  for (const c of w.clusters) out.push(fnv(c, S.k[k]));
  if (!w.unknown) out.push(fnv(w.norm, S.n[k]), fnv(w.bare, S.b[k]));
  for (const l of w.lists) out.push(fnv(l, S.list[k]));
  for (const g of w.gazWord) out.push(fnv(g, S.gw[k]));
  if (offset === 2 || offset === -2) return;
  out.push(
    fnv(w.shape, S.shape[k]),
    fnv(w.clitic, S.c[k]),
    fnv(w.norm.slice(-2), S.s2[k]),
    mix(S.nisba[k] as number, w.hNisba, 0),
  );
  if (offset !== 0) return;
  out.push(mix(S.clShape, w.hClitic, w.hShape));
  const n = w.norm;
  const b = w.bare;
  if (!w.unknown) out.push(fnv(w.raw, S.w));
  out.push(
    S.bias,
    fnv(n.slice(0, 1), S.p1),
    fnv(n.slice(0, 2), S.p2),
    fnv(n.slice(0, 3), S.p3),
    fnv(n.slice(-1), S.s1),
    fnv(n.slice(-3), S.s3),
    fnv(b.slice(0, 2), S.bp2),
    fnv(b.slice(-1), S.bs1),
    fnv(b.slice(-2), S.bs2),
    fnv(b.slice(-3), S.bs3),
    fnv(w.len, S.len),
  );
  // Character 3- and 4-grams of the stem: transliterated foreign names have their own letters.
  if (w.shape === "a" && b.length >= 3) {
    const x = `^${b}$`;
    for (let i = 0; i + 3 <= x.length; i++) out.push(fnv(x.slice(i, i + 3), S.ng3));
    for (let i = 0; i + 4 <= x.length; i++) out.push(fnv(x.slice(i, i + 4), S.ng4));
  }
}

/** Does the word start with an Arabic letter (U+0621–U+064A)? */
function startsArabic(norm: string): boolean {
  const c = norm.charCodeAt(0);
  return c >= 0x0621 && c <= 0x064a;
}

/**
 * Gazetteer reading of a word sequence, from the snapshot stored in the model's lists: per
 * word "B-person", "I-place", "B-org~" (~: the entry needs a cue word) or "". Greedy longest
 * match from the left, like the extractor's scan.
 */
export function gazetteerTags(
  lists: NameLists,
  words: readonly string[],
  infos: readonly WordInfo[] = words.map(makeAnalyzer(lists)),
): string[] {
  // The words follow one another (punctuation is a word of its own), so no text is needed.
  return gazetteerView(lists).tags(infos);
}

/** Gazetteer tags come from a closed set: memoised hashes per template slot. */
const gazMemo = [
  new Map<string, number>(),
  new Map<string, number>(),
  new Map<string, number>(),
  new Map<string, number>(),
];
/** Hashes of the empty tag (most words), per slot: no map lookup for them. */
const GAZ_NONE = [0, 1, 2, 3].map((slot) => (slot === 3 ? fnv("") : fnv("", S.gaz[slot])));
function gazHash(tag: string, slot: number): number {
  if (tag === "") return GAZ_NONE[slot] as number;
  const memo = gazMemo[slot] as Map<string, number>;
  let h = memo.get(tag);
  if (h === undefined) {
    h = slot === 3 ? fnv(tag) : fnv(tag, S.gaz[slot]);
    memo.set(tag, h);
  }
  return h;
}

/**
 * Features of two neighbouring words (a, b) that do not depend on where they stand: those that
 * score b given the word before it (`toSecond`: bigrams, the cue before a word) and those that
 * score a given the word after it (`toFirst`). The tagger caches their sums per word pair.
 */
export function pairFeatures(
  a: WordInfo,
  b: WordInfo,
  toFirst: number[] | null,
  toSecond: number[] | null,
): void {
  const known = !a.unknown && !b.unknown;
  if (toSecond) {
    if (known) toSecond.push(mix(S.bg1, a.hNorm, b.hNorm), mix(S.sbg, a.hBare, b.hBare));
    toSecond.push(mix(S.cueShape, a.hCue, b.hShape));
    if (a.cue !== "" && !b.unknown) toSecond.push(mix(S.cueBare, a.hCue, b.hBare));
    for (const l of b.hLists) toSecond.push(mix(S.cueList, a.hCue, l));
  }
  if (toFirst && known) toFirst.push(mix(S.bg2, a.hNorm, b.hNorm), mix(S.sbg2, a.hBare, b.hBare));
}

/**
 * Context features of position i beyond its two word pairs that come from a small closed set:
 * the cue classes of the two words before it and the gazetteer tags around it (so the tagger
 * can cache their sums by cueId and tag).
 */
export function positionFeatures(
  infos: readonly WordInfo[],
  gaz: readonly string[],
  i: number,
  bos: WordInfo,
  out: number[],
): void {
  const prev = i > 0 ? (infos[i - 1] ?? bos) : bos;
  const prev2 = i > 1 ? (infos[i - 2] ?? bos) : bos;
  out.push(mix(S.cue2, prev2.hCue, prev.hCue));
  out.push(gazHash(gazBefore(gaz, i), 0), gazHash(gaz[i] ?? "", 1), gazHash(gazAfter(gaz, i), 2));
}

/** The gazetteer tag before position i («<s>» at the start). */
export function gazBefore(gaz: readonly string[], i: number): string {
  return i > 0 ? (gaz[i - 1] ?? "") : "<s>";
}

/** The gazetteer tag after position i («</s>» at the end). */
export function gazAfter(gaz: readonly string[], i: number): string {
  return gaz[i + 1] ?? "</s>";
}

/** The gazetteer tag of position i with the word's stem (none outside gazetteer names). */
export function gazStemFeatures(
  infos: readonly WordInfo[],
  gaz: readonly string[],
  i: number,
  out: number[],
): void {
  const g0 = gaz[i] ?? "";
  if (g0 !== "") out.push(mix(S.gazb, gazHash(g0, 3), (infos[i] as WordInfo).hBare));
}

/** Push the context features of position i (words are the analysed sequence, no padding). */
export function contextFeatures(
  infos: readonly WordInfo[],
  gaz: readonly string[],
  i: number,
  bos: WordInfo,
  eos: WordInfo,
  out: number[],
): void {
  const cur = infos[i] ?? eos;
  const prev = i > 0 ? (infos[i - 1] ?? bos) : bos;
  const next = infos[i + 1] ?? eos;
  pairFeatures(prev, cur, null, out);
  pairFeatures(cur, next, out, null);
  positionFeatures(infos, gaz, i, bos, out);
  gazStemFeatures(infos, gaz, i, out);
}

/**
 * All features of position i: word features of the words at every offset (sentence padding
 * is BOS/EOS) and the context features. Used by training; tagging sums the same features
 * through its per-word cache.
 */
export function tokenFeatures(
  infos: readonly WordInfo[],
  gaz: readonly string[],
  i: number,
  bos: WordInfo,
  eos: WordInfo,
  out: number[],
): void {
  const n = infos.length;
  for (const k of OFFSETS) {
    const j = i + k;
    const w = j < 0 ? bos : j >= n ? eos : (infos[j] ?? eos);
    wordFeatures(w, k, out);
  }
  contextFeatures(infos, gaz, i, bos, eos, out);
}

/** Sentences either side whose first-pass labels inform the second pass. */
export const DOC_WINDOW = 15;

/** Words too common to link mentions across a document. */
const DOC_STOP = new Set(
  "في من الي علي عن مع ان او ثم قد لا ما هذا هذه ذلك التي الذي الذين كان كانت بين عند بعد قبل حيث كما انه انها اليوم امس قال وقال".split(
    " ",
  ),
);

const docKeyCache = new Map<string, string | null>();

/** The key that links two mentions of a word in one document: its bare stem (or null). */
export function docKey(word: string): string | null {
  const hit = docKeyCache.get(word);
  if (hit !== undefined) return hit;
  const key = computeDocKey(word);
  if (docKeyCache.size >= 100_000) docKeyCache.clear();
  docKeyCache.set(word, key);
  return key;
}

function computeDocKey(word: string): string | null {
  const norm = normalizeArabic(word);
  return docKeyOf(norm, bareStem(norm).bare);
}

/** docKey of a word already analysed: from its normalised form and its bare stem. */
export function docKeyOf(norm: string, bare: string): string | null {
  if (!/^[\u0621-\u064A]{3,}$/.test(norm)) return null;
  if (bare.length < 3 || DOC_STOP.has(bare) || DOC_STOP.has(norm)) return null;
  return bare;
}

/**
 * Document features for a second tagging pass: for each word, the first-pass label it got
 * («s1=B-PERS») and the first-pass labels of the OTHER occurrences of the same stem within
 * `window` sentences either side («d=I-PERS», «dm=…» for the most frequent one). A surname that
 * was tagged inside a full name earlier in the article is then recognised on its own.
 */
export function docFeatures(
  sentences: readonly (readonly string[])[],
  firstPass: readonly (readonly string[])[],
  window: number,
): string[][][] {
  const keys = sentences.map((ws) => ws.map(docKey));
  // Per sentence: stem → label counts in that sentence.
  const perSentence = keys.map((ks, s) => {
    const m = new Map<string, Map<string, number>>();
    ks.forEach((k, i) => {
      if (!k) return;
      const label = firstPass[s]?.[i] ?? "O";
      const c = m.get(k) ?? new Map<string, number>();
      c.set(label, (c.get(label) ?? 0) + 1);
      m.set(k, c);
    });
    return m;
  });
  // Every word with the same stem, sentence and own label gets the same features: memoise, so
  // a stem repeated thousands of times in one long paragraph costs one window sum.
  const memo = new Map<string, string[]>();
  return sentences.map((ws, s) => {
    const lo = Math.max(0, s - window);
    const hi = Math.min(sentences.length - 1, s + window);
    const labels = firstPass[s] ?? [];
    return ws.map((_, i) => {
      const own = labels[i] ?? "O";
      // First-pass labels of the neighbours: label context beyond the first-order transitions.
      const around = `s1=${labels[i - 1] ?? "<s>"}|${own}|${labels[i + 1] ?? "</s>"}`;
      const k = keys[s]?.[i];
      if (!k) return [`s1=${own}`, around];
      const memoKey = `${k}\u0001${s}\u0001${own}`;
      const hit = memo.get(memoKey);
      if (hit) return [...hit, around];
      const out = [`s1=${own}`];
      const counts = new Map<string, number>();
      for (let t = lo; t <= hi; t++) {
        const c = perSentence[t]?.get(k);
        if (!c) continue;
        for (const [label, n] of c) counts.set(label, (counts.get(label) ?? 0) + n);
      }
      // Leave this occurrence out.
      counts.set(own, (counts.get(own) ?? 0) - 1);
      let best = "";
      let bestN = 0;
      for (const [label, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
        if (n <= 0) continue;
        out.push(`d=${label}`);
        if (n > bestN) {
          best = label;
          bestN = n;
        }
      }
      if (best !== "") out.push(`dm=${best}`, `dm=${best}|s1=${own}`);
      memo.set(memoKey, out);
      return [...out, around];
    });
  });
}

const DOC_SEED = seed("doc");
/** Document features come from a small closed set (labels and label pairs): memoise hashes. */
const docHashes = new Map<string, number>();

/** Hashes of document features. */
export function docFeatureHashes(feats: readonly string[] | undefined, out: number[]): void {
  if (!feats) return;
  for (const f of feats) {
    let h = docHashes.get(f);
    if (h === undefined) {
      h = fnv(f, DOC_SEED);
      if (docHashes.size < 10_000) docHashes.set(f, h);
    }
    out.push(h);
  }
}

/** Document features of one sentence as hashes: token i's are ids[offs[i]..offs[i+1]). */
export interface DocFeats {
  readonly ids: Uint32Array;
  readonly offs: Int32Array;
}

const NL = LABELS.length;
const h = (f: string) => fnv(f, DOC_SEED);
const S1H = LABELS.map((l) => h(`s1=${l}`));
const DH = LABELS.map((l) => h(`d=${l}`));
const DMH = LABELS.map((l) => h(`dm=${l}`));
const DMS1H = LABELS.flatMap((b) => LABELS.map((o) => h(`dm=${b}|s1=${o}`)));
/** around[(p * NL + o) * (NL + 1) + n], p = NL for the sentence start, n = NL for its end. */
const AROUNDH: number[] = [];
for (let p = 0; p <= NL; p++) {
  for (let o = 0; o < NL; o++) {
    for (let n = 0; n <= NL; n++) {
      AROUNDH.push(h(`s1=${LABELS[p] ?? "<s>"}|${LABELS[o]}|${LABELS[n] ?? "</s>"}`));
    }
  }
}
/** Label indices in the string order docFeatures iterates them (ties go to the first). */
const SORTED = LABELS.map((_, i) => i).sort((a, b) =>
  (LABELS[a] ?? "") < (LABELS[b] ?? "") ? -1 : 1,
);

/**
 * The same features as docFeatures, as hashes, from first-pass label indices: no strings per
 * token. Used by the tagger and by training (tests check both agree).
 */
export function docFeatureIds(
  sentences: readonly (readonly string[])[],
  firstPass: readonly ArrayLike<number>[],
  window: number,
): DocFeats[] {
  const keyIds = new Map<string, number>();
  const keys = sentences.map((ws) =>
    Int32Array.from(ws, (w) => {
      const k = docKey(w);
      if (k === null) return -1;
      let id = keyIds.get(k);
      if (id === undefined) {
        id = keyIds.size;
        keyIds.set(k, id);
      }
      return id;
    }),
  );
  return docFeatureIdsOfKeys(keys, keyIds.size, firstPass, window);
}

/** Most document features a token can get: s1, d= per label, dm and dm|s1, and its neighbours. */
const MAX_DOC_FEATS = NL + 4;

/**
 * What docFeatureIdsOfKeys writes for each document feature, by family: the features' hashes
 * (DOC_HASHES), or anything a caller maps them to (the tagger uses its weight-table entries, so
 * a closed set of features is not looked up again for every token). A negative code is left
 * out (a feature the model does not have).
 */
export interface DocCodes {
  /** «s1=» + own first-pass label, by label. */
  readonly s1: ArrayLike<number>;
  /** «d=» + a label other occurrences of the word's key have, by label. */
  readonly d: ArrayLike<number>;
  /** «dm=» + their most frequent label, by label. */
  readonly dm: ArrayLike<number>;
  /** «dm=|s1=», by most frequent label × own label. */
  readonly dms1: ArrayLike<number>;
  /** The label trigram around the word (AROUNDH's layout). */
  readonly around: ArrayLike<number>;
}

export const DOC_HASHES: DocCodes = { s1: S1H, d: DH, dm: DMH, dms1: DMS1H, around: AROUNDH };

/** DocCodes with every code mapped through `f` (same layout). */
export function mapDocCodes(codes: DocCodes, f: (code: number) => number): DocCodes {
  const map = (xs: ArrayLike<number>) => Array.from(xs, f);
  return {
    s1: map(codes.s1),
    d: map(codes.d),
    dm: map(codes.dm),
    dms1: map(codes.dms1),
    around: map(codes.around),
  };
}

/**
 * docFeatureIds over document keys already numbered: keys[s][i] is the key of word i of
 * sentence s in 0 … keyCount - 1, or -1 for a word without one (the tagger numbers them from
 * its interned words without building key strings). Writes `codes` (hashes by default).
 *
 * The label counts of every key over the window of sentences around s are kept up to date as
 * the window slides, so each word is counted in and out once whatever the window size.
 */
export function docFeatureIdsOfKeys(
  keys: readonly Int32Array[],
  keyCount: number,
  firstPass: readonly ArrayLike<number>[],
  window: number,
  codes: DocCodes = DOC_HASHES,
): DocFeats[] {
  const S = keys.length;
  const inWindow = new Int32Array(keyCount * NL);
  const count = (t: number, delta: number) => {
    const ks = keys[t] as Int32Array;
    const labels = firstPass[t];
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i] as number;
      if (k < 0) continue;
      const at = k * NL + ((labels?.[i] as number | undefined) ?? 0);
      inWindow[at] = (inWindow[at] as number) + delta;
    }
  };
  let total = 0;
  for (const ks of keys) total += ks.length;
  const pool = new Uint32Array(total * MAX_DOC_FEATS);
  const { s1, around } = codes;
  let used = 0;
  let added = -1;
  const out: DocFeats[] = [];
  for (let s = 0; s < S; s++) {
    while (added < Math.min(S - 1, s + window)) count(++added, 1);
    if (s - window - 1 >= 0) count(s - window - 1, -1);
    const ks = keys[s] as Int32Array;
    const labels = firstPass[s] ?? [];
    const n = ks.length;
    const ids = pool.subarray(used, used + n * MAX_DOC_FEATS);
    const offs = new Int32Array(n + 1);
    let f = 0;
    for (let i = 0; i < n; i++) {
      const own = labels[i] ?? 0;
      const c = s1[own] as number;
      if (c >= 0) ids[f++] = c;
      const k = ks[i] as number;
      if (k >= 0) f = pushLinks(ids, f, inWindow, k * NL, own, codes);
      const prev = i > 0 ? (labels[i - 1] ?? 0) : NL;
      const next = i + 1 < n ? (labels[i + 1] ?? 0) : NL;
      const a = around[(prev * NL + own) * (NL + 1) + next] as number;
      if (a >= 0) ids[f++] = a;
      offs[i + 1] = f;
    }
    used += f;
    out.push({ ids: ids.subarray(0, f), offs });
  }
  return out;
}

/**
 * The «d=», «dm=» and «dm=|s1=» features of a word from the window's label counts of its key
 * (at counts[base …]), leaving its own occurrence out. Returns the new end of `ids`.
 */
function pushLinks(
  ids: Uint32Array,
  from: number,
  counts: Int32Array,
  base: number,
  own: number,
  codes: DocCodes,
): number {
  let f = from;
  let best = -1;
  let bestN = 0;
  for (const y of SORTED) {
    const c = (counts[base + y] as number) - (y === own ? 1 : 0);
    if (c <= 0) continue;
    const d = codes.d[y] as number;
    if (d >= 0) ids[f++] = d;
    if (c > bestN) {
      best = y;
      bestN = c;
    }
  }
  if (best >= 0) {
    const dm = codes.dm[best] as number;
    if (dm >= 0) ids[f++] = dm;
    const dms1 = codes.dms1[best * NL + own] as number;
    if (dms1 >= 0) ids[f++] = dms1;
  }
  return f;
}
