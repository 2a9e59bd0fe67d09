/**
 * Counts listed place by place with the noun left out: «قتل ثلاثة مدنيين في كفرنبل، واثنان في
 * سراقب», «سقط 4 قتلى في بلدة الهبيط و3 في قرية كفرسجنة». A count joined by «و» to the figure
 * just read in its sentence, with no noun of its own and a place phrase («في …») right after
 * it, counts the same people for the same event: a figure of that kind and unit, at its own
 * place. The figure before it keeps only the places up to it (place.ts, listedCountAt).
 */
import type { FigureKind } from "../../facts.ts";
import { table, words } from "../lexicon/index.ts";
import type { Token } from "../text/tokenize.ts";
import type { CountAt, Counted } from "./count.ts";
import type { KindRead } from "./kind.ts";
import type { Noun } from "./nouns.ts";
import { stems } from "./stems.ts";

/** The figure last read, as an elided count goes on from it. */
export interface LastFigure {
  readonly kind: FigureKind;
  readonly noun: Noun;
  readonly sentence: number;
}

/** «في» after the count: a place phrase follows. */
const IN = words("particles", "in");

/** Number words, to tell «واحدة» (one) from «و» + a number («واثنان»). */
const NUMBER_WORDS = new Set([
  ...table("numbers", "units").keys(),
  ...table("numbers", "tens").keys(),
  ...table("numbers", "hundreds").keys(),
]);

/** Is the count at token i joined by «و»: a token of its own, or «و» on a number word? */
function joinedByAnd(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (tokens[i - 1]?.norm === "و") return true;
  return t.norm.startsWith("و") && !NUMBER_WORDS.has(t.norm) && NUMBER_WORDS.has(t.norm.slice(1));
}

/** «من» after the count: where the people came from, when a place follows. */
const FROM = words("figure-words", "partitive");
/** Place nouns («محافظة», «بلدة»): «و6 من محافظة بيت لحم». */
const PLACE_NOUNS = words("place-nouns", "cue");

/**
 * Is the count at token i one listed with «و» and a place of its own («و3 في كفرسجنة», «و6
 * من محافظة بيت لحم», «و4 من نابلس»)? `placeAt` says whether a place's name starts at a token.
 */
export function listedWithPlace(
  tokens: readonly Token[],
  i: number,
  count: CountAt,
  placeAt: (k: number) => boolean,
): boolean {
  if (!joinedByAnd(tokens, i)) return false;
  const w = tokens[count.end]?.norm ?? "";
  if (IN.has(w)) return true;
  if (!FROM.has(w)) return false;
  const k = count.end + 1;
  return placeAt(k) || stems(tokens[k]).some((st) => PLACE_NOUNS.has(st));
}

/** The noun and kind an elided count takes from the figure before it, or null. */
export function elided(
  tokens: readonly Token[],
  i: number,
  count: CountAt,
  sentence: number,
  last: LastFigure | null,
  placeAt: (k: number) => boolean,
): { counted: Counted; read: KindRead } | null {
  if (!last || last.sentence !== sentence || count.selfNoun || count.vague) return null;
  if (!listedWithPlace(tokens, i, count, placeAt)) return null;
  return {
    counted: { noun: last.noun, stem: "", at: count.end - 1, end: count.end, qualifier: null },
    read: { kind: last.kind, end: count.end, cueStart: i },
  };
}

/**
 * The kind a count with a noun of its own but no kind takes from the figure just read in its
 * sentence: when it is listed the same way («قتل ثلاثة في كفرنبل، واثنان في الهبيط، وطفلان في
 * قرية عابدين»), or counts the same group («29 حالة وفاة، تلتها الجزيرة بـ18 حالة»; not a
 * count of anyone, which may be of something else that happened). `start` is where the
 * count's phrase begins.
 */
export function listedKind(
  tokens: readonly Token[],
  i: number,
  start: number,
  count: CountAt,
  counted: Counted,
  sentence: number,
  last: LastFigure | null,
): KindRead | null {
  if (!last || last.sentence !== sentence) return null;
  const own = count.selfNoun !== null && (tokens[i]?.norm.startsWith("و") ?? false);
  const joined = own || joinedByAnd(tokens, i);
  if (!count.vague && joined && IN.has(tokens[counted.end]?.norm ?? "")) {
    return { kind: last.kind, end: counted.end, cueStart: i };
  }
  if (last.noun !== counted.noun || !counted.noun.en) return null;
  return { kind: last.kind, end: counted.end, cueStart: start };
}
