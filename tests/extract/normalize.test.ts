import { describe, expect, it } from "vitest";
import {
  asciiDigits,
  cliticForms,
  cliticSplits,
  normalizeArabic,
  stripLeadingClitics,
} from "../../functions/core/extract/normalize.ts";
import { adjacent, tokenize } from "../../functions/core/extract/tokenize.ts";

describe("normalizeArabic", () => {
  it("collapses hamza/alef seats, ى/ي and ة/ه", () => {
    expect(normalizeArabic("إسرائيل")).toBe(normalizeArabic("اسرائيل"));
    expect(normalizeArabic("آذار")).toBe("اذار");
    expect(normalizeArabic("فى")).toBe("في");
    expect(normalizeArabic("سورية")).toBe("سوريه");
    expect(normalizeArabic("ٱلقدس")).toBe("القدس");
  });
  it("drops diacritics, tatweel and invisible marks", () => {
    expect(normalizeArabic("مُحَمَّد")).toBe("محمد");
    expect(normalizeArabic("الـــرئيس")).toBe("الرييس");
    expect(normalizeArabic("دمش\u200fق\u200b")).toBe("دمشق");
  });
  it("turns Arabic-Indic and Persian digits into ASCII", () => {
    expect(asciiDigits("قتل ١٥٤ شخصا")).toBe("قتل 154 شخصا");
    expect(normalizeArabic("۲۰۱۶")).toBe("2016");
  });
});

describe("clitics", () => {
  it("offers the article back after لل and بال", () => {
    const stems = cliticSplits(normalizeArabic("للمرصد")).map((s) => s.stem);
    expect(stems).toContain("المرصد");
    expect(cliticSplits(normalizeArabic("وبالعراق")).map((s) => s.stem)).toContain("العراق");
  });
  it("always offers the unstripped word first", () => {
    expect(cliticSplits("لبنان")[0]).toEqual({ clitic: "", stem: "لبنان" });
  });
  it("never strips a word down to one letter", () => {
    expect(cliticSplits("وب").map((s) => s.stem)).toEqual(["وب"]);
  });
  it("lists exactly the words cliticSplits reads as a stem", () => {
    const words = ["المرصد", "للمرصد", "بالمرصد", "مرصد", "ومرصد", "والمرصد", "وب", "بب", "لل"];
    for (const stem of ["المرصد", "مرصد", "ب", "ال", "بشار", "الاسد"]) {
      const forms = cliticForms(stem);
      for (const w of [...words, ...forms]) {
        expect(forms.includes(w)).toBe(cliticSplits(w).some((s) => s.stem === stem));
      }
    }
  });
  it("compares names with and without a clitic", () => {
    expect(stripLeadingClitics("للأمم المتحدة")).toBe(stripLeadingClitics("الأمم المتحدة"));
    expect(stripLeadingClitics("والقاهرة")).toBe(stripLeadingClitics("القاهرة"));
  });
});

describe("tokenize", () => {
  it("keeps offsets into the text as written", () => {
    const text = "قال وزيرُ الخارجية: «نعم»";
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(text).map((t) => t.norm)).toEqual(["قال", "وزير", "الخارجيه", "نعم"]);
  });
  it("splits digits from letters", () => {
    expect(tokenize("و8 مواطنات في الـ24 ساعة").map((t) => t.norm)).toEqual([
      "و",
      "8",
      "مواطنات",
      "في",
      "ال",
      "24",
      "ساعه",
    ]);
  });
  it("knows when punctuation separates two words", () => {
    const text = "حلب، دمشق حمص";
    const [a, b, c] = tokenize(text);
    expect(a && b && adjacent(text, a, b)).toBe(false);
    expect(b && c && adjacent(text, b, c)).toBe(true);
  });
});

describe("digits and marks the figure and date readers rely on", () => {
  it("maps Arabic-Indic and Persian digits to ASCII, one code unit each", () => {
    expect(asciiDigits("١٢٣ و۴۵۶")).toBe("123 و456");
    expect(asciiDigits("٢٨/٣/٢٠٢٤").length).toBe("٢٨/٣/٢٠٢٤".length);
  });
  it("splits «الـ24» and «و٣» into a word and a number", () => {
    expect(tokenize("الـ24 و٣").map((t) => t.norm)).toEqual(["ال", "24", "و", "3"]);
  });
  it("keeps Egyptian and Levantine spellings of number words on one key", () => {
    expect(normalizeArabic("إحدى عشرة")).toBe(normalizeArabic("احدي عشره"));
    expect(normalizeArabic("مئة")).toBe(normalizeArabic("مئه"));
    expect(normalizeArabic("ثلاثمائة")).not.toBe(normalizeArabic("ثلاثمئة")); // both are listed
  });
});
