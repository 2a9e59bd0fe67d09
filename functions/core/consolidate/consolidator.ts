/**
 * The consolidator: every stored article in, one story model out (model.ts). Pure: it is given
 * article documents and returns data; reading content/ is the caller's job.
 *
 * Articles are always taken in one order — when first seen, then id — so the model depends
 * only on the set of articles. `add` of an article that comes after every one already taken
 * (the usual case: a new upload) updates the stores in place, touching only what the article
 * names; anything else (an article out of order, a removal, a new article that joins two
 * copy groups into one) rebuilds from the prepared articles kept in memory. Either way the
 * model is the one a fresh `consolidate` of the same articles gives.
 */
import type { ArticleDocument } from "../article-document.ts";
import type { ArticleId, BilingualName } from "../facts.ts";
import { type ArticleEntry, ArticleGroups } from "./articles.ts";
import { EntityStore } from "./entities.ts";
import { type IncidentRef, IncidentStore } from "./incidents.ts";
import type { ReportArticle, ReportOutlet, StoryModel } from "./model.ts";
import { type PreparedArticle, prepareArticle } from "./prepare.ts";
import { QuoteStore } from "./quotes.ts";
import { IdRegistry, nameSlug } from "./slug.ts";
import { textKey } from "./text.ts";
import { TimelineStore } from "./timeline.ts";

interface Outlet {
  readonly id: string;
  readonly name: BilingualName;
  readonly articles: ArticleId[];
}

/** One consolidation pass's state: rebuilt whole when articles arrive out of order. */
class Stores {
  readonly groups = new ArticleGroups();
  readonly entities = new EntityStore();
  readonly incidents = new IncidentStore(this.entities);
  readonly quotes = new QuoteStore(this.entities);
  readonly timeline = new TimelineStore(this.entities);
  readonly outlets = new Map<string, Outlet>();
  /** What each article's own facts became: entity nodes, incidents and quote ids. */
  private readonly links = new Map<
    ArticleEntry,
    { nodes: readonly number[]; incidents: IncidentRef[]; quotes: (string | null)[] }
  >();
  private readonly outletIds = new IdRegistry();
  last = "";

  /** Takes one new article; false when it joined two copy groups (the caller rebuilds). */
  take(p: PreparedArticle): boolean {
    this.last = p.order;
    const added = this.groups.add(p);
    if (added.kind === "same-text") return true;
    if (added.regrouped) return false;
    this.addFacts(added.entry);
    return true;
  }

  /** Files an article's facts under its copy group's primary (groups must be final). */
  addFacts(entry: ArticleEntry): void {
    const p = entry.prepared;
    const primary = this.groups.primaryOf(entry).prepared.facts.id;
    const facts = p.facts;
    this.fileOutlet(facts.outlet, facts.id);
    const names = this.entities.addArticle(primary, facts.entities);
    const date = facts.published ?? facts.dateline?.date ?? null;
    const incidents = this.incidents.addArticle(
      { id: facts.id, primary, outlet: outletName(facts.outlet), date, names },
      facts.figures,
    );
    const quotes = this.quotes.addArticle(primary, names, facts.quotes);
    this.links.set(entry, { nodes: names.nodes, incidents, quotes });
    this.timeline.addArticle(
      {
        primary,
        published: facts.published,
        sentences: p.sentences,
        names,
        forms: facts.entities.map((e) => [e.name.ar, ...e.aliases]),
      },
      facts.dates,
    );
  }

  private fileOutlet(outlet: BilingualName | null, id: ArticleId): void {
    if (!outlet) return;
    const key = outletKey(outlet);
    let o = this.outlets.get(key);
    if (!o) {
      o = {
        id: this.outletIds.claim(nameSlug(outlet)),
        name: outletName(outlet) as BilingualName,
        articles: [],
      };
      this.outlets.set(key, o);
    }
    o.articles.push(id);
  }

  articleOutput(entry: ArticleEntry): ReportArticle {
    const f = entry.prepared.facts;
    const group = this.groups.groupOf(entry);
    const links = this.links.get(entry);
    const files = new Set(f.source.keys);
    for (const s of entry.sameText) for (const k of s.facts.source.keys) files.add(k);
    return {
      id: f.id,
      files: [...files],
      sameText: entry.sameText.map((s) => s.facts.id),
      title: f.title,
      published: f.published,
      outlet: outletName(f.outlet),
      outletId: f.outlet ? (this.outlets.get(outletKey(f.outlet))?.id ?? null) : null,
      alsoPublishedBy: group.filter((g) => g !== entry).map((g) => g.prepared.facts.id),
      primary: (group[0] as ArticleEntry).prepared.facts.id,
      ingested: f.ingested,
      entities: links ? links.nodes.map((n) => this.entities.idOf(n)) : [],
      incidents: links ? links.incidents.map((r) => this.incidents.idOf(r)) : [],
      quotes: links ? [...links.quotes] : [],
    };
  }
}

const outletName = (o: BilingualName | null): BilingualName | null =>
  o ? { ar: o.ar, en: o.en } : null;
const outletKey = (o: BilingualName): string =>
  o.en ? `en:${o.en.toLowerCase()}` : `ar:${textKey(o.ar)}`;

export class Consolidator {
  private readonly prepared = new Map<ArticleId, PreparedArticle>();
  private stores = new Stores();

  /** Adds (or replaces) an article. */
  add(doc: ArticleDocument): void {
    const p = prepareArticle(doc);
    const had = this.prepared.has(p.facts.id);
    this.prepared.set(p.facts.id, p);
    if (had || p.order <= this.stores.last || !this.stores.take(p)) this.rebuild();
  }

  /** Adds many articles at once (one pass in order, not one update each). */
  addAll(docs: Iterable<ArticleDocument>): void {
    for (const doc of docs) this.prepared.set(doc.frontmatter.id, prepareArticle(doc));
    this.rebuild();
  }

  remove(id: ArticleId): void {
    if (this.prepared.delete(id)) this.rebuild();
  }

  get size(): number {
    return this.prepared.size;
  }

  private rebuild(): void {
    const ordered = [...this.prepared.values()].sort((a, b) =>
      a.order < b.order ? -1 : a.order > b.order ? 1 : 0,
    );
    // Copy groups first, so that every article's facts are filed under its final primary.
    const stores = new Stores();
    for (const p of ordered) stores.groups.add(p);
    for (const entry of stores.groups.entries) stores.addFacts(entry);
    stores.last = ordered.at(-1)?.order ?? "";
    this.stores = stores;
  }

  model(): StoryModel {
    const s = this.stores;
    const outlets: ReportOutlet[] = [...s.outlets.values()].map((o) => ({
      id: o.id,
      name: o.name,
      articles: [...o.articles],
    }));
    return {
      articles: s.groups.entries.map((e) => s.articleOutput(e)),
      entities: s.entities.entities(),
      incidents: s.incidents.incidents(),
      quotes: s.quotes.quotes(),
      timeline: s.timeline.timeline(),
      outlets,
    };
  }
}

/** The story model of a set of stored articles. */
export function consolidate(docs: Iterable<ArticleDocument>): StoryModel {
  const c = new Consolidator();
  c.addAll(docs);
  return c.model();
}
