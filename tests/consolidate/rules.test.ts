/**
 * The merge rules on synthetic articles made directly from facts: what must join, what must
 * NOT, and ids that do not move as articles arrive.
 */
import { describe, expect, it } from "vitest";
import type { ArticleDocument } from "../../functions/core/article-document.ts";
import { Consolidator, consolidate } from "../../functions/core/consolidate/index.ts";
import { sameSpelling } from "../../functions/core/consolidate/names.ts";
import { keyWords } from "../../functions/core/consolidate/text.ts";
import { factsDoc, killed, person, place } from "./docs.ts";

const ALEPPO = { ar: "حلب", en: "Aleppo" };
const HOMS = { ar: "حمص", en: "Homs" };
const SYRIA = { ar: "سوريا", en: "Syria" };
const aleppo = place("حلب", "Aleppo");
const homs = place("حمص", "Homs");
const syria = place("سوريا", "Syria");

describe("incidents", () => {
  it("joins the same toll from two outlets, with the range of their counts", () => {
    const a = factsDoc({
      published: "2024-03-01",
      entities: [aleppo],
      figures: [killed(40, [ALEPPO])],
    });
    const b = factsDoc({
      published: "2024-03-02",
      entities: [aleppo],
      figures: [killed(45, [ALEPPO], { qualifier: "more_than" })],
    });
    const m = consolidate([a, b]);
    expect(m.incidents).toHaveLength(1);
    expect(m.incidents[0]?.range).toEqual({ min: 40, max: 45 });
    expect(m.incidents[0]?.date).toBe("2024-03-01");
    expect(m.incidents[0]?.why).toMatch(/the same place \(Aleppo\).*within 3 days/);
  });

  it("never merges the same number in different places", () => {
    const a = factsDoc({
      published: "2024-03-01",
      entities: [aleppo],
      figures: [killed(12, [ALEPPO])],
    });
    const b = factsDoc({
      published: "2024-03-01",
      entities: [homs],
      figures: [killed(12, [HOMS])],
    });
    expect(consolidate([a, b]).incidents).toHaveLength(2);
  });

  it("never merges the same number in the same place in different months", () => {
    const a = factsDoc({
      published: "2024-03-01",
      entities: [aleppo],
      figures: [killed(12, [ALEPPO])],
    });
    const b = factsDoc({
      published: "2024-05-01",
      entities: [aleppo],
      figures: [killed(12, [ALEPPO])],
    });
    expect(consolidate([a, b]).incidents).toHaveLength(2);
  });

  it("never joins a dated report to an undated one, and asks undated ones for closer counts", () => {
    const dated = factsDoc({
      published: "2024-03-01",
      entities: [aleppo],
      figures: [killed(30, [ALEPPO])],
    });
    const undated = factsDoc({ entities: [aleppo], figures: [killed(30, [ALEPPO])] });
    expect(consolidate([dated, undated]).incidents).toHaveLength(2);
    const a = factsDoc({ entities: [aleppo], figures: [killed(3, [ALEPPO])] });
    const b = factsDoc({ entities: [aleppo], figures: [killed(4, [ALEPPO])] });
    const c = factsDoc({ entities: [aleppo], figures: [killed(100, [ALEPPO])] });
    const d = factsDoc({
      entities: [aleppo],
      figures: [killed(110, [ALEPPO], { qualifier: "more_than" })],
    });
    const m = consolidate([a, b, c, d]);
    expect(m.incidents.map((i) => i.reports.length)).toEqual([1, 1, 2]);
    expect(m.incidents[2]?.reports[1]?.joined).toMatch(/both undated/);
  });

  it("does not let a country alone join a town's incident, nor join figures of different kinds", () => {
    const a = factsDoc({
      published: "2024-03-01",
      entities: [aleppo, syria],
      figures: [killed(12, [ALEPPO, SYRIA])],
    });
    const b = factsDoc({
      published: "2024-03-01",
      entities: [syria],
      figures: [killed(12, [SYRIA])],
    });
    const c = factsDoc({
      published: "2024-03-01",
      entities: [aleppo],
      figures: [killed(12, [ALEPPO], { kind: "injured" })],
    });
    const m = consolidate([a, b, c]);
    expect(m.incidents.map((i) => [i.kind, i.reports.length])).toEqual([
      ["killed", 1],
      ["killed", 1],
      ["injured", 1],
    ]);
  });

  it("keeps tolls far apart separate, and a breakdown larger than a total out", () => {
    const a = factsDoc({
      published: "2024-03-01",
      entities: [aleppo],
      figures: [killed(5, [ALEPPO])],
    });
    const b = factsDoc({
      published: "2024-03-01",
      entities: [aleppo],
      figures: [killed(60, [ALEPPO])],
    });
    const c = factsDoc({
      published: "2024-03-01",
      entities: [aleppo],
      figures: [
        killed(58, [ALEPPO], {
          parts: [
            {
              count: 61,
              qualifier: "exact",
              group: { ar: "مدنيا", en: "civilians" },
              text: "61 مدنيا",
            },
          ],
        }),
      ],
    });
    const m = consolidate([a, b, c]);
    expect(m.incidents).toHaveLength(3);
  });

  it("gives one article at most one report per incident, and never sums", () => {
    const a = factsDoc({
      published: "2024-03-01",
      entities: [aleppo],
      figures: [killed(20, [ALEPPO]), killed(22, [ALEPPO])],
    });
    const b = factsDoc({
      published: "2024-03-01",
      entities: [aleppo],
      figures: [killed(21, [ALEPPO])],
    });
    const m = consolidate([a, b]);
    expect(m.incidents).toHaveLength(2);
    for (const i of m.incidents) {
      const articles = i.reports.map((r) => r.article);
      expect(new Set(articles).size).toBe(articles.length);
      expect(i.range.max).toBeLessThanOrEqual(22);
    }
  });
});

describe("entities", () => {
  it("keeps two people with one family name apart, and a bare family name apart from both", () => {
    const a = factsDoc({
      entities: [person("أحمد الخطيب", "Ahmad al-Khatib", { aliases: ["أحمد الخطيب", "الخطيب"] })],
    });
    const b = factsDoc({
      entities: [person("معاذ الخطيب", "Moaz al-Khatib", { aliases: ["معاذ الخطيب", "الخطيب"] })],
    });
    const c = factsDoc({ entities: [person("الخطيب", "Al-Khatib")] });
    const m = consolidate([a, b, c]);
    expect(m.entities.map((e) => e.name.en)).toEqual([
      "Ahmad al-Khatib",
      "Moaz al-Khatib",
      "Al-Khatib",
    ]);
  });

  it("keeps two organisations with one acronym apart", () => {
    const org = (ar: string, en: string) => ({
      type: "org" as const,
      name: { ar, en },
      mentions: 2,
      aliases: [ar, "ج ت و"],
      englishSource: "translation" as const,
      origin: "rule" as const,
    });
    const a = factsDoc({ entities: [org("جبهة التحرير الوطني", "National Liberation Front")] });
    const b = factsDoc({
      entities: [org("جمعية التضامن الوطني", "National Solidarity Association")],
    });
    expect(consolidate([a, b]).entities).toHaveLength(2);
  });

  it("joins transliterated spellings of a foreign name, not short Arabic names a letter apart", () => {
    const w = (s: string) => keyWords(s);
    expect(sameSpelling(w("ستيفن هادلي"), w("ستيفان هادلي"))).toBe(true);
    expect(sameSpelling(w("سيرغي شويغو"), w("سيرجي شويجو"))).toBe(true);
    expect(sameSpelling(w("حسن نصر الله"), w("حسين نصر الله"))).toBe(false);
    expect(sameSpelling(w("سمير جعجع"), w("سامر جعجع"))).toBe(false);
    expect(sameSpelling(w("جون كيري"), w("جون كيلي"))).toBe(false);
    const a = factsDoc({ entities: [person("ستيفن هادلي", "Stephen Hadley")] });
    const b = factsDoc({ entities: [person("ستيفان هادلي", "Stefan Hadley")] });
    const m = consolidate([a, b]);
    expect(m.entities).toHaveLength(1);
    expect(m.entities[0]?.aliases.map((x) => x.ar)).toEqual(["ستيفان هادلي"]);
  });

  it("never joins two gazetteer entries with different English names", () => {
    const a = factsDoc({ entities: [place("الجزائر", "Algeria", { aliases: ["الجزائر"] })] });
    const b = factsDoc({ entities: [place("الجزائر", "Algiers", { aliases: ["الجزائر"] })] });
    expect(consolidate([a, b]).entities.map((e) => e.id)).toEqual(["algeria", "algiers"]);
  });

  it("keeps an entity's id and name when a later article brings a new spelling", () => {
    const a = factsDoc({ entities: [person("ستيفن هادلي", "Stephen Hadley")] });
    const before = consolidate([a]).entities[0];
    const b = factsDoc({ entities: [person("ستيفان هادلي", "Stefan Hadley", { mentions: 9 })] });
    const after = consolidate([a, b]).entities[0];
    expect(after?.id).toBe(before?.id);
    expect(after?.id).toBe("stephen-hadley");
    expect(after?.name).toEqual(before?.name);
    expect(after?.mentions).toBe(10);
  });

  it("disambiguates ids of different entities with one slug, first come keeps the plain one", () => {
    const a = factsDoc({ entities: [place("جورجيا", "Georgia", { aliases: ["جورجيا"] })] });
    const b = factsDoc({ entities: [person("جورجيا", "Georgia")] });
    expect(consolidate([a, b]).entities.map((e) => e.id)).toEqual(["georgia", "georgia-person"]);
  });
});

describe("quotes and timeline", () => {
  it("makes one quote of the same words in two articles, trimmed differently, with its speaker", () => {
    const lavrov = person("سيرغي لافروف", "Sergey Lavrov", {
      englishSource: "gazetteer",
      origin: "gazetteer",
    });
    const words = "نحن مستعدون للعمل مع الشركاء من أجل إنقاذ الهدنة في سوريا";
    const a = factsDoc({ entities: [lavrov], quotes: [{ text: words, speaker: lavrov.name }] });
    const b = factsDoc({
      entities: [lavrov],
      quotes: [{ text: `${words} في أقرب وقت`, speaker: lavrov.name }],
    });
    const c = factsDoc({
      quotes: [
        { text: "لا تعليق", speaker: null },
        { text: "نحن مستعدون للحوار", speaker: null },
      ],
    });
    const m = consolidate([a, b, c]);
    const joined = m.quotes.filter((q) => q.articles.length === 2);
    expect(joined).toHaveLength(1);
    expect(joined[0]?.text).toBe(`${words} في أقرب وقت`);
    expect(joined[0]?.speaker).toBe("sergey-lavrov");
    expect(m.quotes).toHaveLength(3);
  });

  it("gives a year-less date the year nearest publication, and merges one event told twice", () => {
    const sentence = "وعقد الاجتماع في 30 كانون الأول في جنيف بحضور الوفود.";
    const date = { day: 30, month: 12, year: null, text: "30 كانون الأول" };
    const a = factsDoc({ published: "2017-01-02", dates: [date], paragraphs: [sentence] });
    const b = factsDoc({
      published: "2017-01-03",
      dates: [date],
      paragraphs: ["وقال المتحدث إن الاجتماع عقد في 30 كانون الأول في جنيف بحضور الوفود كلها."],
    });
    const m = consolidate([a, b]);
    expect(m.timeline).toHaveLength(1);
    expect(m.timeline[0]).toMatchObject({ date: "2016-12-30", precision: "day", text: sentence });
    expect(m.timeline[0]?.articles).toHaveLength(2);
  });
});

describe("order and increments", () => {
  const corpus = (): ArticleDocument[] => [
    factsDoc({ published: "2024-03-01", entities: [aleppo], figures: [killed(40, [ALEPPO])] }),
    factsDoc({
      published: "2024-03-02",
      entities: [aleppo, person("ستيفن هادلي", "Stephen Hadley")],
      figures: [killed(44, [ALEPPO])],
    }),
    factsDoc({
      published: "2024-03-02",
      entities: [homs, person("ستيفان هادلي", "Stefan Hadley")],
      figures: [killed(7, [HOMS])],
    }),
    factsDoc({ published: "2024-04-20", entities: [homs], figures: [killed(7, [HOMS])] }),
  ];

  it("gives the same model whatever order the articles are added in, one at a time or at once", () => {
    const docs = corpus();
    const batch = consolidate(docs);
    for (const order of [docs, [...docs].reverse(), [docs[2], docs[0], docs[3], docs[1]]]) {
      const c = new Consolidator();
      for (const d of order) c.add(d as ArticleDocument);
      expect(c.model()).toEqual(batch);
    }
  });

  it("keeps every id as articles arrive, and a removal gives the model of what is left", () => {
    const docs = corpus();
    const c = new Consolidator();
    const seen = new Map<string, string>();
    for (const d of docs) {
      c.add(d);
      const m = c.model();
      for (const e of m.entities) {
        const key = `${e.type}:${e.name.ar}`;
        expect(seen.get(key) ?? e.id).toBe(e.id);
        seen.set(key, e.id);
      }
    }
    const before = c.model().incidents.map((i) => i.id);
    c.remove(docs[3]?.frontmatter.id as string);
    expect(c.model()).toEqual(consolidate(docs.slice(0, 3)));
    expect(c.model().incidents.map((i) => i.id)).toEqual(
      before.filter((id) => !id.startsWith("killed-homs-2024-04-20-")),
    );
  });
});
