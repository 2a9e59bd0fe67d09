/**
 * The gazetteer as the tagger was trained with it. The tagger reads gazetteer membership as
 * features («B-place» over a matched name, «person:first» for a word that begins a person's
 * name), so its weights fit the names it saw in training: a place added to the live gazetteer
 * afterwards would change its features and move its tags in ways nobody scored (the ANERcorp
 * test split lost almost a point when Jenin, Ramallah and Sudan's cities were added). So the
 * trainer reads a committed snapshot (gazetteer-snapshot.tsv, refreshed only on purpose and
 * then checked against F1), stores it in the model's name lists (keys «g|form» → type,
 * «r|word» → roles), and the tagger reads that copy, never the live gazetteer. The extractor
 * still uses the live gazetteer for canonical names and for the names it finds itself.
 */
import { taggerSnapshot } from "../gazetteer/index.ts";
import { readNamesFrom, startsIn, type TrieStart } from "../gazetteer/trie.ts";
import type { WordRef } from "../text/words.ts";
import type { NameLists } from "./name-lists.ts";

const NAME = "g|";
const ROLE = "r|";

/**
 * The live gazetteer as the snapshot file's text: «name<TAB>form<TAB>type» and
 * «role<TAB>word<TAB>role,role» lines, sorted (stable bytes, readable diffs).
 */
export function liveGazetteerSnapshot(): string {
  const { names, roles } = taggerSnapshot();
  const lines = [
    ...names.map(([form, tag]) => `name\t${form}\t${tag}`),
    ...roles.map(([word, r]) => `role\t${word}\t${r.join(",")}`),
  ];
  return `${lines.join("\n")}\n`;
}

/** The live gazetteer as name-list entries (a snapshot taken now). */
export function liveGazetteerLists(): Map<string, readonly string[]> {
  return snapshotLists(liveGazetteerSnapshot());
}

/** The names (not the word roles) a snapshot's entries hold. */
export function snapshotNames(lists: NameLists): string[] {
  return [...lists.keys()].filter((k) => k.startsWith(NAME));
}

/** A snapshot file's entries as name-list entries, for the trainer to store with the model. */
export function snapshotLists(text: string): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  for (const line of text.split("\n")) {
    const [kind, key, value] = line.split("\t");
    if (!key || !value) continue;
    if (kind === "name") out.set(`${NAME}${key}`, [value]);
    else if (kind === "role") out.set(`${ROLE}${key}`, value.split(","));
  }
  return out;
}

interface Node {
  readonly next: Map<string, Node>;
  /** «B-place», «B-org~»…: the tags of the words of the form ending here; null when none does. */
  tags: readonly [string, string] | null;
}

export interface GazetteerView {
  /** Where a normalised word occurs inside full names («person:first»…), sorted. */
  rolesOf(norm: string): readonly string[];
  /** Can a name start at this normalised word (under some clitic reading)? */
  mayStart(norm: string): boolean;
  /**
   * Per word "B-person", "I-place", "B-org~" or "": the longest name from the left, read as
   * the live gazetteer reads (gazetteer/trie.ts). `startsName`: the word's mayStart, cached.
   */
  tags(words: readonly (WordRef & { readonly startsName: boolean })[]): string[];
}

const NO_ROLES: readonly string[] = [];
const views = new WeakMap<NameLists, GazetteerView>();

/** The snapshot held in a model's name lists (empty when the lists hold none). */
export function gazetteerView(lists: NameLists): GazetteerView {
  let view = views.get(lists);
  if (!view) {
    view = buildView(lists);
    views.set(lists, view);
  }
  return view;
}

function buildView(lists: NameLists): GazetteerView {
  const root: Node = { next: new Map(), tags: null };
  const roles = new Map<string, readonly string[]>();
  const pairs = new Map<string, readonly [string, string]>();
  for (const [key, values] of lists) {
    if (key.startsWith(ROLE)) {
      roles.set(key.slice(ROLE.length), values);
      continue;
    }
    if (!key.startsWith(NAME)) continue;
    let node = root;
    for (const w of key.slice(NAME.length).split(" ")) {
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map(), tags: null };
        node.next.set(w, child);
      }
      node = child;
    }
    const tag = values[0] ?? "";
    let pair = pairs.get(tag);
    if (!pair) {
      pair = [`B-${tag}`, `I-${tag}`];
      pairs.set(tag, pair);
    }
    node.tags = pair;
  }
  const mayStart = (norm: string) => startsIn(root, norm).length > 0;
  return {
    rolesOf: (norm) => roles.get(norm) ?? NO_ROLES,
    mayStart,
    tags(words) {
      const out = new Array<string>(words.length).fill("");
      let i = 0;
      while (i < words.length) {
        const first = words[i] as WordRef & { readonly startsName: boolean };
        const match = first.startsName ? longestAt(root, words, i) : null;
        if (!match) {
          i++;
          continue;
        }
        out[i] = match.tags[0];
        for (let j = i + 1; j < match.end; j++) out[j] = match.tags[1];
        i = match.end;
      }
      return out;
    },
  };
}

/** The longest name starting at word i (trie.ts's order). */
function longestAt(
  root: Node,
  words: readonly WordRef[],
  i: number,
): { end: number; tags: readonly [string, string] } | null {
  const starts = startsIn(root, (words[i] as WordRef).norm);
  return readNamesFrom(starts, words, i, null, nameAt)[0] ?? null;
}

function nameAt(
  node: Node,
  end: number,
  start: TrieStart<Node>,
): { end: number; clitic: string; tags: readonly [string, string] } | null {
  return node.tags ? { end, clitic: start.clitic, tags: node.tags } : null;
}
