/**
 * Every UI string of the site, in both languages. Pages never hold literal UI text;
 * they ask for it here, so the two editions cannot drift apart.
 */
import type {
  EntityType,
  FigureKind,
  Qualifier,
  UncountedFigure,
} from "../../../functions/core/facts.ts";

export const LANGS = ["ar", "en"] as const;
export type Lang = (typeof LANGS)[number];

export const isLang = (value: unknown): value is Lang => value === "ar" || value === "en";
export const otherLang = (lang: Lang): Lang => (lang === "ar" ? "en" : "ar");
export const dirOf = (lang: Lang): "rtl" | "ltr" => (lang === "ar" ? "rtl" : "ltr");

/** Arabic noun forms after a number: 1, 2, 3–10, 11 and more (journalistic usage). */
export interface ArabicCountForms {
  readonly one: string;
  readonly two: string;
  readonly few: string;
  readonly many: string;
  /** «واحدة» after a feminine noun (عائلة واحدة), «واحد» otherwise. */
  readonly feminine?: true;
}

export interface UiStrings {
  readonly siteName: string;
  readonly tagline: string;
  readonly languageName: string;
  /** The label of the link to this language's edition, written in that language. */
  readonly switchTo: string;
  readonly feed: string;
  readonly feedTitle: string;
  readonly feedDescription: string;
  readonly latestArticles: string;
  readonly articleCount: (n: number) => string;
  readonly empty: string;
  /** An archive page, numbered from the oldest. */
  readonly pageN: (page: number) => string;
  readonly latestPage: string;
  readonly newer: string;
  readonly older: string;
  readonly published: string;
  readonly ingested: string;
  readonly undated: string;
  readonly entityTypes: Record<EntityType, string>;
  readonly figures: string;
  readonly dates: string;
  readonly quotes: string;
  readonly text: string;
  readonly source: string;
  readonly sourceFiles: string;
  readonly extractor: string;
  readonly unattributed: string;
  readonly according: (source: string) => string;
  readonly asWritten: string;
  readonly mentions: (n: number) => string;
  readonly summaryLabel: string;
  readonly summaryNote: string;
  readonly arabicTitle: string;
  readonly noFacts: string;
  readonly backHome: string;
  readonly notFoundTitle: string;
  readonly notFoundText: string;
  readonly redirecting: string;
  readonly qualifiers: Record<Qualifier, string>;
  readonly figureKinds: Record<FigureKind, string | ArabicCountForms>;
  /** The counted word of a figure in families: English singular/plural, or Arabic forms. */
  readonly familyCount: ArabicCountForms | { readonly one: string; readonly many: string };
  /**
   * Arabic only: the event's verbal noun, put before a count of families («نزوح 300 عائلة»)
   * because an adjective after it would have to agree with عائلة in every form. English puts
   * the kind after the count as for people ("300 families displaced"): null.
   */
  readonly familyEvents: Record<FigureKind, string> | null;
  readonly listSeparator: string;
  readonly skipToContent: string;
  readonly navLabel: string;
  readonly keyFacts: string;
  /** Introduces a breakdown of a figure: "including" / "بينهم". */
  readonly including: string;
  readonly dateline: string;
  /** The publisher of an article, and the other outlets that ran the same story. */
  readonly outlet: string;
  readonly alsoPublishedBy: string;
  readonly unknownOutlet: string;
  /** Marks an English name produced by the transliteration model, not a curated list. */
  readonly transliterated: string;
  readonly transliteratedNote: string;
  /** Marks an organisation's English name translated word by word, not from a curated list. */
  readonly translated: string;
  readonly translatedNote: string;
  /** Marks a date resolved from a weekday or «أمس» against the publication date. */
  readonly relativeDate: string;
  /** Figures read but not believed (facts.ts UncountedFigure), and why. */
  readonly uncounted: string;
  readonly uncountedWhy: Record<UncountedFigure["why"], string>;
}

export const STRINGS: Record<Lang, UiStrings> = {
  ar: {
    siteName: "تقرير",
    tagline: "الوقائع الرئيسية من الأخبار العربية: الأعداد والأماكن والأشخاص وأقوالهم",
    languageName: "العربية",
    switchTo: "العربية",
    feed: "خلاصة RSS",
    feedTitle: "تقرير — آخر المقالات",
    feedDescription: "الوقائع الرئيسية المستخرجة من المقالات الإخبارية العربية",
    latestArticles: "آخر المقالات",
    articleCount: (n) =>
      n === 1 ? "مقال واحد" : n === 2 ? "مقالان" : n <= 10 ? `${n} مقالات` : `${n} مقالا`,
    empty: "لا توجد مقالات بعد. ستظهر هنا المقالات فور إضافتها.",
    pageN: (page) => `الصفحة ${page}`,
    latestPage: "الأحدث أولًا",
    newer: "الأحدث",
    older: "الأقدم",
    published: "تاريخ النشر",
    ingested: "تاريخ الإضافة",
    undated: "دون تاريخ نشر",
    entityTypes: { person: "أشخاص", org: "منظمات", place: "أماكن" },
    figures: "الأعداد",
    dates: "التواريخ",
    quotes: "الأقوال",
    text: "نص المقال",
    source: "المصدر",
    sourceFiles: "الملفات المصدر",
    extractor: "إصدار المستخرج",
    unattributed: "قائل غير محدد",
    according: (source) => `بحسب ${source}`,
    asWritten: "كما ورد",
    mentions: (n) => (n === 1 ? "ذكر مرة واحدة" : n === 2 ? "ذكر مرتين" : `ذكر ${n} مرات`),
    summaryLabel: "ملخص",
    summaryNote: "",
    arabicTitle: "العنوان",
    noFacts: "لم تستخرج وقائع من هذا المقال.",
    backHome: "العودة إلى الصفحة الرئيسية",
    notFoundTitle: "الصفحة غير موجودة",
    notFoundText: "لم نعثر على الصفحة المطلوبة.",
    redirecting: "جار التحويل إلى النسخة العربية…",
    qualifiers: {
      exact: "",
      at_least: "على الأقل",
      more_than: "أكثر من",
      about: "نحو",
      up_to: "حتى",
    },
    figureKinds: {
      killed: { one: "قتيل", two: "قتيلان", few: "قتلى", many: "قتيلا" },
      injured: { one: "جريح", two: "جريحان", few: "جرحى", many: "جريحا" },
      displaced: { one: "نازح", two: "نازحان", few: "نازحين", many: "نازحا" },
      arrested: { one: "معتقل", two: "معتقلان", few: "معتقلين", many: "معتقلا" },
      missing: { one: "مفقود", two: "مفقودان", few: "مفقودين", many: "مفقودا" },
    },
    familyCount: { one: "عائلة", two: "عائلتان", few: "عائلات", many: "عائلة", feminine: true },
    familyEvents: {
      killed: "مقتل",
      injured: "إصابة",
      displaced: "نزوح",
      arrested: "اعتقال",
      missing: "فقدان",
    },
    listSeparator: "، ",
    skipToContent: "انتقل إلى المحتوى",
    navLabel: "اللغة والخلاصة",
    keyFacts: "الوقائع الرئيسية",
    including: "بينهم",
    dateline: "مكان الخبر وتاريخه",
    outlet: "الناشر",
    alsoPublishedBy: "نُشر أيضا في",
    unknownOutlet: "ناشر غير معروف",
    transliterated: "نقحرة",
    transliteratedNote: "الاسم الإنجليزي منقول آليا بنموذج تقرير، لا من قائمة محققة",
    translated: "ترجمة آلية",
    translatedNote: "الاسم الإنجليزي مترجم كلمة كلمة، لا من قائمة محققة",
    relativeDate: "محسوب من تاريخ النشر",
    uncounted: "أعداد لم تُحتسب",
    uncountedWhy: {
      "too-large": "تتجاوز مئة مليون، فلا تُصدَّق عددا للضحايا: أُبقيت كما كُتبت ولم تدخل في أي حصيلة",
      vague: "عدد غير محدد («عشرات»، «مئات»): أُبقي كما كُتب ولم يدخل في أي حصيلة",
    },
  },
  en: {
    siteName: "Taqrir",
    tagline: "Key facts from Arabic news: figures, places, people and what they said",
    languageName: "English",
    switchTo: "English",
    feed: "RSS feed",
    feedTitle: "Taqrir — latest articles",
    feedDescription: "Key facts extracted from Arabic news articles",
    latestArticles: "Latest articles",
    articleCount: (n) => (n === 1 ? "1 article" : `${n} articles`),
    empty: "No articles yet. Articles appear here as soon as they are added.",
    pageN: (page) => `Page ${page}`,
    latestPage: "Newest first",
    newer: "Newer",
    older: "Older",
    published: "Published",
    ingested: "Added",
    undated: "No publication date",
    entityTypes: { person: "People", org: "Organisations", place: "Places" },
    figures: "Figures",
    dates: "Dates",
    quotes: "Quotes",
    text: "Article text (Arabic)",
    source: "Source",
    sourceFiles: "Source files",
    extractor: "Extractor version",
    unattributed: "Unattributed",
    according: (source) => `according to ${source}`,
    asWritten: "as written",
    mentions: (n) => (n === 1 ? "1 mention" : `${n} mentions`),
    summaryLabel: "Summary",
    summaryNote: "generated from the extracted facts, not a translation",
    arabicTitle: "Arabic title",
    noFacts: "No facts were extracted from this article.",
    backHome: "Back to the home page",
    notFoundTitle: "Page not found",
    notFoundText: "We could not find the page you asked for.",
    redirecting: "Redirecting to the Arabic edition…",
    qualifiers: {
      exact: "",
      at_least: "at least",
      more_than: "more than",
      about: "about",
      up_to: "up to",
    },
    figureKinds: {
      killed: "killed",
      injured: "injured",
      displaced: "displaced",
      arrested: "arrested",
      missing: "missing",
    },
    familyCount: { one: "family", many: "families" },
    familyEvents: null,
    listSeparator: ", ",
    skipToContent: "Skip to content",
    navLabel: "Language and feed",
    keyFacts: "Key facts",
    including: "including",
    dateline: "Dateline",
    outlet: "Outlet",
    alsoPublishedBy: "Also published by",
    unknownOutlet: "outlet unknown",
    transliterated: "transliterated",
    transliteratedNote:
      "English form transliterated by Taqrir's model, not taken from a curated list",
    translated: "translated",
    translatedNote: "English name translated word by word by Taqrir, not taken from a curated list",
    relativeDate: "worked out from the publication date",
    uncounted: "Figures not counted",
    uncountedWhy: {
      "too-large":
        "over 100 million, too large to believe as a casualty count: kept as written and left out of every tally",
      vague:
        "a vague amount («dozens», «hundreds»), not a count: kept as written and left out of every tally",
    },
  },
};

export const t = (lang: Lang): UiStrings => STRINGS[lang];
