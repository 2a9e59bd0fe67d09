/**
 * The article title: the page's headline when the furniture pass found one, otherwise the
 * lead's first sentence (or clause), cut at a word boundary near MAX_TITLE characters. Many
 * scraped texts have no headline line at all: the first line is the lead paragraph.
 */
export const MAX_TITLE = 100;
/**
 * The longest title kept from a headline or a file's metadata: real headlines are far shorter,
 * and a 300,000-character "headline" line would fill every listing and feed that shows it.
 */
export const MAX_HEADLINE = 300;

/** `text` cut to at most `max` UTF-16 units without splitting a surrogate pair. */
function sliceChars(text: string, max: number): string {
  const cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** First sentence of a paragraph: up to the first full stop, question or exclamation mark. */
function firstSentence(text: string): string {
  const m = /[.!?؟](?=\s|$|[\u0600-\u06FF])/.exec(text);
  return (m ? text.slice(0, m.index) : text).trim();
}

/** Cut at the last clause mark (، , ؛) or word boundary before `max` characters. */
export function trimAtWord(text: string, max: number = MAX_TITLE): string {
  if (text.length <= max) return text;
  const head = sliceChars(text, max + 1);
  const clause = Math.max(head.lastIndexOf("،"), head.lastIndexOf(","), head.lastIndexOf("؛"));
  if (clause >= max * 0.5) return `${head.slice(0, clause).trim()}…`;
  const space = head.lastIndexOf(" ");
  return `${(space > 0 ? head.slice(0, space) : sliceChars(text, max)).trim()}…`;
}

export function deriveTitle(headline: string | null, lead: string): string {
  if (headline && headline.trim() !== "") return trimAtWord(headline.trim(), MAX_HEADLINE);
  const sentence = firstSentence(lead);
  return trimAtWord(sentence === "" ? lead : sentence);
}
