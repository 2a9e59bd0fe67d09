/**
 * The outlet cue of trust 4: the outlet naming itself as the one spoken to («وقال مصدر
 * لـ"العربي الجديد"», «في حديث لـ«الشرق الأوسط»», «أفاد مراسل الجزيرة»): the most told name,
 * when one leads. Wire services are told things by every outlet, so they count only through
 * their own correspondent. Work is bounded: the scan looks a fixed number of tokens back from
 * each «ل» (told-context.ts) and a fixed number of characters ahead.
 */

import type { BilingualName } from "../../../facts.ts";
import { isAddressee, isSayingVerb, type Mention } from "../../entities/index.ts";
import { DEFINITE_NISBA } from "../../entities/roles.ts";
import { candidatesAt } from "../../gazetteer/index.ts";
import { raw, words } from "../../lexicon/index.ts";
import { normalizeArabic } from "../../text/normalize.ts";
import type { Token } from "../../text/tokenize.ts";
import { splitsWhere } from "../../text/words.ts";
import { fromEntity, isMediaOrg, listedAt } from "./listed.ts";
import { CLAUSE_WORDS, MEDIA_NOUN_KEYS, outletName } from "./name.ts";
import { interviewWith, toldContext } from "./told-context.ts";

/** Characters looked ahead for a quoted name. */
const QUOTED_MAX = 60;
/** Words after a media noun read as an unquoted name no list knows. */
const MAX_UNQUOTED_WORDS = 3;

/** A correspondent of an outlet: «أفاد مراسل الجزيرة», «لمراسلة "عنب بلدي"». */
const CORRESPONDENTS = words("media", "correspondents");
const correspondentReadings = splitsWhere(
  (c) => CORRESPONDENTS.has(c.stem) && c.clitic.length <= 2,
);
/** «لوكالة», «ولموقع»: «ل» and a media noun. */
const TO_CLITICS = new Set(["ل", "لل", "ول", "ولل"]);
const toMediaNounReadings = splitsWhere(
  (c) => (c.clitic === "ل" || c.clitic === "ول") && MEDIA_NOUN_KEYS.has(c.stem),
);

/** Told something, these are a source every outlet cites (see WIRE_SERVICES). */
const WIRES: ReadonlySet<string> = new Set(raw("agencies", "wires"));

const OPENERS: Readonly<Record<string, string>> = { '"': '"', "«": "»", "“": "”", "”": "“" };

/** A quoted name starting at or just after `pos`: its text, or null. */
function quotedAt(text: string, pos: number): string | null {
  let i = pos;
  if (text[i] === " ") i++;
  const close = OPENERS[text[i] ?? ""];
  if (close === undefined) return null;
  const end = text.indexOf(close, i + 1);
  if (end < 0 || end - i > QUOTED_MAX) return null;
  return text.slice(i + 1, end);
}

/** Only spaces between two tokens (no comma, stop or quote). */
function spaced(text: string, a: Token, b: Token): boolean {
  return text.slice(a.end, b.start).trim() === "";
}

/**
 * The name after a told head ending at token `k` (exclusive): quoted, a listed outlet, or —
 * when `noun` is the media noun the head carried («لموقع المونيتور») — up to MAX_UNQUOTED_WORDS
 * words no list knows.
 */
function nameAfter(
  text: string,
  tokens: readonly Token[],
  k: number,
  from: number,
  noun: string | null,
): BilingualName | null {
  const quoted = quotedAt(text, from);
  if (quoted !== null) return outletName(quoted, noun === null ? "named" : "noun");
  const t = tokens[k];
  if (!t || t.start - from > 1) return null;
  const listed = listedAt(text, tokens, k);
  if (listed && isMediaOrg(listed.entity)) return fromEntity(listed.entity, t.text);
  if (noun === null) {
    // «مراسل قناة الجزيرة»: the media noun after the head.
    return MEDIA_NOUN_KEYS.has(t.norm) ? nameAfter(text, tokens, k + 1, t.end, t.text) : null;
  }
  let end = k;
  while (end < tokens.length && end - k < MAX_UNQUOTED_WORDS) {
    const w = tokens[end] as Token;
    if (end > k && (!spaced(text, tokens[end - 1] as Token, w) || DEFINITE_NISBA.test(w.norm))) {
      break;
    }
    if (CLAUSE_WORDS.has(w.norm) || isSayingVerb(w)) break;
    end++;
  }
  if (end === k) return null;
  return outletName(`${noun} ${text.slice(t.start, (tokens[end - 1] as Token).end)}`, "named");
}

/** A listed outlet written behind «ل» at token k whose every form needs a media word before it. */
function cueGatedOutlet(text: string, tokens: readonly Token[], k: number): BilingualName | null {
  for (const c of candidatesAt(text, tokens, k)) {
    if (!TO_CLITICS.has(c.clitic)) continue;
    const hit = c.hits.find((h) => h.cue === "media" && isMediaOrg(h.entity));
    if (hit) return fromEntity(hit.entity, text.slice((tokens[k] as Token).start));
  }
  return null;
}

/** What the told scan reads: the article's paragraphs, their tokens and gazetteer mentions. */
export interface ArticleText {
  readonly paragraphs: readonly string[];
  readonly tokens: readonly (readonly Token[])[];
  /** Mentions in text order (paragraph, then offset). */
  readonly mentions: readonly Mention[];
}

interface Tally {
  readonly name: BilingualName;
  told: number;
  mentions: number;
}

/** Outlets told something in the article, keyed by name, with how often. */
function toldOutlets(article: ArticleText): Map<string, Tally> {
  const tally = new Map<string, Tally>();
  /** Head tokens already counted ("para:token"): a mention and the token scan may both see one. */
  const heads = new Set<string>();
  /** `own`: named through its correspondent, which only the outlet itself writes. */
  const count = (name: BilingualName | null, p: number, k: number, own = false) => {
    const head = `${p}:${k}`;
    if (name === null || heads.has(head)) return;
    heads.add(head);
    if (!own && name.en !== null && WIRES.has(name.en)) return;
    const key = name.en ?? normalizeArabic(name.ar);
    const t = tally.get(key) ?? { name, told: 0, mentions: 0 };
    t.told++;
    tally.set(key, t);
  };
  // Listed outlets behind «ل» («لهسبريس», «للأناضول», «لوكالة شفق نيوز»): the addressee rule
  // the quote attribution uses.
  for (const m of article.mentions) {
    if (!isMediaOrg(m.entity)) continue;
    const text = article.paragraphs[m.para] ?? "";
    if (isAddressee(text, m) && toldContext(text, article.tokens[m.para] ?? [], m.tokStart)) {
      count(fromEntity(m.entity, m.surface), m.para, m.tokStart);
    }
  }
  article.paragraphs.forEach((text, p) => {
    const tokens = article.tokens[p] ?? [];
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (t.norm === "ل" && toldContext(text, tokens, k)) {
        // «لـ"العربي الجديد"»: only a quoted name.
        const quoted = quotedAt(text, t.end);
        if (quoted !== null) count(outletName(quoted, "named"), p, k);
      } else if (toMediaNounReadings(t).length > 0 && toldContext(text, tokens, k)) {
        const clitic = (toMediaNounReadings(t)[0] as { clitic: string }).clitic;
        count(nameAfter(text, tokens, k + 1, t.end, t.text.slice(clitic.length)), p, k);
      } else if (correspondentReadings(t).length > 0) {
        count(nameAfter(text, tokens, k + 1, t.end, null), p, k, true);
      } else if (t.norm === "مع" && interviewWith(tokens, k)) {
        count(nameAfter(text, tokens, k + 1, t.end, null), p, k);
      } else if (t.norm.startsWith("ل") && toldContext(text, tokens, k)) {
        // «قال للشرق الأوسط»: a listed outlet that needs a media word before it is no mention
        // (entities.ts), so the addressee rule above never sees it.
        count(cueGatedOutlet(text, tokens, k), p, k);
      }
    }
  });
  // How often each told outlet is named at all decides between two told equally often.
  for (const m of article.mentions) {
    const t = m.entity.en === null ? undefined : tally.get(m.entity.en);
    if (t) t.mentions++;
  }
  return tally;
}

/** The outlet told most often (then named most often); null on a tie. */
export function toldOutlet(article: ArticleText): BilingualName | null {
  const ranked = [...toldOutlets(article).values()].sort(
    (a, b) => b.told - a.told || b.mentions - a.mentions,
  );
  const [top, next] = ranked;
  if (!top) return null;
  if (next && next.told === top.told && next.mentions === top.mentions) return null;
  return top.name;
}
