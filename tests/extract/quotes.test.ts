import { describe, expect, it } from "vitest";
import { findMentions } from "../../functions/core/extract/entities/index.ts";
import { articleIntroductions, pointBack } from "../../functions/core/extract/entities/roles.ts";
import {
  endsInsideQuote,
  findQuoteSpans,
  findQuotes,
  nothingCarried,
} from "../../functions/core/extract/quotes/index.ts";
import { tokenize } from "../../functions/core/extract/text/tokenize.ts";
import { countingWork } from "../../functions/core/extract/work.ts";
import { expectLinearWork } from "../helpers/work.ts";

function quotes(...paras: string[]) {
  const tokens = paras.map((p) => tokenize(p));
  const mentions = findMentions(paras, tokens);
  const intros = articleIntroductions(paras, tokens, mentions);
  const out: { text: string; who: string | null }[] = [];
  const carry = nothingCarried();
  for (let p = 0; p < paras.length; p++) {
    const found = findQuotes(
      {
        text: paras[p] ?? "",
        tokens: tokens[p] ?? [],
        mentions: mentions.filter((m) => m.para === p),
        pointBack: (k) => pointBack(intros, tokens[p] ?? [], k, p),
      },
      carry,
    );
    for (const q of found) out.push({ text: q.text, who: q.speaker?.en ?? q.speaker?.ar ?? null });
  }
  return out;
}

describe("quote spans", () => {
  it("pairs “ ” « » and straight quotes", () => {
    const text = 'قال «أ ب ج» ثم “د ه و” ثم "ز ح ط"';
    expect(findQuoteSpans(text).map((s) => text.slice(s.contentStart, s.contentEnd))).toEqual([
      "أ ب ج",
      "د ه و",
      "ز ح ط",
    ]);
  });
  it("keeps nested marks inside the outer quote and ignores stray closers", () => {
    const text = "قال » إن «الحل مع «قسد» ممكن» فقط";
    const spans = findQuoteSpans(text);
    expect(spans.map((s) => text.slice(s.contentStart, s.contentEnd))).toEqual([
      "الحل مع «قسد» ممكن",
    ]);
  });
  it("runs an unclosed quote to the end of the paragraph", () => {
    const text = "وختم قائلا: «لن نتراجع عن مطالبنا أبدا";
    const [span] = findQuoteSpans(text);
    expect(text.slice(span?.contentStart, span?.contentEnd)).toBe("لن نتراجع عن مطالبنا أبدا");
  });
});

describe("quote spans: other outlets' marks", () => {
  const contents = (text: string, continues = false) =>
    findQuoteSpans(text, continues).map((s) => text.slice(s.contentStart, s.contentEnd));
  it("reads reversed marks ”…“ and »…« as some sites print them", () => {
    expect(contents("قال الوزير ”لن نسمح بانهيار الهدنة“ أمس")).toEqual(["لن نسمح بانهيار الهدنة"]);
    expect(contents("قال الوزير »لن نسمح بانهيار الهدنة« أمس")).toEqual(["لن نسمح بانهيار الهدنة"]);
  });
  it("reads ASCII '' and „ “ pairs", () => {
    expect(contents("قال ''نحن ملتزمون بالاتفاق'' في المؤتمر")).toEqual(["نحن ملتزمون بالاتفاق"]);
    expect(contents("قال „نحن ملتزمون بالاتفاق“ في المؤتمر")).toEqual(["نحن ملتزمون بالاتفاق"]);
    // A single apostrophe is not a quotation mark.
    expect(contents("زار L'Orient مكتب الوكالة")).toEqual([]);
  });
  it('keeps nested «…"…"…» and “…«…»…” inside the outer quote', () => {
    expect(contents('قال «إن ما يسمى "المعارضة المعتدلة" غير موجود» ثم غادر')).toEqual([
      'إن ما يسمى "المعارضة المعتدلة" غير موجود',
    ]);
    expect(contents("قال “الحل مع «قسد» ممكن” فقط")).toEqual(["الحل مع «قسد» ممكن"]);
  });
  it("closes an outer quote even when an inner mark was left open", () => {
    expect(contents('قال «ما يسمى "المعارضة غير موجود» ثم «كلام آخر هنا»')).toEqual([
      'ما يسمى "المعارضة غير موجود',
      "كلام آخر هنا",
    ]);
  });
  it("runs a quote left open at the paragraph end to the end, and ignores a lone final mark", () => {
    expect(contents("وختم: “لن نتراجع عن مطالبنا")).toEqual(["لن نتراجع عن مطالبنا"]);
    expect(contents("انتهى الاجتماع دون اتفاق »")).toEqual([]);
    expect(contents("انتهى الاجتماع دون اتفاق «")).toEqual([""]);
  });
  it("closes a spaced straight quote that the previous paragraph left open", () => {
    const first = 'وقالت الوزيرة إن " الرئيس سيقرر المشاركة في قوة دولية';
    expect(endsInsideQuote(first, findQuoteSpans(first))).toBe(true);
    // Odd marks after an open quote: the first closes it, the later two pair with each other.
    const odd = '. شرط أن يتم ذلك في إطار اتفاق " وأكدت أن " كل الدول مستعدة لدرس شروطها "';
    expect(contents(odd, true)).toEqual([
      ". شرط أن يتم ذلك في إطار اتفاق ",
      " كل الدول مستعدة لدرس شروطها ",
    ]);
    // Read alone, every mark pairs the wrong way.
    expect(contents(odd)).toEqual([" وأكدت أن ", ""]);
    // Even marks: a first mark before a full stop still closes, and the last opens anew.
    const even = 'إن هذا المؤتمر حدث تاريخي ". وقال سيباستيان " لقد عملت شخصيا مع المتحدثين';
    expect(contents(even, true)).toEqual([
      "إن هذا المؤتمر حدث تاريخي ",
      " لقد عملت شخصيا مع المتحدثين",
    ]);
    // Even marks with nothing carried pair as usual.
    expect(contents('وقال " نحن مستعدون " للحوار.', true)).toEqual([" نحن مستعدون "]);
    // A closed quote at the very end leaves nothing open.
    const closed = 'وقال " نحن مستعدون "';
    expect(endsInsideQuote(closed, findQuoteSpans(closed))).toBe(false);
  });
  it("ignores a straight mark before a full stop or comma when nothing is open", () => {
    expect(contents('انتهت الحرب". وقال الوزير "نحن مستعدون للحوار".')).toEqual([
      "نحن مستعدون للحوار",
    ]);
    expect(contents('انتهت الحرب " ، وقال الوزير " نحن مستعدون للحوار "')).toEqual([
      " نحن مستعدون للحوار ",
    ]);
  });
  it("carries a quote broken over two paragraphs to its speaker", () => {
    const got = quotes(
      'وقال وزير الخارجية الروسي سيرغي لافروف إن " الرئيس سيقرر على الأرجح مشاركة روسيا في قوة دولية',
      '. شرط أن يتم ذلك في إطار اتفاق ". واكد رئيس الحكومة اللبناني فؤاد السنيورة " أن أي قوة دولية يجب أن تعمل في إطار الأمم المتحدة ".',
    );
    expect(got.map((q) => q.who)).toEqual(["Sergey Lavrov", "Sergey Lavrov", "Fouad Siniora"]);
  });
  it("stays linear on hostile runs of marks", () => {
    const text = (n: number) => `${"“".repeat(n)}${"»".repeat(n)}${"”«".repeat(n / 2)}`;
    const small = countingWork(() => findQuoteSpans(text(25_000))).work;
    const large = countingWork(() => findQuoteSpans(text(100_000))).work;
    expect(small["quote-marks"]).toBeGreaterThanOrEqual(75_000); // every mark was looked at
    expectLinearWork(small, large);
  });
});

describe("quotes and speakers", () => {
  it("treats one- or two-word quoted terms as terms, 3+ words as speech", () => {
    expect(quotes("وصف الوزير الاتفاق بأنه «تاريخي» و«خطوة مهمة».")).toEqual([]);
    expect(quotes("قال أردوغان «لن نسمح بذلك أبدا».")).toEqual([
      { text: "لن نسمح بذلك أبدا", who: "Recep Tayyip Erdogan" },
    ]);
  });

  it("takes the person after the attribution verb, not the organisation of the role phrase", () => {
    expect(
      quotes("وقال الأمين العام لحلف شمال الأطلسي ينس ستولتنبرغ إن «الحلف لن يتدخل عسكريا».")[0]
        ?.who,
    ).toBe("Jens Stoltenberg");
  });

  it("gives a role noun to the person that role introduced, not to the nearest name", () => {
    const lead = "دعا وزير الخارجية التركي مولود جاويش أوغلو روسيا إلى الضغط على دمشق.";
    expect(
      quotes(
        lead,
        'والتقى نظيره الألماني فرانك فالتر شتاينماير، حيث قال الوزير التركي: "لا يمكن أن تستمر الهدنة".',
      )[0]?.who,
    ).toBe("Mevlut Cavusoglu");
    // After the quote too, and with «ـة»: «»، قالت السفيرة».
    expect(
      quotes(
        "وقالت السفيرة الأمريكية لدى الأمم المتحدة سامانثا باور إن الوضع خطير.",
        "وتحدث السفير الروسي فيتالي تشوركين بعدها.",
        "«ما تفعله روسيا ليس مكافحة للإرهاب»، قالت السفيرة الأمريكية.",
      )[0]?.who,
    ).toBe("Samantha Power");
  });

  it("gives words nested in a spokesman's report to whom he reports («بأن الوزير أكد»)", () => {
    expect(
      quotes(
        'وصرح المستشار أحمد أبو زيد المتحدث باسم الخارجية بأن الوزير سامح شكرى أكد على "موقف مصر الثابت من الأزمة".',
      )[0]?.who,
    ).toBe("Sameh Shoukry");
  });

  it("reads «الموفد» for «المبعوث», and a role described anew as someone unnamed", () => {
    const lead = "استقبل ميقاتي المبعوث الأميركي آموس هوكشتاين في بيروت.";
    expect(quotes(lead, "وقال الموفد الأميركي إن «الحل الدبلوماسي لا يزال ممكنا».")[0]?.who).toBe(
      "Amos Hochstein",
    );
    expect(
      quotes(
        lead,
        "وقال هوكشتاين إن «الحل الدبلوماسي لا يزال ممكنا».",
        "وقال النائب في الكتلة إن «المقاومة لن تقف مكتوفة الأيدي».",
      ).map((q) => q.who),
    ).toEqual(["Amos Hochstein", null]);
  });

  it("never takes whom the speaker addressed («لهسبريس») for the speaker", () => {
    expect(
      quotes('وقال مصطفى، أحد سكان القرية، للأناضول: "فقدت زوجتي وطفليّ تحت الأنقاض".')[0]?.who,
    ).toBe(null);
  });

  it("lets an organisation speak when no person is named", () => {
    expect(quotes("وأعلنت وزارة الخارجية القطرية أن «المفاوضات دخلت مرحلة حاسمة».")[0]?.who).toBe(
      "Qatari Foreign Ministry",
    );
  });

  it("does not take the speaker from the reported content after «أن»", () => {
    expect(
      quotes("وذكرت الخارجية الإيرانية في بيان أن عراقجي وبلينكن «بحثا ملف التبادل بالتفصيل».")[0]
        ?.who,
    ).toBe("Iranian Foreign Ministry");
  });

  it("reads an attribution right after the closing mark", () => {
    expect(
      quotes("«الوضع في غزة كارثي بكل المقاييس»، قال فيليب لازاريني في مؤتمر صحافي.")[0]?.who,
    ).toBe("Philippe Lazzarini");
    // A role phrase may stand between the verb and the name.
    expect(
      quotes(
        "أعلنت وزارة الداخلية السورية الحصيلة.",
        "«نلاحق المتورطين وسنقدمهم إلى العدالة»، قال مدير الأمن العام في محافظة اللاذقية المقدم مصطفى كنيفاتي.",
      )[0]?.who,
    ).toBe("Mustafa Knifati");
  });

  it("carries the speaker over «وأضاف» and «من جهته» across sentences and paragraphs", () => {
    const out = quotes(
      "وقال نبيه بري إن «الحوار هو الطريق الوحيد للخروج من الأزمة».",
      "وأضاف: «لا بديل عن التوافق بين جميع الأطراف».",
      "من جهته، رأى سمير جعجع أن «الحوار لم يعد مجديا اليوم».",
      "وتابع «نحتاج إلى قرارات لا إلى كلام».",
    );
    expect(out.map((q) => q.who)).toEqual([
      "Nabih Berri",
      "Nabih Berri",
      "Samir Geagea",
      "Samir Geagea",
    ]);
  });

  it("hands the floor to an unnamed source that a sentence without quotes cites", () => {
    const out = quotes(
      "وقال نبيه بري إن «الحوار هو الطريق الوحيد للخروج من الأزمة».",
      "وأعلن مسؤول كبير في الإدارة الأميركية أن المحامي سيبلغ موكله بالقرار. وقال المسؤول إن «القيادة تسمح للمحامي بالتحدث إلى موكله».",
      "وذكر الجيش الإسرائيلي أنه أنهى العملية. وأضاف «لن نسمح بعودة المسلحين».",
      "من جهته، رأى سمير جعجع أن الحوار لم يعد مجديا. وتابع «نحتاج إلى قرارات لا إلى كلام».",
    );
    expect(out.map((q) => q.who)).toEqual(["Nabih Berri", null, null, "Samir Geagea"]);
  });

  it("never gives the words to an outlet that received a copy, nor reads «طلب عدم ذكر اسمه» as a cue", () => {
    const out = quotes(
      'وقال المكتب الإعلامي، في بيان تلقت الجزيرة نت نسخة منه، إن القذائف سقطت، مضيفا أن "بين الجرحى أطفالا في حالة حرجة".',
      "ونقلت رويترز عن أحد سكان قرية حاس، طلب عدم ذكر اسمه لأسباب أمنية، قوله: “لم يبق أحد في الحي تقريبا”.",
    );
    expect(out.map((q) => q.who)).toEqual([null, null]);
  });

  it("leaves a quote unattributed when its verb has a subject nobody can name", () => {
    const out = quotes(
      "وقال نبيه بري إن «الحوار هو الطريق الوحيد للخروج من الأزمة».",
      "وذكر الجيش الإسرائيلي في بيان أنه استهدف «بنية تحتية تابعة للحزب».",
      "وأضاف أن «العمليات ستستمر في الأيام المقبلة».",
      "وقال مصدر أمني إن «الوضع تحت السيطرة تماما».",
    );
    expect(out.map((q) => q.who)).toEqual(["Nabih Berri", null, null, null]);
    // A place as the verb's subject is its government: nobody named earlier said it.
    const raid = quotes(
      "وكانت وزارة الدفاع الروسية قد أعلنت مقتل الجنود في الغارة، التي قالت واشنطن إنها نفذت «عن طريق الخطأ».",
    );
    expect(raid.map((q) => q.who)).toEqual([null]);
    // «وأضاف البيان» is the statement just cited: its issuer still speaks.
    const cell = quotes(
      "وذكرت خلية الإعلام الأمني في بيان أن «الطائرات نفذت ضربة دقيقة في الصحراء».",
      "وأضاف البيان أن «الضربة أسفرت عن تدمير الوكر بالكامل».",
    );
    expect(cell.map((q) => q.who)).toEqual(["Security Media Cell", "Security Media Cell"]);
  });

  it("still carries the speaker over a verb without a subject of its own", () => {
    const out = quotes(
      "وقال نبيه بري إن «الحوار هو الطريق الوحيد للخروج من الأزمة».",
      "وقال في بيان لاحق إن «لا بديل عن التوافق بين جميع الأطراف».",
      "وأشار إلى «أهمية التهدئة في الجنوب».",
      "وقال الرئيس إن «المجلس سينعقد الأسبوع المقبل».",
      "ودعا المجتمع الدولي إلى «تحمل مسؤولياته كاملة».",
    );
    expect(out.map((q) => q.who)).toEqual([
      "Nabih Berri",
      "Nabih Berri",
      "Nabih Berri",
      "Nabih Berri",
      "Nabih Berri",
    ]);
  });
  it("never takes the speaker from inside the quotation", () => {
    expect(quotes("وقال لافروف: «أجرينا محادثات مع غوتيريش حول الملف السوري».")[0]?.who).toBe(
      "Sergey Lavrov",
    );
  });

  it("uses an unknown person found after a role phrase", () => {
    expect(
      quotes("وقال المتحدث باسم الشرطة سامر عبيدات إن «التحقيقات ما زالت جارية حتى الآن».")[0]?.who,
    ).toMatch(/^Samer [A-Z][a-z]+$/); // the transliterated name of «سامر عبيدات»
  });

  it("leaves the speaker null when nobody is named anywhere", () => {
    expect(quotes("ورفع المتظاهرون لافتات كتب عليها «لا للحرب في بلادنا».")[0]?.who).toBeNull();
  });

  it("tells quoted terms and titles apart from speech", () => {
    // Terms: a term head or an attached clitic before the marks.
    expect(quotes("وأشار إلى اتفاق «وقف الأعمال العدائية» في سوريا.")).toEqual([]);
    expect(quotes("وطالبت المعارضة ممثلة بـ«الهيئة العليا للتفاوض» بضمانات.")).toEqual([]);
    expect(quotes("وأطلق الناشطون حملة بعنوان «أنقذوا حلب الآن» على مواقع التواصل.")).toEqual([]);
    expect(quotes("وهاجم عناصر تنظيم «الدولة الإسلامية في العراق والشام» البلدة.")).toEqual([]);
    // A body named in quotes after an indefinite group noun; the definite noun speaks.
    expect(quotes('ووثّق فريق "منسقو استجابة سوريا الميداني" نزوح العائلات.')).toEqual([]);
    expect(quotes("وقالت اللجنة «لن نقبل بأي تأجيل جديد» في بيانها.")).toHaveLength(1);
    // Speech: an attribution, or a sentence inside the marks, whatever the noun before.
    expect(quotes("وقال لافروف إن اتفاق «وقف الأعمال العدائية» صامد.")).toEqual([]);
    expect(quotes("وقال لافروف: «وقف الأعمال العدائية صامد».")[0]?.who).toBe("Sergey Lavrov");
    expect(quotes("وحذر بيان الحملة «لن نسكت على هذا الحصار.»")).toHaveLength(1);
  });

  it("reads reversed and ASCII marks as speech with a speaker", () => {
    expect(quotes("وقال لافروف ”لن نسمح بانهيار الهدنة في سورية“.")).toEqual([
      { text: "لن نسمح بانهيار الهدنة في سورية", who: "Sergey Lavrov" },
    ]);
    expect(quotes("وأكد كيرى ''نحن ملتزمون بالاتفاق تماما'' فى المؤتمر.")[0]?.who).toBe(
      "John Kerry",
    );
  });

  it("takes the speaker after «نقل عن», not the reporting agency", () => {
    expect(
      quotes("ونقلت وكالة رويترز عن لافروف قوله «نحن مستعدون للحوار مع الجميع».")[0]?.who,
    ).toBe("Sergey Lavrov");
    // A source nobody can name after «عن» is unnamed, not the last speaker.
    const out = quotes(
      'وقال نبيه بري إن "الحوار هو الطريق الوحيد للخروج من الأزمة".',
      'ونقلت وكالة "أ.ف.ب" عن مصدر دبلوماسي قوله إن "المفاوضات لا تزال في مراحلها الأولى".',
    );
    expect(out.map((q) => q.who)).toEqual(["Nabih Berri", null]);
    // Nor is it the agency that relayed it.
    expect(
      quotes('ونقلت وكالة رويترز عن مصدر عسكري قوله إن "القوات تقدمت في عدة محاور".')[0]?.who,
    ).toBeNull();
  });

  it("lets an organisation speak, and carries it over «وأضاف»", () => {
    const out = quotes(
      "وأعلن المرصد السوري لحقوق الإنسان أن «الغارات استهدفت سوقا شعبيا».",
      "وأضاف المرصد: «الحصيلة مرشحة للارتفاع خلال ساعات».",
    );
    expect(out.map((q) => q.who)).toEqual([
      "Syrian Observatory for Human Rights",
      "Syrian Observatory for Human Rights",
    ]);
  });

  it("takes the speaker from the previous sentence that announced one", () => {
    const out = quotes("وتحدث دي ميستورا للصحافيين بعد اللقاء. «نأمل أن نبدأ ذلك قريبا جدا».");
    expect(out[0]?.who).toBe("Staffan de Mistura");
  });
});
