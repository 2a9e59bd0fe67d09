/**
 * The outlet cue of trust 3: a credit line the furniture pass removed: «(الأخبار، أ ف ب،
 * رويترز)» (the first item is the paper, the rest the agencies it drew on), «المصدر: …».
 */

import type { BilingualName } from "../../../facts.ts";
import { words } from "../../lexicon/index.ts";
import { normalizeArabic } from "../../text/normalize.ts";
import { AGENCIES } from "../dateline/credit.ts";
import { outletName } from "./name.ts";

/** «المصدر: …», «نقلا عن: …»: what follows the label is the credit. */
const SOURCE_LABELS = words("media", "credit-labels");
/** Separators between the items of a credit list. */
const CREDIT_ITEMS = /\s*[،,؛;/+|]\s*|\s+[-–—]\s+/;

/**
 * The outlet a removed credit line names: its first item, which is the publishing paper when
 * agencies follow it («(الأخبار، أ ف ب، رويترز)»). A lone item no list knows must be shaped
 * like an outlet or follow a media noun: «(صورة أرشيفية)», «المصدر: الائتلاف» name none.
 */
export function creditOutlet(line: string): BilingualName | null {
  let body = line.trim();
  const colon = body.search(/[:：]/);
  if (colon > 0 && SOURCE_LABELS.has(normalizeArabic(body.slice(0, colon).trim()))) {
    body = body.slice(colon + 1);
  }
  body = body.trim().replace(/^\((.*)\)$/s, "$1");
  const items = body.split(CREDIT_ITEMS).filter((x) => x.trim() !== "");
  const [first, ...others] = items;
  if (first === undefined || items.length > 8) return null;
  const agencies = others.some((x) => AGENCIES.has(normalizeArabic(x.replace(/\./g, " ").trim())));
  return outletName(first, agencies ? "named" : "shaped");
}
