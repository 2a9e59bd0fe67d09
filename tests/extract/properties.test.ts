/**
 * Property tests: the extractor pipeline (`extractFacts`, WITHOUT the production safety net,
 * so any exception fails here) on thousands of generated strings — arbitrary UTF-16 (lone
 * surrogates included), Arabic article fragments assembled at random, and hostile inputs.
 * Every output must parse with the schema and keep the invariants below.
 *
 * 5,500 generated inputs in all (1,500 + 1,500 + 1,200 + 800 pipeline runs, 500 size checks).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validDay } from "../../functions/core/extract/dates/index.ts";
import {
  extractArticle,
  extractFacts,
  InputTooLargeError,
} from "../../functions/core/extract/index.ts";
import { Facts } from "../../functions/core/facts.ts";

const schema = Facts.omit({ id: true });
const squash = (s: string) => s.replace(/\s+/g, " ");

/** Runs the pipeline and checks the schema and every invariant; returns nothing on success. */
function check(input: string): void {
  const { facts, paragraphs } = extractFacts(input);
  schema.parse(facts);
  const flat = squash(input);
  for (const f of facts.figures) {
    expect(f.count).toBeGreaterThanOrEqual(0);
    for (const p of f.parts) expect(p.count).toBeGreaterThanOrEqual(0);
    expect(flat.includes(squash(f.text))).toBe(true);
  }
  for (const q of facts.quotes) expect(flat.includes(squash(q.text))).toBe(true);
  for (const d of facts.dates) {
    if (d.day !== null) expect(d.month).not.toBeNull();
    if (d.day !== null && d.month !== null) {
      expect(validDay(d.year ?? 2000, d.month, d.day)).toBe(true);
    }
    if (d.resolved === "relative") expect(facts.published).not.toBeNull();
  }
  for (const iso of [facts.published, facts.dateline?.date ?? null]) {
    if (iso === null) continue;
    const [y, m, dd] = iso.split("-").map(Number);
    expect(validDay(y ?? 0, m ?? 0, dd ?? 0)).toBe(true);
  }
  for (const p of paragraphs) expect(p.trim()).toBe(p);
}

/** Any UTF-16 code unit, lone surrogates and controls included. */
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

const FRAGMENTS = [
  // names, places, organisations
  "سيرغي لافروف",
  "دي ميستورا",
  "ستافان دى ميستورا",
  "المرصد السوري لحقوق الإنسان",
  "وزارة الخارجية",
  "حلب",
  "دمشق",
  "سورية",
  "فى",
  "إدلب",
  "القاهرة",
  "بيروت",
  // attribution
  "قال",
  "وقال",
  "أكد",
  "وأضاف",
  "من جهته،",
  "نقلت وكالة رويترز عن",
  "بحسب",
  "وفق",
  "إن",
  "أن",
  // figures
  "مقتل",
  "إصابة",
  "نزوح",
  "اعتقال",
  "فقدان",
  "أكثر من",
  "نحو",
  "حوالى",
  "قرابة",
  "على الأقل",
  "ما لا يقل عن",
  "بينهم",
  "منهم",
  "طفلا",
  "مدنيين",
  "شخصا",
  "قتيلا",
  "قتيلين",
  "جريحان",
  "عشرات",
  "مئات الآلاف",
  "خمسة عشر",
  "واحد وعشرون",
  "مئة وخمسون",
  "ثلاثة آلاف",
  "مليون",
  "ألفين",
  "الـ24",
  "ساعة",
  "فصيلا",
  "قرار 2254",
  // numbers
  "154",
  "١٥٤",
  "۱۲",
  "1,200",
  "١٬٢٠٠",
  "1.5",
  "٠",
  "0",
  "99999999999999999999",
  // dates
  "12 أيار/مايو 2016",
  "فبراير (شباط)",
  "الرابع من",
  "تشرين الأول",
  "2016",
  "عام",
  "28/03/2024",
  "٢٠٢٤/٣/٢٨",
  "5 رمضان 1437 هـ",
  "الموافق",
  "ذو الحجة",
  "الثلاثاء",
  "يوم الاثنين",
  "الماضي",
  "المقبل",
  "أمس",
  "اليوم",
  "غدا",
  "31 شباط",
  // datelines and metadata
  "دمشق - 12 أيار/مايو 2016 (أ ف ب) -",
  'بيروت ـ "الحياة"',
  "القاهرة:",
  "---\ndate: 2016-05-12\n---\n",
  "---\ntitle: x\n",
  '<meta property="article:published_time" content="2016-05-12T10:00:00Z">',
  '<time datetime="2016-02-30">',
  "رئيس التحرير",
  "كتب -",
  "المصدر:",
  // quote marks and punctuation
  "«",
  "»",
  "“",
  "”",
  "„",
  '"',
  "''",
  "'",
  "،",
  ".",
  ":",
  "-",
  "ـ",
  "(",
  ")",
  "؟",
  "…",
  "\n",
  "\n\n",
  "\r\n",
  " ",
  "\t",
  // invisible and bidi marks, tatweel, controls
  "\u200f",
  "\u200e",
  "\u202b",
  "\u2067",
  "\u200b",
  "\ufeff",
  "\u0640",
  "\u0000",
  "\u2028",
  "\ud83d\ude00",
];
const fragment = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 100_000 }).map(String) },
  { weight: 1, arbitrary: fc.string({ unit: anyUnit, maxLength: 6 }) },
);
const separator = fc.constantFrom(" ", " ", " ", "", "، ", ". ", "\n", " - ");
const article = fc
  .array(fc.tuple(fragment, separator), { minLength: 0, maxLength: 80 })
  .map((parts) => parts.map(([a, b]) => a + b).join(""));

/** Sentence templates, so generated text reaches every rule, not just the tokenizer. */
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: "" as unknown as T });
const pick = (...xs: string[]) => fc.constantFrom(...xs);
const count = fc.oneof(
  fc.integer({ min: 0, max: 5_000_000 }).map(String),
  fc
    .integer({ min: 0, max: 9999 })
    .map((n) => String(n).replace(/[0-9]/g, (c) => "٠١٢٣٤٥٦٧٨٩"[Number(c)] ?? c)),
  pick(
    "ثلاثة",
    "خمسة عشر",
    "واحد وعشرون",
    "مئتان",
    "مئة وخمسون",
    "ثلاثة آلاف",
    "ألفين",
    "مليون",
    "عشرات",
    "مئات",
    "آلاف",
    "عشرات الآلاف",
    "1,200",
    "١٬٢٠٠",
    "1.5 مليون",
    "الـ24",
  ),
);
const noun = pick(
  "شخصا",
  "مدنيا",
  "مدنيين",
  "طفلا",
  "أطفال",
  "قتيلا",
  "جريحا",
  "جنود",
  "عناصر",
  "نازح",
  "المدنيين",
  "ساعة",
  "فصيلا",
  "ضربة جوية",
);
const figureSentence = fc
  .tuple(
    pick(
      "مقتل",
      "قتل",
      "إصابة",
      "نزوح",
      "اعتقال",
      "فقدان",
      "سقوط",
      "ارتفعت حصيلة القتلى إلى",
      "وصل",
    ),
    opt(pick("أكثر من", "نحو", "حوالى", "قرابة", "ما لا يقل عن", "زهاء")),
    count,
    opt(pick("على الأقل", "من")),
    noun,
    opt(
      fc
        .tuple(pick("بينهم", "منهم", "، بينهم"), opt(pick("نحو")), count, noun)
        .map((a) => a.join(" ")),
    ),
    opt(pick("في حلب", "فى إدلب", "في مدينة دوما")),
    opt(pick("بحسب المرصد السوري لحقوق الإنسان", "وفق مصادر طبية")),
    pick(".", "،", "", " قتيلين وجريحان."),
  )
  .map((a) => a.filter((x) => x !== "").join(" "));
const quoteSentence = fc
  .tuple(
    opt(pick("من جهته،", "وأضاف", "وتابع")),
    pick("وقال", "أكد", "وأعلنت", "ونقلت وكالة رويترز عن", "وحذر", ""),
    opt(
      pick(
        "سيرغي لافروف",
        "وزارة الخارجية القطرية",
        "دي ميستورا",
        "المتحدث باسم الشرطة سامر عبيدات",
      ),
    ),
    pick(": ", " إن ", " ", " اتفاق ", "بـ"),
    pick("«", "“", "”", '"', "''", "„", "»", ""),
    fc.array(pick("لن", "نسمح", "بانهيار", "الهدنة", "«قسد»", '"المعارضة"', "أبدا", "في", "حلب"), {
      maxLength: 10,
    }),
    pick("»", "”", "“", '"', "''", "«", "", "."),
    opt(pick("، قال لافروف.", " بحسب البيان.")),
  )
  .map(([a, b, c, d, o, w, cl, e]) => `${a} ${b} ${c}${d}${o}${w.join(" ")}${cl}${e}`);
const dateSentence = fc
  .tuple(
    pick("في", "منذ", "يوم", ""),
    opt(pick("الثلاثاء", "الأحد", "الاثنين الماضي", "الخميس المقبل", "أمس", "اليوم", "غدا")),
    opt(
      fc.oneof(
        fc.integer({ min: 0, max: 40 }).map(String),
        pick("الرابع من", "الحادي عشر من", "٣١"),
      ),
    ),
    pick(
      "أيار/مايو",
      "فبراير (شباط)",
      "كانون الثاني",
      "تشرين الأول",
      "رمضان",
      "ذو الحجة",
      "يونيه",
      "دجنبر",
      "شباط",
    ),
    opt(fc.oneof(fc.integer({ min: 1300, max: 2100 }).map(String), pick("١٤٣٧ هـ", "2016م"))),
    opt(pick("28/03/2024", "٢٠٢٤/٣/٢٨", "31/02/2020", "2016-05-12")),
  )
  .map((a) => `${a.filter((x) => x !== "").join(" ")}.`);
const header = pick(
  "",
  "",
  "دمشق - 12 أيار/مايو 2016 (أ ف ب) - ",
  "القاهرة: ",
  'بيروت ـ "الحياة" ',
  "---\ndate: 2016-05-12\ntitle: عنوان\n---\n",
  '<meta property="article:published_time" content="2016-05-17T23:00:00+03:00">\n',
  "الأحد ٥ نيسان ٢٠٢٠\nعنوان الخبر\n",
  "الرياض - 5 رمضان 1437 هـ (واس) -\n",
);
const templated = fc
  .tuple(
    header,
    fc.array(fc.oneof(figureSentence, quoteSentence, dateSentence, fragment), { maxLength: 14 }),
    fc.array(pick(" ", "\n", " ", "\n\n"), { minLength: 14, maxLength: 14 }),
  )
  .map(([h, sentences, seps]) => h + sentences.map((x, i) => x + (seps[i] ?? " ")).join(""));

const hostileChar = fc.constantFrom(
  "«",
  "»",
  "“",
  "”",
  '"',
  "'",
  "„",
  "٣",
  "9",
  "ا",
  "\n",
  "-",
  "<",
  ":",
  "(",
  " ",
  "\u0000",
  "\ud800",
  "\udc00",
  "\u0640",
);
const hostile = fc.oneof(
  // 10k repeats of one character.
  fc.tuple(hostileChar, fc.integer({ min: 1, max: 10_000 })).map(([c, n]) => c.repeat(n)),
  // Unbalanced and nested quote marks around words.
  fc
    .array(fc.constantFrom("«", "»", "“", "”", '"', "''", "„", "قال", " كلمة ", "لافروف"), {
      maxLength: 300,
    })
    .map((a) => a.join("")),
  // NUL and control characters.
  fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)) }),
  // Lone surrogates mixed with Arabic.
  fc
    .array(fc.constantFrom("\ud800", "\udfff", "قتل", " ", "5", "\udbff\udc00"), { maxLength: 200 })
    .map((a) => a.join("")),
  // A repeated fragment, long.
  fc
    .tuple(fc.constantFrom(...FRAGMENTS), fc.integer({ min: 1, max: 2_000 }))
    .map(([f, n]) => `${f} `.repeat(n)),
  // Frontmatter and HTML shapes gone wrong.
  fc
    .array(fc.constantFrom("---", "\n", "date:", "<meta", "<time", ">", "=", '"', "content"), {
      maxLength: 200,
    })
    .map((a) => a.join("")),
);

describe("extractor properties (fast-check)", () => {
  it("arbitrary UTF-16 strings: never throws, schema-valid, invariants hold", () => {
    fc.assert(
      fc.property(fc.string({ unit: anyUnit, maxLength: 400 }), (s) => check(s)),
      { numRuns: 1500 },
    );
  });

  it("Arabic article fragments: never throws, schema-valid, invariants hold", () => {
    fc.assert(
      fc.property(article, (s) => check(s)),
      { numRuns: 1500 },
    );
  });

  it("Arabic sentences from templates (figures, quotes, dates, datelines): invariants hold", () => {
    fc.assert(
      fc.property(templated, (s) => check(s)),
      { numRuns: 1200 },
    );
  });

  it("hostile inputs: never throws, schema-valid, invariants hold", () => {
    fc.assert(
      fc.property(hostile, (s) => check(s)),
      { numRuns: 800 },
    );
  });

  it("refuses exactly the inputs over maxBytes, with InputTooLargeError", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: anyUnit, maxLength: 60 }),
        fc.integer({ min: 0, max: 120 }),
        (s, maxBytes) => {
          const bytes = Buffer.byteLength(s, "utf8");
          let thrown: unknown = null;
          try {
            extractArticle(s, { maxBytes });
          } catch (e) {
            thrown = e;
          }
          if (bytes > maxBytes) {
            expect(thrown).toBeInstanceOf(InputTooLargeError);
            expect((thrown as Error).message).toContain(String(bytes));
            expect((thrown as Error).message).toContain(String(maxBytes));
          } else expect(thrown).toBeNull();
        },
      ),
      { numRuns: 500 },
    );
  });
});
