/**
 * Name lists: from the training data, `n|<normalised word>` or `b|<bare stem>` → list features
 * («B-PERSh»: mostly tagged B-PERS, «LOCl»: sometimes LOC, «O4»: only outside entities); from
 * external name data, `w|<normalised word>` → «wd5» (a personal-name token, seen ≥ 5 times).
 * Word clusters ride along: `k|<normalised word>` → one id per granularity («a12», «b140»),
 * learned from unlabelled text by scripts/build-ner-clusters.ts.
 */
export type NameLists = ReadonlyMap<string, readonly string[]>;
