/**
 * Count nouns (`count-nouns.json`): the forms a casualty figure's count may be followed by,
 * each with its lemma's group. A lemma's flags say which forms it takes; `morph.ts` makes them.
 * Three uses: "counted" (every form), "dual" (a rule: the duals of the lemmas flagged so, less
 * those a counted plural already spells) and "counts-one" (the singulars flagged so). Built once,
 * at module load; a misspelt flag, group or plural ending fails here.
 */
import { normalizeArabic } from "../text/normalize.ts";
import data from "./count-nouns.json" with { type: "json" };
import { inflect, type Slot } from "./morph.ts";

/** A group of counted people: its English name (for breakdown parts), kind and unit. */
export interface CountGroup {
  readonly en: string | null;
  readonly kind: string | null;
  /** "people", or "families" for households. */
  readonly unit: string;
}

/** One form of a count noun: as generated, normalised, and its lemma's group. */
export interface CountForm {
  readonly written: string;
  readonly key: string;
  readonly group: CountGroup;
}

interface CountNounRecord {
  readonly about?: string;
  readonly group: string;
  /** False when the singular itself is not counted («أفراد» and «فردا», not «فرد»). */
  readonly singular?: boolean;
  /** The indefinite accusative counts («شخصا»). */
  readonly accusative?: boolean;
  /** Sound masculine plural endings it takes: «ين», or «ين» and «ون». */
  readonly sound?: readonly string[];
  /** The sound feminine plural counts («سيدات»). */
  readonly femPlural?: boolean;
  /** Broken or irregular plurals, as written. */
  readonly plural?: readonly string[];
  /** Its dual counts two on its own («قتيلان»). */
  readonly dual?: boolean;
  /** Its singular alone counts one in a breakdown («بينهم امرأة»). */
  readonly countsOne?: boolean;
}

const FLAGS = new Set([
  "about",
  "group",
  "singular",
  "accusative",
  "sound",
  "femPlural",
  "plural",
  "dual",
  "countsOne",
]);
const SOUND_ENDINGS: Readonly<Record<string, Slot>> = { ين: "mp-obl", ون: "mp-nom" };

const GROUPS = new Map<string, CountGroup>(
  Object.entries(data.groups as Record<string, { en: string | null; kind: string | null }>).map(
    ([id, g]) => [id, { en: g.en, kind: g.kind, unit: (g as { unit?: string }).unit ?? "people" }],
  ),
);
const LEMMAS = Object.entries(data.lemmas as Record<string, CountNounRecord>);

function groupOf(lemma: string, record: CountNounRecord): CountGroup {
  for (const key of Object.keys(record)) {
    if (!FLAGS.has(key)) throw new Error(`lexicon count-nouns: «${lemma}» has no flag "${key}"`);
  }
  const group = GROUPS.get(record.group);
  if (!group) throw new Error(`lexicon count-nouns: «${lemma}» is in no group "${record.group}"`);
  return group;
}

/** The counted forms of one lemma, in order: singular, accusative, sound plurals, broken ones. */
function countedForms(lemma: string, record: CountNounRecord): string[] {
  const out: string[] = [];
  if (record.singular !== false) out.push(inflect(lemma, {}, "m"));
  if (record.accusative) out.push(inflect(lemma, {}, "acc"));
  for (const ending of record.sound ?? []) {
    const slot = SOUND_ENDINGS[ending];
    if (!slot) throw new Error(`lexicon count-nouns: «${lemma}» has no plural ending «${ending}»`);
    out.push(inflect(lemma, {}, slot));
  }
  if (record.femPlural) out.push(inflect(lemma, {}, "pl-f"));
  out.push(...(record.plural ?? []));
  return out;
}

const formOf = (written: string, group: CountGroup): CountForm => ({
  written,
  key: normalizeArabic(written),
  group,
});

const COUNTED: readonly CountForm[] = LEMMAS.flatMap(([lemma, record]) => {
  const group = groupOf(lemma, record);
  return countedForms(lemma, record).map((w) => formOf(w, group));
});
const COUNTED_KEYS = new Set(COUNTED.map((f) => f.key));

/**
 * The duals: «ان» always; «ين» unless a counted plural is spelt the same («مدنيين» is a plural
 * or a dual: only «مدنيان» says two).
 */
const DUALS: readonly CountForm[] = LEMMAS.flatMap(([lemma, record]) => {
  if (!record.dual) return [];
  const group = groupOf(lemma, record);
  const oblique = formOf(inflect(lemma, {}, "du-obl"), group);
  const nominative = formOf(inflect(lemma, {}, "du-nom"), group);
  return COUNTED_KEYS.has(oblique.key) ? [nominative] : [nominative, oblique];
});

const COUNTS_ONE: readonly CountForm[] = LEMMAS.flatMap(([lemma, record]) =>
  record.countsOne ? [formOf(inflect(lemma, {}, "m"), groupOf(lemma, record))] : [],
);

const USES: Readonly<Record<string, readonly CountForm[]>> = {
  counted: COUNTED,
  dual: DUALS,
  "counts-one": COUNTS_ONE,
};

for (const use of Object.keys(data.uses)) {
  if (!USES[use]) throw new Error(`lexicon count-nouns: no rule makes the use "${use}"`);
}

/** The forms of one use of the count nouns, in file order (a lemma's forms together). */
export function countNouns(use: string): readonly CountForm[] {
  const forms = USES[use];
  if (!forms) throw new Error(`lexicon: count-nouns has no use "${use}"`);
  return forms;
}
