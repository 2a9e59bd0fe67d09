/** The page's date line: alone, beside a byline, place or label, as a timestamp or in English. */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../functions/core/extract/index.ts";
import { parseDateLine } from "../../functions/core/extract/page/page-date.ts";

describe("a page's date line", () => {
  it("reads a date beside a byline, a place, a label or a time, set apart by a bar, dash or colon", () => {
    for (const line of [
      "بقلم: محمد علي | 20/09/2016",
      "كتب: أحمد محمد | الثلاثاء 20 سبتمبر 2016",
      "حلب - 20 أيلول 2016 - خاص",
      "المصدر: وكالات | التاريخ: 20-9-2016",
      "نشر بتاريخ 20 أيلول 2016 الساعة 10:30",
      "منشور في 20-09-2016",
      // A label and its colon, whatever the label says; a time's colon is no label's.
      "تاريخ الخبر: 20/09/2016",
      "Published: September 20, 2016 10:30",
      // «يوم», a time with its zone's city, an English «at».
      "يوم 20 سبتمبر 2016",
      "20 سبتمبر 2016 - 11:30 صباحا بتوقيت دمشق",
      "September 20, 2016 at 10:30 am",
      "Published on 20 September 2016",
    ]) {
      expect(parseDateLine(line), line).toBe("2016-09-20");
    }
  });

  it("reads a print paper's date line with its issue number", () => {
    expect(
      parseDateLine("الثلاثاء - 17 ذو الحجة 1437 هـ - 20 سبتمبر 2016 مـ رقم العدد [13812]"),
    ).toBe("2016-09-20");
    expect(parseDateLine("20 سبتمبر 2016 - العدد 13812")).toBe("2016-09-20");
    expect(parseDateLine("رقم العدد [13812]")).toBeNull();
  });

  it("reads ISO timestamps and English dates", () => {
    expect(parseDateLine("2016-09-20T10:30:00+03:00")).toBe("2016-09-20");
    expect(parseDateLine("Tuesday, September 20, 2016")).toBe("2016-09-20");
    expect(parseDateLine("20 Sep 2016 10:30 GMT")).toBe("2016-09-20");
    expect(parseDateLine("September 31, 2016")).toBeNull();
    expect(parseDateLine("September 20, 2016 was a Tuesday")).toBeNull();
  });

  it("refuses a line that says more than a date and a few words", () => {
    // A sentence in a part, or a part of more than a few words.
    expect(parseDateLine("قتل خمسة مدنيين في غارة على حلب | 20/09/2016")).toBeNull();
    expect(parseDateLine("حلب - قتل خمسة. - 20 أيلول 2016")).toBeNull();
    // Two parts, neither a date.
    expect(parseDateLine("بقلم: محمد علي | حلب")).toBeNull();
    expect(parseDateLine("قتل 5 مدنيين في 20 أيلول 2016")).toBeNull();
    expect(parseDateLine("قال المسؤول: قتل 5 مدنيين في 20 أيلول 2016")).toBeNull();
    expect(parseDateLine("بتوقيت دمشق قتل 20 سبتمبر 2016")).toBeNull();
  });

  it("reads a date line whose weekday a comma follows, below a dateline's credit line", () => {
    const body = "\n\nقتل خمسة مدنيين في قصف على السوق، بحسب مصادر طبية.";
    for (const date of ["الأحد، الخامس عشر من سبتمبر 2019", "الأحد، 15 سبتمبر 2019"]) {
      const read = extractArticle(`عنوان الخبر\n\nصعدة – المسيرة نت\n${date}${body}`);
      expect(read.facts.published, date).toBe("2019-09-15");
    }
  });

  it("gives the article its publication date, and leaves a dateline its place", () => {
    const body = "\n\nقتل خمسة مدنيين في غارة جوية على ريف إدلب، بحسب ما أفاد ناشطون.";
    const byline = extractArticle(`عنوان الخبر\n\nبقلم: محمد علي | 20/09/2016${body}`);
    expect(byline.facts.published).toBe("2016-09-20");
    expect(byline.paragraphs.some((p) => p.includes("بقلم"))).toBe(false);
    const dateline = extractArticle(`عنوان الخبر\n\nصنعاء - الثلاثاء 14 آذار/مارس 2023${body}`);
    expect(dateline.facts.published).toBe("2023-03-14");
    expect(dateline.facts.dateline?.place?.en).toBe("Sanaa");
  });

  it("takes a date under the article: the first line after it, or one labelled as published", () => {
    const body =
      "عنوان الخبر\n\nقتل خمسة مدنيين في غارة جوية على ريف إدلب، بحسب ما أفاد ناشطون.\n\nوأضافوا أن القصف مستمر.";
    expect(extractArticle(`${body}\n\n20/09/2016`).facts.published).toBe("2016-09-20");
    expect(extractArticle(`${body}\n\nنشر بتاريخ: 20 أيلول 2016`).facts.published).toBe(
      "2016-09-20",
    );
    // Below related headlines, a date is theirs; a labelled one is still the article's.
    const related = `${body}\n\nاقرأ أيضا\n\nغارات جديدة على حلب`;
    expect(extractArticle(`${related}\n\n21/09/2016`).facts.published).toBeNull();
    expect(extractArticle(`${related}\n\nتاريخ النشر: 20/09/2016`).facts.published).toBe(
      "2016-09-20",
    );
    // A date above the article wins over one below.
    expect(extractArticle(`19/09/2016\n${body}\n\n20/09/2016`).facts.published).toBe("2016-09-19");
  });
});
