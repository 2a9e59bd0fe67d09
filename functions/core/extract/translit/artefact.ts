/**
 * The transliteration artefact (model.json): its format, written by training/translit and read
 * by the decoder, and the symbol ids both sides agree on.
 */

export interface TranslitArtefact {
  /** Format tag; a decoder refuses an artefact it does not know. */
  readonly format: "taqrir-translit/1";
  /** n-gram order over graphones. */
  readonly order: number;
  /** Graphones, one per line: Arabic letters (no spaces) TAB Latin chunk. Ids start at 2. */
  readonly graphones: string;
  /**
   * The back-off n-grams grouped by history, one history per line: its graphone ids (base 36,
   * comma-separated; 0 = <s>, 1 = </s>; empty for the root) TAB space-separated entries
   * `id:round(100·ln p)[:round(100·ln backoff)]` (back-off omitted when 0).
   */
  readonly ngrams: string;
  /** Order and n-grams (same layout; ids 2–27 = a–z) of the Latin character model. */
  readonly charOrder: number;
  readonly chars: string;
  /** Weight of the character model's ln p in the search score (0 = unused). */
  readonly charWeight: number;
  /** Training facts for the record (data, sizes, settings, held-out figures). */
  readonly meta: Readonly<Record<string, string | number>>;
}

export const ARTEFACT_FORMAT = "taqrir-translit/1";
/** Symbol ids of the start and end of a name (graphones and characters proper start at 2). */
export const BOS = 0;
export const EOS = 1;

/** Character ids of the Latin model: a–z → 2–27. */
export function charId(code: number): number {
  return code - 95;
}
