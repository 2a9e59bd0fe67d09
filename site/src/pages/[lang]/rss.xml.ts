/**
 * One RSS 2.0 feed per language: the newest articles first, each with its permanent
 * URL as link and guid. @astrojs/rss serialises with an XML builder, so uploaded text
 * is escaped, never pasted.
 */
import rss from "@astrojs/rss";
import type { APIContext, GetStaticPaths } from "astro";
import { englishSummary } from "../../i18n/format.ts";
import { isLang, LANGS, t } from "../../i18n/strings.ts";
import { FEED_SIZE } from "../../lib/articles.ts";
import { effectiveDate } from "../../lib/order.ts";
import { getStory } from "../../lib/story.ts";
import { absoluteUrl, articleUrl, feedUrl, homeUrl } from "../../lib/urls.ts";

export const getStaticPaths = (() =>
  LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export async function GET(context: APIContext): Promise<Response> {
  const lang = context.params.lang;
  if (!isLang(lang)) throw new Error(`unknown language ${String(lang)}`);
  const s = t(lang);
  const story = await getStory();
  const articles = story.listed.slice(0, FEED_SIZE);
  const site = context.site;
  const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return rss({
    title: s.feedTitle,
    description: s.feedDescription,
    site: absoluteUrl(homeUrl(lang), site),
    xmlns: { atom: "http://www.w3.org/2005/Atom" },
    customData: [
      `<language>${lang}</language>`,
      `<atom:link href="${escapeXml(absoluteUrl(feedUrl(lang), site))}" rel="self" type="application/rss+xml"/>`,
    ].join(""),
    items: articles.map(({ data }) => {
      const link = absoluteUrl(articleUrl(lang, data.id), site);
      const outlet = story.articles.get(data.id)?.outlet ?? null;
      const description =
        lang === "en" ? [englishSummary(data), data.lead].filter(Boolean).join("\n\n") : data.lead;
      return {
        title: lang === "en" ? (data.title.en ?? data.title.ar) : data.title.ar,
        link,
        pubDate: effectiveDate(data),
        description: description || data.title.ar,
        // The publisher, as the feed's own category of the item: readers filter by it.
        ...(outlet ? { categories: [lang === "en" ? (outlet.en ?? outlet.ar) : outlet.ar] } : {}),
      };
    }),
  });
}
