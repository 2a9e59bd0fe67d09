import { describe, expect, it } from "vitest";
import {
  removeFurniture,
  stripTrailingCredit,
} from "../../functions/core/extract/page/furniture.ts";
import { deriveTitle, trimAtWord } from "../../functions/core/extract/page/title.ts";

const BODY1 =
  "أعلنت السلطات المحلية في محافظة إدلب اليوم عن افتتاح معبر جديد لإدخال المساعدات الإنسانية إلى المناطق المتضررة من الزلزال الأخير.";
const BODY2 =
  "وأوضح مسؤول في المعبر أن عشرات الشاحنات عبرت خلال الساعات الأولى محملة بالأغذية والأدوية، وسط ترحيب من الأهالي.";

describe("removeFurniture", () => {
  it("drops a newspaper masthead, its date stamp and byline, and keeps the headline once", () => {
    const text = [
      "السبت ١٢ أغسطس ٢٠٢٣",
      "رئيس مجلس الإدارة",
      "محمد علي",
      "رئيس التحرير",
      "سامي حسن",
      "فتح معبر جديد للمساعدات فى إدلب",
      "فتح معبر جديد للمساعدات فى إدلب",
      "بقلم: ليلى يوسف",
      BODY1,
      BODY2,
    ].join("\n");
    const r = removeFurniture(text);
    expect(r.headline).toBe("فتح معبر جديد للمساعدات فى إدلب");
    // The date beside the masthead is the site's "today" stamp, not the article's date.
    expect(r.pageDate).toBeNull();
    expect(r.lines).toEqual([BODY1, BODY2]);
  });

  it("keeps a short lead sentence right above the body, and drops a second headline", () => {
    const lead = "قتل 12 مدنيا في غارات على إدلب.";
    const r = removeFurniture(["غارات على إدلب", lead, BODY1, BODY2].join("\n"));
    expect(r.headline).toBe("غارات على إدلب");
    expect(r.lines).toEqual([lead, BODY1, BODY2]);
    // Without a final mark it is a subtitle: dropped.
    const dek = removeFurniture(["غارات على إدلب", "قتلى في غارات على إدلب", BODY1].join("\n"));
    expect(dek.lines).toEqual([BODY1]);
  });

  it("takes a date line above the headline, away from any masthead, as the publication date", () => {
    const text = ["الأحد ٣ مايو ٢٠١٥", "فتح معبر جديد للمساعدات فى إدلب", BODY1, BODY2].join("\n");
    const r = removeFurniture(text);
    expect(r.pageDate).toBe("2015-05-03");
    expect(r.headline).toBe("فتح معبر جديد للمساعدات فى إدلب");
    expect(r.lines).toEqual([BODY1, BODY2]);
  });

  it("drops a teaser line that is a truncated copy of the text below it", () => {
    const r = removeFurniture(`${BODY1.slice(0, 70)}\n${BODY1}\n${BODY2}`);
    expect(r.lines).toEqual([BODY1, BODY2]);
    expect(r.headline).toBeNull();
  });

  it("drops related headlines, prompts and credits after the body but keeps subheads inside it", () => {
    const text = [
      BODY1,
      "مخاوف من تفشي الأمراض في المخيمات",
      BODY2,
      "(سانا، رويترز)",
      "فتح معبر جديد للمساعدات",
      "الأمم المتحدة تحذر من نقص التمويل",
      "فتح معبر جديد للمساعدات",
      "تابعونا على تويتر",
      "اشترك في النشرة البريدية",
    ].join("\n");
    const r = removeFurniture(text);
    expect(r.lines).toEqual([BODY1, "مخاوف من تفشي الأمراض في المخيمات", BODY2]);
    expect(r.headline).toBe("فتح معبر جديد للمساعدات");
  });

  it("drops a «المصدر:» line and an inline trailing credit", () => {
    expect(removeFurniture(`${BODY1}\nالمصدر: وكالات`).lines).toEqual([BODY1]);
    expect(stripTrailingCredit("انتهى الاجتماع دون اتفاق. المصدر: الوكالة")).toBe(
      "انتهى الاجتماع دون اتفاق.",
    );
    // A sentence about a source is not a credit.
    const prose = "وقال المصدر إن الاجتماع انتهى دون اتفاق بين الطرفين بعد ساعات من النقاش.";
    expect(stripTrailingCredit(prose)).toBe(prose);
  });

  it("does not mistake headlines for bylines or prompts", () => {
    const r = removeFurniture(`تقرير أممي يحذر من المجاعة في غزة\n${BODY1}`);
    expect(r.headline).toBe("تقرير أممي يحذر من المجاعة في غزة");
    const r2 = removeFurniture(
      `${BODY1}\nاشتركت قوات الأمن في عملية تمشيط واسعة شملت عدة أحياء بالمدينة.`,
    );
    expect(r2.lines).toHaveLength(2);
  });

  it("explains every removal", () => {
    const r = removeFurniture(`كتب - أحمد سمير\n${BODY1}`);
    expect(r.audit[0]?.reasons).toContain("byline");
    expect(r.audit[1]?.score).toBe(0);
  });

  it("drops a dateline standing on its own line and reports it", () => {
    const text = ["دمشق - 12 أيار/مايو 2016 (أ ف ب)", BODY1, BODY2].join("\n");
    const r = removeFurniture(text);
    expect(r.dateline).toBe("دمشق - 12 أيار/مايو 2016 (أ ف ب)");
    expect(r.audit[0]?.reasons).toContain("dateline");
    expect(r.lines).toEqual([BODY1, BODY2]);
    expect(r.headline).toBeNull();
    // Not a dateline: a headline with a dash, and the lead's own dateline (left in the text).
    const h = removeFurniture(["مشاورات أمريكية - روسية حول سورية", BODY1].join("\n"));
    expect(h.dateline).toBeNull();
    expect(h.headline).toBe("مشاورات أمريكية - روسية حول سورية");
    const lead = `القاهرة - (أ ش أ) - ${BODY1}`;
    expect(removeFurniture(lead).lines).toEqual([lead]);
  });

  it("reads «known place - one word» on its own line as a dateline with an unknown outlet", () => {
    const r = removeFurniture(["أربيل - رووداو", BODY1, BODY2].join("\n"));
    expect(r.dateline).toBe("أربيل - رووداو");
    expect(r.headline).toBeNull();
    // An unknown place, or more than one word after the dash, is a headline.
    expect(removeFurniture(["تيرانوفا - رووداو", BODY1].join("\n")).headline).toBe(
      "تيرانوفا - رووداو",
    );
    expect(removeFurniture(["غزة - قصف عنيف", BODY1].join("\n")).headline).toBe("غزة - قصف عنيف");
    // A longer credit counts when it is a known outlet.
    expect(removeFurniture(["دمشق – عنب بلدي", BODY1].join("\n")).dateline).toBe("دمشق – عنب بلدي");
    expect(removeFurniture(["بيروت - الميادين نت", BODY1].join("\n")).headline).toBeNull();
    // Iraqi papers separate with a slash.
    expect(removeFurniture(["بغداد/ المدى", BODY1].join("\n")).dateline).toBe("بغداد/ المدى");
  });

  it("takes a Hijri-and-Gregorian page date line above the headline as the publication date", () => {
    const text = [
      "الأحد 5 رمضان 1437 هـ الموافق 10 يونيو 2016 م",
      "فتح معبر جديد للمساعدات فى إدلب",
      BODY1,
    ].join("\n");
    expect(removeFurniture(text).pageDate).toBe("2016-06-10");
  });

  it("handles empty and single-line input", () => {
    expect(removeFurniture("").lines).toEqual([]);
    expect(removeFurniture(BODY1).lines).toEqual([BODY1]);
  });
});

describe("title", () => {
  it("uses the headline when there is one", () => {
    expect(deriveTitle("عنوان الخبر", BODY1)).toBe("عنوان الخبر");
  });
  it("derives a title from the lead's first sentence, trimmed at a word boundary", () => {
    const t = deriveTitle(null, `${BODY1} ${BODY2}`);
    expect(t.length).toBeLessThanOrEqual(101);
    expect(t.endsWith("…")).toBe(true);
    expect(BODY1.startsWith(t.slice(0, -1))).toBe(true);
    expect(deriveTitle(null, "خبر قصير. وتفاصيل أخرى.")).toBe("خبر قصير");
  });
  it("prefers a clause boundary when trimming", () => {
    const text = `${"كلمة ".repeat(12)}، ${"أخرى ".repeat(30)}`;
    expect(trimAtWord(text)).toBe(`${"كلمة ".repeat(12).trim()}…`);
  });
});
