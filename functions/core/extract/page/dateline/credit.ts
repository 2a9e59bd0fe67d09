/**
 * The credit a dateline gives after its place and date: bracketed or quoted («(أ ف ب)»,
 * «"الحياة"», ««الشروق»»), a known agency without brackets («واشنطن - رويترز -»), or an
 * outlet or the paper's own reporter after a media noun («القاهرة - بوابة الأهرام», «دمشق -
 * خاص»). The agency list is also what the outlet finder checks credits against.
 */
import { table, words } from "../../lexicon/index.ts";
import { normalizeArabic } from "../../text/normalize.ts";
import { firstAtOrAfter, type Token } from "../../text/tokenize.ts";
import type { Reading } from "./reading.ts";
import { isDash, skipSpaces } from "./scan.ts";

/**
 * Agencies credited without brackets («واشنطن - رويترز -»), with the gazetteer's English name
 * for each (the short forms «سبأ», «وام», «قنا» are common words, so the gazetteer cannot hold
 * them bare). «وكالات» ("agencies") credits no one in particular.
 */
export const AGENCIES: ReadonlyMap<string, string | null> = table<string | null>(
  "agencies",
  "dateline",
);

/**
 * Words that open an unbracketed credit naming an outlet or the paper's own reporter
 * («القاهرة - بوابة الأهرام», «دمشق - خاص», «غزة - مراسلنا»).
 */
const OUTLET_HEADS = words("media", "credit-heads");
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

/** A bracketed or quoted credit at `i`: «(أ ف ب)», «"الحياة"», ««الشروق»». Returns its end. */
export function creditAt(s: string, i: number, limit: number): number {
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

/** «دمشق - 12 أيار، (أ ف ب)»: a separator between the date and the credit is passed over. */
export function pastSeparatorBeforeCredit(r: Reading): void {
  const { lead, limit } = r;
  if (r.strong && (isDash(lead[r.pos] ?? "") || lead[r.pos] === "،" || lead[r.pos] === ",")) {
    const after = skipSpaces(lead, r.pos + 1, limit);
    if (creditAt(lead, after, limit) > 0) r.pos = after;
  }
}

/** An optional credit at `r.pos`: bracketed, quoted or a known agency or outlet. */
export function readCredit(r: Reading): void {
  const { lead, limit, tokens } = r;
  const credit = creditAt(lead, r.pos, limit);
  if (credit > 0) {
    r.strong = true;
    const inner = lead.slice(r.pos + 1, credit - 1);
    r.sureCredit = lead[r.pos] !== "(" || AGENCIES.has(normalizeArabic(inner.replace(/[.]/g, " ")));
    r.creditText = inner.trim();
    r.pos = skipSpaces(lead, credit, limit);
    return;
  }
  const at = firstAtOrAfter(tokens, r.pos);
  let ag = agencyAt(tokens, at);
  if (ag < 0) ag = outletCreditAt(lead, tokens, at);
  const agTok = tokens[at];
  if (ag > 0 && agTok && agTok.start - r.pos <= 1) {
    r.strong = true;
    r.sureCredit = true;
    const creditEnd = (tokens[ag - 1] as Token).end;
    r.creditText = lead.slice(agTok.start, creditEnd);
    r.pos = skipSpaces(lead, creditEnd, limit);
  }
}
