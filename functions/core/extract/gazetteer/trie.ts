/**
 * The walk over a trie of names keyed by normalised words, shared by the live gazetteer and
 * the tagger's snapshot of it (ner/gazetteer-view.ts), so both read a name the same way: the
 * first word may carry clitics (و، ب، لل…), later words must match exactly, readings come
 * longest first and, for equal lengths, the one that stripped fewer letters first.
 */
import { cliticSplits } from "../text/normalize.ts";
import { adjacent, type Token } from "../text/tokenize.ts";
import type { WordRef } from "../text/words.ts";

export interface TrieNode<N> {
  readonly next: Map<string, N>;
}

/** A clitic reading of a word whose stem begins some name, with the trie node reached. */
export interface TrieStart<N> {
  readonly clitic: string;
  readonly stem: string;
  readonly node: N;
}

/** The clitic readings of a normalised word that begin a name, in cliticSplits order. */
export function startsIn<N extends TrieNode<N>>(root: N, norm: string): TrieStart<N>[] {
  const found: TrieStart<N>[] = [];
  for (const { clitic, stem } of cliticSplits(norm)) {
    const node = root.next.get(stem);
    if (node) found.push({ clitic, stem, node });
  }
  return found;
}

/**
 * Every name read from word i, longest first. `found` makes a result of a node that ends a
 * name (null where none ends). With a text, the words are its tokens and a name stops where
 * anything but spacing separates two of them; without one, every word follows the last.
 */
export function readNamesFrom<N extends TrieNode<N>, R extends { end: number; clitic: string }>(
  starts: readonly TrieStart<N>[],
  words: readonly (Token | WordRef)[],
  i: number,
  text: string | null,
  found: (node: N, end: number, start: TrieStart<N>) => R | null,
): R[] {
  const out: R[] = [];
  for (const start of starts) {
    let node: N | undefined = start.node;
    let j = i + 1;
    while (node) {
      const r = found(node, j, start);
      if (r) out.push(r);
      const next = words[j];
      if (!next) break;
      if (text !== null && !adjacent(text, words[j - 1] as Token, next as Token)) break;
      node = node.next.get(next.norm);
      j++;
    }
  }
  if (out.length < 2) return out;
  return out.sort((a, b) => b.end - a.end || a.clitic.length - b.clitic.length);
}
