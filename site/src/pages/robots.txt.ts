/** robots.txt: everything may be crawled; the sitemap says where everything is. */
import type { APIContext } from "astro";
import { absoluteUrl } from "../lib/urls.ts";

export function GET(context: APIContext): Response {
  const body = `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl("/sitemap.xml", context.site)}\n`;
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
