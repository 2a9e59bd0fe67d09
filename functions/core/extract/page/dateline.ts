/**
 * Where and when a copy was filed, and when it was published:
 *
 *  - DATELINES at the start of the body: «دمشق - 12 أيار/مايو 2016 (أ ف ب) -», «القاهرة:»,
 *    «بيروت ـ "الحياة"», «واشنطن (رويترز) -», «الرباط، 3 مارس (الأناضول) –». A place of one
 *    to three words, then optionally a date, then optionally an agency or outlet credit, then
 *    a dash or colon. With a date or a credit the shape is evidence enough ("strong"); a place
 *    followed only by a dash or colon («القاهرة: …») counts only when the place is known (the
 *    pipeline checks the gazetteer).
 *  - PUBLICATION METADATA in the file itself: Markdown/YAML frontmatter (`date:`,
 *    `published:` …, and the publisher: `outlet:`, `source:` …) and, when the text is HTML,
 *    `<meta property="article:published_time">`, `itemprop="datePublished"`, JSON-LD
 *    `"datePublished"` and `<time datetime>`; the publisher from `og:site_name`,
 *    `application-name`, `publisher` metas and JSON-LD `"publisher": {"name": …}`. A tolerant
 *    scan, not an HTML parser (full HTML extraction is a separate concern); every loop is
 *    linear in the text and bounded to its head.
 *
 * Dates are YYYY-MM-DD as written: an ISO timestamp's date part is taken without converting
 * its time zone (the outlet's own calendar day).
 */
import { findDates, isoDay, parseDateLine, validDay } from "../dates/index.ts";
import { asciiDigits, keyMap, keySet, normalizeArabic } from "../text/normalize.ts";
import { firstAtOrAfter, type Token, tokenize } from "../text/tokenize.ts";
import { MEDIA_NOUNS } from "./media-words.ts";

export interface DatelineRead {
  /** The dateline as written, separators included («دمشق - 12 أيار/مايو 2016 (أ ف ب) -»). */
  readonly text: string;
  /** The place words as written, and their offsets in the line. */
  readonly place: string;
  readonly placeStart: number;
  readonly placeEnd: number;
  /** YYYY-MM-DD when the dateline has a full date. */
  readonly date: string | null;
  /** Offset in the line where the body text starts. */
  readonly end: number;
  /** True when a date or an agency/outlet credit makes this unmistakably a dateline. */
  readonly strong: boolean;
  /**
   * The line ends one to three words after the dash («أربيل - رووداو», «دمشق – عنب بلدي»):
   * perhaps an outlet's name, which the caller checks (a known place, and one word or a
   * known organisation: «غزة - قصف عنيف» is a headline).
   */
  readonly bareCredit: string | null;
  /**
   * The credit the line gives, as written without its brackets or quotes: «رويترز» of
   * «بيروت (رويترز) -», «الحياة» of «بيروت ـ "الحياة"», «بوابة الأهرام», «وفا», the desk of
   * «… - بيروت: «الشرق الأوسط»». Null when the line has none (a bare credit stays in
   * `bareCredit` for the caller to judge).
   */
  readonly credit: string | null;
}

/** Only the head of a line can hold a dateline. */
const HEAD = 160;
const MAX_PLACE_WORDS = 3;
const MAX_PLACE_CHARS = 32;

/** Separators between the parts of a dateline. Tatweel alone («بيروت ـ») is a dash. */
function isDash(c: string): boolean {
  return c === "-" || c === "–" || c === "—" || c === "ـ" || c === "−";
}

/** The offset after the separator at `i` and any dashes right after it («ــ», «--»). */
function pastDashes(s: string, i: number, limit: number): number {
  let k = i + 1;
  while (k < limit && isDash(s[k] ?? "")) k++;
  return k;
}

/**
 * Agencies credited without brackets («واشنطن - رويترز -»), with the gazetteer's English name
 * for each (the short forms «سبأ», «وام», «قنا» are common words, so the gazetteer cannot hold
 * them bare). «وكالات» ("agencies") credits no one in particular.
 */
export const AGENCIES: ReadonlyMap<string, string | null> = keyMap([
  ["رويترز", "Reuters"],
  ["فرانس برس", "Agence France-Presse"],
  ["أ ف ب", "Agence France-Presse"],
  ["ا ف ب", "Agence France-Presse"],
  ["الأناضول", "Anadolu Agency"],
  ["سانا", "SANA"],
  ["وام", "Emirates News Agency"],
  ["واس", "Saudi Press Agency"],
  ["قنا", "Qatar News Agency"],
  ["كونا", "KUNA"],
  ["بترا", "Petra"],
  ["وفا", "WAFA"],
  ["سبأ", "Saba News Agency"],
  ["بنا", "Bahrain News Agency"],
  ["د ب أ", "Deutsche Presse-Agentur"],
  ["أ ش أ", "Middle East News Agency"],
  ["شينخوا", "Xinhua"],
  ["سبوتنيك", "Sputnik"],
  ["يو بي آي", "United Press International"],
  ["أسوشيتد برس", "Associated Press"],
  ["وكالات", null],
]);

/**
 * Words that open an unbracketed credit naming an outlet or the paper's own reporter
 * («القاهرة - بوابة الأهرام», «دمشق - خاص», «غزة - مراسلنا»).
 */
const OUTLET_HEADS = keySet([...MEDIA_NOUNS, "خاص", "مراسل", "مراسلنا", "مراسلة", "مراسلتنا"]);
/** Longest outlet credit, in words. */
const MAX_OUTLET_WORDS = 4;

/**
 * An outlet credit at token k that runs to a dash or to the end of the line. Returns the
 * token after it, or -1.
 */
function outletCreditAt(line: string, tokens: readonly Token[], k: number): number {
  if (!OUTLET_HEADS.has(tokens[k]?.norm ?? "")) return -1;
  for (let n = 1; n <= MAX_OUTLET_WORDS && k + n <= tokens.length; n++) {
    const last = tokens[k + n - 1] as Token;
    const next = skipSpaces(line, last.end, line.length);
    if (next >= line.length || isDash(line[next] ?? "")) return k + n;
  }
  return -1;
}

/** First words that can never start a place: verbs of saying and connectives. */
const NOT_PLACE = keySet([
  "قال",
  "وقال",
  "قالت",
  "وقالت",
  "أكد",
  "وأكد",
  "أضاف",
  "وأضاف",
  "وتابع",
  "تابع",
  "المصدر",
  "كتب",
  "بقلم",
  "تقرير",
  "ملاحظة",
  "تحديث",
  "عاجل",
  "هام",
  "صورة",
  "فيديو",
  "اقرأ",
  "أيضا",
]);

/** Skips spaces from `i`; returns the first non-space offset (or `limit`). */
function skipSpaces(s: string, i: number, limit: number): number {
  let k = i;
  while (k < limit && (s[k] === " " || s[k] === "\u00a0" || s[k] === "\t")) k++;
  return k;
}

/** A bracketed or quoted credit at `i`: «(أ ف ب)», «"الحياة"», ««الشروق»». Returns its end. */
function creditAt(s: string, i: number, limit: number): number {
  const open = s[i];
  const close =
    open === "("
      ? ")"
      : open === "«"
        ? "»"
        : open === '"'
          ? '"'
          : open === "“"
            ? "”"
            : open === "”"
              ? "“"
              : null;
  if (close === null) return -1;
  const end = s.indexOf(close, i + 1);
  if (end < 0 || end > limit || end - i > 40 || end === i + 1) return -1;
  const inner = s.slice(i + 1, end);
  // A credit names an outlet: letters, spaces and dots, no digits or clauses.
  if (!/^[\p{L}\p{M} .'\-/،,]+$/u.test(inner)) return -1;
  return end + 1;
}

/** An unbracketed agency name at token k (one to three tokens). Returns the token after it. */
function agencyAt(tokens: readonly Token[], k: number): number {
  for (let n = 3; n >= 1; n--) {
    const words = tokens.slice(k, k + n);
    if (words.length < n) continue;
    if (AGENCIES.has(words.map((t) => t.norm).join(" "))) return k + n;
  }
  return -1;
}

/**
 * The dateline at the start of `line`, or null. Linear: only the first HEAD characters are
 * looked at, with one tokenisation and one date scan.
 */
export function readDateline(line: string): DatelineRead | null {
  const lead = line.length > HEAD ? line.slice(0, HEAD) : line;
  const limit = lead.length;
  const tokens = tokenize(lead);
  const first = tokens[0];
  if (!first || first.start > 2 || /^[0-9]/.test(first.norm)) return null;
  if (NOT_PLACE.has(first.norm)) return null;
  // The place: up to three words joined by spaces only, then a separator.
  let h = 1;
  while (h < tokens.length && h < MAX_PLACE_WORDS) {
    const prev = tokens[h - 1] as Token;
    const t = tokens[h] as Token;
    if (/^[0-9]/.test(t.norm) || lead.slice(prev.end, t.start).trim() !== "") break;
    h++;
  }
  // Shrink the place until a separator follows it, or a date with no separator before it
  // («عمان 4 آب (بترا)-», «رام الله 12-5-2021 وفا-»: then the date must be there).
  let dateNext = false;
  for (; h >= 1; h--) {
    const last = tokens[h - 1] as Token;
    const k = skipSpaces(lead, last.end, limit);
    const c = lead[k] ?? "";
    if (isDash(c) || c === ":" || c === "،" || c === "," || c === "(" || c === "/") break;
    if (k > last.end && c >= "0" && c <= "9") {
      dateNext = true;
      break;
    }
  }
  if (h < 1) return null;
  const placeEnd = (tokens[h - 1] as Token).end;
  const place = lead.slice(first.start, placeEnd);
  if (place.length > MAX_PLACE_CHARS || /[0-9]/.test(place)) return null;

  let pos = skipSpaces(lead, placeEnd, limit);
  let strong = false;
  let date: string | null = null;
  if (lead[pos] === ":") {
    // «أبوظبي: «الخليج»» alone on its line: a quoted outlet after the colon.
    const after = skipSpaces(lead, pos + 1, limit);
    const credit = lead[after] === "(" ? -1 : creditAt(lead, after, limit);
    if (credit > 0 && skipSpaces(line, credit, line.length) >= line.length) {
      const read = done(line, first.start, placeEnd, line.length, null, true);
      return read && { ...read, credit: lead.slice(after + 1, credit - 1).trim() };
    }
    // The desk's credit may be an outlet or a quoted headline phrase: the caller checks it.
    const desk = bylineWithDesk(line, tokens, after);
    if (desk !== null) {
      const read = done(line, first.start, placeEnd, line.length, null, false);
      return read && { ...read, bareCredit: desk, credit: desk };
    }
    // «القاهرة:» — the colon ends a place-only dateline.
    return done(line, first.start, placeEnd, pos + 1, null, false);
  }
  // Past the dash (or a run of them: «جنيف ــ») or comma.
  if (lead[pos] !== "(" && !dateNext) pos = skipSpaces(lead, pastDashes(lead, pos, limit), limit);

  // An optional date (a weekday may precede it).
  let k = firstAtOrAfter(tokens, pos);
  const ascii = asciiDigits(lead);
  const dates = findDates(ascii, tokens);
  for (let step = 0; step < 2 && k < tokens.length; step++) {
    const t = tokens[k] as Token;
    if (t.start - pos > 2) break;
    const d = dates.find((x) => ascii.startsWith(x.text, t.start));
    if (d && d.month !== null) {
      strong = true;
      if (d.day !== null && d.year !== null && validDay(d.year, d.month, d.day)) {
        date = isoDay(d.year, d.month, d.day);
      }
      pos = skipSpaces(lead, t.start + d.text.length, limit);
      break;
    }
    if (!WEEKDAY_WORDS.has(t.norm)) break;
    pos = skipSpaces(lead, t.end, limit);
    if (lead[pos] === "،" || lead[pos] === ",") pos = skipSpaces(lead, pos + 1, limit);
    k++;
  }
  if (dateNext && !strong) return null;
  if (strong && (isDash(lead[pos] ?? "") || lead[pos] === "،" || lead[pos] === ",")) {
    // «دمشق - 12 أيار، (أ ف ب)»: a separator between the date and the credit.
    const after = skipSpaces(lead, pos + 1, limit);
    if (creditAt(lead, after, limit) > 0) pos = after;
  }

  // An optional credit: bracketed, quoted or a known agency.
  const datedBeforeCredit = strong;
  /** A credit that cannot be anything else: quoted («"الحياة"») or a known agency. */
  let sureCredit = false;
  let creditText: string | null = null;
  const credit = creditAt(lead, pos, limit);
  if (credit > 0) {
    strong = true;
    const inner = lead.slice(pos + 1, credit - 1);
    sureCredit = lead[pos] !== "(" || AGENCIES.has(normalizeArabic(inner.replace(/[.]/g, " ")));
    creditText = inner.trim();
    pos = skipSpaces(lead, credit, limit);
  } else {
    const at = firstAtOrAfter(tokens, pos);
    let ag = agencyAt(tokens, at);
    if (ag < 0) ag = outletCreditAt(lead, tokens, at);
    const agTok = tokens[at];
    if (ag > 0 && agTok && agTok.start - pos <= 1) {
      strong = true;
      sureCredit = true;
      const creditEnd = (tokens[ag - 1] as Token).end;
      creditText = lead.slice(agTok.start, creditEnd);
      pos = skipSpaces(lead, creditEnd, limit);
    }
  }

  // The closing separator.
  const c = lead[pos] ?? "";
  if (isDash(c) || c === ":") {
    return done(
      line,
      first.start,
      placeEnd,
      pastDashes(lead, pos, limit),
      date,
      strong,
      creditText,
    );
  }
  // A date straight after the place with neither a credit nor a dash after it is a sentence
  // («دمشق 15 آذار 2011 بدأت…»), not a dateline.
  if (dateNext && !sureCredit) return null;
  // «بيروت ـ "الحياة"» then the body without a dash, or the end of a dateline-only line; a
  // bracket of unknown words with no dash after it («الولايات المتحدة (واشنطن) تعلن») is not.
  if (datedBeforeCredit || sureCredit || (strong && pos >= line.length)) {
    return done(line, first.start, placeEnd, pos, date, strong, creditText);
  }
  // «دمشق - قتل …»: a known place and a dash, nothing else (the caller decides).
  const dash = skipSpaces(lead, placeEnd, limit);
  // Iraqi papers write «بغداد/ المدى».
  if (!isDash(lead[dash] ?? "") && lead[dash] !== "/") return null;
  const rest = line.slice(pastDashes(line, dash, line.length)).trim();
  if (line.length <= HEAD && BARE_CREDIT.test(rest)) {
    const read = done(line, first.start, placeEnd, line.length, null, false);
    return read && { ...read, bareCredit: rest };
  }
  return done(line, first.start, placeEnd, dash + 1, null, false);
}

/** Longest reporter's name in a byline dateline, in words. */
const MAX_BYLINE_NAME_WORDS = 4;

/**
 * The rest of a line that reads «هبة القدسي - بيروت: «الشرق الأوسط»» from offset `from`: a
 * reporter's name (two to four words of letters), a dash, a place of one or two words, a
 * colon and a quoted or bracketed credit ending the line. Asharq Al-Awsat's style, where a
 * story filed from Washington is joined by the Beirut desk: the whole line is the dateline.
 * Returns the credit's text, or null.
 */
function bylineWithDesk(line: string, tokens: readonly Token[], from: number): string | null {
  if (line.length > HEAD) return null;
  let k = firstAtOrAfter(tokens, from);
  const nameStart = k;
  // A first name has no article: «سوريا: المعارضة ترفض - موسكو: «…»» is a headline.
  if (tokens[k]?.norm.startsWith("ال")) return null;
  while (k < tokens.length && k - nameStart < MAX_BYLINE_NAME_WORDS) {
    const t = tokens[k] as Token;
    if (!/^[\p{L}\p{M}]{2,}$/u.test(t.text)) return null;
    const next = skipSpaces(line, t.end, line.length);
    k++;
    if (isDash(line[next] ?? "")) break;
    if ((tokens[k] as Token | undefined)?.start !== next) return null;
  }
  const words = k - nameStart;
  const dash = skipSpaces(line, (tokens[k - 1] as Token | undefined)?.end ?? from, line.length);
  if (words < 2 || !isDash(line[dash] ?? "")) return null;
  const place = firstAtOrAfter(tokens, pastDashes(line, dash, line.length));
  for (let n = 1; n <= 2 && place + n <= tokens.length; n++) {
    const last = tokens[place + n - 1] as Token;
    const colon = skipSpaces(line, last.end, line.length);
    if (line[colon] !== ":") continue;
    const open = skipSpaces(line, colon + 1, line.length);
    const credit = creditAt(line, open, line.length);
    if (credit < 0 || skipSpaces(line, credit, line.length) < line.length) return null;
    return line.slice(open + 1, credit - 1).trim();
  }
  return null;
}

/**
 * The same line read credit first: «عنب بلدي – إدلب» (Enab Baladi's style) read as place
 * «عنب بلدي» and credit «إدلب» becomes place «إدلب» and credit «عنب بلدي». Only for a
 * dateline-only line with a bare credit; the caller checks that the credit is a known place
 * and the "place" a known outlet.
 */
export function creditFirst(line: string, read: DatelineRead): DatelineRead | null {
  if (read.bareCredit === null) return null;
  const start = line.lastIndexOf(read.bareCredit);
  if (start < 0) return null;
  return {
    ...read,
    place: read.bareCredit,
    placeStart: start,
    placeEnd: start + read.bareCredit.length,
    bareCredit: read.place,
  };
}

/** One to three words of letters, nothing else: «رووداو», «عنب بلدي», «الميادين نت». */
const BARE_CREDIT = /^[\p{L}\p{M}]{2,}(?: [\p{L}\p{M}]{2,}){0,2}$/u;

const WEEKDAY_WORDS = keySet([
  "السبت",
  "الأحد",
  "الاثنين",
  "الإثنين",
  "الثلاثاء",
  "الأربعاء",
  "الخميس",
  "الجمعة",
]);

function done(
  line: string,
  start: number,
  placeEnd: number,
  end: number,
  date: string | null,
  strong: boolean,
  credit: string | null = null,
): DatelineRead | null {
  const text = line.slice(start, end).trim();
  if (text === "") return null;
  return {
    text,
    place: line.slice(start, placeEnd),
    placeStart: start,
    placeEnd,
    date,
    end: skipSpaces(line, end, line.length),
    strong,
    bareCredit: null,
    credit,
  };
}

// ---------------------------------------------------------------------------------------------
// Publication metadata.

export interface Metadata {
  /** The text without its frontmatter block (unchanged when there is none). */
  readonly body: string;
  /** YYYY-MM-DD from frontmatter or HTML metadata. */
  readonly published: string | null;
  /** A `title:` from frontmatter, if any. */
  readonly title: string | null;
  /**
   * Publisher names the metadata gives, most trusted first, as written (the caller judges
   * whether each names an outlet: a `source:` may be a URL).
   */
  readonly publishers: readonly string[];
}

/** Frontmatter keys that hold the publication date, best first. */
const DATE_KEYS = [
  "published",
  "published_at",
  "publishedat",
  "published_time",
  "datepublished",
  "pubdate",
  "date",
  "created",
  "created_at",
];
/** Frontmatter keys that name the publisher, best first. */
const PUBLISHER_KEYS = [
  "outlet",
  "publisher",
  "site_name",
  "sitename",
  "site",
  "website",
  "source",
];
/** A publisher name is short: longer values are prose or markup. */
const MAX_PUBLISHER_CHARS = 100;

/** A metadata value without its quotes and spaces, or null when empty or too long. */
function publisherValue(raw: string | undefined): string | null {
  const v =
    raw
      ?.trim()
      .replace(/^["']|["']$/g, "")
      .trim() ?? "";
  return v === "" || v.length > MAX_PUBLISHER_CHARS ? null : v;
}
/** Only the head of a file is searched for frontmatter and HTML head metadata. */
const FRONTMATTER_MAX = 16 * 1024;
const HTML_HEAD_MAX = 512 * 1024;

/** A date value as metadata writes it: ISO (date part), or any date the text reader knows. */
export function parseDateValue(raw: string): string | null {
  const v = asciiDigits(raw.trim().replace(/^["']|["']$/g, "")).trim();
  if (v === "" || v.length > 100) return null;
  const iso = /^([0-9]{4})-([0-9]{2})-([0-9]{2})(?![0-9])/.exec(v);
  if (iso) {
    const y = Number(iso[1]);
    const m = Number(iso[2]);
    const d = Number(iso[3]);
    return validDay(y, m, d) ? isoDay(y, m, d) : null;
  }
  const line = parseDateLine(v);
  if (line) return line;
  const full = findDates(v).find((d) => d.day !== null && d.month !== null && d.year !== null);
  return full?.day && full.month && full.year ? isoDay(full.year, full.month, full.day) : null;
}

/** Markdown/YAML frontmatter at the very top: `---` lines around `key: value` pairs. */
function frontmatter(text: string): Metadata | null {
  let i = 0;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  while (i < text.length && i < 64 && /\s/.test(text[i] ?? "")) i++;
  if (!text.startsWith("---", i)) return null;
  const firstEol = text.indexOf("\n", i);
  if (firstEol < 0 || text.slice(i + 3, firstEol).trim() !== "") return null;
  const head = text.slice(firstEol + 1, firstEol + 1 + FRONTMATTER_MAX);
  const close = /^(?:---|\.\.\.)[ \t]*\r?$/m.exec(head);
  if (!close) return null;
  const block = head.slice(0, close.index);
  const bodyStart = firstEol + 1 + close.index + close[0].length;
  const values = new Map<string, string>();
  for (const raw of block.split("\n")) {
    const m = /^([A-Za-z_][A-Za-z0-9_-]{0,40})\s*:\s*(.*)$/.exec(raw.replace(/\r$/, ""));
    if (m?.[1] && m[2] !== undefined && !values.has(m[1].toLowerCase().replace(/-/g, "_"))) {
      values.set(m[1].toLowerCase().replace(/-/g, "_"), m[2]);
    }
  }
  let published: string | null = null;
  for (const key of DATE_KEYS) {
    const v = values.get(key);
    if (v !== undefined) published = parseDateValue(v);
    if (published) break;
  }
  const rawTitle =
    values
      .get("title")
      ?.trim()
      .replace(/^["']|["']$/g, "")
      .trim() ?? "";
  const publishers: string[] = [];
  for (const key of PUBLISHER_KEYS) {
    const v = publisherValue(values.get(key));
    if (v !== null) publishers.push(v);
  }
  return {
    body: text.slice(bodyStart).replace(/^\r?\n/, ""),
    published,
    title: rawTitle === "" ? null : rawTitle,
    publishers,
  };
}

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

/** Where a JSON-LD publisher's name is looked for after its key. */
const LD_PUBLISHER_SPAN = 1000;

/**
 * The name in a JSON-LD `"publisher": {…}` (or `[{…}]`, or a plain string) starting at `at`
 * in `head`: the first `"name"` directly inside the publisher's object, skipping nested
 * objects such as its logo. Looks at LD_PUBLISHER_SPAN characters at most.
 */
function ldPublisherName(head: string, at: number): string | null {
  const span = head.slice(at, at + LD_PUBLISHER_SPAN);
  const open = /^"publisher"\s*:\s*(\[\s*)?(["{])/i.exec(span);
  if (!open) return null;
  let i = open[0].length - 1;
  if (span[i] === '"') {
    const end = span.indexOf('"', i + 1);
    return end > i ? span.slice(i + 1, end) : null;
  }
  let depth = 0;
  let inString = false;
  for (; i < span.length; i++) {
    const c = span[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") {
      depth--;
      if (depth === 0) return null;
    } else if (c === '"') {
      if (depth === 1) {
        const m = /^"name"\s*:\s*"([^"\\]{1,100})"/.exec(span.slice(i, i + 120));
        if (m?.[1]) return m[1];
      }
      inString = true;
    }
  }
  return null;
}

interface HtmlMetadata {
  readonly published: string | null;
  readonly publishers: readonly string[];
}

const NO_HTML: HtmlMetadata = { published: null, publishers: [] };

/** Publication date and publisher names from HTML metadata. Linear in the scanned head. */
function htmlMetadata(text: string): HtmlMetadata {
  if (!/<(?:html|head|meta|body|time|article|p|div|script)\b/i.test(text.slice(0, 64 * 1024))) {
    return NO_HTML;
  }
  const head = text.length > HTML_HEAD_MAX ? text.slice(0, HTML_HEAD_MAX) : text;
  const lower = head.toLowerCase();
  let best: { rank: number; date: string } | null = null;
  const offer = (rank: number, raw: string | undefined) => {
    if (raw === undefined || (best && best.rank <= rank)) return;
    const date = parseDateValue(raw);
    if (date) best = { rank, date };
  };
  /** Publisher names by rank: the metas in PUBLISHER_METAS order, JSON-LD after the first. */
  const named: (string | undefined)[] = [];
  const name = (rank: number, raw: string | undefined) => {
    const v = publisherValue(raw);
    if (v !== null && named[rank] === undefined) named[rank] = v;
  };
  // <meta …> and <time …>: find each tag's end with a moving «>» cursor (never rescanned).
  let gt = -1;
  for (const tag of ["<meta", "<time"] as const) {
    gt = -1;
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
        if (rank >= 0) offer(rank, attrs.get("content"));
        const pub = PUBLISHER_METAS.indexOf(key);
        // The site's name ranks first; JSON-LD's publisher (slot 1) before the other metas.
        if (pub >= 0) name(pub === 0 ? 0 : pub + 1, attrs.get("content"));
      } else {
        offer(META_NAMES.length + 1, attrs.get("datetime"));
      }
    }
  }
  // JSON-LD: "datePublished": "2016-05-12T…".
  const ld = lower.indexOf('"datepublished"');
  if (ld >= 0) {
    const m = /^"datepublished"\s*:\s*"([^"]{1,40})"/.exec(lower.slice(ld, ld + 80));
    offer(META_NAMES.length, m?.[1]);
  }
  const pub = lower.indexOf('"publisher"');
  if (pub >= 0) name(1, ldPublisherName(head, pub) ?? undefined);
  return {
    published: (best as { rank: number; date: string } | null)?.date ?? null,
    publishers: named.filter((v): v is string => v !== undefined),
  };
}

/** Frontmatter (stripped from the body) and HTML publication metadata of a text. */
export function readMetadata(text: string): Metadata {
  const fm = frontmatter(text);
  if (!fm) return { body: text, title: null, ...htmlMetadata(text) };
  if (fm.published && fm.publishers.length > 0) return fm;
  const html = htmlMetadata(fm.body);
  return {
    ...fm,
    published: fm.published ?? html.published,
    publishers: [...fm.publishers, ...html.publishers],
  };
}
