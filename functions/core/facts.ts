/**
 * The facts schema: the single definition shared by the extractor (what it
 * returns), the Markdown writer (what it puts in the frontmatter) and the
 * site's article reader (what the site accepts). Changing a field here
 * changes all three at once, which is the point.
 */
import { z } from "zod";

/** A name as written in Arabic, with its English form when we know one. */
export const BilingualName = z.object({
  ar: z.string().min(1),
  en: z.string().min(1).nullable(),
});
export type BilingualName = z.infer<typeof BilingualName>;

export const EntityType = z.enum(["person", "org", "place"]);
export type EntityType = z.infer<typeof EntityType>;

/**
 * Where an entity's English name came from: a curated gazetteer, the transliteration model, or
 * a word-by-word translation of an organisation's name (translit/org-name.ts).
 */
export const EnglishSource = z.enum(["gazetteer", "transliteration", "translation"]);
export type EnglishSource = z.infer<typeof EnglishSource>;

/** How an entity was found: a gazetteer entry, the trained tagger, or a cue-word rule. */
export const EntityOrigin = z.enum(["gazetteer", "tagger", "rule"]);
export type EntityOrigin = z.infer<typeof EntityOrigin>;

export const Entity = z.object({
  type: EntityType,
  name: BilingualName,
  mentions: z.number().int().positive(),
  /** Surface forms seen in the text (normalised spelling variants collapse here). */
  aliases: z.array(z.string().min(1)).default([]),
  englishSource: EnglishSource.nullable().default(null),
  origin: EntityOrigin.default("gazetteer"),
});
export type Entity = z.infer<typeof Entity>;

export const FigureKind = z.enum(["killed", "injured", "displaced", "arrested", "missing"]);
export type FigureKind = z.infer<typeof FigureKind>;

/**
 * What a figure counts: people, or households («نزحت 300 عائلة»). Displacement is often
 * reported in families, and a family is not a person, so the unit travels with the count.
 */
export const FigureUnit = z.enum(["people", "families"]);
export type FigureUnit = z.infer<typeof FigureUnit>;

export const Qualifier = z.enum(["exact", "at_least", "more_than", "about", "up_to"]);
export type Qualifier = z.infer<typeof Qualifier>;

/** A breakdown inside a figure's total («بينهم 50 طفلا»: 50 of them children). */
export const FigurePart = z.object({
  count: z.number().int().nonnegative(),
  qualifier: Qualifier,
  /** Who the part counts, as written («طفلا») and in English when known ("children"). */
  group: BilingualName,
  text: z.string().min(1),
});
export type FigurePart = z.infer<typeof FigurePart>;

export const Figure = z.object({
  kind: FigureKind,
  count: z.number().int().nonnegative(),
  unit: FigureUnit.default("people"),
  qualifier: Qualifier,
  places: z.array(BilingualName),
  /** Who gave the figure (بحسب المرصد…), when the text says. */
  source: BilingualName.nullable().default(null),
  /** Breakdowns of this total («بينهم 50 طفلا»), kept with it rather than counted again. */
  parts: z.array(FigurePart).default([]),
  /** The phrase the figure was read from, as written. */
  text: z.string().min(1),
});
export type Figure = z.infer<typeof Figure>;

/**
 * A phrase read as a casualty figure whose count is not believed: over 100 million (a typo,
 * a phone number, a year run), or vague («عشرات الجرحى»: an order of size, no count). Kept
 * as written, with the reason, and never counted or tallied.
 */
export const UncountedFigure = z.object({
  kind: FigureKind,
  text: z.string().min(1),
  why: z.enum(["too-large", "vague"]),
});
export type UncountedFigure = z.infer<typeof UncountedFigure>;

export const Quote = z.object({
  text: z.string().min(1),
  speaker: BilingualName.nullable(),
});
export type Quote = z.infer<typeof Quote>;

export const FactDate = z.object({
  /** Gregorian day, month and year (Hijri dates are converted; the original is in `hijri`). */
  day: z.number().int().min(1).max(31).nullable(),
  month: z.number().int().min(1).max(12).nullable(),
  year: z.number().int().min(1).max(9999).nullable(),
  /** The date as written. */
  text: z.string().min(1),
  /** "explicit": written as a date; "relative": a weekday or أمس resolved against the publication date. */
  resolved: z.enum(["explicit", "relative"]).default("explicit"),
  /** The Hijri date as written, when the text gave one. */
  hijri: z
    .object({
      day: z.number().int().min(1).max(30).nullable(),
      month: z.number().int().min(1).max(12),
      year: z.number().int().min(1).max(9999),
    })
    .nullable()
    .default(null),
});
export type FactDate = z.infer<typeof FactDate>;

export const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

export const ArticleId = z.string().regex(/^[0-9a-f]{16}$/, "expected 16 lowercase hex digits");
export type ArticleId = z.infer<typeof ArticleId>;

/** A dateline («دمشق - 12 أيار (أ ف ب)») or page date: where and when the copy was filed. */
export const Dateline = z.object({
  text: z.string().min(1),
  place: BilingualName.nullable(),
  date: IsoDay.nullable(),
});
export type Dateline = z.infer<typeof Dateline>;

/**
 * How the publisher was found: the file's own metadata (frontmatter, HTML meta, JSON-LD), a
 * dateline credit («بيروت - «الأخبار»»), a credit line («(الأخبار، أ ف ب، رويترز)»,
 * «المصدر: …»), the outlet naming itself as the one told («قال لـ"العربي الجديد"»), or a
 * masthead line of the page.
 */
export const OutletCue = z.enum(["metadata", "dateline", "credit", "told", "masthead"]);
export type OutletCue = z.infer<typeof OutletCue>;

/** The publisher of an article, and the cue that named it. */
export const Outlet = BilingualName.extend({ via: OutletCue });
export type Outlet = z.infer<typeof Outlet>;

/** What the extractor finds in one article (the `taqrir extract --json` contract). */
export const Facts = z.object({
  id: ArticleId,
  title: z.object({ ar: z.string().min(1), en: z.string().min(1).nullable() }),
  /** The first paragraph of the cleaned text, for listings and feeds. */
  lead: z.string().default(""),
  published: IsoDay.nullable(),
  dateline: Dateline.nullable().default(null),
  /** The outlet that published the article, when the file or its text says. */
  outlet: Outlet.nullable().default(null),
  /** The article's address and author, when the file states them (a page's metadata…). */
  url: z.string().min(1).max(2048).nullable().default(null),
  author: z.string().min(1).max(500).nullable().default(null),
  entities: z.array(Entity),
  figures: z.array(Figure),
  /** Figures read but not believed, kept as text so nothing the article says is lost. */
  uncounted: z.array(UncountedFigure).default([]),
  quotes: z.array(Quote),
  dates: z.array(FactDate),
});
export type Facts = z.infer<typeof Facts>;

/** Where an article came from: every inbox key holding these exact bytes. */
/** The upload formats Taqrir reads (functions/core/formats). */
export const UploadFormat = z.enum(["text", "html", "markdown", "docx", "pdf"]);
export type UploadFormat = z.infer<typeof UploadFormat>;

export const Provenance = z.object({
  keys: z.array(z.string().min(1)).min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().positive(),
  encoding: z.string().min(1),
  /** The format the upload was read as. */
  format: UploadFormat.default("text"),
});
export type Provenance = z.infer<typeof Provenance>;

/** The frontmatter of `content/articles/<id>.md`: the facts plus bookkeeping. */
export const ArticleFrontmatter = Facts.extend({
  source: Provenance,
  /** Extractor version that wrote the file; a newer extractor rewrites it. */
  extractor: z.string().min(1),
  /** When the bytes were first seen (ISO 8601); orders articles without a publication date. */
  ingested: z.string().datetime(),
});
export type ArticleFrontmatter = z.infer<typeof ArticleFrontmatter>;
