/**
 * The joint-sequence ("graphone") transliteration model and its decoder.
 *
 * A graphone pairs an Arabic chunk (one letter in the shipped model; the trainer can use two)
 * with the Latin chunk (0–4 letters) it was aligned to in training: «ش»:"sh", «ي»:"i",
 * «م»:"mo", «ع»:"". Unwritten short vowels ride on a neighbouring letter. A name is a sequence of
 * graphones; its probability comes from a back-off n-gram model over graphones (Kneser-Ney,
 * trained by train.ts). Transliterating an Arabic word means finding the graphone sequence
 * whose Arabic sides spell the word and whose n-gram probability is highest: a left-to-right
 * beam search over letter positions, where hypotheses that reach the same position with the
 * same n-gram history are merged (Viterbi) and only the best `beam` histories survive.
 *
 * An optional Latin character n-gram model can add its score (weight `charWeight`); the
 * shipped model does not use it (on held-out data it gained 0.4 points of exact match for a
 * 3× larger artefact and half the speed).
 *
 * The artefact is compact text inside JSON (see `TranslitArtefact`, artefact.ts) so that it
 * stays small (~0.7 MB) and loads with one JSON import. The n-gram models are backoff-lm.ts,
 * the fixed letter table letter-table.ts; this module is the graphone model and its search.
 */
import { ARTEFACT_FORMAT, charId, EOS, type TranslitArtefact } from "./artefact.ts";
import { BackoffLM } from "./backoff-lm.ts";
import { LETTER_TABLE, tableTransliterate } from "./letter-table.ts";

export {
  ARTEFACT_FORMAT,
  BOS,
  charId,
  EOS,
  type TranslitArtefact,
} from "./artefact.ts";
export { BackoffLM } from "./backoff-lm.ts";
export { LETTER_TABLE, tableTransliterate } from "./letter-table.ts";

/** Log-probability charged for a letter the model never saw (its fallback rendering is used). */
const UNSEEN_LETTER_LOGP = -12;

/** Search defaults: histories kept per position, graphones tried per Arabic chunk. */
export const DEFAULT_BEAM = 4;
export const DEFAULT_CANDIDATES = 8;

/** A search hypothesis: a back-pointer chain of graphones (or fallback text when g < 0). */
interface Hyp {
  readonly score: number;
  readonly state: number;
  readonly cstate: number;
  readonly prev: Hyp | null;
  readonly g: number;
  readonly text: string;
}

export class GraphoneModel {
  readonly joint: BackoffLM;
  readonly chars: BackoffLM | null;
  readonly charWeight: number;
  /** Latin side of each graphone id, as text and as character ids. */
  private readonly latin: string[];
  private readonly latinIds: number[][];
  /** Candidate graphone ids for each Arabic chunk (1 or 2 letters joined), most probable first. */
  private readonly byArabic: Map<string, number[]>;

  constructor(artefact: TranslitArtefact) {
    if (artefact.format !== ARTEFACT_FORMAT) {
      throw new Error(`unknown transliteration artefact format ${String(artefact.format)}`);
    }
    this.joint = new BackoffLM(artefact.ngrams, artefact.order);
    this.charWeight = artefact.charWeight;
    this.chars =
      artefact.charWeight > 0 && artefact.chars
        ? new BackoffLM(artefact.chars, artefact.charOrder)
        : null;
    this.latin = ["", ""];
    this.latinIds = [[], []];
    this.byArabic = new Map();
    const lines = artefact.graphones.split("\n").filter((l) => l !== "");
    for (const line of lines) {
      const tab = line.indexOf("\t");
      const g = this.latin.length;
      const latin = line.slice(tab + 1);
      this.latin.push(latin);
      this.latinIds.push([...latin].map((ch) => charId(ch.charCodeAt(0))));
      if (this.joint.unigram(g) === undefined) continue;
      const key = line.slice(0, tab);
      const list = this.byArabic.get(key);
      if (list) list.push(g);
      else this.byArabic.set(key, [g]);
    }
    // Most probable first: the decoder tries the first `maxCandidates` of each list.
    for (const list of this.byArabic.values()) {
      list.sort((a, b) => (this.joint.unigram(b) ?? 0) - (this.joint.unigram(a) ?? 0) || a - b);
    }
  }

  /**
   * The best Latin form of a sequence of (normalised) Arabic letters, or "" for none.
   * `beam` bounds the hypotheses kept per letter position, `maxCandidates` the graphones tried
   * per Arabic chunk (the most probable ones).
   */
  decode(
    letters: readonly string[],
    beam = DEFAULT_BEAM,
    maxCandidates = DEFAULT_CANDIDATES,
  ): string {
    const n = letters.length;
    if (n === 0) return "";
    const columns = this.search(letters, beam, maxCandidates);
    return this.spell(this.best(columns[n] as Map<number, Hyp>));
  }

  /**
   * The beam search: columns[i] holds the best hypothesis per pair of histories that spells
   * letters 0 … i - 1, each extended by the graphones of the next one or two letters.
   */
  private search(
    letters: readonly string[],
    beam: number,
    maxCandidates: number,
  ): Map<number, Hyp>[] {
    const n = letters.length;
    const columns: Map<number, Hyp>[] = [];
    for (let i = 0; i <= n; i++) columns.push(new Map());
    const start: Hyp = {
      score: 0,
      state: this.joint.start,
      cstate: this.chars?.start ?? 0,
      prev: null,
      g: -1,
      text: "",
    };
    columns[0]?.set(0, start);
    for (let i = 0; i < n; i++) {
      const column = columns[i] as Map<number, Hyp>;
      if (column.size === 0) continue;
      const hyps = prune(column, beam);
      const one = letters[i] ?? "";
      const single = this.byArabic.get(one);
      const double = i + 1 < n ? this.byArabic.get(one + (letters[i + 1] ?? "")) : undefined;
      const next1 = columns[i + 1] as Map<number, Hyp>;
      for (const hyp of hyps) {
        if (single) this.extend(hyp, single, next1, maxCandidates);
        else offer(next1, unseenLetter(hyp, i, one));
        if (double) this.extend(hyp, double, columns[i + 2] as Map<number, Hyp>, maxCandidates);
      }
    }
    return columns;
  }

  /** The hypothesis that spells the whole word with the best score once the name ends. */
  private best(column: Map<number, Hyp>): Hyp | undefined {
    let best: Hyp | undefined;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const hyp of column.values()) {
      this.joint.step(hyp.state, EOS);
      let s = hyp.score + this.joint.lastLogp;
      if (this.chars) {
        this.chars.step(hyp.cstate, EOS);
        s += this.charWeight * this.chars.lastLogp;
      }
      if (s > bestScore) {
        bestScore = s;
        best = hyp;
      }
    }
    return best;
  }

  /** The Latin text of a hypothesis: its graphones' Latin sides (or fallback text) in order. */
  private spell(best: Hyp | undefined): string {
    const parts: string[] = [];
    for (let h = best; h; h = h.prev ?? undefined) {
      parts.push(h.g >= 0 ? (this.latin[h.g] ?? "") : h.text);
    }
    return parts.reverse().join("");
  }

  private extend(
    hyp: Hyp,
    candidates: readonly number[],
    target: Map<number, Hyp>,
    maxCandidates: number,
  ): void {
    const n = Math.min(candidates.length, maxCandidates);
    const chars = this.chars;
    for (let c = 0; c < n; c++) {
      const g = candidates[c] as number;
      const state = this.joint.step(hyp.state, g);
      let score = hyp.score + this.joint.lastLogp;
      let cstate = hyp.cstate;
      if (chars) {
        let lp = 0;
        for (const id of this.latinIds[g] as number[]) {
          cstate = chars.step(cstate, id);
          lp += chars.lastLogp;
        }
        score += this.charWeight * lp;
      }
      const key = state * 4_194_304 + cstate;
      const old = target.get(key);
      if (!old || score > old.score)
        target.set(key, { score, state, cstate, prev: hyp, g, text: "" });
    }
  }
}

/**
 * Keep the better of two hypotheses with the same histories. Ties keep the first offered:
 * candidates are tried in a fixed order, so the result is deterministic.
 */
function offer(target: Map<number, Hyp>, hyp: Hyp): void {
  const key = hyp.state * 4_194_304 + hyp.cstate;
  const old = target.get(key);
  if (!old || hyp.score > old.score) target.set(key, hyp);
}

function prune(column: Map<number, Hyp>, beam: number): Hyp[] {
  const hyps = [...column.values()];
  if (hyps.length <= beam) return hyps;
  // Stable sort: equal scores keep insertion order (deterministic).
  hyps.sort((a, b) => b.score - a.score);
  return hyps.slice(0, beam);
}

/** A letter the model never saw: the fixed table, a heavy cost and fresh histories. */
function unseenLetter(hyp: Hyp, i: number, one: string): Hyp {
  const text = i === 0 ? tableTransliterate([one]) : (LETTER_TABLE[one] ?? "");
  return {
    score: hyp.score + UNSEEN_LETTER_LOGP,
    state: 0,
    cstate: 0,
    prev: hyp,
    g: -1,
    text,
  };
}
