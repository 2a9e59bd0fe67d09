/** The edition's feed: the newest articles, dated as lib/feed.ts says. */
import type { APIContext, GetStaticPaths } from "astro";
import { isLang, LANGS, t } from "../../i18n/strings.ts";
import { FEED_SIZE } from "../../lib/articles.ts";
import { feedOf } from "../../lib/feed.ts";
import { getStory } from "../../lib/story.ts";
import { feedUrl, homeUrl } from "../../lib/urls.ts";

export const getStaticPaths = (() =>
  LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export async function GET(context: APIContext): Promise<Response> {
  const lang = context.params.lang;
  if (!isLang(lang)) throw new Error(`unknown language ${String(lang)}`);
  const s = t(lang);
  const story = await getStory();
  return feedOf({
    lang,
    story,
    entries: story.listed,
    size: FEED_SIZE,
    title: s.feedTitle,
    description: s.feedDescription,
    page: homeUrl(lang),
    self: feedUrl(lang),
    site: context.site,
  });
}
