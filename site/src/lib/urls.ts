/** Every URL the site links to, in one place (directory URLs with a trailing slash). */
import type { Lang } from "../i18n/strings.ts";

export const homeUrl = (lang: Lang, page = 1): string =>
  page <= 1 ? `/${lang}/` : `/${lang}/page/${page}/`;
export const articleUrl = (lang: Lang, id: string): string => `/${lang}/articles/${id}/`;
export const feedUrl = (lang: Lang): string => `/${lang}/rss.xml`;

/** An absolute URL on the configured site. */
export const absoluteUrl = (path: string, site: URL | undefined): string =>
  new URL(path, site ?? "http://localhost:4321/").href;
