/**
 * The calendar reader's spans beyond one written day: bare years (cue words, brackets, year
 * spans), day ranges, a month with its side of the publication date, and periods («العام
 * الماضي»).
 */
import { describe, expect, it } from "vitest";
import { findDates, findRelativeDates } from "../../functions/core/extract/dates/index.ts";
import { extractArticle } from "../../functions/core/extract/index.ts";
import { tokenize } from "../../functions/core/extract/text/tokenize.ts";

const dmy = (text: string, published: string | null = null) =>
  findDates(text, tokenize(text), published).map((d) => [d.day, d.month, d.year]);
const relative = (text: string, published: string) =>
  findRelativeDates(text, tokenize(text), published).map((d) => [d.day, d.month, d.year, d.text]);

describe("bare years", () => {
  it("takes a year after a cue word, prepositions included, clitics allowed", () => {
    expect(dmy("اعتقل في 2012 وأفرج عنه")).toEqual([[null, null, 2012]]);
    expect(dmy("كان ذلك قبل 2011، وفي 2013 تغير الأمر")).toEqual([
      [null, null, 2011],
      [null, null, 2013],
    ]);
    expect(findDates("وثيقة بتاريخ (1934)")[0]?.text).toBe("بتاريخ (1934");
  });

  it("takes both years of a pair, a season's year, and a month's year after «من العام»", () => {
    expect(dmy("بين عامي 2011 و2013")).toEqual([
      [null, null, 2011],
      [null, null, 2013],
    ]);
    expect(dmy("في 2011 و2000 شخص")).toEqual([[null, null, 2011]]);
    expect(dmy("منذ ربيع 2011")).toEqual([[null, null, 2011]]);
    expect(dmy("في الثاني عشر من شهر أيلول من العام 2016")).toEqual([[12, 9, 2016]]);
    expect(dmy("في أيار من عام 2011")).toEqual([[null, 5, 2011]]);
  });

  it("reads a numeric day and month without a year only after a word for a day", () => {
    expect(dmy("قتل يوم 19/9 خمسة أشخاص")).toEqual([[19, 9, null]]);
    expect(dmy("ليلة الأحد ١٨/٩")).toEqual([[18, 9, null]]);
    expect(dmy("في 1/3 من الحالات")).toEqual([]);
    expect(dmy("يوم 31/2")).toEqual([]);
    expect(dmy("يوم 19/9/2016")).toEqual([[19, 9, 2016]]);
  });

  it("takes a year alone in brackets, but not a numbered resolution or article", () => {
    expect(dmy("مدينة يافا (1948)")).toEqual([[null, null, 1948]]);
    expect(dmy("صدر القرار رقم (2042) أمس")).toEqual([]);
    expect(dmy("بموجب المادة (2001)")).toEqual([]);
  });

  it("reads both ends of a year span closed by a dash", () => {
    expect(dmy("ثورة فلسطين 1936 - 1939")).toEqual([
      [null, null, 1936],
      [null, null, 1939],
    ]);
    expect(dmy("خلال الفترة 1998-2005.")).toEqual([
      [null, null, 1998],
      [null, null, 2005],
    ]);
    // No span: backwards, or longer than a lifetime's career.
    expect(dmy("الرقم 2011-1990")).toEqual([]);
    expect(dmy("مؤتمر 1900 - 2100")).toEqual([]);
  });

  it("leaves a number before a counted noun, and the year of a numeric date, alone", () => {
    expect(dmy("وصل عدد القتلى حتى 2000 شخص")).toEqual([]);
    expect(dmy("في 2000 مدني")).toEqual([]);
    expect(dmy("نشر في 2024/3/28")).toEqual([[28, 3, 2024]]);
  });
});

describe("numeric dates", () => {
  it("reads month first only when the second number cannot be a month", () => {
    expect(dmy("في نابلس (4/22/1948)")).toEqual([[22, 4, 1948]]);
    expect(dmy("بتاريخ 4/5/1948")).toEqual([[4, 5, 1948]]);
    expect(dmy("الرقم 13/22/1948")).toEqual([]);
  });
});

describe("day ranges", () => {
  it("gives the first day of a range its month and year", () => {
    expect(dmy("بين 3 و5 أيار 2016 قتل العشرات")).toEqual([
      [3, 5, 2016],
      [5, 5, 2016],
    ]);
    expect(dmy("من 1 إلى 10 كانون الثاني 2016")).toEqual([
      [1, 1, 2016],
      [10, 1, 2016],
    ]);
    expect(dmy("في 3-5 آب 2015")).toEqual([
      [3, 8, 2015],
      [5, 8, 2015],
    ]);
    expect(findDates("بين 3 و5 أيار 2016")[0]?.text).toBe("3 و5 أيار 2016");
  });

  it("reads no range that runs backwards or has no joining word", () => {
    expect(dmy("بين 7 و5 أيار")).toEqual([[5, 5, null]]);
    expect(dmy("قتل 3 في 5 أيار")).toEqual([[5, 5, null]]);
  });
});

describe("a month with its side of the publication date", () => {
  it("gives «آذار الماضي» and «أيار المقبل» their years", () => {
    const text = "زار دمشق في آذار الماضي ويعود في أيار المقبل";
    const found = findDates(text, tokenize(text), "2016-09-20");
    expect(found.map((d) => [d.day, d.month, d.year, d.resolved, d.text])).toEqual([
      [null, 3, 2016, "relative", "آذار الماضي"],
      [null, 5, 2017, "relative", "أيار المقبل"],
    ]);
    // The publication month itself: last year's, or next year's.
    expect(dmy("في أيلول الماضي", "2016-09-20")).toEqual([[null, 9, 2015]]);
    expect(dmy("في أيلول المقبل", "2016-09-20")).toEqual([[null, 9, 2017]]);
  });

  it("reads «الجاري» as the publication month's year, and «من العام الماضي» after a month", () => {
    expect(dmy("في 9 سبتمبر (أيلول) الجاري", "2016-09-20")).toEqual([[9, 9, 2016]]);
    expect(dmy("في شهر آب من العام الماضي", "2016-09-20")).toEqual([[null, 8, 2015]]);
    expect(dmy("في آذار من السنة المقبلة", "2016-09-20")).toEqual([[null, 3, 2017]]);
    // The month's year, not a second date: «العام الماضي» is taken by it.
    const text = "عنوان\n\n20 أيلول 2016\n\nقتل في آب من العام الماضي 5 أشخاص.";
    const years = extractArticle(text).facts.dates.map((d) => [d.day, d.month, d.year]);
    expect(years).toEqual([[null, 8, 2015]]);
  });

  it("guesses nothing without a publication date", () => {
    expect(dmy("في آذار الماضي")).toEqual([]);
    expect(dmy("في آب من العام الماضي")).toEqual([]);
    expect(dmy("في 9 أيلول الجاري")).toEqual([[9, 9, null]]);
  });
});

describe("periods", () => {
  it("takes a day written before «الشهر الجاري/الماضي»", () => {
    expect(relative("قتل في 12 الشهر الجاري", "2016-09-20")).toEqual([
      [12, 9, 2016, "12 الشهر الجاري"],
    ]);
    expect(relative("في الخامس من الشهر الماضي", "2016-09-20")).toEqual([
      [5, 8, 2016, "الخامس من الشهر الماضي"],
    ]);
    // No 31 September: the month stands alone.
    expect(relative("في 31 الشهر الجاري", "2016-09-20")).toEqual([[null, 9, 2016, "الشهر الجاري"]]);
  });

  it("resolves a year or a month by its side of the publication date", () => {
    expect(relative("قتل العام الماضي 5 أشخاص", "2016-09-20")).toEqual([
      [null, null, 2015, "العام الماضي"],
    ]);
    expect(relative("وللسنة المقبلة خطط", "2016-09-20")).toEqual([
      [null, null, 2017, "وللسنة المقبلة"],
    ]);
    expect(relative("خلال العام الجاري", "2016-09-20")).toEqual([
      [null, null, 2016, "العام الجاري"],
    ]);
    // Months roll over the year's end.
    expect(relative("في الشهر الماضي", "2016-01-05")).toEqual([[null, 12, 2015, "الشهر الماضي"]]);
    expect(relative("الشهر المقبل", "2016-12-05")).toEqual([[null, 1, 2017, "الشهر المقبل"]]);
  });

  it("reads «العام» after a definite noun as the adjective: the next Secretary-General", () => {
    expect(relative("قال الأمين العام المقبل", "2016-09-20")).toEqual([]);
    expect(relative("العام السابق", "2016-09-20")).toEqual([]);
  });
});

describe("the same period as a date before", () => {
  const dates = (...paras: string[]) =>
    extractArticle(["عنوان", ...paras].join("\n\n")).facts.dates.map(
      (d) => `${d.year}-${d.month}-${d.day} ${d.text}`,
    );

  it("takes the year or month of the date written before it", () => {
    expect(dates("وقعت المجزرة في 5 أيار 2013.", "وفي نفس الشهر قصفت الطائرات المدينة.")).toEqual([
      "2013-5-5 5 أيار 2013",
      "2013-5-null نفس الشهر",
    ]);
    expect(dates("عاد إلى دمشق في 3 آذار 2014، وغادرها في الشهر ذاته.")).toEqual([
      "2014-3-3 3 آذار 2014",
      "2014-3-null الشهر ذاته",
    ]);
  });

  it("gives a month (and day) before «من العام نفسه» the year of the date before", () => {
    expect(dates("تعرضت المدينة لاعتداءات منذ عام 2012، أعنفها في آب من العام نفسه.")).toEqual([
      "2012-null-null عام 2012",
      "2012-8-null آب من العام نفسه",
    ]);
    expect(dates("اعتقل في 2012، وأفرج عنه في 17 تشرين الأول من العام ذاته.")).toEqual([
      "2012-null-null في 2012",
      "2012-10-17 17 تشرين الأول من العام ذاته",
    ]);
    expect(dates("بدأت العملية في 9 تشرين الأول 2019، وتوقفت في 17 من الشهر ذاته.")).toEqual([
      "2019-10-9 9 تشرين الأول 2019",
      "2019-10-17 17 من الشهر ذاته",
    ]);
  });

  it("guesses nothing with no date before, and «الأمين العام نفسه» is no year", () => {
    expect(dates("وفي العام نفسه قصفت الطائرات المدينة.")).toEqual([]);
    expect(dates("في 5 أيار 2013 قال الأمين العام نفسه إن الوضع خطير.")).toEqual([
      "2013-5-5 5 أيار 2013",
    ]);
  });
});
