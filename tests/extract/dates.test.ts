import { describe, expect, it } from "vitest";
import {
  findDates,
  findRelativeDates,
  hijriToGregorian,
} from "../../functions/core/extract/dates/index.ts";
import { readDateline, readMetadata } from "../../functions/core/extract/page/dateline.ts";
import { parseDateLine } from "../../functions/core/extract/page/page-date.ts";
import { tokenize } from "../../functions/core/extract/text/tokenize.ts";

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
    // «شهر» between the day and the month.
    expect(dmy("في اليوم الخامس من شهر أيلول 2016")).toEqual([[5, 9, 2016]]);
    expect(dmy("منذ 14 من شهر آذار")).toEqual([[14, 3, null]]);
    expect(dmy("في الخامس والعشرين من كانون الأول")).toEqual([[25, 12, null]]);
    // Digits with «من», as Syrian outlets write them.
    expect(dmy("الثلاثاء 14 من أيلول 2021")).toEqual([[14, 9, 2021]]);
    expect(dmy("في 5 من آذار 2020")).toEqual([[5, 3, 2020]]);
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
  it("reads numeric dates in Arabic-Indic digits and year-first order", () => {
    expect(dmy("صدر القرار بتاريخ ٢٨/٣/٢٠٢٤")).toEqual([[28, 3, 2024]]);
    expect(findDates("بتاريخ ٢٨/٣/٢٠٢٤")[0]?.text).toBe("٢٨/٣/٢٠٢٤");
    expect(dmy("نشر في 2024/3/28")).toEqual([[28, 3, 2024]]);
    expect(dmy("١٢.٠٥.٢٠١٦")).toEqual([[12, 5, 2016]]);
  });
  it("reads Maghrebi and article-less Levantine month names", () => {
    expect(dmy("في 12 دجنبر 2019 بالرباط")).toEqual([[12, 12, 2019]]);
    expect(dmy("يوم 5 جويلية 2021")).toEqual([[5, 7, 2021]]);
    expect(dmy("في ٣١ كانون ثاني ٢٠٢٠")).toEqual([[31, 1, 2020]]);
  });
  it("rejects impossible days and numbers that only look like dates", () => {
    expect(dmy("في 31 شباط 2016")).toEqual([]);
    expect(dmy("30/02/2020")).toEqual([]);
    expect(dmy("13/13/2020")).toEqual([]);
    expect(dmy("سقط 12 قتيلا و22 جريحا")).toEqual([]);
    expect(dmy("رمضان شهر الصيام")).toEqual([]);
  });
});

describe("Hijri dates", () => {
  it("converts with the Umm al-Qura calendar (1 Ramadan 1437 AH = 6 June 2016)", () => {
    expect(hijriToGregorian(1437, 9, 1)).toEqual({ year: 2016, month: 6, day: 6 });
    expect(hijriToGregorian(1445, 9, 1)).toEqual({ year: 2024, month: 3, day: 11 });
    expect(hijriToGregorian(1440, 12, 10)).toEqual({ year: 2019, month: 8, day: 11 });
  });
  it("reads Hijri dates with their Gregorian day and keeps the original", () => {
    const [d] = findDates("أعلنت الوزارة أن الأول من رمضان 1437 هـ سيكون يوم الاثنين");
    expect(d).toMatchObject({ day: 6, month: 6, year: 2016, resolved: "explicit" });
    expect(d?.hijri).toEqual({ day: 1, month: 9, year: 1437 });
    expect(d?.text).toBe("الأول من رمضان 1437 هـ");
    const [e] = findDates("وقفة عرفات في ٩ ذو الحجة ١٤٤٠هـ");
    expect(e).toMatchObject({ day: 10, month: 8, year: 2019 });
    expect(e?.hijri).toEqual({ day: 9, month: 12, year: 1440 });
  });
  it("gives a Hijri month without a day the Gregorian month of its first day", () => {
    const [d] = findDates("في رجب 1445 هـ");
    expect(d).toMatchObject({ day: null, month: 1, year: 2024 });
    expect(d?.hijri).toEqual({ day: null, month: 7, year: 1445 });
  });
  it("needs a Hijri year: a month name alone, or a Gregorian year, is not a Hijri date", () => {
    expect(findDates("خلال شهر رمضان المبارك")).toEqual([]);
    expect(findDates("قال صفر 2016")).toEqual([]);
    expect(findDates("في 30 شعبان 1437")).toEqual([]); // Sha'ban 1437 had 29 days
  });
  it("recognises a page date line that pairs Hijri and Gregorian", () => {
    expect(parseDateLine("الأحد 5 رمضان 1437 هـ الموافق 10 يونيو 2016 م")).toBe("2016-06-10");
    expect(parseDateLine("الخميس ١٢ أيار ٢٠١٦ - آخر تحديث")).toBe("2016-05-12");
  });
});

describe("relative dates", () => {
  const rel = (text: string, published: string | null = "2016-05-12") =>
    findRelativeDates(text, tokenize(text), published).map(
      (d) => `${d.text} ${d.year}-${d.month}-${d.day} ${d.resolved}`,
    );
  // 12 May 2016 was a Thursday.
  it("resolves weekdays to the latest such day on or before publication", () => {
    expect(rel("وقال الوزير الثلاثاء إن")).toEqual(["الثلاثاء 2016-5-10 relative"]);
    expect(rel("اجتمع المجلس يوم الخميس")).toEqual(["يوم الخميس 2016-5-12 relative"]);
    expect(rel("وفي اتصال هاتفي، الأربعاء")).toEqual(["الأربعاء 2016-5-11 relative"]);
    expect(rel("وكان قد وصل الجمعة")).toEqual(["الجمعة 2016-5-6 relative"]);
  });
  it("reads «الماضي» as strictly before and «المقبل» as the next one", () => {
    expect(rel("منذ الخميس الماضي")).toEqual(["الخميس الماضي 2016-5-5 relative"]);
    expect(rel("يوم الاثنين الماضي")).toEqual(["يوم الاثنين الماضي 2016-5-9 relative"]);
    expect(rel("تستأنف المحادثات الخميس المقبل")).toEqual(["الخميس المقبل 2016-5-19 relative"]);
  });
  it("gives a day and month with «الماضي»/«المقبل» its year from the publication date", () => {
    const withYear = (text: string, published: string) =>
      findDates(text, tokenize(text), published).map(
        (d) => `${d.text} ${d.year}-${d.month}-${d.day} ${d.resolved}`,
      );
    expect(withYear("منذ 19 سبتمبر (أيلول) الماضي", "2016-10-08")).toEqual([
      "19 سبتمبر (أيلول) الماضي 2016-9-19 relative",
    ]);
    expect(withYear("منذ 19 سبتمبر الماضي", "2017-03-05")).toEqual([
      "19 سبتمبر الماضي 2016-9-19 relative",
    ]);
    expect(withYear("في 3 كانون الثاني المقبل", "2016-10-08")).toEqual([
      "3 كانون الثاني المقبل 2017-1-3 relative",
    ]);
    // Without the word, the year nearest publication: news dates events by the days around it.
    expect(withYear("في 19 سبتمبر", "2016-10-08")).toEqual(["19 سبتمبر 2016-9-19 relative"]);
    expect(withYear("في 28 كانون الأول", "2020-01-03")).toEqual([
      "28 كانون الأول 2019-12-28 relative",
    ]);
    expect(withYear("بين 3 و5 أيار", "2020-01-03")).toEqual([
      "3 و5 أيار 2020-5-3 relative",
      "5 أيار 2020-5-5 relative",
    ]);
    // A part of a month names that month, the one nearest publication.
    expect(withYear("وصل الوفد مطلع يونيو", "2018-04-29")).toEqual(["يونيو 2018-6-null relative"]);
    expect(withYear("بدأت الحملة أواخر ديسمبر", "2018-02-10")).toEqual([
      "ديسمبر 2017-12-null relative",
    ]);
    expect(withYear("وصل الوفد في يونيو", "2018-04-29")).toEqual([]);
    // Without a publication date the year stays unknown.
    expect(dmy("منذ 19 سبتمبر الماضي")).toEqual([[19, 9, null]]);
    expect(dmy("في 19 سبتمبر")).toEqual([[19, 9, null]]);
  });
  it("resolves أمس، أمس الأول، اليوم and غدا", () => {
    expect(rel("وأعلن الجيش امس")).toEqual(["امس 2016-5-11 relative"]);
    expect(rel("جرى ذلك أمس الأول")).toEqual(["أمس الأول 2016-5-10 relative"]);
    expect(rel("جرى ذلك أول أمس الثلاثاء")).toEqual(["أول أمس الثلاثاء 2016-5-10 relative"]);
    expect(rel("وصل الوفد اليوم إلى جنيف")).toEqual(["اليوم 2016-5-12 relative"]);
    expect(rel("يصل غدا")).toEqual(["غدا 2016-5-13 relative"]);
    expect(rel("يصل يوم غد الجمعة")).toEqual(["غد الجمعة 2016-5-13 relative"]);
    expect(rel("من أجل غد أفضل")).toEqual([]);
    // A weekday after them names the same day, not the last one of that name.
    expect(rel("يصل غدا الجمعة")).toEqual(["غدا الجمعة 2016-5-13 relative"]);
    expect(rel("قصفت الطائرات صباح اليوم الخميس")).toEqual(["اليوم الخميس 2016-5-12 relative"]);
    expect(rel("وقال أمس الأربعاء")).toEqual(["أمس الأربعاء 2016-5-11 relative"]);
  });
  it("does not resolve without a publication date, nor words that are not days", () => {
    expect(rel("وقال الوزير الثلاثاء إن", null)).toEqual([]);
    expect(rel("وقال الوزير الثلاثاء إن", "2016-02-30")).toEqual([]);
    expect(rel("في اليوم التالي")).toEqual([]);
    expect(rel("في اليوم نفسه")).toEqual([]);
    expect(rel("الفرق بين الاثنين كبير")).toEqual([]);
    expect(rel("الخميس 28 مارس 2024")).toEqual([]); // part of an explicit date
    expect(rel("غداة التفجيرات")).toEqual([]);
  });
});

describe("datelines", () => {
  it("reads place, date and agency", () => {
    const d = readDateline("دمشق - 12 أيار/مايو 2016 (أ ف ب) - قتل 12 شخصا");
    expect(d).toMatchObject({
      text: "دمشق - 12 أيار/مايو 2016 (أ ف ب) -",
      place: "دمشق",
      date: "2016-05-12",
      strong: true,
    });
    expect(d?.end).toBe("دمشق - 12 أيار/مايو 2016 (أ ف ب) - ".length);
  });
  it("reads an unbracketed outlet or reporter credit that runs to a dash or the line's end", () => {
    expect(readDateline("القاهرة - بوابة الأهرام")).toMatchObject({
      text: "القاهرة - بوابة الأهرام",
      place: "القاهرة",
      strong: true,
    });
    expect(readDateline("دمشق - خاص - قال الوزير")).toMatchObject({
      text: "دمشق - خاص -",
      strong: true,
    });
    // A headline that only starts like one is not a credit.
    expect(readDateline("غزة - بوابة العبور مغلقة منذ أسبوع")?.strong).toBe(false);
  });
  it("reads the other outlets' shapes", () => {
    expect(readDateline('بيروت ـ "الحياة" قال مصدر')).toMatchObject({
      text: 'بيروت ـ "الحياة"',
      place: "بيروت",
      strong: true,
      date: null,
    });
    expect(readDateline("القاهرة: أعلنت الوزارة")).toMatchObject({
      text: "القاهرة:",
      place: "القاهرة",
      strong: false,
    });
    expect(readDateline("واشنطن (رويترز) - قال مسؤول")).toMatchObject({
      place: "واشنطن",
      strong: true,
    });
    expect(readDateline("الرباط، ٣ مارس ٢٠٢١ (الأناضول) – أعلنت")).toMatchObject({
      place: "الرباط",
      date: "2021-03-03",
    });
    expect(readDateline("نيويورك - الخميس 12 أيار 2016 - قال")).toMatchObject({
      date: "2016-05-12",
    });
    expect(readDateline("دير الزور - وكالات - قتل")).toMatchObject({
      place: "دير الزور",
      strong: true,
    });
    // A run of tatweels as the dash, on both sides of a credit.
    const tatweels = "جنيف ــ (أ ف ب) ــ قال الوزير";
    expect(readDateline(tatweels)).toMatchObject({ text: "جنيف ــ (أ ف ب) ــ", strong: true });
    expect(readDateline(tatweels)?.end).toBe(tatweels.indexOf("قال"));
    expect(readDateline("جنيف ــ العربي الجديد")?.bareCredit).toBe("العربي الجديد");
    // «City: «Paper»» alone on its line; a quote after the colon in running text is not one.
    expect(readDateline("أبوظبي: «الخليج»")).toMatchObject({ place: "أبوظبي", strong: true });
    expect(readDateline("القاهرة: «الوضع» صعب")?.strong).toBe(false);
    // «City: Reporter - City: «Paper»»: the reporter's place is the dateline's, the whole line
    // is taken, and the desk's credit is left for the caller to check against the gazetteer.
    const awsat = "واشنطن: هبة القدسي - بيروت: «الشرق الأوسط»";
    expect(readDateline(awsat)).toMatchObject({
      text: awsat,
      place: "واشنطن",
      end: awsat.length,
      bareCredit: "الشرق الأوسط",
    });
    // A date straight after the place, then the agency: WAFA's and Petra's shapes.
    expect(readDateline("رام الله 12-5-2021 وفا- استشهد 28 مواطنا")).toMatchObject({
      text: "رام الله 12-5-2021 وفا-",
      place: "رام الله",
      date: "2021-05-12",
      strong: true,
    });
    expect(readDateline("عمان 4 آب (بترا)- بحث الوزير")).toMatchObject({
      text: "عمان 4 آب (بترا)-",
      place: "عمان",
    });
    expect(readDateline("صنعاء - سبأ :")).toMatchObject({ place: "صنعاء", strong: true });
    // Without a credit or a dash after the date it is a sentence.
    expect(readDateline("دمشق 15 آذار 2011 بدأت الاحتجاجات")).toBeNull();
    expect(readDateline("غزة 5 شهداء في قصف إسرائيلي")).toBeNull();
    // A headline of the same shape starts with a definite word, not a first name.
    expect(readDateline("سوريا: المعارضة ترفض - موسكو: «مرفوض»")?.bareCredit).toBeNull();
  });
  it("does not read ordinary openings as datelines", () => {
    expect(readDateline("تبذل الولايات المتحدة وروسيا جهودا من اجل انقاذ الهدنة")).toBeNull();
    expect(readDateline("وقال المتحدث: إن الوضع صعب")).toBeNull();
    expect(readDateline("سوريا، التي تشهد حربا منذ 2011، تعاني")).toBeNull();
    expect(readDateline("«الوضع كارثي» - قال")).toBeNull();
    expect(readDateline("الولايات المتحدة (واشنطن) تعلن عقوبات جديدة")).toBeNull();
    expect(readDateline("")).toBeNull();
  });
});

describe("publication metadata", () => {
  it("reads frontmatter dates and strips the block", () => {
    const m = readMetadata('---\ntitle: "هدنة في حلب"\ndate: 2016-05-12T08:00:00Z\n---\nنص الخبر');
    expect(m).toEqual({
      body: "نص الخبر",
      published: "2016-05-12",
      title: "هدنة في حلب",
      publishers: [],
    });
    expect(readMetadata("---\npublished: ١٢ أيار ٢٠١٦\n---\nنص").published).toBe("2016-05-12");
    expect(readMetadata("---\nnot closed\nنص").published).toBeNull();
  });
  it("reads HTML meta, JSON-LD and <time>", () => {
    expect(
      readMetadata(
        '<html><head><meta property="article:published_time" content="2016-05-12T23:30:00+03:00"></head>',
      ).published,
    ).toBe("2016-05-12");
    expect(
      readMetadata('<script>{"datePublished": "2020-04-05"}</script><p>نص</p>').published,
    ).toBe("2020-04-05");
    expect(
      readMetadata("<article><time datetime='2019-01-02'>2 يناير</time></article>").published,
    ).toBe("2019-01-02");
    expect(readMetadata('<meta name="date" content="2019-02-30">').published).toBeNull();
    expect(readMetadata("نص عادي بلا وسوم 2016-05-12").published).toBeNull();
  });
});
