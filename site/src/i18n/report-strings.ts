/**
 * The UI strings of the report's pages (front page, entities, incidents, timeline, outlets,
 * search, methodology), in both languages, beside the article pages' strings in strings.ts.
 */
import type { EntityType } from "../../../functions/core/facts.ts";
import type { Lang } from "./strings.ts";

export interface ReportStrings {
  readonly nav: {
    readonly report: string;
    readonly articles: string;
    readonly incidents: string;
    readonly timeline: string;
    readonly outlets: string;
    readonly methodology: string;
    readonly search: string;
  };
  readonly mainNav: string;
  readonly reportTitle: string;
  readonly reportIntro: (articles: number, outlets: number) => string;
  readonly headlineNumbers: string;
  readonly reportedBy: (n: number) => string;
  readonly noIncidents: string;
  readonly latestEvents: string;
  readonly keyActors: string;
  readonly allOf: (what: string) => string;
  readonly outletsCovered: string;
  readonly noOutlets: string;
  readonly map: string;
  readonly mapDescription: string;
  readonly typeIndex: Record<EntityType, string>;
  readonly typeOne: Record<EntityType, string>;
  readonly indexIntro: (n: number) => string;
  readonly articlesCount: (n: number) => string;
  readonly mentionsCount: (n: number) => string;
  readonly quotesCount: (n: number) => string;
  readonly name: string;
  readonly mentionsHeader: string;
  readonly otherSpellings: string;
  readonly articlesNaming: string;
  readonly quotesByEntity: string;
  readonly incidentsHere: string;
  readonly related: string;
  readonly entityFeed: string;
  readonly entityFeedTitle: (name: string) => string;
  readonly coordinates: string;
  readonly incidentsIntro: string;
  readonly date: string;
  readonly what: string;
  readonly where: string;
  readonly reports: string;
  readonly citing: string;
  readonly unknownPlace: string;
  readonly undatedIncident: string;
  readonly joinedBecause: string;
  readonly chartTitle: string;
  readonly chartDescription: string;
  readonly chartTable: string;
  readonly legendKilled: string;
  readonly legendOther: string;
  readonly noDatedIncidents: string;
  readonly timelineIntro: string;
  readonly noTimeline: string;
  readonly outletsIntro: string;
  readonly articleIncidents: string;
  readonly undatedFeedNote: (firstSeen: string) => string;
  readonly searchTitle: string;
  readonly searchIntro: string;
  readonly searchNoScript: string;
  readonly methodologyTitle: string;
}

/** Arabic counted nouns: 1 and 2 have their own forms, 3–10 the plural, 11 and up the singular. */
const arCount = (n: number, one: string, two: string, few: string, many: string): string => {
  if (n === 1) return one;
  if (n === 2) return two;
  const rest = n % 100;
  return `${n} ${rest >= 3 && rest <= 10 ? few : many}`;
};

const ar: ReportStrings = {
  nav: {
    report: "التقرير",
    articles: "المقالات",
    incidents: "الحوادث والأعداد",
    timeline: "التسلسل الزمني",
    outlets: "المصادر الإعلامية",
    methodology: "المنهجية",
    search: "بحث",
  },
  mainNav: "أقسام التقرير",
  reportTitle: "التقرير",
  reportIntro: (articles, outlets) =>
    `ما تقوله ${arCount(articles, "مقالة واحدة", "مقالتان", "مقالات", "مقالة")}${outlets > 0 ? ` من ${arCount(outlets, "مصدر واحد", "مصدرين", "مصادر", "مصدرا")}` : ""} مجتمعة: الأعداد بحسب كل مصدر، والأحداث، والفاعلون وأقوالهم.`,
  headlineNumbers: "أبرز الأعداد",
  reportedBy: (n) => arCount(n, "تقرير واحد", "تقريران", "تقارير", "تقريرا"),
  noIncidents: "لم ترد أعداد للضحايا في المقالات بعد.",
  latestEvents: "آخر الأحداث المؤرخة",
  keyActors: "الفاعلون الرئيسيون",
  allOf: (what) => `كل ${what}`,
  outletsCovered: "المصادر الإعلامية",
  noOutlets: "لم يعرف ناشر أي مقالة بعد.",
  map: "الخريطة",
  mapDescription: "الأماكن المذكورة في المقالات، بحجم يتناسب مع عدد المقالات التي تذكرها.",
  typeIndex: { person: "الأشخاص", org: "المنظمات", place: "الأماكن" },
  typeOne: { person: "شخص", org: "منظمة", place: "مكان" },
  indexIntro: (n) => `${n} في كل المقالات، الأكثر ذكرا أولا.`,
  articlesCount: (n) => arCount(n, "مقالة واحدة", "مقالتان", "مقالات", "مقالة"),
  mentionsCount: (n) => `ذكر ${arCount(n, "مرة واحدة", "مرتين", "مرات", "مرة")}`,
  quotesCount: (n) => arCount(n, "قول واحد", "قولان", "أقوال", "قولا"),
  name: "الاسم",
  mentionsHeader: "مرات الذكر",
  otherSpellings: "صيغ أخرى للاسم",
  articlesNaming: "المقالات التي تذكره",
  quotesByEntity: "أقواله",
  incidentsHere: "الحوادث في هذا المكان",
  related: "يذكر معه غالبا",
  entityFeed: "خلاصة RSS لهذه الصفحة",
  entityFeedTitle: (name) => `تقرير — ${name}`,
  coordinates: "الإحداثيات",
  incidentsIntro:
    "كل حادثة مع رقم كل مصدر والجهة التي نقل عنها، ونطاق الأعداد من أدناها إلى أعلاها، لا مجموعها.",
  date: "التاريخ",
  what: "الحصيلة",
  where: "المكان",
  reports: "التقارير",
  citing: "نقلا عن",
  unknownPlace: "مكان غير محدد",
  undatedIncident: "دون تاريخ",
  joinedBecause: "سبب الجمع",
  chartTitle: "الأعداد عبر الزمن",
  chartDescription: "أعلى رقم ورد لكل حادثة مؤرخة، بحسب تاريخها.",
  chartTable: "بيانات الرسم",
  legendKilled: "قتلى",
  legendOther: "جرحى ونازحون ومعتقلون ومفقودون",
  noDatedIncidents: "لا حوادث مؤرخة بعد.",
  timelineIntro: "كل تاريخ ورد في المقالات مع الجملة التي ذكرته.",
  noTimeline: "لم ترد تواريخ بعد.",
  outletsIntro: "من نشر ماذا.",
  articleIncidents: "الحوادث التي يروي عنها المقال",
  undatedFeedNote: (day) => `دون تاريخ نشر؛ أضيفت في ${day}.`,
  searchTitle: "البحث",
  searchIntro: "ابحث في المقالات وصفحات الأشخاص والأماكن، مع الهمزة أو دونها، ومع «ال» أو دونها.",
  searchNoScript: "يحتاج البحث إلى جافاسكريبت؛ كل الصفحات الأخرى تعمل دونها.",
  methodologyTitle: "المنهجية",
};

const en: ReportStrings = {
  nav: {
    report: "Report",
    articles: "Articles",
    incidents: "Incidents",
    timeline: "Timeline",
    outlets: "Outlets",
    methodology: "Methodology",
    search: "Search",
  },
  mainNav: "Report sections",
  reportTitle: "The report",
  reportIntro: (articles, outlets) =>
    `What ${articles === 1 ? "1 article" : `${articles} articles`}${outlets > 0 ? ` from ${outlets === 1 ? "1 outlet" : `${outlets} outlets`}` : ""} say together: every outlet's figures, the events, the actors and what they said.`,
  headlineNumbers: "Headline numbers",
  reportedBy: (n) => (n === 1 ? "1 report" : `${n} reports`),
  noIncidents: "No casualty figures in the articles yet.",
  latestEvents: "Latest dated events",
  keyActors: "Key actors",
  allOf: (what) => `All ${what.toLowerCase()}`,
  outletsCovered: "Outlets covered",
  noOutlets: "No article's outlet is known yet.",
  map: "Map",
  mapDescription: "Places the articles name, sized by how many articles name them.",
  typeIndex: { person: "People", org: "Organisations", place: "Places" },
  typeOne: { person: "Person", org: "Organisation", place: "Place" },
  indexIntro: (n) => `${n} across all articles, the most written about first.`,
  articlesCount: (n) => (n === 1 ? "1 article" : `${n} articles`),
  mentionsCount: (n) => (n === 1 ? "1 mention" : `${n} mentions`),
  quotesCount: (n) => (n === 1 ? "1 quote" : `${n} quotes`),
  name: "Name",
  mentionsHeader: "Mentions",
  otherSpellings: "Other spellings",
  articlesNaming: "Articles that name it",
  quotesByEntity: "What they said",
  incidentsHere: "Incidents here",
  related: "Often named with",
  entityFeed: "RSS feed of this page",
  entityFeedTitle: (name) => `Taqrir — ${name}`,
  coordinates: "Coordinates",
  incidentsIntro:
    "Every incident with each outlet's figure and the source it cited, and the range of counts from lowest to highest — never their sum.",
  date: "Date",
  what: "Toll",
  where: "Where",
  reports: "Reports",
  citing: "citing",
  unknownPlace: "unnamed place",
  undatedIncident: "undated",
  joinedBecause: "Why these reports are one incident",
  chartTitle: "Figures over time",
  chartDescription: "The highest count reported for each dated incident, by its date.",
  chartTable: "The chart's data",
  legendKilled: "killed",
  legendOther: "injured, displaced, arrested or missing",
  noDatedIncidents: "No dated incidents yet.",
  timelineIntro: "Every date the articles give, with the sentence that gives it.",
  noTimeline: "No dates yet.",
  outletsIntro: "Who covered what.",
  articleIncidents: "Incidents this article reports on",
  undatedFeedNote: (day) => `No publication date; first seen ${day}.`,
  searchTitle: "Search",
  searchIntro:
    "Search the articles and the pages of people, organisations and places, in Arabic or English; Arabic matches with or without hamza and «ال».",
  searchNoScript: "Search needs JavaScript; every other page works without it.",
  methodologyTitle: "Methodology",
};

export const REPORT_STRINGS: Record<Lang, ReportStrings> = { ar, en };
export const rt = (lang: Lang): ReportStrings => REPORT_STRINGS[lang];
