/**
 * RSS 2.0 feeds, one builder for the edition's feed and every entity's. @astrojs/rss
 * serialises with an XML builder, so uploaded text is escaped, never pasted; descriptions,
 * which readers render as HTML, are escaped as HTML first (asHtml).
 *
 * Dates: an item is dated by its article's publication day; an article without one gets no
 * pubDate and says why in its description ("No publication date; first seen …"), so an old
 * story never reads as this morning's news. lastBuildDate is the newest time any listed
 * article was first seen: the same content gives the same bytes, however often it is rebuilt.
 */
import rss from "@astrojs/rss";
import { englishSummary, formatDay } from "../i18n/format.ts";
import { rt } from "../i18n/report-strings.ts";
import type { Lang } from "../i18n/strings.ts";
import type { ArticleEntry } from "./articles.ts";
import type { Story } from "./story.ts";
import { absoluteUrl, articleUrl } from "./urls.ts";

export interface FeedInput {
  readonly lang: Lang;
  readonly story: Story;
  /** Newest first; the feed takes the first FEED_SIZE. */
  readonly entries: readonly ArticleEntry[];
  readonly title: string;
  readonly description: string;
  /** The page the feed belongs to, and the feed's own path. */
  readonly page: string;
  readonly self: string;
  readonly site: URL | undefined;
  readonly size?: number;
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Readers render a <description> as HTML: text must reach them as text, so it is written as
 * HTML (escaped here) inside XML (escaped again by the serialiser). An uploaded «<img onerror>»
 * then shows as those characters, never as an element.
 */
const asHtml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\n\n/g, "<br><br>");

export function feedOf(input: FeedInput): Promise<Response> {
  const { lang, story, site } = input;
  const entries = input.entries.slice(0, input.size ?? 100);
  // ISO timestamps compare as strings: the latest is the greatest.
  let newestSeen = "";
  for (const e of entries) if (e.data.ingested > newestSeen) newestSeen = e.data.ingested;
  return rss({
    title: input.title,
    description: input.description,
    site: absoluteUrl(input.page, site),
    xmlns: { atom: "http://www.w3.org/2005/Atom" },
    customData: [
      `<language>${lang}</language>`,
      newestSeen ? `<lastBuildDate>${new Date(newestSeen).toUTCString()}</lastBuildDate>` : "",
      `<atom:link href="${escapeXml(absoluteUrl(input.self, site))}" rel="self" type="application/rss+xml"/>`,
    ].join(""),
    items: entries.map(({ data }) => {
      const outlet = story.articles.get(data.id)?.outlet ?? null;
      const undated = data.published
        ? ""
        : rt(lang).undatedFeedNote(formatDay(lang, data.ingested));
      const text = lang === "en" ? [englishSummary(data), data.lead] : [data.lead];
      const description = [undated, ...text].filter(Boolean).join("\n\n");
      return {
        title: lang === "en" ? (data.title.en ?? data.title.ar) : data.title.ar,
        link: absoluteUrl(articleUrl(lang, data.id), site),
        ...(data.published ? { pubDate: new Date(`${data.published}T00:00:00Z`) } : {}),
        description: asHtml(description || data.title.ar),
        // The publisher, as the feed's own category of the item: readers filter by it.
        ...(outlet ? { categories: [lang === "en" ? (outlet.en ?? outlet.ar) : outlet.ar] } : {}),
      };
    }),
  });
}
