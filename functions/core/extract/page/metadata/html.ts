/**
 * Publication metadata in an HTML text: the date from `<meta property=
 * "article:published_time">`, `itemprop="datePublished"`, JSON-LD `"datePublished"` and
 * `<time datetime>`; the publisher from `og:site_name`, `application-name`, `publisher` metas
 * and JSON-LD `"publisher": {"name": …}`. A tolerant scan, not an HTML parser (full HTML
 * extraction is a separate concern); every loop is linear in the text and bounded to its head.
 */
import { ldPublisherName } from "./json-ld.ts";
import { parseDateValue, publisherValue } from "./values.ts";

/** Only the head of a file is searched for HTML head metadata. */
const HTML_HEAD_MAX = 512 * 1024;

/** Attribute pairs of one tag's source (bounded by the caller). */
const ATTR = /([A-Za-z_:][A-Za-z0-9_:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(ATTR)) {
    const name = (m[1] ?? "").toLowerCase();
    if (!out.has(name)) out.set(name, m[2] ?? m[3] ?? m[4] ?? "");
  }
  return out;
}

/** `<meta>` names/properties that give the publication date, best first. */
const META_NAMES = [
  "article:published_time",
  "datepublished",
  "og:published_time",
  "pubdate",
  "publishdate",
  "publish-date",
  "publish_date",
  "dc.date.issued",
  "dcterms.created",
  "dc.date",
  "date",
  "sailthru.date",
];
const MAX_TAG = 2000;

/** `<meta>` names/properties (or itemprops) that name the publisher, best first. */
const PUBLISHER_METAS = ["og:site_name", "publisher", "application-name", "twitter:app:name"];

export interface HtmlMetadata {
  readonly published: string | null;
  readonly publishers: readonly string[];
}

const NO_HTML: HtmlMetadata = { published: null, publishers: [] };

/**
 * What the scan has found so far: the best-ranked date, and publisher names by rank (the
 * metas in PUBLISHER_METAS order, JSON-LD after the first).
 */
interface Found {
  best: { rank: number; date: string } | null;
  readonly named: (string | undefined)[];
}

/** A date candidate of this rank: kept when it parses and outranks the best so far. */
function offer(found: Found, rank: number, raw: string | undefined): void {
  if (raw === undefined || (found.best && found.best.rank <= rank)) return;
  const date = parseDateValue(raw);
  if (date) found.best = { rank, date };
}

/** A publisher name of this rank: the first of each rank is kept. */
function name(found: Found, rank: number, raw: string | undefined): void {
  const v = publisherValue(raw);
  if (v !== null && found.named[rank] === undefined) found.named[rank] = v;
}

/** Publication date and publisher names from HTML metadata. Linear in the scanned head. */
export function htmlMetadata(text: string): HtmlMetadata {
  if (!/<(?:html|head|meta|body|time|article|p|div|script)\b/i.test(text.slice(0, 64 * 1024))) {
    return NO_HTML;
  }
  const head = text.length > HTML_HEAD_MAX ? text.slice(0, HTML_HEAD_MAX) : text;
  const lower = head.toLowerCase();
  const found: Found = { best: null, named: [] };
  scanTags(found, head, lower, "<meta");
  scanTags(found, head, lower, "<time");
  // JSON-LD: "datePublished": "2016-05-12T…".
  const ld = lower.indexOf('"datepublished"');
  if (ld >= 0) {
    const m = /^"datepublished"\s*:\s*"([^"]{1,40})"/.exec(lower.slice(ld, ld + 80));
    offer(found, META_NAMES.length, m?.[1]);
  }
  const pub = lower.indexOf('"publisher"');
  if (pub >= 0) name(found, 1, ldPublisherName(head, pub) ?? undefined);
  return {
    published: found.best?.date ?? null,
    publishers: found.named.filter((v): v is string => v !== undefined),
  };
}

/**
 * Every `<meta …>` or `<time …>` tag of the head (500 at most): find each tag's end with a
 * moving «>» cursor (never rescanned).
 */
function scanTags(found: Found, head: string, lower: string, tag: "<meta" | "<time"): void {
  let gt = -1;
  let tags = 0;
  for (let at = lower.indexOf(tag); at >= 0 && tags < 500; at = lower.indexOf(tag, at + 1)) {
    if (gt < at) gt = lower.indexOf(">", at);
    if (gt < 0) break;
    if (gt - at > MAX_TAG) continue;
    tags++;
    const attrs = attributes(head.slice(at, gt));
    if (tag === "<meta") {
      const key = (attrs.get("property") ?? attrs.get("name") ?? attrs.get("itemprop") ?? "")
        .toLowerCase()
        .trim();
      const rank = META_NAMES.indexOf(key);
      if (rank >= 0) offer(found, rank, attrs.get("content"));
      const pub = PUBLISHER_METAS.indexOf(key);
      // The site's name ranks first; JSON-LD's publisher (slot 1) before the other metas.
      if (pub >= 0) name(found, pub === 0 ? 0 : pub + 1, attrs.get("content"));
    } else {
      offer(found, META_NAMES.length + 1, attrs.get("datetime"));
    }
  }
}
