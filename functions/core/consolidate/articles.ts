/**
 * Articles and their copies. The same text (after normalisation: another file name, another
 * encoding) is ONE article listing every file. A text that is a near-duplicate of another
 * (MinHash similarity ≥ NEAR_DUP, a syndicated copy with small edits) stays an article of its
 * own but joins a copy group: each member lists the others as "also published by", and every
 * tally counts the group once, through its first member (the primary).
 */
import type { ArticleId } from "../facts.ts";
import { similarity } from "./minhash.ts";
import type { PreparedArticle } from "./prepare.ts";
import { UnionFind } from "./union-find.ts";

/** Estimated shingle Jaccard at or above which two texts are copies of one another. */
export const NEAR_DUP = 0.5;
/** Most articles one LSH band keeps for comparison. */
const MAX_BAND_LIST = 200;

export interface ArticleEntry {
  readonly prepared: PreparedArticle;
  /** Node in the copy-group union-find. */
  readonly node: number;
  /** Stored articles with the same text, folded into this one (later ones). */
  readonly sameText: PreparedArticle[];
}

export type AddResult =
  | { readonly kind: "same-text"; readonly of: ArticleEntry }
  | { readonly kind: "article"; readonly entry: ArticleEntry; readonly regrouped: boolean };

export class ArticleGroups {
  readonly entries: ArticleEntry[] = [];
  private readonly byId = new Map<ArticleId, ArticleEntry>();
  private readonly byText = new Map<string, ArticleEntry>();
  private readonly byBand = new Map<string, ArticleEntry[]>();
  private readonly groups = new UnionFind();
  /** Union-find root → the group's members in order (the first is the primary). */
  private readonly members = new Map<number, ArticleEntry[]>();

  /**
   * Adds an article (callers add in `order`). `regrouped` is true when the article joined two
   * existing copy groups into one, which changes an existing group's primary.
   */
  add(p: PreparedArticle): AddResult {
    const same = this.byText.get(p.textHash);
    if (same) {
      same.sameText.push(p);
      this.byId.set(p.facts.id, same);
      return { kind: "same-text", of: same };
    }
    const entry: ArticleEntry = { prepared: p, node: this.groups.add(), sameText: [] };
    this.entries.push(entry);
    this.byId.set(p.facts.id, entry);
    this.byText.set(p.textHash, entry);
    this.members.set(entry.node, [entry]);
    const groupsJoined = new Set<number>();
    if (p.signature) {
      const seen = new Set<ArticleEntry>();
      for (const band of p.bands) {
        const list = this.byBand.get(band);
        if (!list) {
          this.byBand.set(band, [entry]);
          continue;
        }
        for (const other of list) {
          if (seen.has(other)) continue;
          seen.add(other);
          const sig = other.prepared.signature as Uint32Array;
          if (similarity(p.signature, sig) >= NEAR_DUP)
            groupsJoined.add(this.groups.find(other.node));
        }
        // A band shared by this many texts is an outlet's boilerplate, not a story: the work
        // per article stays bounded however many articles repeat it.
        if (list.length < MAX_BAND_LIST) list.push(entry);
      }
    }
    for (const root of groupsJoined) this.join(entry.node, root);
    return { kind: "article", entry, regrouped: groupsJoined.size > 1 };
  }

  private join(a: number, b: number): void {
    const ra = this.groups.find(a);
    const rb = this.groups.find(b);
    const merged = this.groups.union(ra, rb);
    if (!merged) return;
    const [kept, gone] = merged;
    const all = [...(this.members.get(ra) ?? []), ...(this.members.get(rb) ?? [])].sort((x, y) =>
      x.prepared.order < y.prepared.order ? -1 : 1,
    );
    this.members.delete(gone);
    this.members.set(kept, all);
  }

  /** The entry an article id belongs to (itself, or the article whose text it repeats). */
  entryOf(id: ArticleId): ArticleEntry | undefined {
    return this.byId.get(id);
  }

  /** The copy group of an entry, primary first. */
  groupOf(entry: ArticleEntry): readonly ArticleEntry[] {
    return this.members.get(this.groups.find(entry.node)) ?? [entry];
  }

  primaryOf(entry: ArticleEntry): ArticleEntry {
    return this.groupOf(entry)[0] as ArticleEntry;
  }
}
