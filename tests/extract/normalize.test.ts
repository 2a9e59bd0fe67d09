import { describe, expect, it } from "vitest";
import {
  asciiDigits,
  cliticForms,
  cliticSplits,
  normalizeArabic,
  stripLeadingClitics,
} from "../../functions/core/extract/text/normalize.ts";
import {
  adjacent,
  forgetWrittenWords,
  tokenize,
} from "../../functions/core/extract/text/tokenize.ts";

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
  it("reads every word right while its table of written words grows and empties", () => {
    // More distinct words than the table keeps (50,000), so it grows, fills and starts again.
    const letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
    const word = (k: number) => {
      let w = "";
      for (let n = k + 1; n > 0; n = Math.floor(n / letters.length))
        w += letters[n % letters.length];
      return w;
    };
    const texts: string[] = [];
    for (let k = 0; k < 60_000; k += 500) {
      texts.push(Array.from({ length: 500 }, (_, i) => word(k + i)).join(" "));
    }
    // Last, the first text again: read after the table started again.
    texts.push(texts[0] as string);
    // Other test files in this worker may have filled the table part way: start it empty, so
    // its limit falls between two texts.
    forgetWrittenWords();
    const formsOf = (text: string) => tokenize(text).map((t) => t.form);
    const first = formsOf(texts[0] as string);
    texts.forEach((text, n) => {
      const tokens = tokenize(text);
      expect(tokens.length).toBe(500);
      const formOf = new Map<string, number | undefined>();
      for (const t of tokens) {
        expect(t.text).toBe(text.slice(t.start, t.end));
        expect(t.norm).toBe(normalizeArabic(t.text));
        expect(t.word?.norm).toBe(t.norm);
        formOf.set(t.text, t.form);
      }
      // Different written words, different forms (500 words never straddle the limit).
      expect(new Set(formOf.values()).size).toBe(formOf.size);
      // Growing the table (at 2,048 words, 4,096, …) keeps what it holds: no word is added twice.
      if (n === 80) expect(formsOf(texts[0] as string)).toEqual(first);
    });
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
