/**
 * Judging a dateline whose only evidence is a bare credit after its dash («أربيل - رووداو»)
 * or an outlet's name written before the place («عنب بلدي – إدلب»): the gazetteer must know
 * the place and the credit must read as an outlet. Also the furniture pass's question: is
 * this whole line a dateline standing on its own?
 */
import { candidatesAt } from "../../gazetteer/index.ts";
import { tokenize } from "../../text/tokenize.ts";
import { outletName } from "../outlet/name.ts";
import { readDateline } from "./read.ts";
import type { DatelineRead } from "./reading.ts";

/** Is the whole of `text` a name of this type the gazetteer knows («أربيل», «عنب بلدي»)? */
function known(text: string, type: "place" | "org"): boolean {
  const tokens = tokenize(text);
  return candidatesAt(text, tokens, 0).some(
    (c) =>
      c.end === tokens.length &&
      c.clitic === "" &&
      // After a dateline's dash a media name needs no media word: the credit is one.
      c.hits.some(
        (h) => h.kind === "full" && (h.cue === null || type === "org") && h.entity.type === type,
      ),
  );
}

/**
 * «أربيل - رووداو» alone on a line: a dateline when the place is known and the credit is one
 * word (an outlet no list knows), a known organisation («دمشق – عنب بلدي») or shaped like an
 * outlet («… نت», «… إنفو»); otherwise a headline («غزة - قصف عنيف»).
 */
function creditedPlace(place: string, credit: string | null): boolean {
  if (credit === null || !known(place, "place")) return false;
  // «نواكشوط – الأخبار إنفو»: an outlet no list knows, shaped like one.
  return !credit.includes(" ") || known(credit, "org") || outletName(credit, "shaped") !== null;
}

/**
 * A dateline line that the credit after its dash makes one (see creditedPlace), or that names
 * its outlet first: then `bareCredit` names the outlet.
 */
export function creditedDateline(read: DatelineRead): boolean {
  return creditedPlace(read.place, read.bareCredit) || outletFirst(read);
}

/** «عنب بلدي – إدلب»: a known outlet, then a known place (the credit written first). */
export function outletFirst(read: DatelineRead): boolean {
  return read.bareCredit !== null && known(read.place, "org") && known(read.bareCredit, "place");
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

/**
 * Is the whole line a dateline (wire copy often breaks after it): one that its date or credit
 * makes strong, or that a known place and an outlet's credit make one.
 */
export function isDatelineLine(line: string): boolean {
  const dl = readDateline(line);
  const credited = dl && creditedDateline(dl);
  return dl !== null && dl.end >= line.length && (dl.strong || credited === true);
}
