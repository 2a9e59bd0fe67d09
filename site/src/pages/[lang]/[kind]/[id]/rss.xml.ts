/**
 * A feed per entity: the newest articles that name it, in the page's language. Items are
 * dated by publication day; an article without one carries no date and says so, rather
 * than the day it happened to be seen or built.
 */
import type { APIContext, GetStaticPaths } from "astro";
import type { ReportEntity } from "../../../../../../functions/core/consolidate/index.ts";
import { namePlain } from "../../../../i18n/format.ts";
import { rt } from "../../../../i18n/report-strings.ts";
import { isLang } from "../../../../i18n/strings.ts";
import { feedOf } from "../../../../lib/feed.ts";
import { entityPaths, getStory } from "../../../../lib/story.ts";
import { entityFeedUrl, entityUrl } from "../../../../lib/urls.ts";

export const getStaticPaths = entityPaths satisfies GetStaticPaths;

export async function GET(context: APIContext): Promise<Response> {
  const lang = context.params.lang;
  if (!isLang(lang)) throw new Error(`unknown language ${String(lang)}`);
  const { entity } = context.props as { entity: ReportEntity };
  const story = await getStory();
  const entries = story.articlesOf(entity);
  const name = namePlain(lang, entity.name);
  return feedOf({
    lang,
    story,
    entries,
    title: rt(lang).entityFeedTitle(name),
    description: `${rt(lang).typeOne[entity.type]}: ${name}`,
    page: entityUrl(lang, entity.type, entity.id),
    self: entityFeedUrl(lang, entity.type, entity.id),
    site: context.site,
  });
}
