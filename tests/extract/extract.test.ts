import { describe, expect, it } from "vitest";
import { EXTRACTOR_VERSION, extractArticle } from "../../functions/core/extract/index.ts";
import { Facts } from "../../functions/core/facts.ts";

const schema = Facts.omit({ id: true });

const ARTICLE = [
  "الأحد ٥ نيسان ٢٠٢٠",
  "رئيس التحرير",
  "كمال ناصر",
  "غارات على ريف إدلب توقع قتلى",
  "كتب: فريق التحرير",
  "قتل ما لا يقل عن ١٢ مدنيا، بينهم أربعة أطفال، في غارات جوية استهدفت مدينة معرة النعمان في ريف إدلب الجنوبي، بحسب المرصد السوري لحقوق الإنسان.",
  "وقال مدير المرصد رامي عبد الرحمن إن «الطائرات استهدفت سوقا شعبيا مكتظا بالمدنيين»، مضيفا أن الحصيلة مرشحة للارتفاع.",
  "وكانت تركيا وروسيا قد اتفقتا في 5 آذار/مارس على وقف لإطلاق النار في المنطقة.",
  "غارات على ريف إدلب توقع قتلى",
  "لم تشترك بعد",
].join("\n");

describe("extractArticle", () => {
  it("returns schema-valid facts for a full article", () => {
    const { facts, paragraphs } = extractArticle(ARTICLE);
    expect(() => schema.parse(facts)).not.toThrow();
    expect(facts.title).toEqual({ ar: "غارات على ريف إدلب توقع قتلى", en: null });
    // The date sits in the masthead: the site's "today" stamp, not a publication date.
    expect(facts.published).toBeNull();
    expect(paragraphs).toHaveLength(3);
    expect(facts.lead).toBe(paragraphs[0]);
    expect(paragraphs.some((p) => p.includes("غارات على ريف إدلب توقع قتلى"))).toBe(false);
    expect(facts.figures.map((f) => [f.kind, f.count, f.qualifier])).toContainEqual([
      "killed",
      12,
      "at_least",
    ]);
    expect(facts.quotes[0]?.speaker?.en).toBe("Rami Abdel Rahman");
    expect(facts.dates.map((d) => [d.day, d.month, d.year])).toEqual([[5, 3, null]]);
    const names = facts.entities.map((e) => e.name.en);
    expect(names).toEqual(
      expect.arrayContaining(["Idlib", "Maarat al-Numan", "Turkey", "Russia", "Rami Abdel Rahman"]),
    );
    expect(
      facts.entities.find((e) => e.name.en === "Syrian Observatory for Human Rights")?.mentions,
    ).toBe(2);
  });

  it("leaves published null without a page date and derives the title from the lead", () => {
    const { facts } = extractArticle(
      "أعلن الجيش اللبناني اليوم توقيف عشرة أشخاص للاشتباه بتورطهم في تهريب الأسلحة عبر الحدود الشمالية مع سوريا. وأكد بيان الجيش أن التحقيقات مستمرة.",
    );
    expect(facts.published).toBeNull();
    expect(facts.title.ar.startsWith("أعلن الجيش اللبناني")).toBe(true);
    expect(facts.title.ar.length).toBeLessThanOrEqual(101);
    expect(facts.figures.map((f) => [f.kind, f.count])).toEqual([["arrested", 10]]);
  });

  it("never throws and always satisfies the schema, whatever the string", () => {
    const inputs = [
      "",
      "   \n\n  ",
      "\u0000\u0001\u0002",
      "«",
      "»»»“”“",
      '"""',
      "قال",
      "١٢٣٤٥٦٧٨٩٠".repeat(20),
      "hello world, no Arabic here.",
      "\ud800 lone surrogate",
      "٢٠٢٤/١٣/٤٠",
    ];
    for (const input of inputs) {
      const r = extractArticle(input);
      expect(() => schema.parse(r.facts), JSON.stringify(input)).not.toThrow();
    }
  });

  it("exposes the extractor version", () => {
    expect(EXTRACTOR_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe("robustness: 1 MB single-line adversarial inputs stay fast", () => {
  const MB = 1 << 20;
  const cases: [string, string][] = [
    ["repeated quote marks", '«“"»”'.repeat(MB / 5)],
    ["repeated «قال »", "قال ".repeat(MB / 4)],
    ["long digit runs", `${"٣".repeat(MB / 2)} ${"9".repeat(MB / 2)}`],
    ["nested openers then text", `${"«".repeat(MB / 2)}${"كلمة ".repeat(MB / 10)}`],
    ["role words and names", "وقال المتحدث باسم الوزارة زيد عمر ".repeat(MB / 36)],
    ["casualty phrases", "مقتل أكثر من 10 أشخاص وإصابة نحو 20 آخرين ".repeat(MB / 45)],
    ["dates", "في 22 أيار/مايو 2016 ".repeat(MB / 20)],
    ["gazetteer names", "وزارة الخارجية الروسية والولايات المتحدة ".repeat(MB / 40)],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      const t0 = performance.now();
      const r = extractArticle(text);
      const ms = performance.now() - t0;
      expect(r.facts.title.ar.length).toBeGreaterThan(0);
      expect(() => schema.parse(r.facts)).not.toThrow();
      expect(ms).toBeLessThan(8000);
    });
  }
});
