/**
 * Whether a gazetteer reading may stand where it was found. Some names are ordinary words
 * unless a cue comes before them («الجزيرة» the channel, «الهلال» the club, «السكري» the
 * district), document-local short forms («المرصد») only once the article has named their
 * entity in full, and a place spelled like a role noun or a nisba adjective gives way to it.
 */

import { type Candidate, COMMON_WORDS, type Hit } from "../gazetteer/index.ts";
import { table, words } from "../lexicon/index.ts";
import { boundedMemo } from "../memo.ts";
import { normalizeArabic } from "../text/normalize.ts";
import type { Token } from "../text/tokenize.ts";
import { splitsWhere } from "../text/words.ts";
import { countedNisba, firstNameWord, NISBA, ROLE_WORDS, sameNameWord } from "./name-words.ts";

/**
 * Words before a media name that make «الجزيرة» a channel, not an island: an outlet noun, or
 * its correspondent («أفاد مراسل الجزيرة»).
 */
const MEDIA_CUES = new Set([...words("media", "nouns"), ...words("role-nouns", "correspondent")]);
/** Words before a club's name that make «الهلال» a club, not a crescent. */
const CLUB_CUES = words("sports-nouns", "club-cue");
/** Words before a district name that make «السكري» a neighbourhood. */
export const PLACE_CUES = words("place-nouns", "cue");

/** Readings of a word as a media cue, a place cue or a club cue. */
const mediaCueReadings = splitsWhere((c) => MEDIA_CUES.has(c.stem));
const placeCueReadings = splitsWhere((c) => PLACE_CUES.has(c.stem));
const clubCueReadings = splitsWhere((c) => CLUB_CUES.has(c.stem));

const mediaNounReadings = splitsWhere((c) => MEDIA_NOUNS.has(c.stem));
const MEDIA_NOUNS = words("media", "nouns");

/** Does token i follow a media noun («صحيفة», «وللقناة») with a quotation mark between? */
function quotedAfterMediaNoun(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const t = tokens[i];
  return !!prev && !!t && t.start - prev.end > 1 && mediaNounReadings(prev).length > 0;
}

/** «صلاة», «أذان»: a prayer named for its time («صلاة المغرب»). */
const PRAYER = words("calendar", "prayer");

/** «بعد صلاة المغرب»: is the word at i the time a prayer before it is named for (not Morocco)? */
export function prayerTime(tokens: readonly Token[], i: number): boolean {
  return PRAYER.has(tokens[i - 1]?.norm ?? "");
}

/** Where the paragraph's last place and last cued club ended (for coordinated names). */
export interface LastEnds {
  place: number;
  club: number;
}

/** May gazetteer hit `hit` of candidate `c` stand at token i? */
export function accept(
  hit: Hit,
  tokens: readonly Token[],
  i: number,
  c: Pick<Candidate, "end" | "stem" | "clitic">,
  seen: ReadonlySet<string> | null,
  lastEnd: LastEnds,
): boolean {
  if (hit.kind === "local" && !seen?.has(hit.entity.id)) return false;
  if (foreignClitic(hit, c, i)) return false;
  // A one-word name behind a clitic, in a word ANERcorp mostly reads as an ordinary word:
  // «بنوك» (banks) is no «ب» + «نوك» (Nuuk).
  if (c.clitic !== "" && c.end === i + 1 && COMMON_WORDS.has(tokens[i]?.norm ?? "")) return false;
  // «وقالت السفيرة الأمريكية»: a place spelled like a role noun and followed by a nationality
  // is the role (the Syrian town of al-Safira is spelled like "the ambassador").
  if (
    hit.entity.type === "place" &&
    c.end === i + 1 &&
    ROLE_WORDS.has(c.stem) &&
    NISBA.test(tokens[i + 1]?.norm ?? "")
  ) {
    return false;
  }
  if (hit.entity.type === "place" && c.end === i + 1 && countedNisba(tokens, i, c.stem)) {
    return false;
  }
  if (otherOfFamily(hit, tokens, i, c)) return false;
  if (hijriMonth(hit, tokens, i, c)) return false;
  if (hit.entity.type === "place" && c.end === i + 1 && prayerTime(tokens, i)) return false;
  // «صحيفة "بابل"»: a place's name quoted after a media noun is the outlet's («إذاعة دمشق»
  // unquoted stays Damascus).
  if (hit.entity.type === "place" && quotedAfterMediaNoun(tokens, i)) return false;
  if (hit.cue === "media") {
    const prev = tokens[i - 1];
    return !!prev && mediaCueReadings(prev).length > 0;
  }
  if (hit.cue === "place" || hit.cue === "club") {
    const prev = tokens[i - 1];
    const cueReadings = hit.cue === "place" ? placeCueReadings : clubCueReadings;
    if (prev && cueReadings(prev).length > 0) return true;
    // Coordinated with one just named: «… والاشرفية وشارع النيل والسريان», «نادي الهلال والنصر».
    return c.clitic.startsWith("و") && lastEnd[hit.cue] === i;
  }
  return true;
}

/**
 * «حافظ الأسد», «كريم الزعبي»: a listed person's bare family name right after another first
 * name is someone else of that family, left to the tagger and the rules. Not when the word
 * before is one of the person's own names, however spelled («سيرجي لافروف» for «سيرغي», «عمر
 * حسن البشير»), and not in a list of family names («بوش وبلير»).
 */
function otherOfFamily(
  hit: Hit,
  tokens: readonly Token[],
  i: number,
  c: Pick<Candidate, "end" | "clitic">,
): boolean {
  if (hit.kind !== "short" || hit.entity.type !== "person" || c.end !== i + 1) return false;
  if (c.clitic !== "") return false;
  const prev = tokens[i - 1];
  const t = tokens[i];
  if (!prev || !t || t.start - prev.end > 1) return false;
  // «عبد الإله الخطيب»: a compound first name with «عبد».
  const compound = tokens[i - 2]?.norm === ABD && prev.norm.startsWith("ال");
  if (!compound && !firstNameWord(prev.norm)) return false;
  const own = givenNamesOf(hit.entity.ar);
  const before = compound ? `${ABD} ${prev.norm}` : prev.norm;
  const twoBefore = tokens[i - 2]?.norm ?? "";
  return !own.some((w) => sameNameWord(before, w) || (!compound && sameNameWord(twoBefore, w)));
}

const ABD = "عبد";

/**
 * The normalised names of a full name before its family name («عبد» with the word after it
 * as one), worked out once per name.
 */
const givenNamesOf = boundedMemo((ar: string): readonly string[] => {
  const ws = normalizeArabic(ar).split(" ").slice(0, -1);
  return ws.map((w, k) => (w === ABD ? `${w} ${ws[k + 1] ?? ""}` : w));
});

/**
 * Clitic readings names do not take: the article on a one-word name or a place's or person's
 * listed without one («بالحماس» is enthusiasm, not Hamas; «للحجاب» the veil); «ف» on a short name, and «ك» on a short place or
 * person, which begin many words («كلاوس» Klaus, not Laos; «كسرت», «فارنا»). «كداعش» ("such
 * as IS") stays: news lists bodies so.
 */
function foreignClitic(
  hit: Hit,
  c: Pick<Candidate, "clitic" | "stem" | "end">,
  i: number,
): boolean {
  const { clitic, stem } = c;
  if (clitic === "ف") return stem.length <= SHORT_NAME;
  if (clitic === "ك") return hit.entity.type !== "org" && stem.length <= SHORT_NAME;
  if (stem.startsWith("ال") || !(clitic.endsWith("ال") || clitic.endsWith("لل"))) return false;
  // A body named by a noun phrase takes the article («بالحلف الأطلسي»); a one-word name does
  // not («بالحماس» is enthusiasm, «البوتان» butane, «السلوان» solace).
  return hit.entity.type !== "org" || c.end === i + 1;
}

/** Names this short are words too often to be read behind «ك/ف». */
const SHORT_NAME = 4;

/** Hijri months, some of them family names too («شعبان», «رمضان», «رجب»). */
const HIJRI_MONTHS = table<number>("calendar", "hijri-months");
const DIGITS = /^[0-9]+$/;

/**
 * «منتصف شهر شعبان», «15 شعبان 1437»: a family name that is a Hijri month, with «شهر» or a
 * number beside it, is the month, not Bouthaina Shaaban.
 */
function hijriMonth(hit: Hit, tokens: readonly Token[], i: number, c: Pick<Candidate, "stem">) {
  if (hit.kind !== "short" || !HIJRI_MONTHS.has(c.stem)) return false;
  const prev = tokens[i - 1]?.norm ?? "";
  return prev === "شهر" || DIGITS.test(prev) || DIGITS.test(tokens[i + 1]?.norm ?? "");
}
