/**
 * Who gave a figure: a body named near it after a source cue («بحسب المرصد», «أعلنت
 * الوزارة»), or as the subject of such a verb before the count. An outlet a verb of telling
 * was told through («أفاد ناشطون للجزيرة نت») is not the source.
 */

import type { BilingualName } from "../../facts.ts";
import { isAddressee, isSayingVerb, type Mention } from "../entities/index.ts";
import { words } from "../lexicon/index.ts";
import { firstAtOrAfter, type Token } from "../text/tokenize.ts";
import { tally } from "../work.ts";
import { eventOf, type FigureWindow } from "./place.ts";
import type { CountSite } from "./site.ts";
import { stems } from "./stems.ts";

const SOURCE_CUES = words("saying-verbs", "source");

function isSourceCue(t: Token | undefined): boolean {
  return stems(t).some((st) => SOURCE_CUES.has(st));
}

/** Verbs of telling a name behind «ل» was told by: «أفاد ناشطون للجزيرة نت». */
const TELLING = words("saying-verbs", "telling");

/**
 * «وفق ما أفاد به ناشطون للجزيرة نت»: the outlet behind «ل» after a verb of telling was told;
 * it is not the source. After a noun it owns the figure: «بحسب إحصائية لنورث برس».
 */
function toldBy(text: string, tokens: readonly Token[], m: Mention): boolean {
  if (!isAddressee(text, m)) return false;
  for (let k = m.tokStart - 1; k >= Math.max(0, m.tokStart - 3); k--) {
    const t = tokens[k];
    if (isSayingVerb(t) || stems(t).some((st) => TELLING.has(st))) return true;
  }
  return false;
}

/**
 * The source («بحسب المرصد…») may stand anywhere in the window's part of the sentence, up to
 * a turn to another event («فيما», «في حين»), which may name its own: «قال المرصد إن 20 شخصا
 * قتلوا، فيما ذكرت سانا أن 8 مدنيين قتلوا». An event that names none is still reported by
 * the source before it («أفاد مراسل الأناضول أن 23 مدنيا قتلوا، فيما أصيب أكثر من 40»).
 */
export function sourceOf(site: CountSite, win: FigureWindow): BilingualName | null {
  const event = eventOf(site, win);
  return (
    sourceIn(site, event.lo, event.hi) ??
    (event.lo > win.lo ? sourceIn(site, win.lo, event.lo) : null)
  );
}

/**
 * The body in text[lo, hi] that a source cue makes the figure's source, from the clause that
 * governs the count: «وفق X» right after it, else the nearest source before it, else the
 * first after it. «وقالت الأمم المتحدة إن 18 شاحنة دمرت وقتل 20 من عمال الإغاثة وفق الهلال
 * الأحمر» gives the 20 to the Red Crescent.
 */
function sourceIn(site: CountSite, lo: number, hi: number): BilingualName | null {
  const { text, tokens, mentions, tok } = site;
  let before: Mention | null = null;
  let after: Mention | null = null;
  for (let k = firstAtOrAfter(mentions, lo); k < mentions.length; k++) {
    const m = mentions[k] as Mention;
    tally("figure-places");
    if (m.start > hi) break;
    if (m.entity.type === "place" || toldBy(text, tokens, m)) continue;
    const cue = cueBefore(tokens, m.tokStart);
    // Or the body as the subject of the verb, before the count: «وكانت وزارة الدفاع قد
    // أعلنت أن 62 جنديا قتلوا».
    const next = tokens[m.tokEnd]?.norm === "قد" ? tokens[m.tokEnd + 1] : tokens[m.tokEnd];
    if (m.end <= tok.start) {
      if (cue !== null || isSourceCue(next)) before = m;
    } else if (cue !== null) {
      if (ACCORDING_TO.has(cue)) return named(m);
      after ??= m;
    }
  }
  return named(before ?? after);
}

const named = (m: Mention | null): BilingualName | null =>
  m && { ar: m.entity.ar, en: m.entity.en };

/** «بحسب», «وفق»: the cues that attribute what came before them. */
const ACCORDING_TO = words("saying-verbs", "according-to");
/** «نقلت رويترز عن الدفاع المدني»: the body after «عن» gave the figure. */
const RELAY = words("saying-verbs", "relay");
const ANN = words("particles", "relay-from");

/**
 * The source cue among the three words before token k, as its stem, or null; «عن» after a
 * relaying verb counts («نقلت وكالة الأناضول عن الدفاع المدني»).
 */
function cueBefore(tokens: readonly Token[], k: number): string | null {
  for (let b = k - 1; b >= Math.max(0, k - 3); b--) {
    const t = tokens[b];
    const cue = stems(t).find((st) => SOURCE_CUES.has(st));
    if (cue !== undefined) return cue;
    if (t && ANN.has(t.norm) && relayedBy(tokens, b)) return "عن";
  }
  return null;
}

/** Is there a relaying verb among the few words before «عن» at b? */
function relayedBy(tokens: readonly Token[], b: number): boolean {
  for (let r = b - 1; r >= Math.max(0, b - 5); r--) {
    if (stems(tokens[r]).some((st) => RELAY.has(st))) return true;
  }
  return false;
}
