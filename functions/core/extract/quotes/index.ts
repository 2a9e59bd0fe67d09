/**
 * Direct quotations and their speakers.
 *
 * Spans: “ ” « » and straight "…" marks, with nesting («… الـ «PYD» …») and unbalanced
 * marks: a stray closer is ignored, an opener never closed runs to the end of the paragraph.
 * Only text of 3+ words is speech; one- or two-word quoted terms («الهدنة») are names/terms.
 *
 * Speaker, in order (why: this is how Arabic news copy attributes speech):
 *  1. an attribution right after the closing mark: «…»، وفق ما ذكرت وزارة الخارجية;
 *  2. the nearest attribution cue before the quote in the same sentence (قال، أكد، أضاف،
 *     بحسب، قائلا، على لسان…): the first person named between the cue and the quote (before
 *     any «أن/إن», which starts the reported content), else the first organisation; failing
 *     that, the first person (else organisation) earlier in the sentence — the subject of
 *     «وأدلى دي ميستورا بتصريحاته … قائلا»;
 *  3. otherwise the speaker carried over from the previous quote or the last sentence that
 *     attributed speech to someone («وتابع»، «من جهته»، «وأضاف») — unless the cue of step 2
 *     has a subject of its own that names no entity («وذكر الجيش الإسرائيلي…», «وقال مصدر…»):
 *     then the speaker is unnamed, and stays so for the «وأضاف» that follows.
 * A role noun with an adjective as the subject («قال الوزير التركي») is the person a phrase
 * with those words introduced (entities/roles.ts), and someone unnamed when nobody matches.
 * In step 2 a name after the last «أن» before the cue («صرح المتحدث بأن الوزير شكري أكد…»)
 * wins over the sentence's subject.
 * Places are never speakers; names inside quoted speech are never speakers (a quoted name or
 * term — «صحيفة "الوطن"» — is not speech and may speak), and neither
 * are names behind «ل» («قال لهسبريس»), who were spoken to.
 *
 * Files: spans.ts (quotation marks → spans), terms.ts (quoted terms and names: no speech),
 * cues.ts (speech-verb cue words), context.ts (the paragraph's tokens marked quoted/named),
 * speakers.ts (names that may speak), role-subjects.ts (role nouns as subjects), unnamed.ts
 * (unnamed sources), attribution.ts (steps 1–2), paragraph.ts (the walk; step 3's carrying).
 */

export type { QuoteContext } from "./context.ts";
export { type Carried, findQuotes, nothingCarried } from "./paragraph.ts";
export { endsInsideQuote, findQuoteSpans, type QuoteSpan } from "./spans.ts";
export { stateBodies } from "./state-bodies.ts";
