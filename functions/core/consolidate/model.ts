/**
 * The story model: what `consolidate` makes of every facts file in content/, and what the site,
 * the feeds and `taqrir report --json` read. Ids are stable: an entity, incident, quote or
 * timeline entry keeps the id it was given when it first appeared, whatever arrives later
 * (only a merge of two existing entities retires one id, kept in `formerIds`).
 */
import type {
  ArticleId,
  BilingualName,
  EntityType,
  FigureKind,
  FigurePart,
  FigureUnit,
  Qualifier,
} from "../facts.ts";

export interface ReportArticle {
  readonly id: ArticleId;
  /** Every inbox file holding this text: the same text in another file or encoding is one article. */
  readonly files: readonly string[];
  /** Ids of stored articles folded into this one because their text is the same. */
  readonly sameText: readonly ArticleId[];
  readonly title: { readonly ar: string; readonly en: string | null };
  readonly published: string | null;
  readonly outlet: BilingualName | null;
  /** Outlet id (see `outlets`), or null. */
  readonly outletId: string | null;
  /** Near-duplicates (syndicated copies): the other articles of this article's copy group. */
  readonly alsoPublishedBy: readonly ArticleId[];
  /** The copy group's first article: tallies count a group once, through this article. */
  readonly primary: ArticleId;
  readonly ingested: string;
  /** The entity id of each of the article's own entities, in the order of its facts. */
  readonly entities: readonly string[];
  /** The incident id each of the article's figures reports on, in the order of its facts. */
  readonly incidents: readonly string[];
  /** The quote id of each of the article's quotes, in order (null for one without words). */
  readonly quotes: readonly (string | null)[];
}

export interface ReportEntity {
  readonly id: string;
  readonly type: EntityType;
  readonly name: BilingualName;
  /** Every other spelling seen, Arabic and (where known) English. */
  readonly aliases: readonly BilingualName[];
  /** Primary articles that name it (a copy group counts once). */
  readonly articles: readonly ArticleId[];
  readonly mentions: number;
  readonly coordinates: readonly [number, number] | null;
  /** Ids this entity had before a later article showed two entities to be one. */
  readonly formerIds: readonly string[];
}

export interface ReportSource {
  readonly ar: string;
  readonly en: string | null;
  /** The entity the source is, when it is one. */
  readonly entity: string | null;
}

export interface IncidentReport {
  readonly article: ArticleId;
  readonly outlet: BilingualName | null;
  /** Who the outlet says gave the figure («بحسب المرصد»). */
  readonly source: ReportSource | null;
  readonly count: number;
  readonly qualifier: Qualifier;
  readonly parts: readonly FigurePart[];
  /** The article's publication date (or its dateline's), when known. */
  readonly date: string | null;
  readonly text: string;
  /** Syndicated copies of the article that carry the same figure: listed, not counted again. */
  readonly alsoIn: readonly ArticleId[];
  /** The rule that joined this report to the incident (null for the report that founded it). */
  readonly joined: string | null;
}

export interface ReportIncident {
  readonly id: string;
  readonly kind: FigureKind;
  readonly unit: FigureUnit;
  readonly places: readonly string[];
  /** The earliest report date, when any report has one. */
  readonly date: string | null;
  /** Lowest and highest count reported: a range of reports, never a sum. */
  readonly range: { readonly min: number; readonly max: number };
  readonly reports: readonly IncidentReport[];
  /** Why these reports are one incident, in words. */
  readonly why: string;
}

export interface ReportQuote {
  readonly id: string;
  /** The speaker's entity id, when an article names a speaker the model knows. */
  readonly speaker: string | null;
  /** The longest wording seen. */
  readonly text: string;
  readonly articles: readonly ArticleId[];
}

/** How much of a timeline date is known: «22 أيار» without a year is "day-no-year" (--05-22). */
export type DatePrecision = "day" | "month" | "year" | "day-no-year";

export interface TimelineEntry {
  readonly id: string;
  /** YYYY-MM-DD, YYYY-MM, YYYY, or --MM-DD when no year is known. */
  readonly date: string;
  readonly precision: DatePrecision;
  /** The sentence that gives the date, as written in the first article. */
  readonly text: string;
  readonly entities: readonly string[];
  readonly articles: readonly ArticleId[];
}

export interface ReportOutlet {
  readonly id: string;
  readonly name: BilingualName;
  readonly articles: readonly ArticleId[];
}

export interface StoryModel {
  readonly articles: readonly ReportArticle[];
  readonly entities: readonly ReportEntity[];
  readonly incidents: readonly ReportIncident[];
  readonly quotes: readonly ReportQuote[];
  readonly timeline: readonly TimelineEntry[];
  readonly outlets: readonly ReportOutlet[];
}
