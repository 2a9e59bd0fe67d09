import { describe, expect, it } from "vitest";
import { findMentions } from "../../functions/core/extract/entities/index.ts";
import {
  findFigures,
  findFiguresAfter,
  mergeFigures,
} from "../../functions/core/extract/figures/index.ts";
import { extractArticle } from "../../functions/core/extract/index.ts";
import { readNumber } from "../../functions/core/extract/text/numbers.ts";
import { tokenize } from "../../functions/core/extract/text/tokenize.ts";

function figures(text: string) {
  const tokens = tokenize(text);
  const mentions = findMentions([text], [tokens]);
  return findFigures({ text, tokens, mentions });
}
/** "killed 12 exact"; a count of families says so ("displaced 300 families about"). */
const brief = (text: string) =>
  figures(text).map(
    (f) => `${f.kind} ${f.count}${f.unit === "families" ? " families" : ""} ${f.qualifier}`,
  );
/** The counts kept as written and not counted: "injured vague «وجرح العشرات»". */
const uncounted = (text: string) => {
  const tokens = tokenize(text);
  const mentions = findMentions([text], [tokens]);
  return findFiguresAfter({ text, tokens, mentions }, []).uncounted.map(
    (u) => `${u.kind} ${u.why} «${u.text}»`,
  );
};
const partsOf = (text: string) =>
  figures(text).map((f) =>
    f.parts.map((p) => `${p.count} ${p.qualifier} ${p.group.ar} ${p.group.en}`),
  );

describe("figures", () => {
  it("reads qualifiers before and after the count", () => {
    expect(brief("قتل ما لا يقل عن 12 مدنيا في غارة")).toEqual(["killed 12 at_least"]);
    expect(brief("أسفر القصف عن مقتل نحو ٤٠ شخصا")).toEqual(["killed 40 about"]);
    expect(brief("قتل 7 جنود على الأقل")).toEqual(["killed 7 at_least"]);
    expect(brief("ارتفعت الحصيلة إلى قرابة 200 قتيل")).toEqual(["killed 200 about"]);
    expect(brief("نزوح ما يصل إلى 5000 شخص")).toEqual(["displaced 5000 up_to"]);
    expect(brief("إصابة أكثر من 30 مدنيا")).toEqual(["injured 30 more_than"]);
    expect(brief("مقتل زهاء 60 مسلحا")).toEqual(["killed 60 about"]);
    // The noun's nationality may stand between it and the qualifier.
    expect(brief("قتل 62 جنديا سوريا على الأقل في الغارة")).toEqual(["killed 62 at_least"]);
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

  it("reads the set phrases of a death toll and an active «أصابت»", () => {
    expect(brief("وأودى الانفجار بحياة 14 شخصا")).toEqual(["killed 14 exact"]);
    expect(brief("وراح ضحيته 9 مدنيين")).toEqual(["killed 9 exact"]);
    expect(brief("مما أودى بحياة ثمانية أشخاص وإصابة 20 شخصا بجروح")).toEqual([
      "killed 8 exact",
      "injured 20 exact",
    ]);
    expect(brief("الهجمات أودت بحياة 30 شخصا على الأقل وأصابت 150 آخرين")).toEqual([
      "killed 30 at_least",
      "injured 150 exact",
    ]);
    // «حياة» alone is no death: «أنقذت الفرق حياة 20 شخصا».
    expect(brief("وأنقذت الفرق حياة 20 شخصا")).toEqual([]);
  });

  it("counts people after «مقتل», «إصابة»… even with no noun, but not a share or a year", () => {
    expect(brief("مقتل 6 وإصابة 11 في قصف على إدلب")).toEqual([
      "killed 6 exact",
      "injured 11 exact",
    ]);
    expect(brief("ما أدى إلى مقتل اثنين وإصابة ثلاثة.")).toEqual([
      "killed 2 exact",
      "injured 3 exact",
    ]);
    expect(brief("وأسفر الانفجار عن مقتل 5 وإصابة 12 بجروح متفاوتة")).toEqual([
      "killed 5 exact",
      "injured 12 exact",
    ]);
    expect(brief("تعاني الشركات من إصابة نحو 40% من المدراء بالإرهاق")).toEqual([]);
    expect(brief("وقال إن أكثر من 70% من النازحين بلا مأوى")).toEqual([]);
    expect(brief("وقتل 30 في المئة من الجرحى لاحقا")).toEqual([]);
    expect(brief("منذ مقتل 2014 في الحرب")).toEqual([]);
    // A noun of anything else after the count: not people.
    expect(brief("بعد مقتل 4 أيام من الهدنة")).toEqual([]);
  });

  it("reads a total named by «عدد» and its group, with no noun after the count", () => {
    expect(brief("وبلغ عدد النازحين 50 ألفا")).toEqual(["displaced 50000 exact"]);
    expect(brief("ووصل عدد القتلى منذ بداية الحرب إلى 400 ألف")).toEqual(["killed 400000 exact"]);
    // Not a group of people the news counts, or another sentence.
    expect(brief("وبلغ عدد سكان المدينة 50 ألفا")).toEqual([]);
    expect(brief("عدد القتلى كبير. وفي العام التالي وصلت 40 سيارة")).toEqual([]);
  });

  it("counts the evacuated as displaced", () => {
    expect(brief("وتم إجلاء 500 مدني من الأحياء المحاصرة")).toEqual(["displaced 500 exact"]);
  });

  it("counts no arrest in people freed", () => {
    expect(brief("وأطلق سراح 20 معتقلا")).toEqual([]);
    expect(brief("وأفرجت السلطات عن 15 معتقلا")).toEqual([]);
    expect(brief("وطالب بالإفراج عن 50 أسيرا")).toEqual([]);
    expect(brief("واعتقلت القوات 40 شخصا")).toEqual(["arrested 40 exact"]);
  });

  it("reads displaced, arrested and missing", () => {
    expect(brief("نزح 400 ألف شخص")).toEqual(["displaced 400000 exact"]);
    expect(brief("اعتقلت الشرطة 25 متظاهرا")).toEqual(["arrested 25 exact"]);
    expect(brief("فقدان 9 مهاجرين في البحر")).toEqual(["missing 9 exact"]);
    expect(brief("اعتقال ١٢ مشتبها بهم في كركوك")).toEqual(["arrested 12 exact"]);
    // The accused in a trial are not the dead of the crime they are accused of.
    expect(brief("محاكمة 7 متهمين بقتل متظاهرين")).toEqual([]);
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
    // The body as the subject before its verb of saying, and a place that speaks is no
    // place where people died.
    const [raid] = figures(
      "وكانت وزارة الدفاع الروسية قد أعلنت أن 62 جنديا سوريا على الأقل قتلوا في الغارة التي قالت واشنطن إنها خطأ.",
    );
    expect(raid?.source?.en).toBe("Russian Defense Ministry");
    // «جنديا سوريا» is "Syrian soldiers", not Syria.
    expect(raid?.places).toEqual([]);
    // An outlet behind «ل» after a verb of telling was told; after a noun it owns the count.
    const [told] = figures("قتل سبعة مدنيين في الأتارب، وفق ما أفاد به ناشطون للجزيرة نت.");
    expect(told?.source).toBeNull();
    const [owned] = figures("قتل أكثر من 40 عنصرا في هجمات مماثلة، بحسب إحصائية لنورث برس.");
    expect(owned?.source?.en).toBe("North Press Agency");
  });

  it("takes the source of the clause that governs the count", () => {
    // «وفق X» right after the count's clause wins over a body speaking earlier.
    const both = figures(
      "وقالت الأمم المتحدة إن 18 شاحنة دمرت وقتل 20 من عمال الإغاثة وفق الهلال الأحمر العربي السوري.",
    );
    expect(both.map((f) => `${f.count} ${f.source?.en}`)).toEqual(["20 Syrian Arab Red Crescent"]);
    // The nearest body before the count, and the one a relaying agency quotes.
    const [near] = figures(
      "وقال المرصد السوري لحقوق الإنسان إن الغارات استهدفت حلب، وأكد الدفاع المدني أن 25 شخصا قتلوا.",
    );
    expect(near?.source?.en).toBe("Civil Defence");
    const [relayed] = figures(
      "ونقلت وكالة رويترز عن الدفاع المدني قوله إن 40 شخصا قتلوا في القصف.",
    );
    expect(relayed?.source?.en).toBe("Civil Defence");
  });

  it("takes the places after the count in its clause, not the sentence's subject", () => {
    const [f] = figures(
      "تسعى تركيا وإيران إلى تهدئة جديدة بعد غارات قتل فيها 40 شخصا في إدلب وحماة، فيما التقى الوزراء في جنيف.",
    );
    expect(f?.places.map((p) => p.en)).toEqual(["Idlib", "Hama"]);
  });

  it("gives the places of a list before the count, not only the nearest", () => {
    const [f] = figures("أدت الغارات على بلدات عيتا الشعب وكفركلا والخيام إلى استشهاد 4 أشخاص.");
    expect(f?.places.map((p) => p.en)).toEqual(["Aita al-Shaab", "Kfar Kila", "Khiam"]);
    const [g] = figures("زار الوفد دمشق ثم وصل إلى حمص، حيث قتل ثلاثة أشخاص.");
    expect(g?.places.map((p) => p.en)).toEqual(["Homs"]);
  });

  it("does not take a source's seat for the figure's place, and reads «يقول» as a source", () => {
    const [f] = figures(
      "ويقول المرصد السوري لحقوق الإنسان، ومقره بريطانيا، إن أكثر من 300 ألف شخص قتلوا.",
    );
    expect(f?.places).toEqual([]);
    expect(f?.source?.en).toBe("Syrian Observatory for Human Rights");
  });

  it("falls back to the nearest place before the count when none follows it", () => {
    const [f] = figures("وصلت موسكو رسالة من دمشق. وفي مدينة حمص، قتل ثلاثة أشخاص على الأقل.");
    expect(f?.places.map((p) => p.en)).toEqual(["Homs"]);
    expect(f?.qualifier).toBe("at_least");
  });

  it("lets figures listed together share the place the sentence names after them", () => {
    const [killed, injured] = figures(
      "قتل 12 مدنيا على الأقل، بينهم خمسة أطفال، وأصيب أكثر من عشرين آخرين في غارة على سوق في مدينة إدلب.",
    );
    expect(killed?.places.map((p) => p.en)).toEqual(["Idlib"]);
    expect(injured?.places.map((p) => p.en)).toEqual(["Idlib"]);
    // A contrast word turns to another event: its place is not the figure's.
    const [alone] = figures("قتل 12 مدنيا على الأقل، فيما وصل وفد إلى حمص للتفاوض.");
    expect(alone?.places).toEqual([]);
  });

  it("reads a status noun as who was counted when an event says what happened", () => {
    expect(brief("قتل 5 لاجئين في غارة على المخيم")).toEqual(["killed 5 exact"]);
    expect(brief("وأفاد المرصد بمقتل ثلاثة معتقلين تحت التعذيب")).toEqual(["killed 3 exact"]);
    expect(brief("اعتقلت الشرطة 7 لاجئين")).toEqual(["arrested 7 exact"]);
    // With no event word the noun's own kind stands.
    expect(brief("عاد 500 لاجئ إلى بلداتهم")).toEqual(["displaced 500 exact"]);
    // Nouns that say the event outright keep it over a nearby cue.
    expect(brief("سقوط 5 جرحى في القصف")).toEqual(["injured 5 exact"]);
  });

  it("takes the kind from a status noun earlier in the sentence", () => {
    expect(brief("ويقدر عدد النازحين من القرى الحدودية بحوالى 90 ألف شخص")).toEqual([
      "displaced 90000 about",
    ]);
    expect(brief("بلغ عدد المعتقلين في السجن نحو 300 شخص")).toEqual(["arrested 300 about"]);
  });

  it("reads a partitive noun with a possessive suffix", () => {
    expect(brief("أعلن الحزب مقتل اثنين من عناصره")).toEqual(["killed 2 exact"]);
    expect(brief("مقتل ثلاثة من مقاتليه")).toEqual(["killed 3 exact"]);
    expect(brief("إصابة خمسة من جنودها")).toEqual(["injured 5 exact"]);
    // Without «من» a suffixed word is not a counted noun («ثلاثة أيام من عمله»).
    expect(brief("قتل بعد ثلاثة من أيامه")).toEqual([]);
  });

  it("counts families in their own unit, never as people", () => {
    expect(brief("نزحت نحو 300 عائلة من ريف حلب الجنوبي")).toEqual([
      "displaced 300 families about",
    ]);
    expect(brief("نزوح أكثر من 1500 أسرة من المدينة")).toEqual([
      "displaced 1500 families more_than",
    ]);
    expect(brief("وصلت 250 عائلة نازحة إلى المخيمات")).toEqual(["displaced 250 families exact"]);
    expect(brief("نزحت عائلتان من القرية")).toEqual(["displaced 2 families exact"]);
    expect(brief("نزوح عشرات العائلات من المخيم")).toEqual([]);
    expect(brief("قتل 12 مدنيا، ونزحت 40 عائلة")).toEqual([
      "killed 12 exact",
      "displaced 40 families exact",
    ]);
    // «أسرة» is also «beds»: a hospital's capacity is not a count of families.
    expect(brief("نقل الجرحى إلى مستشفى بسعة 200 أسرة")).toEqual([]);
    // The same count in people and in families is two figures, not one repeated.
    expect(mergeFigures([...figures("نزوح 300 شخص"), ...figures("نزوح 300 عائلة")])).toHaveLength(
      2,
    );
  });

  it("merges repeats of the same figure", () => {
    const text = "قتل 154 شخصا. وارتفعت حصيلة القتلى إلى 154 شخصا في جبلة.";
    const merged = mergeFigures(figures(text));
    expect(merged).toHaveLength(1);
    expect(merged[0]?.places.map((p) => p.en)).toEqual(["Jableh"]);
  });

  it("reads compound number words", () => {
    expect(brief("قتل واحد وعشرون شخصا في الغارة")).toEqual(["killed 21 exact"]);
    expect(brief("أسفر الانفجار عن مقتل مئة وخمسين مدنيا")).toEqual(["killed 150 exact"]);
    expect(brief("ارتفعت حصيلة القتلى إلى مئتين وخمسة وعشرين قتيلا")).toEqual(["killed 225 exact"]);
    expect(brief("نزوح ثلاثمئة عائلة و ثلاث مئة شخص")).toEqual([
      "displaced 300 families exact",
      "displaced 300 exact",
    ]);
    expect(brief("فرار ألفين من السكان")).toEqual(["displaced 2000 exact"]);
    expect(brief("نزوح خمسة عشر ألفا من المدنيين")).toEqual(["displaced 15000 exact"]);
    expect(brief("تشريد مئة ألف شخص")).toEqual(["displaced 100000 exact"]);
    expect(brief("نزوح مليون سوري")).toEqual(["displaced 1000000 exact"]);
    expect(brief("نزوح ثلاثة ملايين شخص")).toEqual(["displaced 3000000 exact"]);
    expect(brief("لقي ألف ومئتا شخص حتفهم")).toEqual(["killed 1200 exact"]);
    // «ونصف»: half the scale, the scale word repeated or not.
    expect(brief("نزوح مليون ونصف مليون شخص")).toEqual(["displaced 1500000 exact"]);
    expect(brief("نزوح ثلاثة ملايين ونصف سوري")).toEqual(["displaced 3500000 exact"]);
    // Egyptian spelling and feminine forms.
    expect(brief("مصرع إحدى عشرة سيدة فى حادث بمحافظة أسيوط")).toEqual(["killed 11 exact"]);
  });

  it("keeps عشرات/مئات/آلاف as written, not counted: an order of size is no count", () => {
    expect(brief("مقتل عشرات المدنيين في القصف")).toEqual([]);
    expect(uncounted("مقتل عشرات المدنيين في القصف")).toEqual([
      "killed vague «مقتل عشرات المدنيين»",
    ]);
    expect(uncounted("وأصيب مئات الأشخاص بجروح")).toEqual(["injured vague «وأصيب مئات الأشخاص»"]);
    expect(uncounted("نزوح آلاف العائلات وآلاف الأطفال")).toEqual([
      "displaced vague «نزوح آلاف العائلات»",
      "displaced vague «نزوح آلاف العائلات وآلاف الأطفال»",
    ]);
    expect(uncounted("فرار عشرات الآلاف من المدنيين")).toEqual([
      "displaced vague «فرار عشرات الآلاف من المدنيين»",
    ]);
    expect(uncounted("اعتقلت السلطات المئات من المتظاهرين")).toEqual([
      "arrested vague «اعتقلت السلطات المئات من المتظاهرين»",
    ]);
    expect(uncounted("نزوح عشرات العائلات من المخيم")).toEqual([
      "displaced vague «نزوح عشرات العائلات»",
    ]);
    // A stated count beside it is still a figure.
    expect(brief("قتل 12 مدنيا ونزحت مئات العائلات")).toEqual(["killed 12 exact"]);
  });

  it("reads digits in every script, separators, decimals and «الـ24»", () => {
    expect(brief("نزوح ١٬٢٠٠ شخص من المخيم")).toEqual(["displaced 1200 exact"]);
    expect(brief("نزوح 1,200 شخص من المخيم")).toEqual(["displaced 1200 exact"]);
    expect(brief("نزوح 1,200,000 شخص")).toEqual(["displaced 1200000 exact"]);
    expect(brief("تهجير ۱۲ شخصا")).toEqual(["displaced 12 exact"]);
    expect(brief("نزوح 1.5 مليون سوري")).toEqual(["displaced 1500000 exact"]);
    expect(brief("نزوح ١٫٥ مليون سوري")).toEqual(["displaced 1500000 exact"]);
    expect(brief("وارتفع عدد الضحايا إلى الـ24 قتيلا")).toEqual(["killed 24 exact"]);
  });

  it("reads a toll written as thousands «و» the rest, in digits", () => {
    expect(brief("ارتفعت حصيلة الشهداء إلى 34 ألفا و683 شهيدا")).toEqual(["killed 34683 exact"]);
    expect(brief("إصابة ٧٧ ألفاً و٨٠٨ آخرين")).toEqual(["injured 77808 exact"]);
    expect(brief("نزوح ألف و200 شخص")).toEqual(["displaced 1200 exact"]);
    expect(brief("نزوح 2 مليون و300 ألف شخص")).toEqual(["displaced 2300000 exact"]);
    // Two counts of the same scale are two counts, not a total and its remainder.
    const text = "34 ألفا و77 ألفا";
    expect(readNumber(text, tokenize(text), 0)?.value).toBe(34000);
    expect(brief("أسفرت الحرب عن 34 ألف قتيل و77 ألف جريح")).toEqual([
      "killed 34000 exact",
      "injured 77000 exact",
    ]);
  });

  it("keeps a count too large to believe as written, with its kind, and never tallies it", () => {
    const read = (text: string) => {
      const tokens = tokenize(text);
      return findFiguresAfter({ text, tokens, mentions: findMentions([text], [tokens]) }, []);
    };
    const big = read("قتل 150 مليون شخص في حلب، وأصيب 300 آخرون");
    expect(big.figures.map((f) => `${f.kind} ${f.count}`)).toEqual(["injured 300"]);
    expect(big.uncounted).toEqual([
      { kind: "killed", text: "قتل 150 مليون شخص", why: "too-large" },
    ]);
    // In a breakdown it takes the kind of the figure it breaks down, not the next cue's.
    const part = read("قتل 50 شخصا، بينهم 200000000 طفل، وأصيب 30 آخرون");
    expect(part.figures.map((f) => `${f.kind} ${f.count} ${f.parts.length}`)).toEqual([
      "killed 50 0",
      "injured 30 0",
    ]);
    expect(part.uncounted).toEqual([{ kind: "killed", text: "200000000 طفل", why: "too-large" }]);
    // At the cap itself a count is believed.
    expect(brief("نزوح 100 مليون شخص")).toEqual(["displaced 100000000 exact"]);
  });

  it("reads dual nouns as two", () => {
    expect(brief("قتل متظاهران اثنان في بغداد")).toEqual(["killed 2 exact"]);
    expect(brief("سقوط قتيلين في اشتباكات")).toEqual(["killed 2 exact"]);
    expect(brief("إصابة جنديين إسرائيليين بجروح طفيفة")).toEqual(["injured 2 exact"]);
    expect(brief("ووصل جريحان إلى المستشفى")).toEqual(["injured 2 exact"]);
    expect(brief("اعتقال شخصين اثنين")).toEqual(["arrested 2 exact"]);
    // Plural-looking forms are not read as duals; duals without an event are nothing.
    expect(brief("التقى الوزير بالمسلحين المدنيين")).toEqual([]);
    expect(brief("تحدث الطفلان إلى الصحافة")).toEqual([]);
  });

  it("reads more qualifiers", () => {
    expect(brief("مقتل حوالى 30 شخصا")).toEqual(["killed 30 about"]);
    expect(brief("فيما أصيب ما يربو على 40 آخرين")).toEqual(["injured 40 more_than"]);
    expect(brief("قتل أزيد من 20 شخصا في الهجوم")).toEqual(["killed 20 more_than"]);
    expect(brief("مقتل 9 أشخاص في الأقل")).toEqual(["killed 9 at_least"]);
    expect(brief("اعتقال ما يقرب من 70 ناشطا")).toEqual(["arrested 70 about"]);
    expect(brief("نزوح ما يناهز 500 شخص")).toEqual(["displaced 500 about"]);
  });

  it("keeps a breakdown as parts of its total, not as separate figures", () => {
    const text = "مقتل أكثر من 250 مدنيا بينهم نحو 50 طفلا، بحسب حصيلة للمرصد السوري.";
    expect(brief(text)).toEqual(["killed 250 more_than"]);
    expect(partsOf(text)).toEqual([["50 about طفلا children"]]);
    expect(partsOf("قتل ١٥ مدنيا منهم ٧ أطفال و٣ نساء، بحسب الدفاع المدني")).toEqual([
      ["7 exact أطفال children", "3 exact نساء women"],
    ]);
    expect(partsOf("قتل ما لا يقل عن 12 مدنيا، بينهم أربعة أطفال وامرأتان")).toEqual([
      ["4 exact أطفال children", "2 exact امرأتان women"],
    ]);
    expect(partsOf("مقتل 30 شخصا في مدينة حلب، بينهم طفلان")).toEqual([["2 exact طفلان children"]]);
    expect(partsOf("اعتقال 5 أشخاص بينهم امرأة")).toEqual([["1 exact امرأة women"]]);
    expect(partsOf("مقتل 20 عنصرا بينهم 3 ضباط")).toEqual([["3 exact ضباط soldiers"]]);
    // Singular nouns joined by «و», and a breakdown standing before the verb.
    expect(partsOf("استشهاد أربعة مواطنين بينهم امرأة وطفل")).toEqual([
      ["1 exact امرأة women", "1 exact طفل children"],
    ]);
    expect(partsOf("إن 23 مدنيا على الأقل، بينهم 6 أطفال، قتلوا جراء الغارات")).toEqual([
      ["6 exact أطفال children"],
    ]);
  });

  it("reads arrests, flight and the young men, tourists and farmers counted", () => {
    expect(brief("وقالت مصادر إن القوات احتجزت 35 شابا على الأقل في الحي")).toEqual([
      "arrested 35 at_least",
    ]);
    expect(brief("وتم إيقاف 4 عناصر إسناد")).toEqual(["arrested 4 exact"]);
    expect(brief("وفر نحو 700 ألف آخرين إلى الولايات المجاورة")).toEqual([
      "displaced 700000 about",
    ]);
    expect(brief("ودفع القتال أكثر من مليون شخص إلى النزوح")).toEqual([
      "displaced 1000000 more_than",
    ]);
    // A bare count driven to what happens to people.
    expect(brief("وأجبرت الحرب نحو 8.5 ملايين على النزوح")).toEqual(["displaced 8500000 about"]);
    expect(brief("ووصل 300 إلى القتال")).toEqual([]);
    expect(brief("أعلنت الشرطة مقتل 9 سياح وإصابة 3 مزارعين")).toEqual([
      "killed 9 exact",
      "injured 3 exact",
    ]);
  });

  it("gives counts of the same group listed in a sentence the kind of the first", () => {
    expect(brief("سجلت الخرطوم 29 حالة وفاة، تلتها الجزيرة بـ18 حالة، ثم كسلا بـ14 حالة")).toEqual([
      "killed 29 exact",
      "killed 18 exact",
      "killed 14 exact",
    ]);
    // Not a count of anyone: it may be of something else that happened.
    expect(
      brief("قتل 50 شخصا في القصف، ثم طال الاضطهاد والتنكيل في السجون والمعتقلات 70 شخصا"),
    ).toEqual(["killed 50 exact"]);
  });

  it("counts cases as health authorities do, sons, and a bare count after a passive verb", () => {
    expect(brief("وبلغ عدد الضحايا 103 حالات وفاة و50 إصابة")).toEqual([
      "killed 103 exact",
      "injured 50 exact",
    ]);
    expect(brief("وقتل ثلاثة من أبنائها في القصف")).toEqual(["killed 3 exact"]);
    expect(brief("قُتل اثنان وأصيب خمسة")).toEqual(["killed 2 exact", "injured 5 exact"]);
    expect(brief("قتل 10 أيام من الحصار")).toEqual([]);
  });

  it("takes the kind of the event before the count, not a status noun after it", () => {
    expect(brief("ووثقت الشبكة اعتقال قوات النظام 14 شخصا من النازحين")).toEqual([
      "arrested 14 exact",
    ]);
    // Nor a cue in reported speech after «أن»…
    expect(brief("وقال أحد سكان الحي، مضيفا أنه فر مع أطفاله")).toEqual([]);
    // …nor one in the clause «فيما/بينما» opens.
    expect(brief("وقتل في القرية ثلاثة مدنيين فيما أصيب الجرحى بشظايا")).toEqual([
      "killed 3 exact",
    ]);
  });

  it("gives a count listed with its place the kind of the figure before it", () => {
    expect(
      figures("قتل ثلاثة مدنيين في قرية كفرنبل، وطفلان في قرية عابدين، بينما نقل الجرحى").map(
        (f) => `${f.kind} ${f.count} ${f.places.map((p) => p.ar).join("/")}`,
      ),
    ).toEqual(["killed 3 كفرنبل", "killed 2 عابدين"]);
  });

  it("ends a breakdown at a count of another kind, which is a figure of its own", () => {
    const text = "ارتفعت الحصيلة إلى تسعة قتلى، بينهم أربعة أطفال، و22 جريحا، وفق مكتب الصحة.";
    expect(brief(text)).toEqual(["killed 9 exact", "injured 22 exact"]);
    expect(partsOf(text)).toEqual([["4 exact أطفال children"], []]);
  });

  it("reads «من بين القتلى» later in the sentence, or in the next, as a breakdown", () => {
    const text =
      "قتل 28 مدنيا على الأقل في قصف على حلب، بحسب المرصد الذي أكد أن من بين القتلى «6 أطفال و8 مواطنات» في حيين.";
    expect(brief(text)).toEqual(["killed 28 at_least"]);
    expect(partsOf(text)).toEqual([["6 exact أطفال children", "8 exact مواطنات women"]]);
    expect(partsOf("قتل 10 أشخاص. ومن بين القتلى 3 أطفال.")).toEqual([["3 exact أطفال children"]]);
    expect(
      partsOf("ارتفعت الحصيلة إلى 34 ألفا و683 شهيدا. وأضافت أن من بين الشهداء 14 ألف طفل."),
    ).toEqual([["14000 exact طفل children"]]);
    // The breakdown of the killed, though the injured were counted after them.
    expect(
      partsOf("قتل 27 شخصا وأصيب 106 آخرون. وقال المتحدث إن بين القتلى ثلاثة مدنيين."),
    ).toEqual([["3 exact مدنيين civilians"], []]);
    // Without «بين القتلى», a later count is a figure of its own.
    expect(brief("قتل 10 أشخاص. وقال الوزير إن 3 أطفال قتلوا أمس.")).toEqual([
      "killed 10 exact",
      "killed 3 exact",
    ]);
  });

  it("reads a definite vague plural right after a kind cue", () => {
    expect(brief("قتل ما لا يقل عن عشرين مدنيا وجرح العشرات في الغارات")).toEqual([
      "killed 20 at_least",
    ]);
    expect(uncounted("قتل ما لا يقل عن عشرين مدنيا وجرح العشرات في الغارات")).toEqual([
      "injured vague «وجرح العشرات»",
    ]);
    expect(brief("واعتقلت الشرطة المئات")).toEqual([]); // the cue must stand right before
    expect(brief("وصل العشرات إلى الساحة")).toEqual([]);
  });

  it("does not give one figure's breakdown to the next figure", () => {
    const text = "مقتل 20 شخصا وإصابة 30 آخرين بينهم 5 أطفال";
    expect(brief(text)).toEqual(["killed 20 exact", "injured 30 exact"]);
    expect(partsOf(text)).toEqual([[], ["5 exact أطفال children"]]);
  });

  it("excludes ordinals, years, durations and other non-casualty numbers", () => {
    expect(brief("القتيل الثالث سقط في حلب")).toEqual([]);
    expect(brief("وقتل للمرة الخامسة خلال أسبوع")).toEqual([]);
    expect(brief("ولد الطفل الثالث في القرن العشرين")).toEqual([]);
    expect(brief("في عام 2016 قتل رئيس البلدية")).toEqual([]);
    expect(brief("في عام 2016 قتل المئات")).toEqual([]);
    expect(uncounted("في عام 2016 قتل المئات")).toEqual(["killed vague «قتل المئات»"]);
    expect(brief("انتهت المهلة بعد 48 ساعة من مقتل الجنود")).toEqual([]);
    expect(brief("شنت الطائرات أكثر من 35 غارة أدت إلى مقتل")).toEqual([]);
    expect(brief("صدر القرار 2254 بعد مقتل")).toEqual([]);
    expect(brief("لم يصب أحد بأذى")).toEqual([]);
    expect(brief("أصيب اقتصاد البلاد بخسائر تقدر بمليون دولار")).toEqual([]);
  });
});

describe("an article's figures merged", () => {
  const merged = (...paras: string[]) =>
    extractArticle(["عنوان الخبر", ...paras].join("\n\n")).facts.figures.map(
      (f) => `${f.kind} ${f.count} ${f.places.map((p) => p.ar).join("/")}`,
    );

  it("keeps equal counts listed at other places in one sentence, and merges repeats", () => {
    expect(
      merged(
        "قتل ثلاثة مدنيين في قرية كفرنبل، واثنان في قرية الهبيط، وطفلان في قرية عابدين.",
        "وكان اثنان قد قتلا في قرية الهبيط أمس.",
      ),
    ).toEqual(["killed 3 كفرنبل", "killed 2 الهبيط", "killed 2 عابدين"]);
  });

  it("lets a campaign's total update none of them", () => {
    expect(
      merged(
        "قتل ثلاثة مدنيين في قرية كفرنبل، واثنان في قرية الهبيط، وطفلان في قرية عابدين.",
        "وارتفعت حصيلة القتلى منذ بدء الحملة إلى 121 مدنيا.",
      ),
    ).toEqual(["killed 3 كفرنبل", "killed 2 الهبيط", "killed 2 عابدين", "killed 121 "]);
  });
});

describe("figures read in unseen news (issue 23, seventh session)", () => {
  it("reads a dual scale, a bare count before «منذ», two after a noun, one after a verbal noun", () => {
    expect(brief("ونزوح نحو مليونى شخص من ديارهم")).toEqual(["displaced 2000000 about"]);
    expect(brief("قتل 600 متظاهر وأصيب أكثر من 20 ألفاً منذ انطلاق الاحتجاجات")).toEqual([
      "killed 600 exact",
      "injured 20000 more_than",
    ]);
    expect(brief("ما أدى إلى إصابة مهاجرين اثنين قرب المركز")).toEqual(["injured 2 exact"]);
    expect(brief("تسبب القصف بمقتل مواطن وإصابة اثنين آخرين")).toEqual([
      "killed 1 exact",
      "injured 2 exact",
    ]);
  });

  it("reads no new figure in some of a group already counted", () => {
    // «4 من المصابين في حالة حرجة» says something of 4 of the 12.
    expect(brief("وأصيب 12 شخصا في التفجير، وأضاف أن 4 من المصابين في حالة حرجة.")).toEqual([
      "injured 12 exact",
    ]);
    // With a verb of the kind after the noun, it is a figure by place.
    expect(
      brief("اختطفت الجماعة أكثر من 1200 مواطن، وأوضحت أن 174 من المختطفين اعتقلوا في صنعاء."),
    ).toEqual(["arrested 1200 more_than", "arrested 174 exact"]);
  });

  it("lists counts by the place they came from, and counts abductions as arrests", () => {
    expect(
      brief("اعتقلت قوات الاحتلال ٩ مواطنين من محافظة الخليل، و٦ من محافظة بيت لحم، و٤ من نابلس."),
    ).toEqual(["arrested 9 exact", "arrested 6 exact", "arrested 4 exact"]);
    expect(brief("واختطفوا 30 شخصا من القرية")).toEqual(["arrested 30 exact"]);
  });

  it("counts people whose fate is unknown as missing", () => {
    expect(brief("فيما لا يزال مصير 27 مختطفاً من أبناء المحافظة مجهولاً")).toEqual([
      "missing 27 exact",
    ]);
  });

  it("breaks down a figure through its kind noun and a part cue", () => {
    const text = "قتل 58 شخصا في الهجوم، وأضاف أن الضحايا، وبينهم 20 امرأة و7 أطفال، أعدموا.";
    expect(brief(text)).toEqual(["killed 58 exact"]);
    expect(partsOf(text)).toEqual([["20 exact امرأة women", "7 exact أطفال children"]]);
  });
});
