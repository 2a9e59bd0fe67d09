/** A figure's source from its own event's clause; a later toll that updates an earlier one. */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../functions/core/extract/index.ts";

const figures = (...paras: string[]) =>
  extractArticle(["عنوان الخبر", ...paras].join("\n\n")).facts.figures.map(
    (f) => `${f.kind} ${f.count} src=${f.source?.en ?? "-"}`,
  );

const placed = (text: string) =>
  extractArticle(`عنوان\n\n${text}`).facts.figures.map(
    (f) => `${f.kind} ${f.count} @${f.places.map((p) => p.en).join("+")}`,
  );

describe("a figure's source", () => {
  it("is the one its own event names, not the next event's", () => {
    expect(
      figures(
        "وقال المرصد السوري لحقوق الإنسان إن 20 شخصا قتلوا، فيما ذكرت وكالة سانا أن 8 مدنيين قتلوا في القصف.",
      ),
    ).toEqual(["killed 20 src=Syrian Observatory for Human Rights", "killed 8 src=SANA"]);
    expect(
      figures(
        "أفادت وزارة الصحة السورية بمقتل 30 شخصا، في حين قال الدفاع المدني إن الحصيلة بلغت 45 قتيلا.",
      ),
    ).toEqual(["killed 30 src=Syrian Health Ministry", "killed 45 src=Civil Defence"]);
  });

  it("is the earlier source for an event that names none", () => {
    expect(
      figures(
        "أفاد المرصد السوري لحقوق الإنسان أن 23 مدنيا قتلوا في غارات على خان شيخون، فيما أصيب أكثر من 40 آخرين.",
      ),
    ).toEqual([
      "killed 23 src=Syrian Observatory for Human Rights",
      "injured 40 src=Syrian Observatory for Human Rights",
    ]);
  });
});

describe("an updated toll", () => {
  it("takes the place of the earlier toll of its kind, with the places of both", () => {
    expect(
      figures(
        "قتل 10 أشخاص في غارة على حلب. وارتفعت حصيلة القتلى لاحقا إلى 25 شخصا بحسب المرصد السوري لحقوق الإنسان.",
      ),
    ).toEqual(["killed 25 src=Syrian Observatory for Human Rights"]);
    const later = extractArticle(
      "عنوان\n\nقتل 10 أشخاص في غارة على حلب صباحا.\n\nوفي وقت لاحق ارتفعت الحصيلة إلى 17 قتيلا.",
    ).facts.figures;
    expect(later.map((f) => [f.count, f.places.map((p) => p.en)])).toEqual([[17, ["Aleppo"]]]);
  });

  it("leaves a toll of another place, or a lower one, as a figure of its own", () => {
    expect(figures("قتل 10 أشخاص في حلب، وارتفع عدد القتلى في إدلب إلى 25 شخصا.")).toEqual([
      "killed 10 src=-",
      "killed 25 src=-",
    ]);
    expect(figures("قتل 30 شخصا في حلب. وارتفعت الحصيلة إلى 25 قتيلا.")).toEqual([
      "killed 30 src=-",
      "killed 25 src=-",
    ]);
  });
});

describe("counts listed place by place", () => {
  it("reads a count after «و» with no noun but a place as the same people, there", () => {
    expect(placed("قتل ثلاثة مدنيين في كفرنبل، واثنان في سراقب.")).toEqual([
      "killed 3 @Kafranbel",
      "killed 2 @Saraqib",
    ]);
    expect(placed("سقط 4 قتلى في بلدة الهبيط و3 في قرية كفرسجنة.")).toEqual([
      "killed 4 @al-Habit",
      "killed 3 @Kafr Sjna",
    ]);
  });

  it("does not read «واحدة» (one) as «و» and a count", () => {
    expect(placed("مقتل ثمانية عراقيين بينهم سبعة من عائلة واحدة في بعقوبة شمال بغداد.")).toEqual([
      "killed 8 @Baqubah+Baghdad",
    ]);
  });
});

describe("places named before the count", () => {
  it("are the listed places and the larger place that holds them", () => {
    expect(placed("قصفت الطائرات بلدتي كفرنبل وسراقب جنوب إدلب مما أسفر عن مقتل 4 أشخاص.")).toEqual(
      ["killed 4 @Kafranbel+Saraqib+Idlib"],
    );
    expect(placed("قصفت الطائرات حلب، ما أسفر عن مقتل 4 أشخاص.")).toEqual(["killed 4 @Aleppo"]);
  });
});

describe("a toll's total named by its group", () => {
  const kinds = (text: string) =>
    extractArticle(`عنوان\n\n${text}`).facts.figures.map((f) => `${f.kind} ${f.count}`);

  it("reads «حصيلة» and the group, with the verb before or after and no noun counted", () => {
    expect(
      kinds("قتل 10 مدنيين في حلب. وارتفعت حصيلة القتلى المدنيين إلى 15، بحسب المرصد."),
    ).toEqual(["killed 15"]);
    expect(kinds("قتل شخصان. وقالت اللجنة إن حصيلة القتلى ارتفعت إلى 11، مشيرة إلى جرحى.")).toEqual(
      ["killed 11"],
    );
    expect(kinds("وقال إن حصيلة قتلى التنظيم ارتفعت إلى 12.")).toEqual(["killed 12"]);
  });

  it("updates the toll before it, not a smaller count read since, nor one it outgrows", () => {
    expect(
      kinds(
        "ارتفع عدد الشهداء إلى 525 شهيدا. وفي دير البلح استشهد 4 مواطنين. ثم ارتفع عدد الشهداء إلى 548 شهيدا.",
      ),
    ).toEqual(["killed 548", "killed 4"]);
    expect(
      kinds("قتل سبعة مدنيين اليوم في القصف. وارتفعت حصيلة القتلى منذ بدء الحملة إلى 121 مدنيا."),
    ).toEqual(["killed 7", "killed 121"]);
  });

  it("gives each group its own total, and the updates replace the first figures", () => {
    expect(
      kinds("قتل 3 أشخاص وأصيب 23 آخرون. وأفاد مصدر بارتفاع عدد الشهداء إلى 12 والمصابين إلى 31."),
    ).toEqual(["killed 12", "injured 31"]);
  });

  it("reads a source raising its own toll as the update, but not a daily toll raising the total", () => {
    expect(
      kinds("قتل 17 مدنيا. ثم رفع المرصد، في حصيلة محدثة مساء اليوم، عدد القتلى إلى 21 مدنيًا."),
    ).toEqual(["killed 21"]);
    expect(
      kinds("استشهد 35 فلسطينيا خلال يوم، مما يرفع حصيلة الشهداء إلى 34 ألفا و683 شهيدا."),
    ).toEqual(["killed 35", "killed 34683"]);
  });

  it("takes the kind from a group named further back when no other word says", () => {
    expect(
      kinds("إن عدد النازحين من أرياف إدلب وحماة منذ 26 من نيسان الماضي تجاوز 180 ألف شخص."),
    ).toEqual(["displaced 180000"]);
  });

  it("never counts the day of a date or a count of days", () => {
    expect(kinds("وقال إن عدد النازحين منذ 26 من نيسان كبير.")).toEqual([]);
    expect(kinds("وبلغت حصيلة ضحايا التوغل المستمر منذ أربعة أيام 19 شهيدا.")).toEqual([
      "killed 19",
    ]);
  });

  it("gives counts joined by «و» the kind a cue after the last one says", () => {
    expect(kinds("قال إن 5 أطفال و3 نساء قتلوا في القصف.")).toEqual(["killed 5", "killed 3"]);
    expect(
      kinds("وذكر المرصد أن 22 مقاتلا من الفصائل و17 من أفراد القوات الحكومية قتلوا في اشتباكات."),
    ).toEqual(["killed 22", "killed 17"]);
    // Not across a phrase about something else, and a breakdown keeps its total's cue.
    expect(kinds("وصل 22 مقاتلا إلى المدينة و17 جنديا قتلوا.")).toEqual(["killed 17"]);
    expect(kinds("قال المرصد إن 11 مدنيا على الأقل، بينهم أربعة أطفال، قتلوا في قصف.")).toEqual([
      "killed 11",
    ]);
  });

  it("counts one person named by a singular after a verbal noun of what happened", () => {
    expect(kinds("وأسفر القصف عن مقتل طفل وإصابة امرأة.")).toEqual(["killed 1", "injured 1"]);
    expect(kinds("وأعلنت الوزارة استشهاد جندي تركي في الهجوم.")).toEqual(["killed 1"]);
    // A singular as the verb's subject or object is no figure.
    expect(kinds("قتل جندي في الهجوم.")).toEqual([]);
  });

  it("reads the dual verb and the bodies recovered as deaths", () => {
    expect(kinds("مضيفا أن جنديين قتلا وأصيب ستة آخرون في الهجوم.")).toEqual([
      "killed 2",
      "injured 6",
    ]);
    expect(kinds("وانتشلت فرق الإنقاذ جثث ستة مدنيين في كفرنبل، وأربعة في حاس.")).toEqual([
      "killed 6",
      "killed 4",
    ]);
  });
});
