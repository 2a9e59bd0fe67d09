/**
 * A deterministic synthetic story for the consolidation benchmark: stored article documents
 * with varied people, organisations, places, figures, quotes and dates — not the five samples
 * recombined, whose few entities would all collapse into a handful of clusters. Names come
 * from generated pools (people as first × family names, places from the gazetteer's derived
 * list), spelled with the variants real outlets use (a dropped or added vowel letter), so
 * the spelling rule and the indexes do real work. About 3% of articles are syndicated copies
 * and 1% the same text again.
 */
import type { ArticleDocument } from "../functions/core/article-document.ts";
import places from "../functions/core/extract/gazetteer/places.json" with { type: "json" };
import {
  ArticleFrontmatter,
  type Entity,
  type FactDate,
  type Figure,
  type FigureKind,
  type Quote,
} from "../functions/core/facts.ts";
import { seededRandom } from "../functions/core/seeded-random.ts";

const FIRST =
  "جون سيرغي ستيفان محمد أحمد علي حسن خالد عمر يوسف إبراهيم فيصل نبيل سامر رامي ماهر طارق وليد زياد كريم هشام باسل جورج ميشال أنطوان فلاديمير بوريس ديمتري أندريه فرانسوا".split(
    " ",
  );
const FAMILY =
  "كيري لافروف ميستورا الحريري الخطيب العلي المقداد الجعفري حداد شويغو بوتين أيرولت جونسون كورالينكو باتيلي غوتيريش بيدرسن لودريان ماكرون ستولتنبرغ بلينكن صفدي شكري عراقجي ظريف أوغلو فيدان بن سلمان الزياني".split(
    " ",
  );
const ORG_HEADS = "هيئة لجنة مجلس جبهة حركة حزب منظمة اتحاد جمعية مركز".split(" ");
const ORG_TAILS =
  "الإغاثة الوطنية|التحرير الشعبية|الدفاع المدني|حقوق الإنسان|الشؤون الإنسانية|الإنقاذ الدولية|المصالحة الوطنية|الطوارئ الطبية|السلام والتنمية|العدالة والبناء".split(
    "|",
  );
const WORDS =
  "أعلن قال أكد المسؤول الحكومة المعارضة القوات الهدنة الاتفاق المفاوضات الجولة الجديدة الوضع الإنساني المساعدات المدنيين القصف الغارات المنطقة المدينة الحدود الاجتماع الوزير الرئيس المبعوث الأمم المتحدة مجلس الأمن التصعيد التهدئة العمليات العسكرية الطرفين الجانب الروسي الأميركي وقف إطلاق النار الأسبوع الماضي اليوم أمس مصادر محلية ناشطون الإعلام الرسمي البيان المشترك الدعوة الحل السياسي".split(
    " ",
  );
const KINDS: readonly FigureKind[] = [
  "killed",
  "killed",
  "killed",
  "injured",
  "injured",
  "displaced",
  "arrested",
  "missing",
];
const OUTLETS = [
  "رويترز",
  "الجزيرة نت",
  "عنب بلدي",
  "الشرق الأوسط",
  "سانا",
  "الأناضول",
  "نورث برس",
  "العربي الجديد",
];

/** A transliteration-style spelling variant: one vowel letter added or dropped in a long word. */
function variant(word: string, r: () => number): string {
  if (word.length < 5) return word;
  const i = 1 + Math.floor(r() * (word.length - 2));
  if ("اوي".includes(word[i] as string)) return word.slice(0, i) + word.slice(i + 1);
  return `${word.slice(0, i)}ي${word.slice(i)}`;
}

const iso = (day: number): string =>
  new Date(Date.UTC(2016, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);

export function buildStoryCorpus(count: number, seed = 20260612): ArticleDocument[] {
  const r = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const placePool = (places as { en: string; ar: string[] }[]).slice(0, 600);
  const people = Array.from({ length: 1500 }, () => `${pick(FIRST)} ${pick(FAMILY)}`);
  const orgs = Array.from({ length: 300 }, () => `${pick(ORG_HEADS)} ${pick(ORG_TAILS)}`);
  const quotePool = Array.from({ length: 4000 }, () =>
    Array.from({ length: 6 + Math.floor(r() * 14) }, () => pick(WORDS)).join(" "),
  );
  const sentence = (names: readonly string[]) =>
    `${Array.from({ length: 8 + Math.floor(r() * 12) }, () => pick(WORDS)).join(" ")} ${names.join(" و")}.`;

  const docs: ArticleDocument[] = [];
  for (let i = 0; i < count; i++) {
    const id = (0x1000000000000000n + BigInt(i) * 7919n).toString(16).slice(-16);
    const ingested = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
    const previous = docs[Math.floor(r() * docs.length)];
    if (previous && r() < 0.04) {
      // A syndicated copy (edited) or the same text again.
      const exact = r() < 0.25;
      const paragraphs = exact
        ? previous.paragraphs
        : [sentence([]), ...previous.paragraphs.slice(1)];
      docs.push({
        frontmatter: {
          ...previous.frontmatter,
          id,
          ingested,
          source: { ...previous.frontmatter.source, keys: [`inbox/${i}.txt`] },
        },
        paragraphs,
      });
      continue;
    }
    const day = Math.floor((i / count) * 700 + r() * 30);
    const published = iso(day);
    const entities: Entity[] = [];
    const seen = new Set<string>();
    const add = (e: Entity) => {
      if (!seen.has(e.name.ar)) {
        seen.add(e.name.ar);
        entities.push(e);
      }
    };
    const storyPlaces = Array.from({ length: 2 + Math.floor(r() * 5) }, () => pick(placePool));
    for (const p of storyPlaces) {
      const ar = p.ar[0] as string;
      add({
        type: "place",
        name: { ar, en: p.en },
        mentions: 1 + Math.floor(r() * 4),
        aliases: [ar],
        englishSource: "gazetteer",
        origin: "gazetteer",
      });
    }
    for (let k = 0; k < 3 + Math.floor(r() * 10); k++) {
      const [first, ...family] = pick(people).split(" ");
      const ar = [first, ...family.map((w) => (r() < 0.2 ? variant(w, r) : w))].join(" ");
      add({
        type: "person",
        name: { ar, en: null },
        mentions: 1 + Math.floor(r() * 5),
        aliases: [ar, family.join(" ")],
        englishSource: null,
        origin: "tagger",
      });
    }
    for (let k = 0; k < 1 + Math.floor(r() * 4); k++) {
      const ar = pick(orgs);
      add({
        type: "org",
        name: { ar, en: null },
        mentions: 1 + Math.floor(r() * 3),
        aliases: [ar],
        englishSource: null,
        origin: "rule",
      });
    }
    const figures: Figure[] = Array.from({ length: Math.floor(r() * 4) }, () => {
      const where = storyPlaces
        .slice(0, 1 + Math.floor(r() * 2))
        .map((p) => ({ ar: p.ar[0] as string, en: p.en }));
      const c = 1 + Math.floor(r() ** 2 * 300);
      return {
        kind: pick(KINDS),
        count: c,
        unit: "people",
        qualifier: pick(["exact", "at_least", "more_than", "about"] as const),
        places: where,
        source: null,
        parts: [],
        text: `${c}`,
      };
    });
    const speakers = entities.filter((e) => e.type !== "place");
    const quotes: Quote[] = Array.from({ length: Math.floor(r() * 6) }, () => ({
      text: pick(quotePool),
      speaker: r() < 0.8 && speakers.length > 0 ? pick(speakers).name : null,
    }));
    const paragraphs = Array.from({ length: 4 + Math.floor(r() * 6) }, () =>
      sentence(entities.slice(0, 3).map((e) => e.name.ar)),
    );
    const dates: FactDate[] = [];
    for (let k = 0; k < Math.floor(r() * 4); k++) {
      const d = new Date(Date.parse(published) - Math.floor(r() * 20) * 86_400_000);
      const text = `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
      const p = Math.floor(r() * paragraphs.length);
      paragraphs[p] = `${paragraphs[p]} وفي ${text} ${sentence([])}`;
      dates.push({
        day: d.getUTCDate(),
        month: d.getUTCMonth() + 1,
        year: d.getUTCFullYear(),
        text,
        resolved: "explicit",
        hijri: null,
      });
    }
    const outlet = pick(OUTLETS);
    docs.push({
      frontmatter: ArticleFrontmatter.parse({
        id,
        title: { ar: sentence([]), en: null },
        published,
        outlet: { ar: outlet, en: null, via: "dateline" },
        entities,
        figures,
        quotes,
        dates,
        source: { keys: [`inbox/${i}.txt`], sha256: id.repeat(4), bytes: 1000, encoding: "utf-8" },
        extractor: "bench",
        ingested,
      }),
      paragraphs,
    });
  }
  return docs;
}
