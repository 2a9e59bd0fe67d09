/**
 * The story model of this build: every article consolidated once (functions/core/consolidate)
 * and the indexes the pages look things up in, built once in one pass each. Pages read these;
 * none recomputes the model, and no page's work grows with the number of entities (an entity
 * page reads its own lists, never a scan of every article).
 */
import type { ArticleDocument } from "../../../functions/core/article-file.ts";
import {
  Consolidator,
  orderOf,
  type ReportEntity,
  type ReportIncident,
  type ReportQuote,
  type StoryModel,
} from "../../../functions/core/consolidate/index.ts";
import type { EntityType } from "../../../functions/core/facts.ts";
import { KIND_ORDER } from "../i18n/format.ts";
import { LANGS } from "../i18n/strings.ts";
import { archive } from "./archive.ts";
import { type ArticleEntry, articlesNewestFirst, PAGE_SIZE } from "./articles.ts";
import { compareNewestFirst, effectiveDay } from "./order.ts";
import { type PageKeys, storyKeys } from "./page-keys.ts";
import { perRound } from "./round.ts";
import type { Story } from "./story-model.ts";
import { ENTITY_SEGMENTS } from "./urls.ts";

export type { Story } from "./story-model.ts";

/** Incidents per page of the incidents table. */
export const INCIDENTS_PAGE_SIZE = 200;

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

const documentOf = (e: ArticleEntry): ArticleDocument => ({
  frontmatter: e.data,
  paragraphs: e.paragraphs,
});

/**
 * The consolidation, kept from round to round: a round that only adds articles newer than
 * every other (a dropped file) adds them to it, which costs milliseconds; any other change
 * consolidates every article again. Either way the model is the same (the consolidation
 * tests hold incremental and whole equal).
 */
let consolidated: { c: Consolidator; entries: Map<string, ArticleEntry> } | undefined;

function consolidateEntries(entries: readonly ArticleEntry[]): StoryModel {
  const previous = consolidated?.entries;
  const changed = entries.filter((e) => previous?.get(e.id) !== e);
  const current = new Map(entries.map((e) => [e.id, e]));
  const removed = previous ? [...previous.keys()].some((id) => !current.has(id)) : true;
  if (!consolidated || removed || changed.length > 100) {
    const c = new Consolidator();
    c.addAll(entries.map(documentOf));
    consolidated = { c, entries: current };
  } else {
    const c = consolidated.c;
    const ordered = changed.sort((a, b) => (orderOf(a.data) < orderOf(b.data) ? -1 : 1));
    for (const e of ordered) c.add(documentOf(e));
    consolidated.entries = current;
  }
  return consolidated.c.model();
}

function build(entries: readonly ArticleEntry[]): Story {
  const model = consolidateEntries(entries);
  const articles = new Map(model.articles.map((a) => [a.id, a]));
  const listed = entries.filter((e) => articles.has(e.id));
  const byEntryId = new Map(listed.map((e) => [e.id, e]));
  const entities = new Map(model.entities.map((e) => [e.id, e]));
  const mostWritten = (a: ReportEntity, b: ReportEntity) =>
    b.articles.length - a.articles.length || b.mentions - a.mentions || (a.id < b.id ? -1 : 1);
  const byType: Record<EntityType, ReportEntity[]> = { person: [], org: [], place: [] };
  for (const e of model.entities) byType[e.type].push(e);
  for (const list of Object.values(byType)) list.sort(mostWritten);

  const incidents = new Map(model.incidents.map((i) => [i.id, i]));
  const headline = [...model.incidents].sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      b.reports.length - a.reports.length ||
      b.range.max - a.range.max,
  );
  // An incident is ordered by its date or, undated, by the day its first report was seen (as
  // articles are), so a new undated incident lands at the newest end of the archive instead
  // of moving every page. Reversed first so that, on one day, the latest seen comes first.
  const seenDay = new Map(model.articles.map((a) => [a.id, a.ingested.slice(0, 10)]));
  const dayOf = (incident: ReportIncident): string => {
    if (incident.date !== null) return incident.date;
    let first = "";
    for (const r of incident.reports) {
      const day = seenDay.get(r.article) ?? "";
      if (first === "" || (day !== "" && day < first)) first = day;
    }
    return first;
  };
  const byDate = [...model.incidents]
    .reverse()
    .map((incident) => ({ incident, day: dayOf(incident) }))
    .sort((a, b) => (a.day === b.day ? 0 : a.day < b.day ? 1 : -1))
    .map((x) => x.incident);
  const incidentArchive = archive(byDate, INCIDENTS_PAGE_SIZE);
  const incidentPage = new Map(
    byDate.map((inc, i) => [inc.id, incidentArchive.pageOf(i)] as const),
  );
  const quotesBy = new Map<string, ReportQuote[]>();
  for (const q of model.quotes) if (q.speaker) push(quotesBy, q.speaker, q);
  const incidentsAt = new Map<string, ReportIncident[]>();
  for (const i of byDate) for (const p of i.places) push(incidentsAt, p, i);

  // Entities of each article, once: related entities are counted over an entity's articles.
  // By position in model.entities: counting related entities for every entity's page is
  // the sum over articles of their entity count squared, so it is done with integers.
  const namedIn = new Map<string, number[]>();
  for (const [k, e] of model.entities.entries()) for (const a of e.articles) push(namedIn, a, k);
  const position = new Map(model.entities.map((e, k) => [e.id, k]));
  const together = new Int32Array(model.entities.length);
  // ISO days compare as strings: the latest is the greatest.
  const newestDay = (ids: readonly string[]) => {
    let best = "";
    for (const id of ids) {
      const entry = byEntryId.get(id);
      const day = entry ? effectiveDay(entry.data) : "";
      if (day > best) best = day;
    }
    return best;
  };

  return {
    model,
    articles,
    listed,
    entries: byEntryId,
    entities,
    byType,
    incidents,
    headline,
    byDate,
    articleArchive: archive(listed, PAGE_SIZE),
    incidentArchive,
    incidentPage,
    quotes: new Map(model.quotes.map((q) => [q.id, q])),
    quotesBy,
    incidentsAt,
    newestDay,
    articlesOf: (entity) =>
      entity.articles
        .flatMap((id) => byEntryId.get(id) ?? [])
        .sort((a, b) => compareNewestFirst(a.data, b.data)),
    related(id, limit) {
      const self = position.get(id);
      const seen: number[] = [];
      for (const a of entities.get(id)?.articles ?? []) {
        for (const other of namedIn.get(a) ?? []) {
          if (other !== self && together[other]++ === 0) seen.push(other);
        }
      }
      const idOf = (k: number) => (model.entities[k] as ReportEntity).id;
      const top = seen
        .sort(
          (x, y) =>
            (together[y] as number) - (together[x] as number) || (idOf(x) < idOf(y) ? -1 : 1),
        )
        .slice(0, limit);
      for (const k of seen) together[k] = 0;
      return top.map((k) => model.entities[k] as ReportEntity);
    },
  };
}

/** This round's story. */
export const getStory: () => Promise<Story> = perRound(async () =>
  build(await articlesNewestFirst()),
);

/** The page keys over this round's story (lib/page-keys.ts). */
export const getPageKeys: () => Promise<PageKeys> = perRound(async () =>
  storyKeys(await getStory()),
);

/** How many related entities an entity page shows. */
export const RELATED_SHOWN = 8;

/**
 * The static paths of every entity's page (and its feed): one per entity and language,
 * keyed by everything the page and the feed show. Computed once a round for both routes;
 * each gets its own copies of the entries, which Astro may annotate.
 */
export async function entityPaths() {
  return (await entityPathsOfRound()).map((path) => ({ ...path }));
}

const entityPathsOfRound = perRound(async () => {
  const story = await getStory();
  const pageKeys = await getPageKeys();
  return story.model.entities.flatMap((entity) => {
    const related = story.related(entity.id, RELATED_SHOWN);
    const cacheKey = pageKeys.entity(entity, related);
    return LANGS.map((lang) => ({
      params: { lang, kind: ENTITY_SEGMENTS[entity.type], id: entity.id },
      props: { entity, related },
      cacheKey,
    }));
  });
});
