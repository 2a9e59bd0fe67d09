/**
 * Entities across articles: every article's people, organisations and places joined into one
 * entity per real thing by the rules in names.ts. An entity's id is a slug of the name it was
 * first seen under (the gazetteer's English where the gazetteer knows it) and never changes;
 * when a later article shows two entities to be one, the earlier keeps its id and the other's
 * id is kept in `formerIds`. Two gazetteer entries with different English names never join.
 */

import { type PlaceGeo, placeGeo } from "../extract/gazetteer/place-geo.ts";
import type { ArticleId, BilingualName, Entity, EntityType } from "../facts.ts";
import type { ReportEntity } from "./model.ts";
import { arabicKey, nameKeys, sameSpelling } from "./names.ts";
import { IdRegistry, nameSlug } from "./slug.ts";
import { textKey } from "./text.ts";
import { UnionFind } from "./union-find.ts";

interface Cluster {
  readonly id: string;
  /** Founding order: the earlier of two merged clusters keeps its id. */
  readonly serial: number;
  readonly type: EntityType;
  /** The name it was first seen under. */
  readonly founder: BilingualName;
  /** The gazetteer's name, once any member came from the gazetteer. */
  gazetteer: BilingualName | null;
  readonly formerIds: string[];
  /** Normalised Arabic → the spelling as first seen, with its English. */
  readonly aliases: Map<string, BilingualName>;
  /** Primary article → mentions (a copy group counts its most-mentioning member once). */
  readonly articles: Map<ArticleId, number>;
  /** Set when a merge folded this cluster into an earlier one. */
  absorbed: boolean;
  /** The output object, until something changes the cluster. */
  output: ReportEntity | null;
}

/** A name in one article, and the node its entity is in. */
export interface ArticleNames {
  readonly nodes: readonly number[];
  /** Normalised Arabic name or alias, or "en:" + English → node. */
  readonly lookup: ReadonlyMap<string, number>;
}

/** Told when two entities become one: `gone`'s root node now belongs to `kept`'s. */
export type MergeListener = (kept: number, gone: number) => void;

export class EntityStore {
  private readonly uf = new UnionFind();
  private readonly byRoot = new Map<number, Cluster>();
  /** Every cluster in founding order (absorbed ones are skipped on output). */
  private readonly founded: Cluster[] = [];
  private readonly byKey = new Map<string, number>();
  /** Spelling bucket → [node, normalised words of the name that founded the node]. */
  private readonly byBucket = new Map<string, [number, readonly string[]][]>();
  private readonly ids = new IdRegistry();
  private readonly listeners: MergeListener[] = [];

  onMerge(listener: MergeListener): void {
    this.listeners.push(listener);
  }

  root(node: number): number {
    return this.uf.find(node);
  }

  private cluster(node: number): Cluster {
    return this.byRoot.get(this.uf.find(node)) as Cluster;
  }

  idOf(node: number): string {
    return this.cluster(node).id;
  }

  nameOf(node: number): BilingualName {
    const c = this.cluster(node);
    return c.gazetteer ?? c.founder;
  }

  /**
   * Where a place is, for places the gazetteer named: a transliterated name that happens to
   * spell a known town («Makhmore») must not borrow its coordinates.
   */
  geoOf(node: number): PlaceGeo | null {
    const c = this.cluster(node);
    return c.type === "place" && c.gazetteer ? placeGeo(c.gazetteer.en) : null;
  }

  /** Whether a gazetteer-named entity may join a cluster (two gazetteer names never do). */
  private compatible(node: number, e: Entity): boolean {
    const g = this.cluster(node).gazetteer;
    return !g || e.englishSource !== "gazetteer" || g.en === e.name.en;
  }

  private join(a: number, b: number): void {
    const ca = this.cluster(a);
    const cb = this.cluster(b);
    if (ca === cb || (ca.gazetteer && cb.gazetteer && ca.gazetteer.en !== cb.gazetteer.en)) return;
    const [kept, gone] = this.uf.union(a, b) as [number, number];
    const [first, other] = ca.serial < cb.serial ? [ca, cb] : [cb, ca];
    for (const [k, v] of other.aliases) if (!first.aliases.has(k)) first.aliases.set(k, v);
    for (const [k, v] of other.articles) {
      first.articles.set(k, Math.max(first.articles.get(k) ?? 0, v));
    }
    first.gazetteer ??= other.gazetteer;
    first.formerIds.push(other.id, ...other.formerIds);
    first.output = null;
    other.absorbed = true;
    this.byRoot.delete(gone);
    this.byRoot.set(kept, first);
    for (const l of this.listeners) l(kept, gone);
  }

  /** Adds one article's entities (counted under its copy group's primary). */
  addArticle(primary: ArticleId, entities: readonly Entity[]): ArticleNames {
    const nodes: number[] = [];
    const lookup = new Map<string, number>();
    for (const e of entities) {
      const node = this.place(e);
      nodes.push(node);
      const c = this.cluster(node);
      c.output = null;
      for (const form of [e.name.ar, ...e.aliases]) {
        const k = textKey(form);
        if (k === "") continue;
        if (!c.aliases.has(k))
          c.aliases.set(k, { ar: form, en: form === e.name.ar ? e.name.en : null });
        if (!lookup.has(k)) lookup.set(k, node);
      }
      if (e.name.en) lookup.set(`en:${e.name.en.toLowerCase()}`, node);
      if (e.englishSource === "gazetteer" && !c.gazetteer)
        c.gazetteer = { ar: e.name.ar, en: e.name.en };
      c.articles.set(primary, Math.max(c.articles.get(primary) ?? 0, e.mentions));
    }
    return { nodes, lookup };
  }

  /** The node an entity joins: an exact key's, a spelling variant's, or a new cluster's. */
  private place(e: Entity): number {
    const keys = nameKeys(e);
    const found: number[] = [];
    for (const k of keys.exact) {
      const n = this.byKey.get(k);
      if (n !== undefined && this.compatible(n, e)) found.push(n);
    }
    const bucket = this.byBucket.get(keys.bucket);
    if (found.length === 0 && bucket) {
      for (const [n, words] of bucket) {
        if (sameSpelling(keys.words, words) && this.compatible(n, e)) {
          found.push(n);
          break;
        }
      }
    }
    let node: number;
    if (found.length === 0) {
      node = this.uf.add();
      const founder = { ar: e.name.ar, en: e.name.en };
      const cluster: Cluster = {
        id: this.ids.claim(nameSlug(founder), e.type),
        serial: this.founded.length,
        type: e.type,
        founder,
        gazetteer: null,
        formerIds: [],
        aliases: new Map(),
        articles: new Map(),
        absorbed: false,
        output: null,
      };
      this.founded.push(cluster);
      this.byRoot.set(node, cluster);
      if (bucket) bucket.push([node, keys.words]);
      else this.byBucket.set(keys.bucket, [[node, keys.words]]);
    } else {
      node = found[0] as number;
      for (const other of found.slice(1)) this.join(node, other);
    }
    for (const k of keys.exact) if (!this.byKey.has(k)) this.byKey.set(k, node);
    return node;
  }

  /** The node of a name some fact gives (a figure's place, a quote's speaker), or null. */
  resolve(names: ArticleNames, name: BilingualName, type: EntityType | null): number | null {
    const own =
      names.lookup.get(textKey(name.ar)) ??
      (name.en ? names.lookup.get(`en:${name.en.toLowerCase()}`) : undefined);
    if (own !== undefined) return own;
    for (const t of type ? [type] : (["person", "org", "place"] as const)) {
      const n = this.byKey.get(arabicKey(t, name.ar));
      if (n !== undefined) return n;
    }
    return null;
  }

  entities(): ReportEntity[] {
    const out: ReportEntity[] = [];
    for (const c of this.founded) {
      if (c.absorbed) continue;
      c.output ??= this.output(c);
      out.push(c.output);
    }
    return out;
  }

  private output(c: Cluster): ReportEntity {
    const name = c.gazetteer ?? c.founder;
    const nameKey = textKey(name.ar);
    let mentions = 0;
    for (const m of c.articles.values()) mentions += m;
    const geo = c.type === "place" && c.gazetteer ? placeGeo(c.gazetteer.en) : null;
    return {
      id: c.id,
      type: c.type,
      name,
      aliases: [...c.aliases].filter(([k]) => k !== nameKey).map(([, v]) => v),
      articles: [...c.articles.keys()],
      mentions,
      coordinates: geo ? geo.coordinates : null,
      formerIds: [...c.formerIds],
    };
  }
}
