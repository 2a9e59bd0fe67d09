/**
 * What each file of a built site (Astro's `dist/`) is, for publishing: its
 * Content-Type, its Cache-Control, and when it may go live relative to the
 * others. Keys are dist-relative posix paths (`ar/articles/<id>/index.html`).
 */

const TYPES: Readonly<Record<string, string>> = {
  html: "text/html; charset=utf-8",
  htm: "text/html; charset=utf-8",
  // application/xml rather than application/rss+xml: browsers show the former
  // inline but offer the latter as a download, and feed readers go by the
  // document, not the type. The charset spares readers from guessing on Arabic.
  xml: "application/xml; charset=utf-8",
  json: "application/json; charset=utf-8",
  map: "application/json; charset=utf-8",
  webmanifest: "application/manifest+json; charset=utf-8",
  css: "text/css; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  mjs: "text/javascript; charset=utf-8",
  svg: "image/svg+xml; charset=utf-8",
  txt: "text/plain; charset=utf-8",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  avif: "image/avif",
  ico: "image/x-icon",
  woff: "font/woff",
  woff2: "font/woff2",
};

const FALLBACK_TYPE = "application/octet-stream";

/** The lower-cased extension of the key's last segment, or "" (dotfiles have none). */
function extensionOf(key: string): string {
  const name = key.slice(key.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot + 1).toLowerCase();
}

export function contentTypeOf(key: string): string {
  return TYPES[extensionOf(key)] ?? FALLBACK_TYPE;
}

/**
 * Astro names everything under `_astro/` after a hash of its content, so a
 * changed file gets a new key and an old URL can be cached forever.
 */
export const IMMUTABLE_CACHE_CONTROL = "public, max-age=31536000, immutable";

/**
 * Everything else keeps its URL when its content changes. Browsers revalidate
 * on every view (a cheap 304 from the CDN thanks to the ETag); CloudFront keeps
 * its copy for a day and is told of changes by invalidation after each publish,
 * so the origin is not asked on every view. The day bounds how long a lost
 * invalidation can leave a stale page. must-revalidate stops any cache from
 * serving a stale copy when the origin is unreachable.
 */
export const REVALIDATE_CACHE_CONTROL = "public, max-age=0, s-maxage=86400, must-revalidate";

export function isHashedAsset(key: string): boolean {
  return key.startsWith("_astro/");
}

export function cacheControlOf(key: string): string {
  return isHashedAsset(key) ? IMMUTABLE_CACHE_CONTROL : REVALIDATE_CACHE_CONTROL;
}

/** Ranks in publishing order; a lower rank is uploaded completely before a higher one starts. */
export const RANK = {
  asset: 0,
  article: 1,
  page: 2,
  feed: 3,
  home: 4,
} as const;

export type PublishRank = (typeof RANK)[keyof typeof RANK];

function isHtml(key: string): boolean {
  const ext = extensionOf(key);
  return ext === "html" || ext === "htm";
}

/**
 * When a file may go live. Each rank only links to lower (or equal) ranks:
 * pages use assets, listings and feeds point to articles, and the home pages
 * (the site's front doors, `index.html` and `<lang>/index.html`) point to all.
 * Uploading rank by rank, a reader following links never meets a page whose
 * assets or targets are not there yet.
 */
export function publishRank(key: string): PublishRank {
  if (isHtml(key)) {
    if (/^(?:[^/]+\/)?index\.html?$/i.test(key)) return RANK.home;
    if (/(?:^|\/)articles\//.test(key)) return RANK.article;
    return RANK.page;
  }
  if (extensionOf(key) === "xml") return RANK.feed;
  return RANK.asset;
}
