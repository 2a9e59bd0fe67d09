/**
 * Real-looking uploads made from plain-text articles: the same article as a web page in three
 * site styles (semantic <article> with JSON-LD; div soup with Open Graph; an old CMS's
 * <br>-separated text in Windows-1256), as a Word file with right-to-left paragraphs, and as
 * Markdown with frontmatter. Each page carries the furniture real pages do — menus, share
 * bars, «اقرأ أيضا» boxes, most-read lists, comments, footers — and none of it may reach the
 * facts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";

const FRESH = fileURLToPath(new URL("../fresh/articles/", import.meta.url));

export interface PlainArticle {
  readonly name: string;
  readonly title: string;
  /** The body paragraphs after the title (a dateline line included, as the text has it). */
  readonly paragraphs: readonly string[];
  readonly text: string;
}

/** A fresh article: its first line is the headline, the rest its paragraphs. */
export function plainArticle(name: string): PlainArticle {
  const text = readFileSync(join(FRESH, `${name}.txt`), "utf8");
  const [title = "", ...paragraphs] = text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
  return { name, title, paragraphs, text };
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Furniture every style carries, all of it text that must not become facts. */
const FURNITURE = {
  nav: "<nav><ul><li><a href='/'>الرئيسية</a></li><li><a href='/syria'>سوريا</a></li><li><a href='/sport'>رياضة</a></li><li><a href='/economy'>اقتصاد</a></li></ul></nav>",
  share:
    "<div class='share-bar'><a href='#'>شارك على فيسبوك</a> <a href='#'>تويتر</a> <a href='#'>واتساب</a></div>",
  related:
    "<aside class='read-also'><h3>اقرأ أيضا</h3><ul><li><a href='/a'>مقتل 300 شخص في غارات على الموصل</a></li><li><a href='/b'>وزير الخارجية الفرنسي جان إيف لودريان يزور بيروت</a></li></ul></aside>",
  mostRead:
    "<aside class='most-read'><h3>الأكثر قراءة</h3><ol><li><a href='/c'>إصابة 45 شخصا في حادث سير في عمان</a></li><li><a href='/d'>ترامب يهاجم الصين</a></li></ol></aside>",
  comments:
    "<section id='comments'><h3>التعليقات</h3><div class='comment'><b>أبو خالد</b>: «الله يرحم الشهداء ويحمي أهلنا في كل مكان»</div></section>",
  footer:
    "<footer><p>جميع الحقوق محفوظة © 2021</p><p><a href='/about'>من نحن</a> | <a href='/contact'>اتصل بنا</a></p></footer>",
  scripts:
    "<script>var ads = {slot: 'قتل 999 شخصا'}; document.write('<p>إعلان</p>');</script><style>.x{content:'قتل 77'}</style>",
};

/** Semantic markup: <article>, JSON-LD NewsArticle, Open Graph. */
export function semanticPage(
  a: PlainArticle,
  meta: { outlet: string; date: string; url: string },
): string {
  const ld = {
    "@context": "https://schema.org",
    "@graph": [
      { "@type": "WebSite", name: meta.outlet },
      {
        "@type": "NewsArticle",
        headline: a.title,
        datePublished: `${meta.date}T09:30:00+03:00`,
        publisher: { "@type": "Organization", name: meta.outlet },
        author: [{ "@type": "Person", name: "فريق التحرير" }],
        mainEntityOfPage: meta.url,
      },
    ],
  };
  return `<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>${escapeHtml(a.title)} | ${escapeHtml(meta.outlet)}</title>
<meta property="og:site_name" content="${escapeHtml(meta.outlet)}">
<script type="application/ld+json">${JSON.stringify(ld)}</script>
${FURNITURE.scripts}
</head><body>
<header><div class="logo">${escapeHtml(meta.outlet)}</div>${FURNITURE.nav}</header>
<main><article>
<h1>${escapeHtml(a.title)}</h1>
<div class="meta"><time datetime="${meta.date}">${meta.date}</time></div>
${FURNITURE.share}
${a.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
</article>
${FURNITURE.related}
${FURNITURE.comments}
</main>
${FURNITURE.mostRead}
${FURNITURE.footer}
</body></html>`;
}

/** Div soup: no semantic elements, classes for everything, Open Graph only. */
export function divSoupPage(a: PlainArticle, meta: { outlet: string; date: string }): string {
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${escapeHtml(a.title)} - ${escapeHtml(meta.outlet)}</title>
<meta property="og:title" content="${escapeHtml(a.title)}">
<meta property="og:site_name" content="${escapeHtml(meta.outlet)}">
<meta property="article:published_time" content="${meta.date}T12:00:00Z">
</head><body>
<div id="top"><div class="menu">${FURNITURE.nav}</div></div>
<div class="container"><div class="row"><div class="col-main">
<div class="post-title"><h2>${escapeHtml(a.title)}</h2></div>
${FURNITURE.share}
<div class="post-body">${a.paragraphs.map((p) => `<div class="para">${escapeHtml(p)}</div>`).join("")}</div>
<div class="tags">وسوم: سوريا، إدلب</div>
</div><div class="col-side">${FURNITURE.mostRead}${FURNITURE.related}</div></div></div>
<div class="footer">${FURNITURE.footer}</div>
</body></html>`;
}

/** An old CMS: one block of <br>-separated text, Windows-1256 declared in the page. */
export function brPage(a: PlainArticle, meta: { outlet: string }): Uint8Array {
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
<title>${escapeHtml(meta.outlet)} :: ${escapeHtml(a.title)}</title></head>
<body><table width="100%"><tr><td class="side">${FURNITURE.nav}</td><td class="content">
<font size="4"><b>${escapeHtml(a.title)}</b></font><br><br>
${a.paragraphs.map(escapeHtml).join("<br><br>\n")}
</td></tr></table>${FURNITURE.footer}</body></html>`;
  return encode1256(html);
}

/** Windows-1256 bytes, by inverting the platform's own decoder (characters it lacks: «?»). */
export function encode1256(text: string): Uint8Array {
  const decoder = new TextDecoder("windows-1256");
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return new Uint8Array([...text].map((ch) => table.get(ch) ?? 0x3f));
}

/** Markdown with YAML frontmatter, emphasis and links in the text. */
export function markdownFile(
  a: PlainArticle,
  meta: { outlet: string; date: string; url: string },
): string {
  const [first = "", ...rest] = a.paragraphs;
  return `---
title: "${a.title.replace(/"/g, '\\"')}"
date: ${meta.date}
outlet: "${meta.outlet}"
url: ${meta.url}
author: فريق التحرير
---

**${first}**

${rest.map((p, i) => (i === 0 ? `${p} ([المصدر](https://example.org/source))` : p)).join("\n\n")}
`;
}

/** A Word file: Heading 1 title, right-to-left paragraphs, core properties. */
export async function wordFile(a: PlainArticle, meta: { created: string }): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
  );
  zip.file(
    "word/_rels/document.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  );
  zip.file(
    "word/styles.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>`,
  );
  const para = (text: string, style?: string) =>
    `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ""}<w:bidi/><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:rtl/></w:rPr><w:t xml:space="preserve">${escapeHtml(text)}</w:t></w:r></w:p>`;
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${para(a.title, "Heading1")}${a.paragraphs.map((p) => para(p)).join("")}</w:body></w:document>`,
  );
  zip.file(
    "docProps/core.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeHtml(a.title)}</dc:title><dc:creator>مراسل</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${meta.created}T08:00:00Z</dcterms:created></cp:coreProperties>`,
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
