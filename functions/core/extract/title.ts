/**
 * The article title: the page's headline when the furniture pass found one, otherwise the
 * lead's first sentence (or clause), cut at a word boundary near MAX_TITLE characters. Many
 * scraped texts have no headline line at all: the first line is the lead paragraph.
 */
export const MAX_TITLE = 100;

/** First sentence of a paragraph: up to the first full stop, question or exclamation mark. */
function firstSentence(text: string): string {
  const m = /[.!?؟](?=\s|$|[\u0600-\u06FF])/.exec(text);
  return (m ? text.slice(0, m.index) : text).trim();
}

/** Cut at the last clause mark (، , ؛) or word boundary before `max` characters. */
export function trimAtWord(text: string, max: number = MAX_TITLE): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max + 1);
  const clause = Math.max(head.lastIndexOf("،"), head.lastIndexOf(","), head.lastIndexOf("؛"));
  if (clause >= max * 0.5) return `${head.slice(0, clause).trim()}…`;
  const space = head.lastIndexOf(" ");
  return `${(space > 0 ? head.slice(0, space) : text.slice(0, max)).trim()}…`;
}

export function deriveTitle(headline: string | null, lead: string): string {
  if (headline && headline.trim() !== "") return headline.trim();
  const sentence = firstSentence(lead);
  return trimAtWord(sentence === "" ? lead : sentence);
}
