/**
 * The compiled gazetteer: every curated, generated and derived name in one trie keyed by
 * normalised tokens, built once at module load. Lookup is a longest match from a token
 * position: the first token may carry clitics (و، ب، لل…), later tokens must match exactly,
 * and names never span punctuation. Cost per position is bounded by the longest name, so a
 * scan is linear in the text.
 */
import type { EnglishSource, EntityOrigin, EntityType } from "../../facts.ts";
import { normalizeArabic } from "../text/normalize.ts";
import type { Token } from "../text/tokenize.ts";
import { perWord, type WordRef } from "../text/words.ts";
import commonWords from "./common.json" with { type: "json" };
import { CLUBS, COMPANIES, ORGS, PEOPLE, PLACES } from "./curated.ts";
import { type Cue, type CuratedEntry, parseLines } from "./lines.ts";
import { ministryEntries } from "./ministries.ts";
import derivedPlaces from "./places.json" with { type: "json" };
import { readNamesFrom, startsIn, type TrieStart } from "./trie.ts";

export interface GazEntity {
  /** Stable key: type and English name (or Arabic for names we cannot translate). */
  readonly id: string;
  readonly type: EntityType;
  readonly ar: string;
  readonly en: string | null;
  /** How it was found when not from the gazetteer itself (cue rule or tagger). */
  readonly origin?: EntityOrigin;
  /** Set when `en` was transliterated by the model rather than taken from the gazetteer. */
  readonly englishSource?: EnglishSource;
}

/** How a form may be used: full names anywhere; short forms anywhere; local after a full form. */
export type FormKind = "full" | "short" | "local";

export interface Hit {
  readonly entity: GazEntity;
  readonly kind: FormKind;
  readonly cue: Cue | null;
}

interface Node {
  readonly next: Map<string, Node>;
  hits: Hit[];
}

export interface Candidate {
  /** Token index one past the last matched token. */
  readonly end: number;
  readonly hits: readonly Hit[];
  /** Clitic letters stripped from the first token ("" for none). */
  readonly clitic: string;
  /** The first token's normalised stem as matched (ال restored after لل/بال). */
  readonly stem: string;
}

/** Words that are ordinary Arabic (from ANERcorp): never trusted as a bare name. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(commonWords as string[]);

/** Particles that belong to a surname: «دي ميستورا», «أبو الغيط», «بن لادن». */
const SURNAME_PARTICLES = new Set([
  "دي",
  "دو",
  "فان",
  "فون",
  "لو",
  "بن",
  "ابن",
  "ابو",
  "بو",
  "ال",
  "عبد",
]);

const root: Node = { next: new Map(), hits: [] };
const entitiesById = new Map<string, GazEntity>();
/** Normalised surname phrase → persons whose full name ends with it. */
const surnameIndex = new Map<string, GazEntity[]>();
/** Normalised first words of person names: a bare first name is never a surname. */
const firstNames = new Set<string>();
/** Normalised word → where it occurs in full gazetteer names («person:first», «place:only»…). */
const wordRoles = new Map<string, Set<string>>();

function insert(form: string, hit: Hit): void {
  const words = normalizeArabic(form)
    .split(" ")
    .filter((w) => w !== "");
  if (words.length === 0) return;
  let node = root;
  for (const w of words) {
    let child = node.next.get(w);
    if (!child) {
      child = { next: new Map(), hits: [] };
      node.next.set(w, child);
    }
    node = child;
  }
  if (hit.kind === "full") {
    words.forEach((w, k) => {
      const pos =
        words.length === 1 ? "only" : k === 0 ? "first" : k === words.length - 1 ? "last" : "mid";
      const roles = wordRoles.get(w) ?? new Set<string>();
      roles.add(`${hit.entity.type}:${pos}`);
      wordRoles.set(w, roles);
    });
  }
  // One form, one entity: the first registration wins (curated lines come first).
  if (node.hits.some((h) => h.entity.id === hit.entity.id)) return;
  if (node.hits.length > 0 && hit.kind !== "full") return;
  node.hits.push(hit);
}

function entity(type: EntityType, en: string | null, ar: string): GazEntity {
  const id = `${type}:${en ?? normalizeArabic(ar)}`;
  const existing = entitiesById.get(id);
  if (existing) return existing;
  const e: GazEntity = { id, type, en, ar };
  entitiesById.set(id, e);
  return e;
}

/** The listed entity with this id («place:Washington»), or null. */
export function entityById(id: string): GazEntity | null {
  return entitiesById.get(id) ?? null;
}

/** Is this word (normalised) the family name of some listed person («بشار», «عباس»)? */
export function isListedSurname(norm: string): boolean {
  return surnameIndex.has(norm);
}

/** The surname key of a full person name: last word, or last two with a particle. */
export function surnameOf(fullNorm: string): string | null {
  const words = fullNorm.split(" ");
  if (words.length < 2) return null;
  const last = words[words.length - 1] ?? "";
  const before = words[words.length - 2] ?? "";
  if (words.length >= 3 && SURNAME_PARTICLES.has(before)) return `${before} ${last}`;
  return last;
}

function addCurated(entries: readonly CuratedEntry[]): void {
  for (const c of entries) {
    const e = entity(c.type, c.en, c.forms[0] ?? c.en);
    for (const f of c.forms) insert(f, { entity: e, kind: "full", cue: c.cue });
    for (const f of c.short) insert(f, { entity: e, kind: "short", cue: c.cue });
    for (const f of c.local) insert(f, { entity: e, kind: "local", cue: c.cue });
    if (c.type === "person" && !c.noSurname) {
      for (const f of c.forms) {
        const norm = normalizeArabic(f);
        firstNames.add(norm.split(" ")[0] ?? "");
        const s = surnameOf(norm);
        if (!s) continue;
        const list = surnameIndex.get(s) ?? [];
        if (!list.includes(e)) list.push(e);
        surnameIndex.set(s, list);
      }
    }
  }
}

addCurated(parseLines(PEOPLE, "person"));
addCurated(parseLines(ORGS, "org"));
addCurated(parseLines(COMPANIES, "org"));
addCurated(parseLines(CLUBS, "org"));
addCurated(parseLines(PLACES, "place"));
for (const m of ministryEntries()) {
  const e = entity("org", m.en, m.ar);
  for (const f of m.forms) insert(f, { entity: e, kind: "full", cue: null });
}
for (const p of derivedPlaces as { en: string; ar: string[] }[]) {
  const e = entity("place", p.en, p.ar[0] ?? p.en);
  for (const f of p.ar) insert(f, { entity: e, kind: "full", cue: null });
}

/**
 * A bare surname names one person on its own only when the gazetteer knows exactly one
 * person with it, it is nobody's first name, and it is not an ordinary word: «لافروف» yes,
 * «بشار» (a first name) or «عباس» (two people) no. Otherwise the article has to name the
 * person in full first (handled by the extractor's document-local surname table).
 */
for (const [surname, people] of surnameIndex) {
  if (people.length !== 1) continue;
  const person = people[0];
  if (!person) continue;
  const words = surname.split(" ");
  const last = words[words.length - 1] ?? "";
  const bare = last.startsWith("ال") ? last.slice(2) : last;
  if (last.length < 4 || firstNames.has(last) || COMMON_WORDS.has(last) || COMMON_WORDS.has(bare)) {
    continue;
  }
  insert(surname, { entity: person, kind: "short", cue: null });
}

const NO_STARTS: readonly TrieStart<Node>[] = [];

/**
 * The clitic readings of a word that begin a gazetteer name, in cliticSplits order. Most
 * words of a text begin none; the per-word memo answers that and, for the rest, saves
 * re-splitting the word and re-reading the trie's first level every time it recurs.
 */
const startsOf = perWord((norm): readonly TrieStart<Node>[] => {
  const found = startsIn(root, norm);
  return found.length > 0 ? found : NO_STARTS;
});

/**
 * Can some gazetteer name start with this normalised word (under any clitic reading)? Most
 * words of a text cannot; scans ask this first and skip the trie walk and its allocations.
 */
export function mayStartName(word: WordRef): boolean {
  return startsOf(word).length > 0;
}

const NO_CANDIDATES: readonly Candidate[] = [];

/** Every way the gazetteer can read a name starting at token i, longest first. */
export function candidatesAt(
  text: string,
  tokens: readonly Token[],
  i: number,
): readonly Candidate[] {
  return readNames(tokens, i, text);
}

/**
 * candidatesAt for a sequence whose every word directly follows the previous one (a tagger's
 * sentence: punctuation is a word of its own), so no text is needed to test adjacency.
 */
export function candidatesInSequence(words: readonly WordRef[], i: number): readonly Candidate[] {
  return readNames(words, i, null);
}

/** The trie walk behind both (trie.ts): every node with names on it is a candidate. */
function readNames(
  words: readonly (Token | WordRef)[],
  i: number,
  text: string | null,
): readonly Candidate[] {
  const first = words[i];
  if (!first) return NO_CANDIDATES;
  const starts = startsOf(first);
  if (starts.length === 0) return NO_CANDIDATES;
  return readNamesFrom(starts, words, i, text, candidateAt);
}

function candidateAt(node: Node, end: number, start: TrieStart<Node>): Candidate | null {
  return node.hits.length > 0
    ? { end, hits: node.hits, clitic: start.clitic, stem: start.stem }
    : null;
}

/**
 * Where a normalised word occurs inside full gazetteer names, e.g. ["person:first",
 * "place:only"] (sorted; empty for words in no name). A feature of the NER tagger.
 */
export function gazetteerWordRoles(norm: string): readonly string[] {
  const roles = wordRoles.get(norm);
  return roles ? [...roles].sort() : [];
}

/** Every pair of adjacent words in a listed name (normalised), the first word a particle or not. */
export function eachNamePair(
  visit: (first: string, second: string, particle: boolean) => void,
): void {
  const walk = (node: Node, word: string | null) => {
    for (const [next, child] of node.next) {
      if (word !== null) visit(word, next, SURNAME_PARTICLES.has(word));
      walk(child, next);
    }
  };
  walk(root, null);
}

/** Is this normalised word a listed name on its own, or a common word? */
export function isKnownWord(norm: string): boolean {
  return COMMON_WORDS.has(norm) || (root.next.get(norm)?.hits.length ?? 0) > 0;
}

export function gazetteerSize(): number {
  return entitiesById.size;
}

/**
 * What the NER tagger reads from the gazetteer, as plain data: every form that names something
 * on its own (local forms do not), with its first such name's type («~» when that name needs a
 * cue word), and every word's roles inside full names. The tagger keeps this copy with its
 * model (ner/gazetteer-view.ts), so curating the gazetteer does not move the features the
 * model was trained on.
 */
export function taggerSnapshot(): {
  readonly names: readonly (readonly [string, string])[];
  readonly roles: readonly (readonly [string, readonly string[]])[];
} {
  const names: [string, string][] = [];
  const walk = (node: Node, path: string) => {
    const hit = node.hits.find((h) => h.kind !== "local");
    if (hit && path !== "") names.push([path, `${hit.entity.type}${hit.cue !== null ? "~" : ""}`]);
    for (const [w, child] of node.next) walk(child, path === "" ? w : `${path} ${w}`);
  };
  walk(root, "");
  const byKey = (a: readonly [string, unknown], b: readonly [string, unknown]) =>
    a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
  const roles = [...wordRoles.keys()].map((w) => [w, gazetteerWordRoles(w)] as const);
  return { names: names.sort(byKey), roles: roles.sort(byKey) };
}
