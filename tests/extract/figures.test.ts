import { describe, expect, it } from "vitest";
import { findMentions } from "../../functions/core/extract/entities.ts";
import { findFigures, mergeFigures } from "../../functions/core/extract/figures.ts";
import { tokenize } from "../../functions/core/extract/tokenize.ts";

function figures(text: string) {
  const tokens = tokenize(text);
  const mentions = findMentions([text], [tokens]);
  return findFigures({ text, tokens, mentions });
}
const brief = (text: string) => figures(text).map((f) => `${f.kind} ${f.count} ${f.qualifier}`);

describe("figures", () => {
  it("reads qualifiers before and after the count", () => {
    expect(brief("قتل ما لا يقل عن 12 مدنيا في غارة")).toEqual(["killed 12 at_least"]);
    expect(brief("أسفر القصف عن مقتل نحو ٤٠ شخصا")).toEqual(["killed 40 about"]);
    expect(brief("قتل 7 جنود على الأقل")).toEqual(["killed 7 at_least"]);
    expect(brief("ارتفعت الحصيلة إلى قرابة 200 قتيل")).toEqual(["killed 200 about"]);
    expect(brief("نزوح ما يصل إلى 5000 شخص")).toEqual(["displaced 5000 up_to"]);
    expect(brief("إصابة أكثر من 30 مدنيا")).toEqual(["injured 30 more_than"]);
    expect(brief("مقتل زهاء 60 مسلحا")).toEqual(["killed 60 about"]);
  });

  it("reads number words and Arabic-Indic digits", () => {
    expect(brief("قتل ثلاثة أطفال في القصف")).toEqual(["killed 3 exact"]);
    expect(brief("لقي خمسة عشر شخصا حتفهم")).toEqual(["killed 15 exact"]);
    expect(brief("سقوط ١٥٤ قتيلاً")).toEqual(["killed 154 exact"]);
    expect(brief("اعتقال 3 آلاف شخص")).toEqual(["arrested 3000 exact"]);
  });

  it("splits killed and injured in one sentence", () => {
    expect(brief("مقتل 20 شخصا واصابة اكثر من 50 آخرين")).toEqual([
      "killed 20 exact",
      "injured 50 more_than",
    ]);
  });

  it("takes the kind from a verb after the count", () => {
    expect(brief("أربعة مدنيين قتلوا في الغارة")).toEqual(["killed 4 exact"]);
    expect(brief("خمسة على الأقل من عناصر الشرطة أصيبوا")).toEqual(["injured 5 at_least"]);
  });

  it("reads displaced, arrested and missing", () => {
    expect(brief("نزح 400 ألف شخص")).toEqual(["displaced 400000 exact"]);
    expect(brief("اعتقلت الشرطة 25 متظاهرا")).toEqual(["arrested 25 exact"]);
    expect(brief("فقدان 9 مهاجرين في البحر")).toEqual(["missing 9 exact"]);
  });

  it("ignores numbers that do not count people", () => {
    expect(brief("هدنة لمدة 72 ساعة بعد مقتل")).toEqual([]);
    expect(brief("هدد 39 فصيلا مقاتلا بالانسحاب")).toEqual([]);
    expect(brief("استهدفت أكثر من 35 ضربة جوية المدينة وقتل فيها")).toEqual([]);
    expect(brief("قرار مجلس الأمن رقم 2254")).toEqual([]);
    expect(brief("بعد حوالى عشرة ايام من القتال")).toEqual([]);
    expect(brief("وصل 200 شخص إلى المؤتمر")).toEqual([]); // people, but nothing happened to them
  });

  it("attaches places in the sentence and the stated source", () => {
    const [f] = figures("قتل 11 مدنيا في قصف على مدينة دوما، بحسب المرصد السوري لحقوق الإنسان.");
    expect(f?.places.map((p) => p.en)).toEqual(["Douma"]);
    expect(f?.source?.en).toBe("Syrian Observatory for Human Rights");
    expect(f?.text).toBe("قتل 11 مدنيا");
  });

  it("takes the places after the count in its clause, not the sentence's subject", () => {
    const [f] = figures(
      "تسعى تركيا وإيران إلى تهدئة جديدة بعد غارات قتل فيها 40 شخصا في إدلب وحماة، فيما التقى الوزراء في جنيف.",
    );
    expect(f?.places.map((p) => p.en)).toEqual(["Idlib", "Hama"]);
  });

  it("falls back to the nearest place before the count when none follows it", () => {
    const [f] = figures("وصلت موسكو رسالة من دمشق. وفي مدينة حمص، قتل ثلاثة أشخاص على الأقل.");
    expect(f?.places.map((p) => p.en)).toEqual(["Homs"]);
    expect(f?.qualifier).toBe("at_least");
  });

  it("merges repeats of the same figure", () => {
    const text = "قتل 154 شخصا. وارتفعت حصيلة القتلى إلى 154 شخصا في جبلة.";
    const merged = mergeFigures(figures(text));
    expect(merged).toHaveLength(1);
    expect(merged[0]?.places.map((p) => p.en)).toEqual(["Jableh"]);
  });
});
