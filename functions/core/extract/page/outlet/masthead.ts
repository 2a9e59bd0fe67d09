/**
 * The outlet cue of trust 5: a line of page furniture that is an outlet's name alone
 * («اندبندنت عربية»). Also asked by the furniture pass, which removes such lines.
 */
import type { BilingualName } from "../../../facts.ts";
import { tokenize } from "../../text/tokenize.ts";
import { listedAt } from "./listed.ts";
import { MAX_NAME_CHARS, outletName } from "./name.ts";

const MAX_MASTHEAD_WORDS = 4;

/**
 * The outlet a line of page furniture names when it is nothing but an outlet's name: listed
 * («العربية نت»), a listed name with a brand word («إندبندنت عربية»), a media noun and a name
 * («بوابة الوسط»), or shaped like one («الوطن نيوز»). A bare name the gazetteer lists only
 * behind a media word («الشرق الأوسط», «الأخبار») is as likely a section label: not one.
 */
export function mastheadOutlet(line: string): BilingualName | null {
  if (line.length > MAX_NAME_CHARS) return null;
  const tokens = tokenize(line);
  if (tokens.length === 0 || tokens.length > MAX_MASTHEAD_WORDS) return null;
  const listed = listedAt(line, tokens, 0);
  if (listed && listed.end === tokens.length && listed.cue !== null) return null;
  return outletName(line, "shaped");
}
