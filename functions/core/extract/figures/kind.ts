/**
 * What happened to the people counted: killed, injured, displaced, arrested or missing.
 * The count noun says so itself when it is «قتيلا» or «جرحى»; otherwise the kind comes from
 * the nearest cue in the sentence, a verb or verbal noun of what happened («مقتل 154 شخصا
 * واصابة اكثر من 300 آخرين»: 154 killed, 300 injured).
 */

import { FigureKind } from "../../facts.ts";
import { table, words } from "../lexicon/index.ts";
import { readNumber } from "../text/numbers.ts";
import type { Token } from "../text/tokenize.ts";
import { nounKindAt } from "./nouns.ts";
import type { CountSite } from "./site.ts";
import { stemLookup, stems } from "./stems.ts";

/**
 * Kind cues: verbs and verbal nouns of what happened, and the status nouns that name it
 * (lexicon/event-cues.json; normalised, matched with clitics stripped).
 */
const kindsOf = (use: string): [string, FigureKind][] =>
  [...table("event-cues", use)].map(([w, kind]) => [w, FigureKind.parse(kind)]);
const STATUS: ReadonlyMap<string, FigureKind> = new Map(kindsOf("status"));
const KIND_CUES: ReadonlyMap<string, FigureKind> = new Map([...kindsOf("kind"), ...STATUS]);

const kindOf = stemLookup(KIND_CUES);
/** Status nouns alone («النازحين»): after a count they say who was counted, not what happened. */
const statusOf = stemLookup(STATUS);
/** «بينما», «فيما»: a clause of its own begins; its cue is not the count's before it. */
const CLAUSE_OPENERS = words("particles", "clause-opener");
const COMPLEMENTIZERS = words("particles", "complementizer");

/** Kinds a counted noun states outright («قتيلا»); the others name a status (نازح، معتقل). */
const EVENT_KINDS: ReadonlySet<FigureKind | null> = new Set<FigureKind>(["killed", "injured"]);

/** The kind cue token k is, if any. */
export function kindAt(tokens: readonly Token[], k: number): FigureKind | null {
  return kindOf(tokens[k]);
}

/** A figure's kind, and the phrase it spans once its kind cue is included. */
export interface KindRead {
  readonly kind: FigureKind;
  /** Token after the figure: after the noun, or after a kind cue that follows it. */
  readonly end: number;
  /** Token a kind cue before the count stands at (else the count's own token). */
  readonly cueStart: number;
}

/** «مصير» before a count, «مجهول» after it: people whose fate is unknown. */
const FATE = words("event-cues", "fate");
const UNKNOWN = words("event-cues", "fate-unknown");

/**
 * «لا يزال مصير 27 مختطفا من أبناء المحافظة مجهولا»: people whose fate is unknown are
 * missing, whatever the noun says they were.
 */
export function fateUnknown(site: CountSite, nounEnd: number): KindRead | null {
  const { tokens, start, inSentence } = site;
  if (!stems(tokens[start - 1]).some((st) => FATE.has(st))) return null;
  for (let a = nounEnd, d = 0; d < 8 && inSentence(a); a++, d++) {
    if (stems(tokens[a]).some((st) => UNKNOWN.has(st))) {
      return { kind: "missing", end: nounEnd, cueStart: start - 1 };
    }
  }
  return null;
}

/**
 * Kind: the noun itself when it names what happened (قتيلا، جرحى), else the nearest kind
 * cue in the sentence (before wins ties). A noun that names a status (لاجئين، معتقلين)
 * only says who was counted: «قتل 5 لاجئين» counts refugees killed, not displaced.
 * Null when nothing says (the figure then ends at `nounEnd`).
 */
export function kindNear(
  site: CountSite,
  nounKind: FigureKind | null,
  nounEnd: number,
): KindRead | null {
  const { tokens, i, start, inSentence } = site;
  let kind: FigureKind | null = EVENT_KINDS.has(nounKind) ? nounKind : null;
  let end = nounEnd;
  let cueStart = i;
  if (!kind) {
    let best = Number.POSITIVE_INFINITY;
    for (let b = start - 1, d = 1; b >= 0 && d <= 8 && inSentence(b); b--, d++) {
      // «انتشال جثث ستة مدنيين»: a noun of the dead right before the count says it too.
      const hit = kindAt(tokens, b) ?? (d === 1 ? nounKindAt(tokens, b) : null);
      if (hit) {
        kind = hit;
        best = d;
        cueStart = b;
        break;
      }
    }
    for (let a = end, d = 1; a < tokens.length && d <= 6 && inSentence(a); a++, d++) {
      if (d >= best) break;
      // «5 أطفال و3 نساء قتلوا»: a cue after a count joined by «و» is that count's; the first
      // count shares it (find.ts sharedKind). A breakdown («، بينهم أربعة أطفال، قتلوا») is not.
      if (tokens[a - 1]?.norm === "و" && readNumber(site.text, tokens, a)) break;
      // «… أحد سكان الحي، مضيفا أنه فر»: a clause of its own, or reported speech, begins.
      const w = tokens[a]?.norm ?? "";
      if (CLAUSE_OPENERS.has(w) || COMPLEMENTIZERS.has(w)) break;
      // «اعتقال قوات النظام 14 شخصا من النازحين»: with a cue before, a status noun after only
      // says who was counted.
      if (best < Number.POSITIVE_INFINITY && statusOf(tokens[a])) continue;
      const hit = kindAt(tokens, a);
      if (hit) {
        kind = hit;
        end = a + 1;
        cueStart = start;
        break;
      }
    }
  }
  kind ??= nounKind;
  // «أطلق سراح 20 معتقلا»: people freed are no arrest.
  if (kind === "arrested" && releasedBefore(tokens, start, inSentence)) return null;
  return kind ? { kind, end, cueStart } : null;
}

const RELEASED = words("event-cues", "released");

/** Is there a word of release within the few words before the count («أطلق سراح», «الإفراج عن»)? */
function releasedBefore(
  tokens: readonly Token[],
  start: number,
  inSentence: (k: number) => boolean,
): boolean {
  for (let b = start - 1; b >= Math.max(0, start - 4) && inSentence(b); b--) {
    if (stems(tokens[b]).some((st) => RELEASED.has(st))) return true;
  }
  return false;
}
