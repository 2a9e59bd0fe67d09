import { describe, expect, it } from "vitest";
import { findDates, parseDateLine } from "../../functions/core/extract/dates.ts";

const dmy = (text: string) => findDates(text).map((d) => [d.day, d.month, d.year]);

describe("dates", () => {
  it("reads Levantine and Gregorian month names, paired or alone", () => {
    expect(dmy("في 15 آذار/مارس 2011 خرجت التظاهرات")).toEqual([[15, 3, 2011]]);
    expect(dmy("منذ 3 تشرين الأول الماضي")).toEqual([[3, 10, null]]);
    expect(dmy("في ٢٠ كانون الثاني ٢٠٢٤")).toEqual([[20, 1, 2024]]);
    expect(dmy("بدأ في 7 أكتوبر (تشرين الأول)")).toEqual([[7, 10, null]]);
    expect(dmy("يوم 30 يونيه 2013")).toEqual([[30, 6, 2013]]);
  });
  it("reads ordinal day words", () => {
    expect(dmy("في الرابع من حزيران")).toEqual([[4, 6, null]]);
    expect(dmy("في الحادي عشر من سبتمبر")).toEqual([[11, 9, null]]);
    expect(dmy("في الخامس والعشرين من كانون الأول")).toEqual([[25, 12, null]]);
  });
  it("reads month + year and bare years only with a cue word", () => {
    expect(dmy("في أيار 2016")).toEqual([[null, 5, 2016]]);
    expect(dmy("منذ بداية الحرب سنة 2011")).toEqual([[null, null, 2011]]);
    expect(dmy("في عام ١٩٤٨")).toEqual([[null, null, 1948]]);
    expect(dmy("بيان جنيف ــ 2012 والقرار 2254")).toEqual([]);
  });
  it("does not take a month alone, or month words used otherwise", () => {
    expect(dmy("منذ منتصف أيار الماضي")).toEqual([]);
    expect(dmy("مارس الضغط على الحكومة")).toEqual([]);
    expect(dmy("زار الأب الكنيسة")).toEqual([]);
  });
  it("reads numeric dates", () => {
    expect(dmy("صدر القرار بتاريخ 28/03/2024")).toEqual([[28, 3, 2024]]);
    expect(dmy("published 2024-03-28")).toEqual([[28, 3, 2024]]);
  });
  it("keeps the date as written", () => {
    expect(findDates("في 22 ايار/مايو الماضي")[0]?.text).toBe("22 ايار/مايو");
  });
  it("recognises a date-only page line", () => {
    expect(parseDateLine("الخميس 28 مارس 2024")).toBe("2024-03-28");
    expect(parseDateLine("الأحد ٥ نيسان ٢٠٢٠ - ١٠:٣٠")).toBe("2020-04-05");
    expect(parseDateLine("اجتمع المجلس في 28 مارس 2024")).toBeNull();
    expect(parseDateLine("مارس 2024")).toBeNull();
  });
});
