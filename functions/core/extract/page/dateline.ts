/**
 * Where a copy was filed, and when: the DATELINE at the start of the body («دمشق - 12
 * أيار/مايو 2016 (أ ف ب) -», «القاهرة:», «بيروت ـ "الحياة"», «واشنطن (رويترز) -»). This is the
 * dateline's public entry; the reader's steps live in dateline/:
 *
 *  - read.ts: the reader, one step per part (place.ts, date.ts, credit.ts, byline.ts);
 *  - credited.ts: judging a line whose only evidence is a bare credit (gazetteer look-ups),
 *    and whether a whole line is a dateline (for the furniture pass);
 *  - reading.ts, scan.ts: the result and the state the steps share; dashes and spaces.
 *
 * Publication metadata (frontmatter, HTML head) is read by metadata.ts; its reader is also
 * exported here, where its importers have always found it.
 */
export { AGENCIES } from "./dateline/credit.ts";
export { creditFirst } from "./dateline/credited.ts";
export { readDateline } from "./dateline/read.ts";
export type { DatelineRead } from "./dateline/reading.ts";
export { type Metadata, parseDateValue, readMetadata } from "./metadata.ts";
