/** Every URL the site links to, in one place (directory URLs with a trailing slash). */
import type { EntityType } from "../../../functions/core/facts.ts";
import type { Lang } from "../i18n/strings.ts";

/** The front page: the report. */
export const homeUrl = (lang: Lang): string => `/${lang}/`;
/**
 * The articles: without a page, the latest; with one, that archive page, numbered from the
 * oldest (lib/archive.ts) so a page's URL and contents stay put as articles arrive.
 */
export const articlesUrl = (lang: Lang, page?: number): string =>
  page === undefined ? `/${lang}/articles/` : `/${lang}/articles/page/${page}/`;
export const articleUrl = (lang: Lang, id: string): string => `/${lang}/articles/${id}/`;
export const feedUrl = (lang: Lang): string => `/${lang}/rss.xml`;

/** The path segment of each entity type: /ar/people/john-kerry/. */
export const ENTITY_SEGMENTS: Record<EntityType, string> = {
  person: "people",
  org: "organisations",
  place: "places",
};
/** Every entity type, in the order the site lists them. */
export const ENTITY_TYPES = Object.keys(ENTITY_SEGMENTS) as EntityType[];

export const entityIndexUrl = (lang: Lang, type: EntityType): string =>
  `/${lang}/${ENTITY_SEGMENTS[type]}/`;
export const entityUrl = (lang: Lang, type: EntityType, id: string): string =>
  `/${lang}/${ENTITY_SEGMENTS[type]}/${id}/`;
export const entityFeedUrl = (lang: Lang, type: EntityType, id: string): string =>
  `${entityUrl(lang, type, id)}rss.xml`;

/** The incidents: the latest, or an archive page numbered from the oldest (as articles). */
export const incidentsUrl = (lang: Lang, page?: number): string =>
  page === undefined ? `/${lang}/incidents/` : `/${lang}/incidents/page/${page}/`;
/** An incident's row on the archive page that lists it (that URL does not move). */
export const incidentUrl = (lang: Lang, id: string, page: number): string =>
  `${incidentsUrl(lang, page)}#${id}`;
export const timelineUrl = (lang: Lang): string => `/${lang}/timeline/`;
export const outletsUrl = (lang: Lang): string => `/${lang}/outlets/`;
export const methodologyUrl = (lang: Lang): string => `/${lang}/methodology/`;
export const searchUrl = (lang: Lang): string => `/${lang}/search/`;

/** An absolute URL on the configured site. */
export const absoluteUrl = (path: string, site: URL | undefined): string =>
  new URL(path, site ?? "http://localhost:4321/").href;
