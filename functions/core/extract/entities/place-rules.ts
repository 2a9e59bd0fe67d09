/**
 * Places no list knows, named by the place noun before them: one place after «قرية»,
 * «قضاء», «بولاية» («قرية ود النورة»), or a list after a plural or dual one («أحياء الكلاسة
 * وبستان القصر والصاخور»). The tagger misses most of these; the noun makes them unambiguous.
 * Without a noun, a list is of places when a place it names is known, or the place holding
 * it follows («في حلب وسراقب ومعرشورين», «في تلمنس ومعرشمارين بريف إدلب»).
 */

import { COMMON_WORDS, type GazEntity } from "../gazetteer/index.ts";
import { words } from "../lexicon/index.ts";
import { isOrdinaryWord } from "../ner/index.ts";
import { adjacent, type Token } from "../text/tokenize.ts";
import { splitsWhere } from "../text/words.ts";
import { PLACE_CUES } from "./cues.ts";
import type { Mention } from "./mention.ts";
import { ARABIC_WORD, NAME_STOP, ROLE_WORDS } from "./name-words.ts";
import { type CueRule, listSeparator, ruleMention } from "./rules.ts";

/**
 * Place nouns that name the place after them («قرية ود النورة», «قضاء مخمور», «بولاية
 * الجزيرة»), without the article: «المدينة الجديدة» describes, «مدينة الصدر» names. Camps
 * («مخيم اللاجئين») and «منطقة» («منطقة آمنة») describe too often to count.
 */
const NAMING_PLACE_NOUNS = words("place-nouns", "naming");
/** Words that open two-word place names: «ود النورة», «بيت حانون», «كفر نبل», «تل أبيض». */
const PLACE_OPENERS = words("place-nouns", "opener");
const namingPlaceReadings = splitsWhere(
  (c) => NAMING_PLACE_NOUNS.has(c.stem) && c.clitic.length <= 2 && !c.clitic.includes("ال"),
);

/** May `w` (normalised) be a place's name after a naming place noun? */
function placeNameWord(w: string, feminine: boolean): boolean {
  if (!ARABIC_WORD.test(w)) return false;
  if (NAME_STOP.has(w) || ROLE_WORDS.has(w) || PLACE_CUES.has(w) || COMMON_WORDS.has(w)) {
    return false;
  }
  if (w.startsWith("ال")) {
    // Plurals of people («مخيم اللاجئين», «حي المسيحيين») are not names, and neither is
    // another place noun («مخيم المدينة»: the city's camp).
    return w.length > 4 && !/(ين|ون)$/.test(w) && !PLACE_CUES.has(w.slice(2));
  }
  // A verb or a word with a pronoun: «مدينة يقطنها…», «قرية ستنفجر», «بعد قضاء عقوبته»; but
  // a village name glued to its head may end like one («كفرناها», «كفرتخاريم»).
  const headed = w.length >= 6 && /^(كفر|دير|عين|بيت)/.test(w);
  if ((/(ها|هم|هما|ته)$/.test(w) && !headed) || /^س[يتن]/.test(w)) return false;
  // «وتحليق لطيران», «وتدمير»: a verbal noun of the تفعيل pattern, not a name.
  if (/^ت[\u0621-\u064A]{2}ي[\u0621-\u064A]$/.test(w)) return false;
  // An indefinite adjective agrees with its noun: «قرية صغيرة», «منطقة حدودية», «حي سكني».
  return feminine ? !w.endsWith("ه") || !feminineAdjectiveShape(w) : !w.endsWith("ي");
}

/**
 * Could this «ة» word be a feminine adjective rather than a name («بلدة كفرنبودة»)? Adjectives
 * are short (فعيلة «صغيرة» and فاعلة «واسعة» have five letters) or have an adjective's shape:
 * a nisba («حدودية»), a participle with «م» («محاصرة», «مجاورة»). A longer word with none of
 * these shapes, and not a common word, is a name.
 */
function feminineAdjectiveShape(w: string): boolean {
  // «قرية ومستوطنة»: a conjunction and a noun, not a name.
  const bare = w.startsWith("و") ? w.slice(1) : w;
  // A short word is an adjective when it has the shape of one (فاعلة «واسعة», «عائمة»;
  // فعيلة «صغيرة») or the tagger's text has it as an ordinary word; else it is a village
  // («بلدة أطمة»).
  const shaped = w[1] === "ا" || w[2] === "ي";
  const short = w.length < 4 || (w.length < 6 && (shaped || isOrdinaryWord(bare)));
  return short || w.endsWith("يه") || bare.startsWith("م") || COMMON_WORDS.has(bare);
}

/**
 * Where a place name starting at token k ends (the token after it), or -1 when none starts
 * there: an opener and one more word («ود النورة», «بيت لاهيا»), or one place-name word.
 * `norm` is token k's form without a joining «و».
 */
function placeNameEnd(
  text: string,
  toks: readonly Token[],
  k: number,
  norm: string,
  covered: ReadonlyMap<number, GazEntity>,
  feminine: boolean,
): number {
  if (PLACE_OPENERS.has(norm)) {
    const first = toks[k] as Token;
    const second = toks[k + 1];
    if (!second || covered.has(k + 1) || !adjacent(text, first, second)) return -1;
    if (!ARABIC_WORD.test(second.norm) || NAME_STOP.has(second.norm)) return -1;
    return k + 2;
  }
  return placeNameWord(norm, feminine) ? k + 1 : -1;
}

/**
 * Places no list knows, named right after a place noun: «قرية ود النورة», «قضاء مخمور».
 * The tagger misses most of these (ANERcorp has few villages); the noun makes them
 * unambiguous. One word, or an opener and one more («ود النورة», «بيت لاهيا»).
 */
export const cuedPlaces: CueRule = (text, p, toks, covered) => {
  const out: Mention[] = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    const head = toks[i] as Token;
    const reading = namingPlaceReadings(head)[0];
    if (!reading) continue;
    const first = toks[i + 1] as Token;
    if (covered.has(i + 1) || !adjacent(text, head, first)) continue;
    // Feminine nouns (قرية، بلدة… all end in ة): an indefinite «ة» word after them agrees.
    const feminine = reading.stem.endsWith("ه");
    const end = placeNameEnd(text, toks, i + 1, first.norm, covered, feminine);
    if (end < 0) continue;
    const ar = text.slice(first.start, (toks[end - 1] as Token).end);
    out.push(ruleMention("place", ar, p, toks, i + 1, end));
    i = end - 1;
  }
  return out;
};

/**
 * Plural and dual place nouns, which name a list: «أحياء الكلاسة وبستان القصر والصاخور»,
 * «بلدتي نبل والزهراء».
 */
const LISTING_PLACE_NOUNS = words("place-nouns", "listing");
const listingPlaceReadings = splitsWhere(
  (c) => LISTING_PLACE_NOUNS.has(c.stem) && c.clitic.length <= 2 && !c.clitic.includes("ال"),
);
/** The most names such a list is read for. */
const LIST_ITEMS = 8;

/**
 * The places listed after a plural or dual place noun. Names the gazetteer knows stay its
 * own; the unknown ones between them are read like a name after «قرية». Non-human plurals
 * take feminine adjectives («أحياء سكنية»), so an indefinite «ة» word ends the list.
 */
export const listedPlaces: CueRule = (text, p, toks, covered) => {
  const out: Mention[] = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    const head = toks[i] as Token;
    // «لإحياء» (reviving) is spelled like «أحياء» (neighbourhoods) once hamzas are folded.
    if (listingPlaceReadings(head).length === 0 || head.text.includes("إحياء")) continue;
    let k = i + 1;
    let prev = head;
    let items = 0;
    const found: Mention[] = [];
    // «عيتا الشعب ورامية والقوزح»: a joined «ة» word may be a name, but only where the list
    // goes on past it with another name; at the list's end it is an adjective («سكنية وتجارية»).
    let pending: Mention | null = null;
    for (; items < LIST_ITEMS && k < toks.length; items++) {
      const t = toks[k] as Token;
      if (items === 0 ? !adjacent(text, prev, t) : !listSeparator(text, prev, t)) break;
      // «مدن وقرى», «قرى وتشريد»: a first word behind «و» joins another noun, not a name.
      if (items === 0 && t.norm.startsWith("و") && !PLACE_OPENERS.has(t.norm)) break;
      const known = covered.get(k);
      if (known) {
        if (known.type !== "place") break;
        if (pending) found.push(pending);
        pending = null;
        k = mentionEnd(toks, k, covered);
        prev = toks[k - 1] as Token;
        continue;
      }
      // After the first name, each next one is joined by «و» or by a comma, not both: «،
      // و…» after a name opens a new clause more often than it adds one («الصين، وجرفت»).
      const comma = items > 0 && !adjacent(text, prev, t);
      const joined = items > 0 && !comma && t.norm.startsWith("و");
      if (items > 0 && !comma && !joined) break;
      if (comma && t.norm.startsWith("و") && !PLACE_OPENERS.has(t.norm)) break;
      const norm = joined ? t.norm.slice(1) : t.norm;
      let end = placeNameEnd(text, toks, k, norm, covered, true);
      const maybe: boolean = end < 0 && joined && !pending;
      if (maybe) end = placeNameEnd(text, toks, k, norm, covered, false);
      if (end < 0) break;
      const item = itemMention(text, p, toks, { start: k, end, known: false, joined });
      if (pending) found.push(pending);
      pending = maybe ? item : null;
      if (!maybe) found.push(item);
      prev = toks[end - 1] as Token;
      k = end;
    }
    if (pending) {
      k = pending.tokStart;
      items--;
    }
    // One name alone is more often a possessor than a list: «مدن المملكة», «أحياء المدينة».
    if (items >= 2) out.push(...found);
    i = Math.max(i, k - 1);
  }
  return out;
};

const LOCATIVES = words("particles", "locative");
/** «ريف», «شمال»…: between a list of places and the place that holds them. */
const WITHIN = words("place-nouns", "within");
const withinReadings = splitsWhere(
  (c) => WITHIN.has(c.stem) && (c.clitic === "" || c.clitic === "ب" || c.clitic === "ل"),
);

/** One item of a coordinated list from token k: a known place or a place-shaped word. */
interface ListItem {
  readonly start: number;
  readonly end: number;
  readonly known: boolean;
  /** Joined by «و» (the letter is not part of the name). */
  readonly joined: boolean;
}

/** The token after the known mention that token k starts. */
function mentionEnd(toks: readonly Token[], k: number, covered: ReadonlyMap<number, GazEntity>) {
  const known = covered.get(k);
  let end = k;
  while (end < toks.length && covered.get(end) === known) end++;
  return end;
}

function listItemAt(
  text: string,
  toks: readonly Token[],
  k: number,
  joined: boolean,
  covered: ReadonlyMap<number, GazEntity>,
): ListItem | null {
  const t = toks[k] as Token;
  const known = covered.get(k);
  if (known) {
    if (known.type !== "place") return null;
    return { start: k, end: mentionEnd(toks, k, covered), known: true, joined };
  }
  // «وصولا», «وخارجها»: a word that is ordinary with its «و» is no joined name; nor is a word
  // written with the accusative «ً» («وحيداً»), which names never take.
  if ((joined && COMMON_WORDS.has(t.norm)) || t.text.includes("\u064b")) return null;
  const end = placeNameEnd(text, toks, k, joined ? t.norm.slice(1) : t.norm, covered, true);
  return end < 0 ? null : { start: k, end, known: false, joined };
}

/** The place mention of an unknown list item (made only once the item is accepted). */
function itemMention(text: string, p: number, toks: readonly Token[], x: ListItem): Mention {
  const first = toks[x.start] as Token;
  const ar = text.slice(first.start + (x.joined ? 1 : 0), (toks[x.end - 1] as Token).end);
  return ruleMention("place", ar, p, toks, x.start, x.end);
}

/**
 * A list after a locative preposition («في», «على»…): names joined by «و». Its unknown names
 * are places when the place holding the list follows («في تلمنس ومعرشمارين بريف إدلب»), or
 * when a place stands before the name and a known place or the sentence's end after it («في
 * حلب وسراقب وإدلب», «على حلب وإدلب ومعرشورين.»), or when two known places follow a first
 * name («إلى صور والنبطية وبيروت»). A «و» after a place opens a new clause as
 * often as it adds a place («في حلب وحضرت…»): the evidence has to close the name in.
 */
export const coordinatedPlaces: CueRule = (text, p, toks, covered) => {
  const out: Mention[] = [];
  for (let i = 1; i + 1 < toks.length; i++) {
    if (!LOCATIVES.has((toks[i - 1] as Token).norm)) continue;
    // Most «في» govern one noun: no list unless a «و» or a comma follows the next word.
    const second = toks[i + 1] as Token;
    const first = toks[i] as Token;
    const oneWord = !covered.has(i) && !PLACE_OPENERS.has(first.norm);
    if (oneWord && !second.norm.startsWith("و") && adjacent(text, first, second)) continue;
    const items: ListItem[] = [];
    let k = i;
    while (items.length < LIST_ITEMS && k < toks.length) {
      const t = toks[k] as Token;
      const prev = toks[k - 1] as Token;
      const joined = items.length > 0 && adjacent(text, prev, t) && t.norm.startsWith("و");
      // A comma may only bring in a place the gazetteer knows.
      const comma = items.length > 0 && !adjacent(text, prev, t) && listSeparator(text, prev, t);
      if (items.length > 0 && !joined && !(comma && covered.get(k)?.type === "place")) break;
      const item = listItemAt(text, toks, k, joined, covered);
      if (!item) break;
      items.push(item);
      k = item.end;
    }
    if (items.length >= 2) {
      for (const x of closedIn(text, toks, items, heldBy(toks, k, covered))) {
        out.push(itemMention(text, p, toks, x));
      }
    }
    i = Math.max(i, k - 1);
  }
  return out;
};

/** The unknown names of a list that the evidence around each closes in (see above). */
function closedIn(
  text: string,
  toks: readonly Token[],
  items: readonly ListItem[],
  held: boolean,
): ListItem[] {
  const out: ListItem[] = [];
  items.forEach((x, n) => {
    if (x.known) return;
    if (held) {
      out.push(x);
      return;
    }
    const before = items[n - 1];
    const after = items[n + 1];
    const placeBefore = before && (before.known || out.includes(before));
    const ends = !after && sentenceEndsAfter(text, toks[x.end - 1] as Token);
    // «إلى صور والنبطية وبيروت»: a first name that two known places follow in the list.
    const leads = n === 0 && after?.known && items[n + 2]?.known;
    if ((placeBefore && (after?.known || ends)) || leads) out.push(x);
  });
  return out;
}

/** Does the text after token t reach the end of its sentence with no word between? */
function sentenceEndsAfter(text: string, t: Token): boolean {
  for (let i = t.end; i < text.length; i++) {
    const c = text[i] as string;
    if (c === " " || c === "\u00a0") continue;
    return c === "." || c === "،" || c === "," || c === "؛" || c === "\n";
  }
  return true;
}

/** «بريف إدلب», «في ريف حماة», «شمال حلب» at token k: a known place holding the list. */
function heldBy(
  toks: readonly Token[],
  k: number,
  covered: ReadonlyMap<number, GazEntity>,
): boolean {
  let j = k;
  if (LOCATIVES.has(toks[j]?.norm ?? "")) j++;
  const w = toks[j];
  if (!w || withinReadings(w).length === 0) return false;
  return covered.get(j + 1)?.type === "place";
}
