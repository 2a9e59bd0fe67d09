/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose
 * key and code are unchanged since the last build is not rendered again; its previous output
 * is reused. So a key must cover exactly the data the page renders, no less: Astro hashes
 * the page's code, not the story model. Each key below is a digest of the story objects its
 * page shows (an article's facts and text, the names of the entities it links, the
 * incidents it summarises, …); a piece of data left out would leave a stale page, which the
 * full-versus-incremental test (tests/site/incremental-build.test.ts) is there to catch.
 * Keys err towards covering more (a whole incident rather than the fields a summary prints):
 * a spurious change costs one page render, a missing one costs a wrong page.
 *
 * Digests of shared objects are memoised per object: the story is built once per build.
 */
import { createHash } from "node:crypto";
import type {
  ReportArticle,
  ReportEntity,
  ReportIncident,
  ReportQuote,
} from "../../../functions/core/consolidate/index.ts";
import type { ArticleEntry } from "./articles.ts";
import type { Story } from "./story-model.ts";

/** A digest of any JSON-able values (key order is the objects' own, which is deterministic). */
export function digest(...parts: readonly unknown[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(JSON.stringify(part) ?? "undefined").update("\u0000");
  return hash.digest("base64url").slice(0, 32);
}

const memo = <T extends object>(compute: (value: T) => string) => {
  const cache = new WeakMap<T, string>();
  return (value: T): string => {
    let key = cache.get(value);
    if (key === undefined) {
      key = compute(value);
      cache.set(value, key);
    }
    return key;
  };
};

/** An article file: its facts and its text (what a card, a feed item or its page prints). */
export const entryKey = memo((entry: ArticleEntry) =>
  digest(entry.id, entry.data, entry.paragraphs),
);

/**
 * An entity as other pages show it: a linked name. Not its article count or spellings, or
 * every page naming a much-covered entity would be rendered again for each new article.
 */
export const entityFaceKey = memo((e: ReportEntity) => digest(e.id, e.type, e.name));

/**
 * Keys that read the story: an incident as summarised anywhere (its reports, its places'
 * and sources' names, the archive page its link points to), an article's own page, and an
 * entity's page and feed.
 */
export type PageKeys = ReturnType<typeof storyKeys>;

export function storyKeys(story: Story) {
  const face = (id: string | null | undefined) => {
    const entity = id ? story.entities.get(id) : undefined;
    return entity ? entityFaceKey(entity) : null;
  };
  const outletOf = (id: string) => story.articles.get(id)?.outlet ?? null;

  const incidentKey = memo((incident: ReportIncident) =>
    digest(
      incident,
      story.incidentPage.get(incident.id) ?? null,
      incident.places.map(face),
      incident.reports.map((r) => face(r.source?.entity)),
    ),
  );
  const quoteKey = memo((quote: ReportQuote) =>
    digest(quote, face(quote.speaker), quote.articles.map(outletOf)),
  );

  return {
    incidentKey,
    quoteKey,
    /** The timeline: every entry, the names it links and the outlets of its articles. */
    timeline(): string {
      const entries = story.model.timeline;
      return digest(
        entries,
        entries.map((e) => [e.entities.map(face), e.articles.map(outletOf)]),
      );
    },
    /** The outlets page: every outlet's articles, and each listed article's title and day. */
    outlets(): string {
      return digest(
        story.model.outlets,
        story.listed.map((e) => [e.id, e.data.title.ar, e.data.published, outletOf(e.id)]),
      );
    },
    /** An article's page: its file, its place in the model and everything it links to. */
    article(entry: ArticleEntry, report: ReportArticle): string {
      return digest(
        entryKey(entry),
        report,
        report.alsoPublishedBy.map(outletOf),
        report.entities.map(face),
        report.quotes.map((id) => {
          const quote = id ? story.quotes.get(id) : undefined;
          return quote ? quoteKey(quote) : null;
        }),
        [...new Set(report.incidents)].map((id) => {
          const incident = id ? story.incidents.get(id) : undefined;
          return incident ? incidentKey(incident) : null;
        }),
      );
    },
    /**
     * An entity's page and its feed: the entity, its quotes, the incidents at it, the
     * entities named with it, and every article that names it (the page lists the newest,
     * the feed its own newest; covering all is simpler and changes no more often).
     */
    entity(entity: ReportEntity, related: readonly ReportEntity[]): string {
      return digest(
        entity,
        (story.quotesBy.get(entity.id) ?? []).map(quoteKey),
        (story.incidentsAt.get(entity.id) ?? []).map(incidentKey),
        related.map(entityFaceKey),
        story.articlesOf(entity).map((e) => [entryKey(e), outletOf(e.id)]),
      );
    },
  };
}
