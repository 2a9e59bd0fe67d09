/**
 * Inflected forms from a lemma, by slot. Only what a rule gets right is a slot: the imperfect
 * and the participle are irregular (قال → يقول, قائل), so the lemma record lists their stems
 * and the slots inflect those. Forms are written, not normalised: the loader normalises them
 * like any hand-written word.
 */

/** What a lemma record may carry besides the lemma itself. */
export interface LemmaRecord {
  /** Imperfect, third person masculine singular («يقول»). */
  readonly impf?: string;
  /** Active participle, masculine singular («قائل»). */
  readonly participle?: string;
}

export const SLOTS = [
  // Verbs: past 3rd person masc./fem. singular, masc. dual, masc. plural.
  "3ms",
  "3fs",
  "3md",
  "3mp",
  // Imperfect 3rd person masc./fem. singular, from the listed stem.
  "impf",
  "impf-f",
  // Participle, indefinite accusative («قائلا») and feminine («قائلة»).
  "part-acc",
  "part-fem",
  // Nouns: masculine, feminine, each with the article; indefinite accusative.
  "m",
  "f",
  "def-m",
  "def-f",
  "acc",
  // Nouns: sound masculine plural, nominative («ثلاثون», «متوفون») and oblique («ثلاثين»).
  "mp-nom",
  "mp-obl",
  // Sound feminine plural («ات»).
  "pl-f",
  // Duals, nominative («ان») and oblique («ين»).
  "du-nom",
  "du-obl",
  // Numbers: the lemma's hundreds in one word, in both spellings («ثلاثمئة», «ثلاثمائة»).
  "hundreds",
  "hundreds-alt",
  // Nouns: the dual in construct, oblique («بلدتي») and nominative («بلدتا»).
  "dual-con-obl",
  "dual-con-nom",
  // A possessive suffix: his, her, their (masc.).
  "poss-3ms",
  "poss-3fs",
  "poss-3mp",
] as const;
export type Slot = (typeof SLOTS)[number];

export function isSlot(s: string): s is Slot {
  return (SLOTS as readonly string[]).includes(s);
}

/** A verb ending in a long vowel drops it before the feminine «ت»: دعا → دعت, نفى → نفت. */
function pastFeminine(lemma: string): string {
  return /[اى]$/.test(lemma) ? `${lemma.slice(0, -1)}ت` : `${lemma}ت`;
}

/** The feminine of a noun: «ة» added. */
const feminine = (lemma: string) => `${lemma}ة`;

/** A noun's stem before a suffix: «ة» is written «ت» there (عائلة → عائلت-ان, طاقة → طاقت-ها). */
const beforeSuffix = (lemma: string) => (lemma.endsWith("ة") ? `${lemma.slice(0, -1)}ت` : lemma);

/** A noun ending in «ى» (متوفى) takes «ي» before the accusative: متوفيا. */
const beforeAccusative = (lemma: string) =>
  lemma.endsWith("ى") ? `${lemma.slice(0, -1)}ي` : lemma;

/** A noun ending in «ى» (متوفى) drops it before a sound masculine plural: متوفين، متوفون. */
const beforeSoundPlural = (lemma: string) => (lemma.endsWith("ى") ? lemma.slice(0, -1) : lemma);

function needs(value: string | undefined, lemma: string, slot: Slot): string {
  if (value === undefined) throw new Error(`lexicon: «${lemma}» has no stem for slot ${slot}`);
  return value;
}

/** The form of `lemma` in `slot`; throws when the record lacks the stem the slot needs. */
export function inflect(lemma: string, record: LemmaRecord, slot: Slot): string {
  switch (slot) {
    case "3ms":
    case "m":
      return lemma;
    case "3fs":
      return pastFeminine(lemma);
    case "3md":
      return `${lemma}ا`;
    case "3mp":
      return `${lemma}وا`;
    case "impf":
      return needs(record.impf, lemma, slot);
    case "impf-f":
      return `ت${needs(record.impf, lemma, slot).slice(1)}`;
    case "part-acc":
      return `${needs(record.participle, lemma, slot)}ا`;
    case "part-fem":
      return feminine(needs(record.participle, lemma, slot));
    case "f":
      return feminine(lemma);
    case "def-m":
      return `ال${lemma}`;
    case "def-f":
      return `ال${feminine(lemma)}`;
    case "acc":
      return `${beforeAccusative(lemma)}ا`;
    case "mp-nom":
      return `${beforeSoundPlural(lemma)}ون`;
    case "mp-obl":
      return `${beforeSoundPlural(lemma)}ين`;
    case "pl-f":
      return `${lemma.endsWith("ة") ? lemma.slice(0, -1) : lemma}ات`;
    case "du-nom":
      return `${beforeSuffix(lemma)}ان`;
    case "du-obl":
      return `${beforeSuffix(lemma)}ين`;
    case "hundreds":
      return `${lemma}مئة`;
    case "hundreds-alt":
      return `${lemma}مائة`;
    case "dual-con-obl":
      return `${beforeSuffix(lemma)}ي`;
    case "dual-con-nom":
      return `${beforeSuffix(lemma)}ا`;
    case "poss-3ms":
      return `${beforeSuffix(lemma)}ه`;
    case "poss-3fs":
      return `${beforeSuffix(lemma)}ها`;
    case "poss-3mp":
      return `${beforeSuffix(lemma)}هم`;
  }
}
