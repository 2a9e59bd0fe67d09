import { describe, expect, it } from "vitest";
import { HOSTILE_SHAPES } from "../../bench/hostile-shapes.ts";
import {
  checkSize,
  DEFAULT_MAX_BYTES,
  EXTRACTOR_VERSION,
  extractArticle,
  extractFacts,
  InputTooLargeError,
} from "../../functions/core/extract/index.ts";
import { countingWork } from "../../functions/core/extract/work.ts";
import { Facts } from "../../functions/core/facts.ts";
import { expectLinearWork } from "../helpers/work.ts";

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
    expect(facts.figures.map((f) => [f.kind, f.count, f.qualifier])).toEqual([
      ["killed", 12, "at_least"],
    ]);
    // «بينهم أربعة أطفال» is a breakdown of the 12, not a figure of its own.
    expect(facts.figures[0]?.parts).toEqual([
      { count: 4, qualifier: "exact", group: { ar: "أطفال", en: "children" }, text: "أربعة أطفال" },
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

  it("takes the title from the text after a dateline, not from the dateline", () => {
    const inLead = extractArticle(
      "بيروت (رويترز) - قالت الوكالة الوطنية للإعلام إن ثلاثة أشخاص قتلوا في غارة على بلدة في الجنوب.",
    );
    expect(inLead.facts.title.ar.startsWith("قالت الوكالة الوطنية")).toBe(true);
    const ownLine = extractArticle(
      "القاهرة - بوابة الأهرام\n\nأكد وزير الخارجية المصري في اتصال هاتفي مع نظيره الأمريكي ضرورة وقف التصعيد.\n\nوقال المتحدث باسم الوزارة إن الاتصال تناول الأوضاع في السودان.",
    );
    expect(ownLine.facts.title.ar.startsWith("أكد وزير الخارجية")).toBe(true);
    expect(ownLine.facts.dateline?.place?.en).toBe("Cairo");
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

describe("size limit", () => {
  it("refuses input over 2 MB of UTF-8 by default, with the size and the limit", () => {
    expect(DEFAULT_MAX_BYTES).toBe(2 * 1024 * 1024);
    // 1.1M Arabic letters: 2.2 MB of UTF-8 although only 1.1M UTF-16 units.
    const big = "ب".repeat(1_100_000);
    expect(() => extractArticle(big)).toThrow(InputTooLargeError);
    expect(() => extractArticle(big)).toThrow(/2200000 bytes.*2097152 bytes/);
    // Exactly at the limit is accepted (checked without running the pipeline on 2 MB).
    expect(() => checkSize("a".repeat(DEFAULT_MAX_BYTES))).not.toThrow();
    expect(() => checkSize("a".repeat(DEFAULT_MAX_BYTES + 1))).toThrow(InputTooLargeError);
    expect(() => checkSize("ب".repeat(DEFAULT_MAX_BYTES / 2))).not.toThrow();
  });
  it("takes another limit from the options", () => {
    expect(() => extractArticle("قتل", { maxBytes: 5 })).toThrow(InputTooLargeError);
    expect(() => extractArticle("قتل", { maxBytes: 6 })).not.toThrow();
    try {
      extractArticle("😀😀", { maxBytes: 7 });
    } catch (e) {
      expect(e).toBeInstanceOf(InputTooLargeError);
      expect((e as InputTooLargeError).bytes).toBe(8);
      expect((e as InputTooLargeError).maxBytes).toBe(7);
    }
  });
});

describe("figures across paragraphs", () => {
  it("gives a breakdown opening the next paragraph to the last figure before it", () => {
    const { facts } = extractFacts(
      [
        "ارتفعت حصيلة الشهداء منذ بدء الحرب إلى 34 ألفا و683 شهيدا.",
        "وأضافت الوزارة أن من بين الشهداء 14 ألف طفل و9 آلاف امرأة.",
        "وقال المسؤول إن 3 أطفال قتلوا أمس.",
      ].join("\n\n"),
    );
    expect(facts.figures.map((f) => `${f.kind} ${f.count}`)).toEqual(["killed 34683", "killed 3"]);
    expect(facts.figures[0]?.parts.map((p) => `${p.count} ${p.group.en}`)).toEqual([
      "14000 children",
      "9000 women",
    ]);
  });
});

describe("publication date, dateline and relative dates", () => {
  const WIRE = [
    "هدنة جديدة في حلب",
    "دمشق - 12 أيار/مايو 2016 (أ ف ب) - قتل 12 مدنيا في غارات على حلب الثلاثاء، بحسب المرصد السوري لحقوق الإنسان الذي أحصى أيضا سقوط قتيلين أمس.",
    "وقال مدير المرصد رامي عبد الرحمن إن «الغارات استهدفت سوقا شعبيا في المدينة».",
  ].join("\n");

  it("reads a dateline at the start of the body and takes its date as publication", () => {
    const { facts } = extractFacts(WIRE);
    expect(facts.dateline).toEqual({
      text: "دمشق - 12 أيار/مايو 2016 (أ ف ب) -",
      place: { ar: "دمشق", en: "Damascus" },
      date: "2016-05-12",
    });
    expect(facts.published).toBe("2016-05-12");
    // The dateline's date is the filing date, not a date the article reports.
    expect(facts.dates.filter((d) => d.resolved === "explicit")).toEqual([]);
    // Thursday 12 May 2016: «الثلاثاء» is the 10th, «أمس» the 11th.
    expect(facts.dates.map((d) => `${d.text} ${d.day}/${d.month}/${d.year} ${d.resolved}`)).toEqual(
      ["الثلاثاء 10/5/2016 relative", "أمس 11/5/2016 relative"],
    );
    expect(facts.figures.map((f) => `${f.kind} ${f.count}`)).toEqual(["killed 12", "killed 2"]);
  });

  it("does not take the dateline's place as the place of a figure", () => {
    const { facts } = extractFacts(
      "بيروت - 3 آذار/مارس 2020 (رويترز) - قتل ثلاثة أشخاص على الأقل وأصيب عشرات آخرون في انفجار سيارة مفخخة، بحسب مصادر أمنية.",
    );
    expect(facts.dateline?.place?.en).toBe("Beirut");
    expect(facts.figures.map((f) => [f.kind, f.count, f.qualifier, f.places])).toEqual([
      ["killed", 3, "at_least", []],
    ]);
    // «عشرات آخرون» is an order of size, kept as written.
    expect(facts.uncounted.map((u) => [u.kind, u.why])).toEqual([["injured", "vague"]]);
  });

  it("reads a dateline on its own line, and an unknown place when the shape is strong", () => {
    const { facts, paragraphs } = extractFacts(
      [
        "عين الصفصاف - 3 آذار/مارس 2020 (الأناضول)",
        "خرج مئات المتظاهرين في البلدة مطالبين بوقف القصف على ريف إدلب الجنوبي، وفق ناشطين محليين.",
      ].join("\n"),
    );
    expect(facts.dateline).toEqual({
      text: "عين الصفصاف - 3 آذار/مارس 2020 (الأناضول)",
      place: { ar: "عين الصفصاف", en: null },
      date: "2020-03-03",
    });
    expect(facts.published).toBe("2020-03-03");
    expect(paragraphs).toHaveLength(1);
  });

  it("takes «القاهرة:» as a dateline only because the place is known", () => {
    const known = extractFacts(
      "القاهرة: أعلنت وزارة الصحة المصرية اليوم ارتفاع عدد المصابين إلى 120 شخصا فى عدة محافظات.",
    );
    expect(known.facts.dateline?.place?.en).toBe("Cairo");
    expect(known.facts.published).toBeNull();
    const unknown = extractFacts(
      "ملاحظة المحرر: أعلنت وزارة الصحة المصرية اليوم ارتفاع عدد المصابين إلى 120 شخصا.",
    );
    expect(unknown.facts.dateline).toBeNull();
  });

  it("reads the publication date from frontmatter and resolves weekdays against it", () => {
    const { facts, paragraphs } = extractFacts(
      [
        "---",
        "title: غارات على إدلب",
        "date: 2024-03-28",
        "---",
        "قتل خمسة مدنيين في غارات على إدلب يوم الاثنين الماضي، بحسب الدفاع المدني.",
      ].join("\n"),
    );
    expect(facts.published).toBe("2024-03-28");
    expect(facts.title.ar).toBe("غارات على إدلب");
    expect(paragraphs).toEqual([
      "قتل خمسة مدنيين في غارات على إدلب يوم الاثنين الماضي، بحسب الدفاع المدني.",
    ]);
    expect(facts.dates).toEqual([
      {
        day: 25,
        month: 3,
        year: 2024,
        text: "يوم الاثنين الماضي",
        resolved: "relative",
        hijri: null,
      },
    ]);
  });

  it("reads the publication date from HTML metadata", () => {
    const { facts } = extractFacts(
      '<meta property="article:published_time" content="2016-05-17T09:00:00+03:00">\nوقال المتحدث باسم الوفد أمس إن المفاوضات مستمرة وإن الجولة المقبلة ستعقد في جنيف بحضور جميع الأطراف المعنية بالأزمة.',
    );
    expect(facts.published).toBe("2016-05-17");
    expect(facts.dates.map((d) => [d.day, d.month, d.resolved])).toEqual([[16, 5, "relative"]]);
  });

  it("keeps the masthead date as a 'today' stamp and leaves weekdays unresolved", () => {
    const { facts } = extractFacts(ARTICLE.replace("وكانت تركيا", "وكانت تركيا الثلاثاء"));
    expect(facts.published).toBeNull();
    expect(facts.dates.every((d) => d.resolved === "explicit")).toBe(true);
  });

  it("reads an Egyptian-style article: page date, agency dateline, number words, فى", () => {
    const { facts } = extractFacts(
      [
        "مصرع ١٥ شخصا فى حادث تصادم بطريق الصعيد",
        "الأربعاء ٢٠ مارس ٢٠٢٤",
        "أسيوط - أ ش أ - لقى خمسة عشر شخصا مصرعهم وأصيب ٢٣ آخرون، بينهم ثلاثة أطفال، فى حادث تصادم بين حافلة وشاحنة على الطريق الصحراوى الغربى أمس، حسبما أفاد مصدر أمنى.",
        'وقال المحافظ اللواء عصام سعد إن "سيارات الإسعاف نقلت المصابين إلى المستشفى فورا"، مضيفا أن النيابة بدأت التحقيق.',
      ].join("\n"),
    );
    expect(facts.title.ar).toBe("مصرع ١٥ شخصا فى حادث تصادم بطريق الصعيد");
    expect(facts.published).toBe("2024-03-20");
    expect(facts.dateline?.text).toBe("أسيوط - أ ش أ -");
    expect(facts.dateline?.place?.ar).toBe("أسيوط");
    expect(facts.dateline?.date).toBeNull();
    expect(facts.figures.map((f) => [f.kind, f.count, f.qualifier, f.parts.length])).toEqual([
      ["killed", 15, "exact", 0],
      ["injured", 23, "exact", 1],
    ]);
    expect(facts.dates.map((d) => [d.text, d.day, d.month, d.resolved])).toEqual([
      ["أمس", 19, 3, "relative"],
    ]);
    expect(facts.quotes.map((q) => q.text)).toEqual([
      "سيارات الإسعاف نقلت المصابين إلى المستشفى فورا",
    ]);
  });

  it("keeps a Hijri date on the Gregorian day it is paired with", () => {
    const { facts } = extractFacts(
      "أعلنت الحكومة أن العطلة تبدأ الأحد 5 رمضان 1437 هـ الموافق 10 يونيو 2016 م في جميع المحافظات.",
    );
    expect(facts.dates).toHaveLength(1);
    expect(facts.dates[0]).toMatchObject({ day: 10, month: 6, year: 2016 });
    expect(facts.dates[0]?.hijri).toEqual({ day: 5, month: 9, year: 1437 });
  });
});

describe("robustness: single-line hostile inputs, with work that grows linearly", () => {
  // Counted, not timed (functions/core/extract/work.ts): 64 KB and four times that. The bench
  // times every shape at 1 MB (hostile_1m_max_s).
  for (const shape of HOSTILE_SHAPES) {
    it(shape.name, () => {
      // The pipeline itself (no size limit, no safety net): an exception fails the test.
      const small = countingWork(() => extractFacts(shape.text(64 * 1024)));
      const large = countingWork(() => extractFacts(shape.text(256 * 1024)));
      for (const { result } of [small, large]) {
        expect(result.facts.title.ar.length).toBeGreaterThan(0);
        expect(() => schema.parse(result.facts)).not.toThrow();
      }
      expectLinearWork(small.work, large.work);
    });
  }
});
