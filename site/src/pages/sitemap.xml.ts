/**
 * sitemap.xml: every page of both editions, each with its counterpart in the other language
 * (xhtml:link hreflang). The paths are built from the same url helpers as the links, and
 * every one is ASCII (slugs and hex ids), escaped all the same.
 */
import type { APIContext } from "astro";
import { LANGS, type Lang } from "../i18n/strings.ts";
import { getStory } from "../lib/story.ts";
import {
  absoluteUrl,
  articlesUrl,
  articleUrl,
  ENTITY_TYPES,
  entityIndexUrl,
  entityUrl,
  homeUrl,
  incidentsUrl,
  methodologyUrl,
  outletsUrl,
  searchUrl,
  timelineUrl,
} from "../lib/urls.ts";

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function GET(context: APIContext): Promise<Response> {
  const story = await getStory();
  /** One function per page kind: its path in a language. */
  const paths: ((lang: Lang) => string)[] = [
    homeUrl,
    timelineUrl,
    outletsUrl,
    methodologyUrl,
    searchUrl,
    ...ENTITY_TYPES.map((type) => (lang: Lang) => entityIndexUrl(lang, type)),
    (lang: Lang) => articlesUrl(lang),
    (lang: Lang) => incidentsUrl(lang),
    ...Array.from(
      { length: story.articleArchive.pages },
      (_, i) => (lang: Lang) => articlesUrl(lang, i + 1),
    ),
    ...Array.from(
      { length: story.incidentArchive.pages },
      (_, i) => (lang: Lang) => incidentsUrl(lang, i + 1),
    ),
    ...story.listed.map((e) => (lang: Lang) => articleUrl(lang, e.id)),
    ...story.model.entities.map((e) => (lang: Lang) => entityUrl(lang, e.type, e.id)),
  ];
  const urls = paths.flatMap((path) =>
    LANGS.map((lang) => {
      const alternates = LANGS.map(
        (other) =>
          `<xhtml:link rel="alternate" hreflang="${other}" href="${escapeXml(absoluteUrl(path(other), context.site))}"/>`,
      ).join("");
      return `<url><loc>${escapeXml(absoluteUrl(path(lang), context.site))}</loc>${alternates}</url>`;
    }),
  );
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`;
  return new Response(body, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
