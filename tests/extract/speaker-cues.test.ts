/**
 * Speakers behind a relay, a body's voice and a family name: whole articles through the
 * extractor, because the family-name reading needs the people the article named before.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../functions/core/extract/index.ts";

const quotes = (...paras: string[]) =>
  extractArticle(["عنوان الخبر", ...paras].join("\n\n")).facts.quotes;
const speakers = (...paras: string[]) => quotes(...paras).map((q) => q.speaker?.en ?? null);

describe("speakers behind the words that relay them", () => {
  it("gives «بحسب X، فإن Y» to Y, named or not, and «بحسب X فإن «…»» to X", () => {
    expect(
      speakers(
        'وبحسب وكالة رويترز، فإن وزير الخارجية الروسي سيرغي لافروف "سيواصل العمل على الاتفاق حتى النهاية".',
      ),
    ).toEqual(["Sergey Lavrov"]);
    expect(
      speakers('وبحسب وكالة رويترز، فإن الجيش "سيواصل العمليات العسكرية حتى النهاية" في المنطقة.'),
    ).toEqual([null]);
    expect(
      speakers('وبحسب المرصد السوري لحقوق الإنسان فإن "القصف استهدف الأحياء السكنية في المدينة".'),
    ).toEqual(["Syrian Observatory for Human Rights"]);
  });

  it("gives «المديرية العامة لـ X»'s words to X", () => {
    const said = quotes(
      'وتحدث بيان عن 12 مفقودا في البلدة، بحسب المديرية العامة للدفاع المدني، التي قالت إن طواقمها "لا تستطيع الوصول إلى المنطقة المنكوبة".',
    );
    expect(said.map((q) => q.speaker?.ar)).toEqual(["الدفاع المدني"]);
  });

  it("gives a media office's or a spokesman's words to the body it speaks for", () => {
    expect(
      speakers(
        'وأعلن المكتب الإعلامي لوزارة الصحة في غزة أن "عدد الشهداء ارتفع إلى خمسين شهيدا منذ الصباح".',
      ),
    ).toEqual(["Gaza Health Ministry"]);
    // «التابع لـ»: the body a media unit belongs to speaks, not someone it told.
    expect(
      speakers(
        'وأعلن الإعلام الحربي التابع لحزب الله أن "المقاتلين سيطروا على التلال المحيطة بالبلدة".',
      ),
    ).toEqual(["Hezbollah"]);
    // «قال لـ…» is still whom the words were said to.
    expect(
      speakers('وقال جون كيري لوزارة الخارجية الروسية إن "هذا الوضع لا يمكن أن يستمر طويلا".'),
    ).toEqual(["John Kerry"]);
  });
});

describe("a speaker named by family name", () => {
  it("is the one person named before with that family name", () => {
    const [quote] = quotes(
      "أما وزير الدولة البريطاني للشؤون الخارجية كيم هاولز فوصف الهجوم بأنه عشوائي.",
      'وقال هاولز "لم يبد خلال 11 يوما أن الهجوم يستهدف مواقع المسلحين".',
    );
    // The tagger reads the name a word too far («كيم هاولز فوصف»); the speaker is still him.
    expect(quote?.speaker?.ar.startsWith("كيم هاولز")).toBe(true);
  });

  it("is, failing a family name, the one person named before with that first name", () => {
    const [quote] = quotes(
      "أجرت الصحيفة لقاء مع الكاتب البريطاني يحيى بيرت في لندن.",
      'ويقول يحيى الذي يعتبر من الوجوه المعتدلة: "هناك كثير من نجوم المجتمع البريطاني".',
    );
    expect(quote?.speaker?.ar).toBe("يحيى بيرت");
  });

  it("prefers a family name to a first name, and names nobody when two share the word", () => {
    // «بشار» is al-Assad's first name and Abdulhakim Bashar's family name.
    expect(
      speakers(
        "التقى الرئيس السوري بشار الأسد السياسي الكردي عبد الحكيم بشار في دمشق.",
        'وأضاف بشار في تصريح صحفي إن "المجتمع الدولي يقف عاجزا عن ردع هذا العدوان".',
      ),
    ).toEqual(["Abdulhakim Bashar"]);
    expect(
      speakers(
        "التقى وزير الخارجية الأمريكي جون كيري نظيره البريطاني جون بيرد في لندن.",
        'وقال جون في تصريح صحفي إن "المجتمع الدولي يقف عاجزا عن ردع هذا العدوان".',
      ),
    ).toEqual([null]);
    // A public figure goes by family name: «بشار» alone is not al-Assad.
    expect(
      speakers(
        "شنت قوات الرئيس السوري بشار الأسد هجوما جديدا.",
        'وأضاف بشار في تصريح صحفي إن "المجتمع الدولي يقف عاجزا عن ردع هذا العدوان".',
      ),
    ).not.toContain("Bashar al-Assad");
  });

  it("reads a preposition with a pronoun after the verb as no subject («قال فيها»)", () => {
    expect(
      speakers(
        "وقال الرئيس السوري بشار الأسد إن الحرب مستمرة.",
        'وأرسل كلمة إلى القمة قال فيها "إن الحرب على الإرهاب لن تتوقف قبل تحرير كل الأراضي".',
      ),
    ).toEqual(["Bashar al-Assad"]);
  });
});

describe("an indefinite role as the subject", () => {
  it("is someone unnamed, whatever body the phrase names", () => {
    const said = quotes(
      'وقال الوزير سامر حداد إن الوضع مستقر. وقال قيادي في "جبهة التحرير"، طلب عدم ذكر اسمه، إن "الفصائل استعادت السيطرة على التلة".',
    );
    expect(said.map((q) => q.speaker?.ar ?? null)).toEqual([null]);
  });
});

describe("an unnamed source as the subject", () => {
  it("keeps the words unnamed whoever the source's phrase names", () => {
    expect(
      speakers(
        "رفض رئيس مجلس النواب اللبناني نبيه بري الاقتراح الأمريكي.",
        'وقالت مصادر مقربة من بري إنه لم يحصل اتفاق بسبب الإصرار على أن تكون "كل عناصر الحل في سلة واحدة".',
      ),
    ).toEqual([null]);
    expect(speakers('وقال مسؤول في حركة حماس إن "الحركة لن تقبل بأي شروط مسبقة للتهدئة".')).toEqual(
      [null],
    );
  });

  it("reads an indefinite role with its description as unnamed, unless it names a member", () => {
    // «فضل عدم ذكر اسمه» says nothing: its «ذكر» is no speech verb.
    expect(
      speakers(
        'وقال قائد ميداني في حركة أحرار الشام، فضل عدم ذكر اسمه، إن "الفصائل استعادت السيطرة على التلال".',
      ),
    ).toEqual([null]);
    expect(
      speakers('وقال ناطق عسكري روسي إن "الطائرات الروسية لم تشارك في أي غارات على المدينة".'),
    ).toEqual([null]);
    expect(
      speakers(
        'وأكد عضو في وفد حماس أسامة حمدان أن "موقفنا معروف ولا نقبل التطرق إلى وقف المقاومة".',
      ),
    ).toEqual(["Osama Hamdan"]);
    // A construct goes on to the name.
    expect(
      speakers('وقال رئيس وزراء بريطانيا ديفيد كاميرون إن "بلاده لن تقبل بأي اتفاق منفرد".'),
    ).toEqual(["David Cameron"]);
  });
});

describe("a source set inside another speaker's clause", () => {
  it("leaves the words with the verb's subject when «بحسب X» stands between commas", () => {
    expect(
      speakers('وقال مصدر عسكري، بحسب وكالة سانا، إن "وحدات الجيش أحبطت هجوما على مواقعها".'),
    ).toEqual([null]);
    expect(
      speakers(
        'وقال وزير الخارجية الروسي سيرغي لافروف، بحسب وكالة سانا، إن "الهدنة صامدة رغم الخروقات".',
      ),
    ).toEqual(["Sergey Lavrov"]);
  });

  it("gives «بحسب X نقلا عن Y» to Y, and «بحسب بيان صادر عن X» to X", () => {
    expect(
      speakers('وبحسب وكالة سانا نقلا عن مصدر عسكري فإن "وحدات الجيش أحبطت هجوما على مواقعها".'),
    ).toEqual([null]);
    expect(
      speakers(
        'وبحسب بيان صادر عن وزارة الدفاع الروسية فإن "الطائرات الروسية لم تشارك في أي غارات".',
      ),
    ).toEqual(["Russian Defense Ministry"]);
  });
});

describe("a body named again by its head noun, or by its statement", () => {
  it("gives «وتابعت الوزارة» to the last ministry named", () => {
    expect(
      speakers(
        "وقالت وزارة الخارجية الأمريكية إن الاتفاق صامد. وأصدرت وزارة الخارجية الروسية بيانا أمس.",
        'وتابعت الوزارة في بيانها أن "واشنطن تتحمل المسؤولية كاملة عن الغارة".',
      ),
    ).toEqual(["Russian Foreign Ministry"]);
  });

  it("reads «وأضافت السرايا», «وأعلنت الشركة» as the last brigade or company named", () => {
    expect(
      speakers(
        "أعلنت سرايا القدس مسؤوليتها عن الهجوم الذي استهدف دورية إسرائيلية قرب الحدود أمس.",
        'وأضافت السرايا في بيان لها "تمكنت مجموعة من مقاتلينا من قنص جندي".',
      ),
    ).toEqual(["Al-Quds Brigades"]);
  });

  it("gives «وقالت المديرية» to the last directorate named", () => {
    const said = quotes(
      "وخرج المستشفى عن الخدمة، بحسب مديرية صحة حماة.",
      'وقالت المديرية في بيان إن "استهداف المشافي يحرم آلاف المدنيين من العلاج".',
    );
    expect(said.map((q) => q.speaker?.ar)).toEqual(["مديرية صحة حماة"]);
  });

  it("gives «وقالت المنظمة» to the body named after «منظمة»", () => {
    const said = quotes(
      'وأعلنت منظمة "أطباء بلا حدود" إغلاق عيادتها.',
      'وقالت المنظمة في بيان إن "المخيمات وصلت إلى طاقتها القصوى".',
    );
    expect(said.map((q) => q.speaker?.ar)).toEqual(["أطباء بلا حدود"]);
  });

  it("gives a bare ministry to the one of that portfolio named with its country", () => {
    const said = quotes(
      "وقتل عشرة في أم درمان بحسب وزارة الصحة السودانية.",
      'وقالت وزارة الصحة إن "المستشفيات تعمل فوق طاقتها".',
    );
    expect(said.map((q) => q.speaker?.ar)).toEqual(["وزارة الصحة السودانية"]);
  });

  it("gives «وجاء في بيان لحركة X» to X", () => {
    expect(
      speakers('وجاء في بيان لحركة أحرار الشام: "لن نقبل بأي اتفاق لا يضمن وقف القصف".'),
    ).toEqual(["Ahrar al-Sham"]);
  });
});

describe("whom words were said to", () => {
  it("is the outlet named after «لقناة», «لصحيفة», not the speaker", () => {
    expect(
      speakers(
        "زار الرئيس الأمريكي الأسبق بيل كلينتون نيويورك.",
        'وكان بيل كلينتون قال في تصريح لقناة فوكس الأحد "أنا لم ألق القبض على زعيم القاعدة".',
      ),
    ).toEqual(["Bill Clinton"]);
  });

  it("is a place behind «ل» after the cue, not a government speaking", () => {
    const said = quotes(
      'وعلق المحلل السياسي فادي الأحمد على القرار، موضحا لحمص أن "الأوضاع باتت أكثر تعقيدا من أي وقت مضى".',
    );
    expect(said.map((q) => q.speaker?.ar)).toEqual(["فادي الأحمد"]);
  });
});

describe("a role introduced without a name", () => {
  it("is that unnamed person later, not a named one introduced before", () => {
    expect(
      speakers(
        "التقى المسؤول العراقي ناجي صبري بالأمين العام أمس. واعتبر مسؤول عراقي أن الحوار كان إيجابيا.",
        'وقال المسؤول العراقي إن "الموقف العراقي أصبح معروفا من قبل الجميع".',
      ),
    ).toEqual([null]);
    // What the official said («أن الحوار بين صبري وعنان») does not make Sabri the official.
    expect(
      speakers(
        "التقى وزير الخارجية العراقي ناجي صبري الأمين العام كوفي أنان.",
        'واعتبر مسؤول عراقي أن الحوار الذي جرى بين صبري وأنان كان "خطوة إيجابية". وقال المسؤول العراقي إن "الموقف العراقي أصبح معروفا من قبل الجميع".',
      ),
    ).toEqual([null]);
  });
});

describe("a quote that opens its sentence", () => {
  it("is given to the person named after it in the sentence, whatever the verb", () => {
    expect(
      speakers(
        '"لن نقبل بأي تسوية لا تضمن حقوق الشعب السوري كاملة"، بهذه الكلمات ختم رئيس الائتلاف أنس العبدة كلمته.',
      ),
    ).toEqual(["Anas al-Abdah"]);
    // A quote that is its whole sentence, and the next sentence points back at it.
    expect(
      speakers(
        'وقال جون كيري إن الاتفاق صعب. "الوضع كارثي في المدينة ولا يحتمل". هكذا وصف مدير الدفاع المدني رائد الصالح الوضع في حلب.',
      ),
    ).toEqual(["Raed al-Saleh"]);
    // «وأضاف X» after a quote alone in its sentence: X said it, unless someone else was speaking.
    expect(
      speakers(
        '"سنواصل دعم الشعب السوري حتى النهاية". وأضاف الرئيس الإيراني حسن روحاني أن "طهران لن تتخلى عن حلفائها".',
      ),
    ).toEqual(["Hassan Rouhani", "Hassan Rouhani"]);
    expect(
      speakers(
        'وقال جون كيري إن الوضع صعب. "لن نتخلى عن حلفائنا في المنطقة". وأضاف سيرغي لافروف أن الحل سياسي.',
      ),
    ).toEqual(["John Kerry"]);
    // «هذا وقد…» opens anything: the speaker in play.
    expect(
      speakers(
        'وقال جون كيري إن الاتفاق صعب. "الوضع كارثي في المدينة ولا يحتمل". هذا وقد أعلن رائد الصالح بدء عمليات الإنقاذ.',
      ),
    ).toEqual(["John Kerry"]);
    // No one named after it: the speaker in play.
    expect(
      speakers('وقال جون كيري إن الاتفاق صعب. "لا يمكن أن نستمر هكذا طويلا"، في إشارة إلى روسيا.'),
    ).toEqual(["John Kerry"]);
  });
});

describe("a name between commas after the verb, before a role", () => {
  it("keeps a family name that is also a word", () => {
    const said = quotes(
      'وقال سامي الحكمة، الناطق باسم البلدية، إن "فرق الإنقاذ تعمل منذ الفجر دون توقف".',
      "وارتفعت الحصيلة إلى عشرة، بحسب الحكمة.",
    );
    expect(said.map((q) => q.speaker?.ar)).toEqual(["سامي الحكمة"]);
  });
});

describe("a family name no list knows, speaking", () => {
  it("names the person the text introduced in full with it before", () => {
    const [quote] = quotes(
      "يشارك الاعلامي البارز تيم سيباستيان في مؤتمر القيادة في الدوحة.",
      'وقال سيباستيان "لقد عملت شخصيا مع عدد من القادة في المنطقة".',
    );
    expect(quote?.speaker?.ar).toBe("تيم سيباستيان");
    // A word after the verb that no full name before ends with stays nobody's.
    expect(speakers('وقال سيباستيان "لقد عملت شخصيا مع عدد من القادة في المنطقة".')).not.toContain(
      "Tim Sebastian",
    );
  });
});

describe("a listed figure called by first name", () => {
  it("is that figure, unless the first name is another listed person's family name", () => {
    expect(
      speakers(
        "ودافعت هيلاري كلينتون بشدة عن زوجها في مقابلة تلفزيونية أمس.",
        'وقالت هيلاري "أنا متأكدة أنه كان سيتصرف أفضل بكثير".',
      ),
    ).toEqual(["Hillary Clinton"]);
    // «بشار» is also Abdulhakim Bashar's family name: no first-name reading.
    expect(
      speakers(
        "التقى الرئيس السوري بشار الأسد وفدا روسيا في دمشق أمس.",
        'وأضاف بشار "الحرب لن تنتهي قريبا كما يظن البعض".',
      ),
    ).toEqual([null]);
  });
});

describe("a «وقال» with no subject, when nobody has spoken yet", () => {
  it("is the person the sentence before opened with as its subject, and only that sentence", () => {
    const opening = "واتهم وزير الخارجية الروسي سيرغي لافروف واشنطن بعرقلة الاتفاق.";
    const said = 'وقال: "لن نقبل بأي اتهامات لا أساس لها من الصحة".';
    expect(speakers(`${opening} ${said}`)).toEqual(["Sergey Lavrov"]);
    // A sentence between: the subject is no longer the topic.
    expect(speakers(`${opening} والتقى الوزير نظيره في جنيف. ${said}`)).toEqual([null]);
    // A sentence opening with a noun is no verb-first topic.
    expect(speakers(`والوزير سيرغي لافروف في جنيف. ${said}`)).toEqual([null]);
  });

  it("keeps the topic across a paragraph break, as the speaker carried over is kept", () => {
    const opening = "واتهم وزير الخارجية الروسي سيرغي لافروف واشنطن بعرقلة الاتفاق.";
    const said = 'وقال: "لن نقبل بأي اتهامات لا أساس لها من الصحة".';
    expect(speakers(`${opening}\n\n${said}`)).toEqual(["Sergey Lavrov"]);
    expect(speakers(`${opening} والتقى الوزير نظيره في جنيف.\n\n${said}`)).toEqual([null]);
  });
});

describe("a name in quotation marks", () => {
  it("may speak: only quoted speech hides the names inside it", () => {
    expect(
      speakers('وقالت صحيفة "الوطن" السورية إن "الجيش سيواصل عملياته حتى النهاية في ريف حلب".'),
    ).toEqual(["Al-Watan"]);
    expect(speakers('وقال تنظيم "داعش" في بيان إن "مقاتليه سيطروا على المدينة بالكامل".')).toEqual([
      "Islamic State",
    ]);
    // A name inside quoted speech is still no speaker.
    expect(speakers('وكتب ناشط: "لن ننسى ما فعله سيرغي لافروف بحلب وأهلها".')).toEqual([null]);
  });
});

describe("a cue with no subject of its own", () => {
  it("keeps the words with the speaker in play, unless the clause it reports has a named subject", () => {
    const before =
      'وقال وزير الإعلام يوسف رزقة في مؤتمر صحفي إن "الحكومة تشجع الفصائل على التواصل".';
    expect(
      speakers(
        `${before} وأضاف أنه بمناسبة قدوم وزيرة الخارجية الأمريكية كوندوليزا رايس فإن الحكومة ترفض "التصنيف الأميركي الظالم للمجتمع".`,
      ),
    ).toEqual(["Youssef Rezka", "Youssef Rezka"]);
    // «وأضافت أن شيراك جدد "…"»: the reported clause's subject says the words.
    expect(
      speakers(
        'وقالت المتحدثة باسم الإليزيه إن "الاتصال كان مثمرا". وأضافت أن الرئيس الفرنسي جاك شيراك جدد "الدعوة إلى توضيح مهمات القوة".',
      ),
    ).toEqual(["Elysee Palace", "Jacques Chirac"]);
  });
});

describe("a sentence without quotes that announces the next speaker", () => {
  it("names the subject before its cue when none follows it, not whom the cue was about", () => {
    expect(
      quotes(
        'وكان سفير إسرائيل لدى الأمم المتحدة دان غيلرمان قد أعرب عن صدمته لتصريحات كوفي أنان. وأوضح أن "إسرائيل تجري تحقيقا حول هذا الحادث".',
      ).map((q) => q.speaker?.ar),
    ).toEqual(["دان غيلرمان"]);
    // A subject after the cue is still the one: «وأعرب الوزير سيرغي لافروف عن…».
    expect(
      speakers(
        'وأعرب وزير الخارجية الروسي سيرغي لافروف عن أسفه لتصريحات كوفي أنان. وأوضح أن "موسكو تجري تحقيقا حول هذا الحادث".',
      ),
    ).toEqual(["Sergey Lavrov"]);
  });
});

describe("a role right after the cue", () => {
  it("is the subject over a name further on in the clause, but not over its own apposition", () => {
    const lead = "وقال الرئيس الروماني ترايان باسيسكو إن القمة ناجحة.";
    expect(
      speakers(
        `${lead} واكد الرئيس الروماني في تصريحات نقلتها قناة فرانس 24 الى وكالة فرانس برس "اعتقد ان الرئيس اللبناني ارتكب خطأ".`,
      ),
    ).toEqual(["Traian Basescu"]);
    expect(
      speakers(
        'التقى وزير الدفاع الروسي سيرغي شويغو نظيره السوري. وقال الوزير الروسي سيرغي لافروف "اعتقد ان الحل السياسي ممكن".',
      ),
    ).toEqual(["Sergey Lavrov"]);
  });
});

describe("a participle after the cue", () => {
  it("says how the speaker in play spoke and is no unnamed subject", () => {
    const lead = 'وقال زعيم القاعدة أيمن الظواهري "صرح السفاح بأن لديه سجونا سرية".';
    expect(
      speakers(`${lead} وتساءل موجها الكلام للرئيس الأميركي "كم حجم خسائرك بعد القبض عليه".`),
    ).toEqual(["Ayman al-Zawahiri", "Ayman al-Zawahiri"]);
    // A noun there is a subject of its own, someone unnamed.
    expect(speakers(`${lead} وتساءل مسؤول أمريكي "كم حجم خسائرهم بعد القبض عليه".`)).toEqual([
      "Ayman al-Zawahiri",
      null,
    ]);
  });
});

describe("a participle in a clause of its own", () => {
  it("has the subject after «فيما», not the sentence's first", () => {
    const said = quotes(
      'وزار رئيس الجمهورية ميشال عون الجرحى في المستشفى، فيما نعى رئيس البلدية ألبرت الخوري الضحايا، مؤكدا في تغريدة أن "البلدة لن تنكسر أمام المحنة".',
    );
    // «ألبرت» is written with a hamza: no article, a first name after the role phrase.
    expect(said.map((q) => q.speaker?.ar)).toEqual(["ألبرت الخوري"]);
  });

  it("is not a name a preposition governs in the clause after «أن»", () => {
    const said = quotes(
      'وأبلغ مدير الناحية، سامر حداد، الصحفيين أن الجريح نقل إلى مستشفى ابن خلدون وحالته مستقرة، مضيفا: "لم يعد المزارعون قادرين على الوصول إلى حقولهم".',
    );
    expect(said.map((q) => q.speaker?.ar)).toEqual(["سامر حداد"]);
  });
});

describe("a role before the cue", () => {
  it("is the subject of «وكان الرئيس الأميركي قال»", () => {
    expect(
      speakers(
        'التقى الرئيس الأميركي جورج بوش رئيس الوزراء البريطاني توني بلير في واشنطن. وقال بلير "إن سياسة عدم التحرك ليست السياسة الصحيحة". وكان الرئيس الأميركي قال قبل الاجتماع "علينا أن نجد حلا لهذه المشكلة".',
      ),
    ).toEqual(["Tony Blair", "George W. Bush"]);
  });
});

describe("a first name after a title", () => {
  it("is the person introduced with that first name", () => {
    expect(
      quotes(
        'وقال مدير المنطقة الحرة ناصر الطبسي إن "المنطقة مهمة للتبادل التجاري". وعن هدف المؤسسة يقول السيد ناصر: "إننا نستثمر هذه الأموال داخل البلاد".',
      ).map((q) => q.speaker?.ar),
    ).toEqual(["ناصر الطبسي", "ناصر الطبسي"]);
  });
});

describe("an unnamed source as the sentence's subject", () => {
  it("keeps the words from the bodies and people its sentence names", () => {
    // Fronted, with a verb that is no cue.
    expect(
      speakers(
        'مسؤول بارز بوزارة الدفاع الأمريكية أبلغ صحيفة نيويورك تايمز أن "التمرد ازداد سوءا بجميع المعايير".',
      ),
    ).toEqual([null]);
    // After its verb, named again as «المصادر».
    expect(
      speakers(
        'وقالت مصادر مقربة من نبيه بري إنه لم يحصل اتفاق. ولخصت المصادر وجهة نظر بري على مرحلتين "تشمل الأولى وقف إطلاق النار".',
      ),
    ).toEqual([null]);
    // The subject of an earlier cue goes on through a verb with none of its own.
    expect(
      speakers(
        'من جهته قال مسؤول بارز في الأمم المتحدة إن القنابل العنقودية خطرة ووصف استخدامها بأنه "تصرف غير أخلاقي تماما".',
      ),
    ).toEqual([null]);
    // A named subject of a later cue is the speaker.
    expect(
      speakers(
        'وقتل 28 مدنيا بحسب مصادر في المعارضة، بحسب المرصد السوري لحقوق الإنسان الذي أكد إن من بين القتلى "6 أطفال و8 نساء في الأحياء الغربية".',
      ),
    ).toEqual(["Syrian Observatory for Human Rights"]);
  });
});

describe("a document as the cue's subject", () => {
  it("speaks for the body that issued it, when the sentence before opened with that body", () => {
    expect(
      speakers(
        'ووزعت السفارة الروسية في دمشق رسالة مفتوحة على الصحفيين. وقالت الرسالة إن "القصف على السفارة لن يمر دون رد".',
      ),
    ).toEqual(["Russian Embassy"]);
    // A body further into the sentence is more often its object than its subject.
    expect(
      speakers(
        'وقصفت الطائرات الحربية مواقع جيش الإسلام في الغوطة. وقالت الرسالة إن "القصف على السفارة لن يمر دون رد".',
      ),
    ).toEqual([null]);
  });
});

describe("a role with an adjective that is no nisba", () => {
  it("points back to the person a phrase with both words introduced", () => {
    expect(
      speakers(
        'والتقى المبعوث الأممي الخاص إلى سوريا ستافان دي ميستورا وزير الخارجية الروسي سيرغي لافروف. وقال لافروف إن "الحل سياسي فقط". وقال المبعوث الخاص إن "الوقت ينفد أمام حلب".',
      ),
    ).toEqual(["Sergey Lavrov", "Staffan de Mistura"]);
  });
});

describe("someone described, telling an outlet", () => {
  it("is unnamed, not the outlet after «لمراسلة» or a «لـ» written apart", () => {
    expect(
      speakers(
        'وقالت سيدة من سكان حي القصاع لمراسلة سانا: "كنا نوصل الأطفال إلى المدرسة عندما سقطت القذيفة".',
        'وقال أحد أصحاب المحال في السوق، فضل عدم الكشف عن اسمه، لـ السومرية نيوز، إن "الانفجار الأول أحدث حالة من الهلع".',
      ),
    ).toEqual([null, null]);
  });

  it("is the person a source noun in construct goes on to name", () => {
    // «مسؤول المكتب الإعلامي…، محمد الحمادي»: a role, not «مسؤول أمني»; and «مضيفا» goes on
    // with the verb's subject, not with the reported clause's («فرق الدفاع المدني»).
    const said = quotes(
      'وقال مسؤول المكتب الإعلامي في الدفاع المدني بريف إدلب الجنوبي، محمد الحمادي، لعنب بلدي، إن فرق الدفاع المدني انتشلت جثث الضحايا، مضيفًا أن "الطيران الحربي يستهدف الطرقات التي يسلكها النازحون".',
    );
    expect(said.map((q) => q.speaker?.ar)).toEqual(["محمد الحمادي"]);
    expect(speakers('وقال مسؤول أمني إن "الهجوم استهدف نقطة تفتيش قرب المدينة".')).toEqual([null]);
  });
});

describe("a state's body", () => {
  it("speaks as the subject of a speech verb, though no entity names it", () => {
    expect(
      speakers(
        "وأعلن الجيش اللبناني، في بيان، أن وحداته «ردت على مصادر النيران بالأسلحة المناسبة».",
        'وقالت الشرطة السودانية في بيان إن "قواتها تعاملت مع المواكب بأقصى درجات ضبط النفس".',
      ),
    ).toEqual(["Lebanese Army", "Sudanese Police"]);
  });

  it("is not the speaker where it is the object or a spokesman's", () => {
    expect(
      speakers(
        'وحذرت وزيرة الخارجية الأمريكية كوندوليزا رايس الحكومة السودانية من "عواقب وخيمة إذا رفضت نشر القوات".',
        'وقال متحدث باسم الجيش الإسرائيلي إن "ثلاثة مسلحين اقتربوا من السياج ليلا".',
      ),
    ).toEqual(["Condoleezza Rice", null]);
  });
});
