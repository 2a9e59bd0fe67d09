/**
 * The story model of a build as the pages read it (built by story.ts): its own module so that
 * what reads it (page-keys.ts) does not import what builds it.
 */
import type {
  ReportArticle,
  ReportEntity,
  ReportIncident,
  ReportQuote,
  StoryModel,
} from "../../../functions/core/consolidate/index.ts";
import type { EntityType } from "../../../functions/core/facts.ts";
import type { Archive } from "./archive.ts";
import type { ArticleEntry } from "./articles.ts";

export interface Story {
  readonly model: StoryModel;
  readonly articles: ReadonlyMap<string, ReportArticle>;
  /** Articles to list and publish: newest first, the same text uploaded twice listed once. */
  readonly listed: readonly ArticleEntry[];
  /** Stored article by id (listed ones). */
  readonly entries: ReadonlyMap<string, ArticleEntry>;
  readonly entities: ReadonlyMap<string, ReportEntity>;
  /** Entities of each type, the most written about first. */
  readonly byType: Readonly<Record<EntityType, readonly ReportEntity[]>>;
  readonly incidents: ReadonlyMap<string, ReportIncident>;
  /** Incidents deaths first, then by how many reports and how large. */
  readonly headline: readonly ReportIncident[];
  /** Incidents newest first by date (undated: by the day first seen; on one day, the latest seen first). */
  readonly byDate: readonly ReportIncident[];
  /** The listed articles and the incidents as pages numbered from the oldest. */
  readonly articleArchive: Archive<ArticleEntry>;
  readonly incidentArchive: Archive<ReportIncident>;
  /** The incidents archive page (1-based) that lists each incident. */
  readonly incidentPage: ReadonlyMap<string, number>;
  readonly quotes: ReadonlyMap<string, ReportQuote>;
  readonly quotesBy: ReadonlyMap<string, readonly ReportQuote[]>;
  /** Incidents at each place, newest first. */
  readonly incidentsAt: ReadonlyMap<string, readonly ReportIncident[]>;
  /** The entities named most often in the same articles as this one. */
  related(id: string, limit: number): ReportEntity[];
  /** The newest day any of these (primary) articles is dated by. */
  newestDay(articleIds: readonly string[]): string;
  /** The articles that name an entity, newest first. */
  articlesOf(entity: ReportEntity): ArticleEntry[];
}
