/**
 * The yardstick for the site build: Hugo (Debian's `hugo` package) building the same story
 * into comparable pages: every article in both languages with its facts and text, a page
 * and a feed per person, organisation and place (the newest 100 articles, as Taqrir's entity
 * pages), the article lists 30 to a page, a front page and a sitemap. Hugo does less per
 * page than Taqrir (no story model: no incidents, ranges, quotes by speaker or timeline), so
 * the ratio flatters Hugo, if anything. Skipped, with a note, when `hugo` is not installed.
 */
import { spawnSync } from "node:child_process";
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ArticleDocument } from "../functions/core/article-document.ts";

export type HugoBench =
  | {
      readonly ran: true;
      readonly seconds: number;
      readonly pages: number;
      readonly version: string;
    }
  | { readonly ran: false; readonly note: string };

const TAXONOMIES = { person: "people", org: "organisations", place: "places" } as const;

const CONFIG = `
baseURL = "http://127.0.0.1:4321/"
defaultContentLanguage = "ar"
defaultContentLanguageInSubdir = true
paginate = 30
disableKinds = ["404"]
[taxonomies]
  person = "people"
  org = "organisations"
  place = "places"
[languages.ar]
  weight = 1
  languageName = "العربية"
  languageDirection = "rtl"
  contentDir = "content/ar"
[languages.en]
  weight = 2
  languageName = "English"
  contentDir = "content/en"
`;

const BASEOF = `<!doctype html><html lang="{{ .Site.Language.Lang }}" dir="{{ .Site.Language.LanguageDirection | default "ltr" }}">
<head><meta charset="utf-8"><title>{{ .Title }} — Taqrir</title>
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Lang }}" href="{{ .Permalink }}">{{ end }}
{{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .Permalink }}">{{ end }}
</head><body><header><nav>{{ range .Site.Taxonomies }}{{ end }}<a href="{{ "/" | relLangURL }}">Taqrir</a>
{{ range $k, $v := .Site.Taxonomies }}<a href="{{ $k | relLangURL }}/">{{ $k }}</a> {{ end }}</nav></header>
<main>{{ block "main" . }}{{ end }}</main></body></html>`;

const SINGLE = `{{ define "main" }}<article><h1>{{ .Title }}</h1><p><time>{{ .Date.Format "2006-01-02" }}</time> · {{ .Params.outlet }}</p>
{{ range $tax, $_ := .Site.Taxonomies }}{{ with $.GetTerms $tax }}<section><h2>{{ $tax }}</h2><ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul></section>{{ end }}{{ end }}
{{ with .Params.figures }}<section><h2>figures</h2><ul>{{ range . }}<li>{{ .count }} {{ .kind }} «{{ .text }}»</li>{{ end }}</ul></section>{{ end }}
{{ with .Params.quotes }}<section><h2>quotes</h2>{{ range . }}<blockquote lang="ar" dir="rtl">{{ .text }}</blockquote><p>— {{ .speaker }}</p>{{ end }}</section>{{ end }}
<section lang="ar" dir="rtl">{{ .Content }}</section></article>{{ end }}`;

const LIST = `{{ define "main" }}<h1>{{ .Title }}</h1><ol>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time></li>{{ end }}</ol>
{{ with .Paginator }}{{ if .HasPrev }}<a href="{{ .Prev.URL }}">newer</a>{{ end }} {{ if .HasNext }}<a href="{{ .Next.URL }}">older</a>{{ end }}{{ end }}{{ end }}`;

const TERM = `{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ len .Pages }} articles</p><ol>{{ range first 100 .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time></li>{{ end }}</ol>{{ end }}`;

const TERMS = `{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.LinkTitle }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}`;

const HOME = `{{ define "main" }}<h1>Taqrir</h1><ol>{{ range first 30 (where .Site.RegularPages "Section" "articles") }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol>{{ end }}`;

/** One article as a Hugo content file (YAML front matter in JSON syntax, which YAML reads). */
function hugoArticle(doc: ArticleDocument, lang: "ar" | "en"): string {
  const f = doc.frontmatter;
  const names = (type: keyof typeof TAXONOMIES) =>
    f.entities.filter((e) => e.type === type).map((e) => (lang === "en" && e.name.en) || e.name.ar);
  const front = {
    title: (lang === "en" && f.title.en) || f.title.ar,
    date: f.published ?? f.ingested,
    outlet: f.outlet ? (lang === "en" && f.outlet.en) || f.outlet.ar : "",
    translationKey: f.id,
    people: names("person"),
    organisations: names("org"),
    places: names("place"),
    figures: f.figures.map((x) => ({ kind: x.kind, count: x.count, text: x.text })),
    quotes: f.quotes.map((q) => ({ text: q.text, speaker: q.speaker?.ar ?? "" })),
  };
  return `---\n${JSON.stringify(front)}\n---\n\n${doc.paragraphs.join("\n\n")}\n`;
}

async function countHtml(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(".html")).length;
}

export async function benchHugo(dir: string, docs: readonly ArticleDocument[]): Promise<HugoBench> {
  const probe = spawnSync("hugo", ["version"], { encoding: "utf8" });
  if (probe.status !== 0) {
    return { ran: false, note: "hugo is not installed (Debian: apt-get install hugo)" };
  }
  const site = join(dir, "hugo");
  for (const [path, text] of [
    ["config.toml", CONFIG],
    ["layouts/_default/baseof.html", BASEOF],
    ["layouts/_default/single.html", SINGLE],
    ["layouts/_default/list.html", LIST],
    ["layouts/_default/term.html", TERM],
    ["layouts/_default/terms.html", TERMS],
    ["layouts/index.html", HOME],
  ] as const) {
    await mkdir(join(site, path, ".."), { recursive: true });
    await writeFile(join(site, path), text);
  }
  for (const lang of ["ar", "en"] as const) {
    const folder = join(site, "content", lang, "articles");
    await mkdir(folder, { recursive: true });
    for (const doc of docs) {
      await writeFile(join(folder, `${doc.frontmatter.id}.md`), hugoArticle(doc, lang));
    }
  }
  const started = performance.now();
  const run = spawnSync(
    "hugo",
    ["--quiet", "--source", site, "--destination", join(site, "public")],
    {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  if (run.status !== 0) return { ran: false, note: `hugo failed: ${run.stderr.slice(0, 500)}` };
  return {
    ran: true,
    seconds,
    pages: await countHtml(join(site, "public")),
    version: probe.stdout.trim().split(" ").slice(0, 2).join(" "),
  };
}
