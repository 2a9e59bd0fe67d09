import { describe, expect, it } from "vitest";
import { findMentions, toEntities } from "../../functions/core/extract/entities/index.ts";
import { candidatesAt, entityById } from "../../functions/core/extract/gazetteer/index.ts";
import { CAPITAL_PLACES } from "../../functions/core/extract/gazetteer/ministries.ts";
import { tokenize } from "../../functions/core/extract/text/tokenize.ts";

function entities(...paras: string[]) {
  return toEntities(
    findMentions(
      paras,
      paras.map((p) => tokenize(p)),
    ),
  );
}
const en = (list: ReturnType<typeof entities>) => list.map((e) => e.name.en ?? e.name.ar);
/** The Arabic names of the places found in a text. */
const placeNames = (text: string) =>
  entities(text)
    .filter((e) => e.type === "place")
    .map((e) => e.name.ar);

describe("entities", () => {
  it("joins later surname mentions to the full name (one entity, mentions counted)", () => {
    const list = entities(
      "التقى وزير الخارجية التركي مولود جاويش أوغلو نظيره الإيراني محمد جواد ظريف في أنقرة.",
      "وقال جاويش أوغلو إن المحادثات كانت مثمرة، فيما أكد ظريف أن بلاده تدعم الحل.",
    );
    const cavusoglu = list.find((e) => e.name.en === "Mevlut Cavusoglu");
    expect(cavusoglu?.mentions).toBe(2);
    expect(list.find((e) => e.name.en === "Mohammad Javad Zarif")?.mentions).toBe(2);
    expect(en(list)).toContain("Ankara");
  });

  it("joins a later «أبو X» short form to a tagged full name", () => {
    const list = entities(
      "وقال المتحدث الرسمي باسم الوزارة السفير أحمد أبو زيد إن الوزير شدد على التهدئة.",
      "وأوضح أبو زيد أن الوزيرين بحثا الأوضاع في السودان.",
    );
    const people = list.filter((e) => e.type === "person");
    expect(people.map((e) => e.name.ar)).toEqual(["أحمد أبو زيد"]);
    expect(people[0]?.mentions).toBe(2);
  });

  it("joins a later kunya to the longer name it opens, and strips «و» before a name particle", () => {
    const people = entities(
      "وقال الداعية أبو عبد الله التركي إن المسجد سيفتح قريبا في لندن.",
      "وابو عبد الله من مواليد لندن. ويقول ابو عبد الله إن الشرطة داهمت المكان.",
      "وانتقل الان الى تجارة العقارات في الشطر التركي من قبرص.",
    ).filter((e) => e.type === "person");
    expect(people.map((e) => e.name.ar)).toEqual(["أبو عبد الله التركي"]);
    expect(people[0]?.mentions).toBe(3);
  });

  it("reads «علي» opening a tagged name as the first name, not the particle «على»", () => {
    const said = "وقال علي أصغر سلطانية مندوب إيران لدى الوكالة الذرية إن بلاده ستراجع موقفها.";
    expect(
      entities(said)
        .filter((e) => e.type === "person")
        .map((e) => e.name.ar),
    ).toEqual(["علي أصغر سلطانية"]);
    // Written as the particle, it is one, whatever the tagger makes of the words after it.
    const particle = said.replace("علي", "على");
    expect(entities(particle).filter((e) => e.type === "person")).toEqual([]);
    // After «بن» it may end a name.
    const received = "وأكد أن الرئيس التونسي زين العابدين بن علي استقبل الموفد الفلسطيني.";
    expect(
      entities(received)
        .filter((e) => e.type === "person")
        .map((e) => e.name.ar),
    ).toEqual(["زين العابدين بن علي"]);
  });

  it("strips «و» from a tagged name only where the word with it is nobody's name", () => {
    const people = entities(
      "ومن أبرز المتحدثين في المؤتمر طارق سويدان وريكاردو سيملر ولاري هوشمان.",
      "وشارك في المباراة واين روني وكريم بنزيمة ووليام غالاس ووليد حمزة.",
    ).filter((e) => e.type === "person");
    expect(people.map((e) => e.name.ar)).toEqual([
      "طارق سويدان",
      "ريكاردو سيملر",
      "لاري هوشمان",
      "واين روني",
      "كريم بنزيمة",
      "وليام غالاس",
      "وليد حمزة",
    ]);
  });

  it("reads an outlet no list knows from the quotation marks after a media noun", () => {
    const orgs = (text: string) =>
      entities(text)
        .filter((e) => e.type === "org")
        .map((e) => e.name.ar);
    expect(orgs('ونشرت صحيفة "القادسية" عنوانا بارزا باللون الأحمر.')).toEqual(["القادسية"]);
    expect(orgs("وقال لمجلة «نيويوركر» إن الحرب طويلة.")).toEqual(["نيويوركر"]);
    // Marks that do not close right after a short name are speech, not a name.
    expect(orgs('وقالت الصحيفة "إن المحادثات بين الطرفين كانت مفيدة جدا".')).toEqual([]);
  });

  it("keeps a hyphenated family name whole", () => {
    const people = (text: string) =>
      entities(text)
        .filter((e) => e.type === "person")
        .map((e) => e.name.ar);
    expect(people("وقالت وزيرة الدفاع الفرنسية ميشال أليو-ماري إن بلادها ستشارك.")).toEqual([
      "ميشال أليو-ماري",
    ]);
    expect(
      people("واعلنت وزيرة الدفاع الفرنسية ميشال اليو - ماري السبت ان بلادها ستشارك."),
    ).toEqual(["ميشال اليو - ماري"]);
    // A hyphenated first name keeps the rest of the name after it.
    expect(people("وقالت ماري-لور فيشر، منسقة الشؤون الإنسانية، إن الوضع خطير.")).toEqual([
      "ماري-لور فيشر",
    ]);
  });

  it("reads a name set off by commas after a role phrase, whatever its family name means", () => {
    const people = entities(
      "وأوضح مدير المكتب الإعلامي في مجلس محافظة حلب الحرة، حسام المصري، أن الحصار مستمر.",
    ).filter((e) => e.type === "person");
    expect(people.map((e) => e.name.ar)).toEqual(["حسام المصري"]);
  });

  it("names an embassy or consulate by its country's adjective", () => {
    const orgs = entities(
      "وأعلنت السفارة الروسية في دمشق أن قذيفة سقطت قربها، فيما قالت القنصلية التركية في الموصل إن موظفيها بخير.",
    ).filter((e) => e.type === "org");
    expect(orgs.map((e) => e.name.en)).toEqual(["Russian Embassy", "Turkish Consulate"]);
  });

  it("never reads «الله» or a word after «عبد» alone as someone's family name", () => {
    const people = entities(
      "وقال الناشط رضا العبد الله إن الحصار مستمر.",
      "وأضاف أن الله وحده يعلم متى ينتهي، وأن العزيز من صبر.",
      "وقال المدرب محمد عبد العزيز إن الفريق جاهز.",
    ).filter((e) => e.type === "person");
    for (const e of people) expect(e.mentions).toBe(1);
  });

  it("reads a speaker described by a tie to someone as a person, like one with a role", () => {
    const people = entities('وقالت رنا عبيد زوجة المعتقل إن "زوجي مختف منذ عامين".').filter(
      (e) => e.type === "person",
    );
    expect(people.map((e) => e.name.ar)).toEqual(["رنا عبيد"]);
    // An adjective after an unnamed source is no tie.
    expect(entities('وقال مصدر صديق للحكومة إن "الاتفاق قريب".')).toEqual([]);
  });

  it("links a surname that is also someone's first name only after the full name", () => {
    const withFull = entities(
      "قال عضو الائتلاف المعارض عبد الحكيم بشار إن المفاوضات متعثرة.",
      "وأضاف بشار أن الحل السياسي ما زال ممكنا.",
    );
    expect(withFull.find((e) => e.name.en === "Abdulhakim Bashar")?.mentions).toBe(2);
    expect(en(withFull)).not.toContain("Bashar al-Assad");
    expect(entities("وأضاف بشار أن الحل السياسي ما زال ممكنا.")).toEqual([]);
  });

  it("keeps the surname of the nearer full name when two people share a first name", () => {
    const list = entities("شنت قوات الرئيس بشار الأسد هجوما، وانتقد الأسد الغرب.");
    expect(list).toHaveLength(1);
    expect(list[0]?.mentions).toBe(2);
  });

  it("reads a place spelled like a role noun as the role when a nationality follows", () => {
    // al-Safira is a town near Aleppo; «السفيرة الأمريكية» is the American ambassador.
    expect(en(entities("وقالت السفيرة الأمريكية إن الوضع خطير."))).not.toContain("As Safirah");
    expect(en(entities("وقصفت الطائرات بلدة السفيرة قرب حلب."))).toContain("As Safirah");
  });

  it("does not report nationality adjectives as places", () => {
    const list = entities("أكد المسؤول الروسي أن العاصمة السورية آمنة وأن الجانب الأمريكي موافق.");
    expect(list).toEqual([]);
  });

  it("does not report a country named only inside an organisation name", () => {
    const list = entities("أصدرت وزارة الخارجية المصرية بيانا حول اجتماع مجموعة دعم سورية.");
    expect(en(list)).toEqual(["Egyptian Foreign Ministry", "International Syria Support Group"]);
  });

  it("trusts a short organisation form only after its full name", () => {
    expect(entities("وقال المرصد إن الاشتباكات مستمرة.")).toEqual([]);
    const list = entities(
      "أفاد المرصد السورى لحقوق الإنسان بمقتل مدنيين.",
      "وقال المرصد إن الاشتباكات مستمرة.",
    );
    expect(list[0]?.name.en).toBe("Syrian Observatory for Human Rights");
    expect(list[0]?.mentions).toBe(2);
  });

  it("reads media names that are common words only after a media word", () => {
    expect(en(entities("نقلت قناة «الجزيرة» عن مصادر محلية."))).toEqual(["Al Jazeera"]);
    expect(entities("وصلت السفينة إلى الجزيرة صباحا.")).toEqual([]);
    // A news portal («بوابة الأهرام») is a media word too.
    expect(en(entities("ذكرت بوابة الأهرام أن الاجتماع انتهى."))).toEqual(["Al-Ahram"]);
    // So is a correspondent of the outlet.
    expect(en(entities("وأفاد مراسل الجزيرة بأن الغارة استهدفت منزلا."))).toEqual(["Al Jazeera"]);
  });

  it("reads club names that are common words only after a club word or beside a club", () => {
    expect(en(entities("فاز فريق الهلال على النصر بهدفين."))).toEqual(["Al Hilal"]);
    expect(en(entities("تعادل نادي الهلال والنصر في الرياض."))).toEqual([
      "Al Hilal",
      "Al Nassr",
      "Riyadh",
    ]);
    expect(en(entities("وأعلن النادي الأهلي تعاقده مع مدرب جديد."))).toEqual(["Al Ahly"]);
    // The same words outside sport: a crescent, a victory, a union, the Red Crescent.
    expect(entities("ظهر الهلال مساء أمس وأعلن النصر.")).toEqual([]);
    expect(en(entities("وزع الهلال الأحمر السوري المساعدات."))).toEqual([
      "Syrian Arab Red Crescent",
    ]);
    expect(en(entities("ودعا الاتحاد الأوروبي إلى وقف النار."))).toEqual(["European Union"]);
  });

  it("names companies and clubs whose names are nobody's ordinary word", () => {
    const list = entities(
      "وقالت شركة نيسان إن مبيعاتها تراجعت في نيسان الماضي، فيما أعلنت تويوتا وفولكسفاغن خططا جديدة.",
      "وتغلب ريال مدريد على خيتافي، وخسر أرسنال أمام تشيلسي.",
    );
    expect(en(list)).toEqual([
      "Nissan",
      "Toyota",
      "Volkswagen",
      "Real Madrid",
      "Getafe",
      "Arsenal",
      "Chelsea",
    ]);
    // «فورد» alone is the US ambassador to Syria (a listed surname); the carmaker needs «شركة».
    expect(en(entities("قال فورد للصحفيين إن الحل سياسي."))).toEqual(["Robert Ford"]);
    expect(en(entities("أعلنت شركة فورد سحب سيارات."))).toEqual(["Ford"]);
  });

  it("names a ministry whose government is a place after «في»", () => {
    const list = entities("قالت وزارة الصحة في قطاع غزة إن 35 شخصا قتلوا.");
    expect(list.find((e) => e.type === "org")).toMatchObject({
      name: { ar: "وزارة الصحة", en: "Gaza Strip Health Ministry" },
      origin: "rule",
    });
    expect(en(list)).toContain("Gaza Strip");
    // A different place is a different ministry; without a place there is none.
    const two = entities(
      "أعلنت وزارة الداخلية في إقليم كردستان مقتل ثلاثة، ونفت وزارة الداخلية في بغداد ذلك.",
    );
    expect(two.filter((e) => e.type === "org").map((e) => e.name.en)).toEqual([
      "Kurdistan Region Interior Ministry",
      "Iraqi Interior Ministry", // a capital names its government
    ]);
    expect(entities("قالت وزارة الصحة في بيان إن الوضع مستقر.")).toEqual([]);
  });

  it("reads a ministry «في» a capital as its government's, one entity with the adjective form", () => {
    const list = entities(
      "وقالت وزارة الخارجية في واشنطن إن الاتفاق صامد، وأكدت الخارجية الأمريكية ذلك لاحقا.",
      "ونفت وزارة الدفاع في موسكو الاتهامات.",
    );
    expect(list.filter((e) => e.type === "org").map((e) => [e.name.en, e.mentions])).toEqual([
      ["US State Department", 2],
      ["Russian Defense Ministry", 1],
    ]);
  });

  it("knows every capital of the ministry tables as a place", () => {
    for (const capital of CAPITAL_PLACES) {
      expect(entityById(`place:${capital}`)?.type, capital).toBe("place");
    }
  });

  it("recognises unknown people after role phrases, with a transliterated English name", () => {
    const list = entities("وقال المتحدث باسم وزارة الدفاع التركية زكي أكتورك إن العملية انتهت.");
    const person = list.find((e) => e.type === "person");
    expect(person?.name.ar).toBe("زكي أكتورك");
    // The model decides the letters; the contract is a Latin two-part name marked as transliterated.
    expect(person?.name.en).toMatch(/^Zak[iy] [A-Z][a-z]+$/);
    expect(person?.englishSource).toBe("transliteration");
    expect(en(list)).toContain("Turkish Defense Ministry");
  });

  it("ends an unknown name before a word with an article or preposition", () => {
    const list = entities(
      "وقال مندوب اليونان لدى المنظمة الدولية ادامنتوس فاسيلاكيس للصحافيين إن الترشيح سحب.",
    );
    expect(list.find((e) => e.type === "person")?.name.ar).toBe("ادامنتوس فاسيلاكيس");
  });

  it("does not read ordinary words as surnames of listed people", () => {
    expect(entities("أكد البيان على الموقف العربي الموحد وعلى سلامة المدنيين.")).toEqual([]);
  });

  it("does not invent people from role phrases followed by ordinary words", () => {
    expect(entities("وقال رئيس الوزراء إن الحكومة ستعقد اجتماعا طارئا.")).toEqual([]);
    expect(entities("ودان نائب رئيس البرلمان العدوان الهمجي على المدينة.")).toEqual([]);
  });

  it("reads unlisted bodies named by a head noun and a telling adjective", () => {
    const list = entities("وأعلن المجلس الوطني الكردي والحزب الشيوعي السوري رفضهما للاتفاق.");
    expect(list.map((e) => [e.type, e.name.ar, e.name.en, e.englishSource, e.origin])).toEqual([
      ["org", "المجلس الوطني الكردي", "Kurdish National Council", "translation", "rule"],
      ["org", "الحزب الشيوعي السوري", "Syrian Communist Party", "translation", "rule"],
    ]);
    // A «ل» phrase of glossed words ends the name; national Red Crescents are bodies too.
    expect(
      en(entities("وطالب المرصد العراقي لحقوق الإنسان والهلال الأحمر الليبي بفتح تحقيق.")),
    ).toEqual(["Iraqi Observatory for Human Rights", "Libyan Red Crescent"]);
    // A second remit joined by «و» ends the name.
    expect(en(entities("وقالت الشبكة اليمنية للحقوق والحريات إن الحملة طالت طلابا."))).toEqual([
      "Yemeni Network for Rights and Freedoms",
    ]);
    // Descriptions, not names: no telling adjective, a government, a noun after an adjective.
    for (const text of [
      "وقالت اللجنة الدولية إن الوضع خطير.",
      "وقالت الحكومة السورية إن الوضع خطير.",
      "وأشادت اللجنة الألمانية المنظمة بالحضور.",
      "ورفض المجلس البلدي الطلب.",
    ]) {
      expect(
        entities(text).filter((e) => e.origin === "rule"),
        text,
      ).toEqual([]);
    }
  });

  it("takes districts that are common words only with a cue or in a list of places", () => {
    expect(en(entities("سقطت قذائف على حي السكري."))).toEqual(["Sukkari"]);
    expect(entities("يعاني المريض من السكري.")).toEqual([]);
    expect(en(entities("قصفت أحياء الأشرفية والسريان."))).toEqual(["Ashrafieh", "Al-Siryan"]);
    // Administrative words are cues too: a governorate, a Yemeni district, an Iraqi qadaa.
    expect(en(entities("اشتدت المعارك في محافظة البيضاء."))).toEqual(["al-Bayda"]);
    expect(en(entities("وصل النازحون إلى قضاء القائم."))).toEqual(["al-Qaim"]);
    expect(entities("رسم الطفل بيتا بالألوان البيضاء.")).toEqual([]);
  });

  it("keeps aliases as written, without the clitic", () => {
    const list = entities("وصل الوفد إلى دمشق ثم غادر لدمشق وبدمشق.");
    expect(list[0]?.aliases).toEqual(["دمشق"]);
    expect(list[0]?.mentions).toBe(3);
    expect(entities("ذهب للعراق")[0]?.aliases).toEqual(["العراق"]);
  });

  describe("trained tagger: names no gazetteer lists", () => {
    /** True when the gazetteer reads no name starting at any word of `phrase`. */
    function unknownToGazetteer(phrase: string): boolean {
      const toks = tokenize(phrase);
      return toks.every((_, i) =>
        candidatesAt(phrase, toks, i).every((c) => c.hits.every((h) => h.kind === "local")),
      );
    }
    const pick = (list: ReturnType<typeof entities>, ar: string) =>
      list.find((e) => e.name.ar === ar);

    it("finds an unknown person without any role phrase, and joins the later surname", () => {
      expect(unknownToGazetteer("سليم بودربالة")).toBe(true);
      const list = entities(
        "وصل رجل الأعمال سليم بودربالة إلى تونس قادما من باريس.",
        "وقال بودربالة إن المفاوضات مع الشركاء الأوروبيين كانت صعبة.",
      );
      expect(pick(list, "سليم بودربالة")).toMatchObject({
        type: "person",
        mentions: 2,
        aliases: ["سليم بودربالة", "بودربالة"],
        englishSource: "transliteration",
        origin: "tagger",
      });
      expect(pick(list, "سليم بودربالة")?.name.en).toMatch(/^Sal[ie]m B[a-z]+$/);
      // Known names keep their canonical English names and gazetteer origin.
      expect(en(list).slice(1)).toEqual(["Tunisia", "Paris"]);
      expect(list.find((e) => e.name.en === "Paris")?.origin).toBe("gazetteer");
      expect(list.find((e) => e.name.en === "Paris")?.englishSource).toBe("gazetteer");
    });

    it("finds an unknown foreign name set off by commas", () => {
      expect(unknownToGazetteer("يوهانس كرامر")).toBe(true);
      const list = entities(
        "ووصل يوهانس كرامر، مدير منظمة الإغاثة الألمانية، مع المساعدات إلى حلب.",
        "وأضاف كرامر أن الطرق ما زالت مغلقة.",
      );
      expect(pick(list, "يوهانس كرامر")).toMatchObject({ type: "person", origin: "tagger" });
      expect(pick(list, "يوهانس كرامر")?.mentions).toBe(2);
      expect(en(list)).toContain("Aleppo");
    });

    it("finds unknown towns after «بلدة», names ending in «ة» too", () => {
      // Each town alone in a one-sentence article, with no other mention to lend evidence.
      // «كفرنبودة» ends in «ة» like an adjective agreeing with «بلدة» («بلدة كبيرة»), but has
      // no adjective's shape (it is long, not a nisba, not a participle with «م»).
      const towns = ["كفرنبودة", "الهبيط", "معرشورين", "تلمنس", "كفرسجنة"];
      const more = ["حيش", "خان السبل", "الكبينة", "جرجناز", "اللطامنة"];
      for (const town of [...towns, ...more]) {
        expect(unknownToGazetteer(town), town).toBe(true);
        const list = entities(`قصفت طائرات حربية بلدة ${town} في ريف حماة الشمالي صباح اليوم.`);
        expect(en(list)).toContain("Hama");
        expect(pick(list, town), town).toMatchObject({
          type: "place",
          englishSource: "transliteration",
        });
      }
      // Adjectives after the noun stay adjectives.
      for (const adjective of ["صغيرة", "حدودية", "محاصرة", "مجاورة", "ومستوطنة"]) {
        const list = entities(`قصفت طائرات حربية بلدة ${adjective} في ريف حماة الشمالي.`);
        expect(en(list), adjective).toEqual(["Hama"]);
      }
    });

    it("finds unknown places named right after a place noun, not adjectives or plurals", () => {
      const list = entities(
        "قتل 40 شخصا في هجوم على قرية ود النورة بولاية الرهد، وسقط قتيلان قرب قضاء الدبس.",
      );
      for (const ar of ["ود النورة", "الرهد", "الدبس"]) {
        expect(pick(list, ar)).toMatchObject({ type: "place", origin: "rule" });
      }
      const none = entities(
        "نزحت العائلات إلى قرية صغيرة ثم إلى منطقة حدودية، وعاد بعضهم إلى حي سكني قرب مخيم اللاجئين في مدينة يقطنها آلاف.",
      );
      expect(none.filter((e) => e.origin === "rule")).toEqual([]);
      // A camp is named by the word after it, unless that is people or another place noun.
      const camps = entities("نزح الأهالي إلى مخيم حندرات ثم إلى مخيم النازحين شرق مخيم المدينة.");
      expect(camps.map((e) => `${e.type}:${e.name.ar}`)).toEqual(["place:حندرات"]);
    });

    it("names a local body by the place it governs, and keeps the place", () => {
      const list = entities(
        "وقال المجلس المحلي لمدينة داريا ومديرية صحة إدلب إن المساعدات لم تصل، بينما قال المجلس المحلي إن الوضع صعب.",
      );
      expect(list.map((e) => `${e.type}:${e.name.en}`)).toEqual([
        "org:Daraya Local Council",
        "place:Daraya",
        "org:Idlib Health Directorate",
        "place:Idlib",
      ]);
    });

    it("knows the Syrian factions by name, not as the place their name holds", () => {
      const list = entities(
        "وقال قائد لواء القدس إن قواته وفيلق الشام وجيش المجاهدين صدت هجوما في مخيم حندرات.",
      );
      expect(en(list).slice(0, 3)).toEqual(["Liwa al-Quds", "Sham Legion", "Jaish al-Mujahideen"]);
      expect(list.map((e) => e.type)).toEqual(["org", "org", "org", "place"]);
    });

    it("reads the places listed after a plural or dual place noun, not a lone possessor", () => {
      const list = entities(
        "شنت الطائرات غارات على أحياء الكلاسة وبستان القصر والصاخور، وقصفت المدفعية بلدتي شبعا وكفرحمام.",
      );
      for (const ar of ["الكلاسة", "الصاخور", "كفرحمام"]) {
        expect(pick(list, ar)).toMatchObject({ type: "place", origin: "rule" });
      }
      const none = entities(
        "انتشرت القوات في مدن المملكة وفي مدن وقرى الصين، وجرفت السيول عدة قرى وتشريد الآلاف، وسعت إلى إحياء غرائز القوة.",
      );
      expect(none.filter((e) => e.origin === "rule")).toEqual([]);
    });

    it("reads the unknown names of a list of places that known places or their region close in", () => {
      // The region holding the list follows it.
      const held = entities("وقتل ثلاثة أشخاص في تلمنس ومعرشمارين وجرجناز بريف إدلب.");
      for (const ar of ["تلمنس", "معرشمارين", "جرجناز"]) {
        expect(pick(held, ar)).toMatchObject({ type: "place", origin: "rule" });
      }
      // A known place before, and a known place or the sentence's end after.
      const flanked = entities("وشنت الطائرات غارات على حلب وتلمنس وإدلب وكفرنبل ومعرشورين.");
      for (const ar of ["تلمنس", "معرشورين"]) {
        expect(pick(flanked, ar)).toMatchObject({ type: "place", origin: "rule" });
      }
      // A «و» after a place that opens a clause, or an adverb, is no place.
      const none = entities(
        "وانتقل من حلب وصولا إلى دمشق، وأمضى سنينه الأخيرة في لندن وحيداً. وقال في حلب وحضرت الوفود.",
      );
      expect(none.filter((e) => e.origin === "rule")).toEqual([]);
    });

    it("reads a common first name right after a definite role noun as a name", () => {
      // After «العميد» an indefinite word is neither its complement nor its adjective, and
      // «تركي» (Turki; also "Turkish") is a first name many people have.
      const list = entities(
        "نفى المتحدث باسم التحالف بقيادة السعودية العميد تركي المالكي مسؤولية التحالف.",
      );
      expect(pick(list, "تركي المالكي")).toMatchObject({ type: "person", origin: "rule" });
      // «باسم وزارة الخارجية»: the role phrase runs over a noun in construct.
      const envoy = entities(
        "وقال المتحدث الرسمى باسم وزارة الخارجية السفير أحمد أبو زيد إن المحادثات مثمرة.",
      );
      expect(pick(envoy, "أحمد أبو زيد")).toMatchObject({ type: "person", origin: "rule" });
      // A pronoun that is also a Chinese name, or an indefinite role noun, names nobody.
      expect(
        entities("وأعرب المتحدث باسم الخارجية هو توم كايسي عن أمله.").map((e) => e.name.ar),
      ).not.toContain("هو توم كايسي");
      expect(entities("قال مسؤول تركي إن الحدود مغلقة.")).toEqual([]);
      // «و» and an ordinary word is no name after a role («وزير الخارجية وشؤون المغتربين»).
      expect(
        entities("بحث وزير الخارجية وشؤون المغتربين مع نظيره سبل التعاون.").map((e) => e.name.ar),
      ).toEqual([]);
    });

    it("reads a name after a researcher's, analyst's or expert's role, past the body named", () => {
      const list = entities("ويرى الباحث في معهد واشنطن أندرو تابلر أن الهدنة تنهار.");
      expect(pick(list, "أندرو تابلر")).toMatchObject({ type: "person", origin: "rule" });
      const expert = entities("وقال الخبير العسكري أحمد رحال إن الهدنة تنهار.");
      expect(pick(expert, "أحمد رحال")).toMatchObject({ type: "person" });
    });

    it("does not read a name behind clitics it never takes", () => {
      const names = (t: string) => entities(t).map((e) => e.name.en ?? e.name.ar);
      // «كلاوس» is Klaus, not «ك» + Laos; «بالحماس» enthusiasm, «للحجاب» the veil.
      expect(names("وقال عمدة برلين كلاوس فوفرايت إن المدينة مستعدة.")).not.toContain("Laos");
      expect(
        names("استقبل الجمهور الفريق بالحماس وطالب بعض النواب بمنع الحجاب وللحجاب أنصار."),
      ).toEqual([]);
      // A body's name takes the article («بالحلف الأطلسي»), and «ك» before a body stays.
      expect(names("وطالب بالحلف الأطلسي بالتدخل ضد منظمات كداعش.")).toEqual([
        "NATO",
        "Islamic State",
      ]);
    });

    it("does not read a family name that is an ordinary word, a first name or a month alone", () => {
      const names = (t: string) => entities(t).map((e) => e.name.en ?? e.name.ar);
      expect(names("وأعلنت الحكومة الحداد وحداد رسمي في البلاد.")).toEqual([]);
      expect(names("أعلن الدكتور سعيد راتب أن المشروع اكتمل.")).not.toContain("Kais Saied");
      expect(names("وصادف ذلك منتصف شهر شعبان، أي في 15 شعبان 1437 هـ.")).toEqual([]);
      // A family name that is none of those still names its bearer.
      expect(names("وقالت شعبان إن الحكومة لن تتراجع.")).toEqual(["Bouthaina Shaaban"]);
    });

    it("reads a listed person's family name after another first name as someone else", () => {
      const names = (t: string) => entities(t).map((e) => e.name.en ?? e.name.ar);
      // Moaz al-Khatib's family name, after another (compound) first name.
      expect(names("ودعا وزير الخارجية الأردني عبد الإله الخطيب إلى وقف النار.")).not.toContain(
        "Moaz al-Khatib",
      );
      expect(names("وقال شادي الخطيب إن الحرب مستمرة.")).not.toContain("Moaz al-Khatib");
      // The person's own first name spelled otherwise, a verb before the name, a list of
      // family names: still the listed people.
      expect(names("وقال سيرجي لافروف إن الحرب مستمرة.")).toEqual(["Sergey Lavrov"]);
      expect(names("رأى جونسون أن الحرب مستمرة.")).toEqual(["Boris Johnson"]);
      expect(names("والتقى بوش وبلير في لندن.")).toEqual([
        "George W. Bush",
        "Tony Blair",
        "London",
      ]);
    });

    it("reads «X الله» as a first name after a role, and ends a name at a verb of saying", () => {
      const minister = entities("ويقف وزير الثقافة الإيراني عطاء الله مهاجراني في وضع صعب.");
      expect(pick(minister, "عطاء الله مهاجراني")).toMatchObject({ type: "person" });
      // «حفظه الله» (may God keep him) after a role is no name.
      expect(entities("وقام رئيس الدولة حفظه الله بزيارة المسجد.")).toEqual([]);
      const howells = entities("أما وزير الدولة للشؤون الخارجية كيم هاولز فوصف الهجوم بأنه وحشي.");
      expect(howells.map((e) => e.name.ar)).toEqual(["كيم هاولز"]);
    });

    it("reads «X الله» as one family name, and a family name after «عبد الله»", () => {
      const mp = entities("قال النائب في كتلة «الوفاء للمقاومة» حسن فضل الله إن المقاومة جاهزة.");
      expect(pick(mp, "حسن فضل الله")).toMatchObject({ type: "person", origin: "rule" });
      const minister = entities("وقال وزير الداخلية في الحكومة محمد جاب الله إن الأمن مستتب.");
      expect(pick(minister, "محمد جاب الله")).toMatchObject({ type: "person" });
      const spokesman = entities("وقال المتحدث باسم الحكومة عبد الله الحسن إن الوضع صعب.");
      expect(pick(spokesman, "عبد الله الحسن")).toMatchObject({ type: "person" });
    });

    it("finds an unknown person between a verb of saying and their role", () => {
      const list = entities("وقال محمد عتيق الفلاحي الأمين العام للهيئة، إن القوافل ستصل.");
      expect(pick(list, "محمد عتيق الفلاحي")).toMatchObject({ type: "person", origin: "rule" });
      // No role after the words: nothing is claimed.
      expect(
        entities("وقال محمد عتيق للصحفيين إن القوافل ستصل.").filter((e) => e.origin === "rule"),
      ).toEqual([]);
    });

    it("ends a name after a role with a family name that has the article", () => {
      const list = entities("وقال مدير الدفاع المدني في حلب عمار السلمو إن الفرق تعمل بلا توقف.");
      expect(pick(list, "عمار السلمو")).toMatchObject({ type: "person", origin: "rule" });
      // A definite common word after a first name is not a family name.
      expect(
        entities("وقال مدير المكتب أحمد الآن إن الفرق تعمل.").filter((e) => e.origin === "rule"),
      ).toEqual([]);
    });

    it("keeps a full unknown name whose surname alone would read as a listed person", () => {
      // «الزعبي» alone is Asaad al-Zoubi's surname in the gazetteer; «كريم الزعبي» is someone else.
      const list = entities("وقال الكاتب السياسي كريم الزعبي إن الاتفاق لن يصمد طويلا.");
      expect(list.map((e) => [e.name.ar, e.origin])).toEqual([["كريم الزعبي", "tagger"]]);
    });

    it("reads a longer form of a listed person's own name as that person, whole", () => {
      // The tagger reads the three words as one name; two of them are Obama's own.
      const obama = entities("وقال باراك حسين أوباما إن بلاده مستعدة للحوار.");
      expect(obama.map((e) => [e.name.en, e.aliases])).toEqual([
        ["Barack Obama", ["باراك حسين أوباما"]],
      ]);
      // Another common first name one letter apart is someone else: not «محمد» Morsi.
      const other = entities("وقال الفنان محمود مرسي إن الفيلم سيعرض قريبا.");
      expect(other.map((e) => e.name.en)).not.toContain("Mohamed Morsi");
    });

    it("marks role-phrase people as found by the rule", () => {
      expect(unknownToGazetteer("محمد ولد أحمدو")).toBe(true);
      const list = entities("وشارك في الاجتماع وزير الزراعة الموريتاني محمد ولد أحمدو.");
      expect(list).toEqual([
        {
          type: "person",
          // Conventional forms of the name parts (محمد, ولد) decide; the model spells the rest.
          name: { ar: "محمد ولد أحمدو", en: "Mohammed Ould Ahmadou" },
          mentions: 1,
          aliases: ["محمد ولد أحمدو"],
          englishSource: "transliteration",
          origin: "rule",
        },
      ]);
    });

    it("translates an unknown organisation's English name, or leaves it empty, never transliterating words", () => {
      const list = entities("وأعلنت جمعية الهلال الأخضر للإغاثة أنها أرسلت قافلة إلى المنطقة.");
      const unknown = list.filter((x) => x.type === "org" && x.origin !== "gazetteer");
      expect(unknown.map((e) => e.name.en)).toEqual(["Green Crescent for Relief"]);
      for (const e of unknown) expect(e.englishSource).not.toBe("transliteration");
      const bare = entities("وأعلنت جمعية زهرة المدائن أنها أرسلت قافلة إلى المنطقة.");
      for (const e of bare.filter((x) => x.type === "org" && x.origin !== "gazetteer")) {
        expect(e.englishSource).not.toBe("transliteration");
      }
    });

    it("does not read «my son», «my wife» as a person's name", () => {
      expect(entities("وقالت الأم: «ابني سافر من ثلاثة شهور ولم يعد إلينا».")).toEqual([]);
      expect(entities("وقال زوجتي خرجت إلى السوق ولم تعد.").map((e) => e.type)).not.toContain(
        "person",
      );
    });

    it("does not report verbs, adjectives or lone first names", () => {
      expect(entities("وأضاف بشار أن الحل السياسي ما زال ممكنا.")).toEqual([]);
      expect(entities("سنشهد تغييرات كبيرة في المرحلة المقبلة، وسنستأنف المحادثات.")).toEqual([]);
      expect(entities("أكد المسؤول الروسي أن الجانب الأمريكي موافق.")).toEqual([]);
    });

    it("reads a name after a military rank, with a family name on «العلي»", () => {
      const list = entities(
        "وأفاد المتحدث باسم الجيش الوطني السوري، الرائد أحمد العلي، بمقتل عنصرين.",
      );
      expect(list.map((e) => [e.type, e.name.ar])).toContainEqual(["person", "أحمد العلي"]);
    });

    it("reads a name after a local office and the place it governs", () => {
      const list = entities("قال قائممقام قضاء الخالص رعد حسين الكرخي إن الأهالي قلقون.");
      expect(list.map((e) => [e.type, e.name.ar])).toContainEqual(["person", "رعد حسين الكرخي"]);
      const governor = entities("وقال محافظ حمص طلال البرازي إن الوضع مستقر.");
      expect(governor.map((e) => [e.type, e.name.ar])).toContainEqual(["person", "طلال البرازي"]);
    });

    it("reads the places a dual district or camp noun lists, and a list's unknown first place", () => {
      const names = placeNames;
      // «وتحليق» after the list is a verbal noun, not a third district.
      expect(names("قصف مدفعي على مديريتي الدريهمي وحيس وتحليق لطيران الاستطلاع.")).toEqual([
        "الدريهمي",
        "حيس",
      ]);
      // Abu Shouk is listed, by its full name.
      expect(names("ويعيش مئات الآلاف في مخيمي زمزم وأبو شوك للنازحين.")).toEqual([
        "زمزم",
        "مخيم أبو شوك",
      ]);
      expect(names("ونزح الأهالي إلى كفرحمرة وإدلب وحلب منذ أيام.")).toEqual([
        "كفرحمرة",
        "إدلب",
        "حلب",
      ]);
      expect(names("وذهب إلى المدرسة ودمشق وحلب.")).toEqual(["دمشق", "حلب"]);
    });

    it("never reads the verb «أودى» as the carmaker", () => {
      expect(
        entities("وأودى التفجير بحياة 27 شخصا في جرمانا.").map((e) => e.name.en),
      ).not.toContain("Audi");
    });

    it("reads a village spelled like an adjective inside a list that goes on past it", () => {
      const names = placeNames;
      expect(names("قصف قرى عيتا الشعب ورامية والقوزح وبيت ليف.")).toEqual([
        "عيتا الشعب",
        "رامية",
        "القوزح",
        "بيت ليف",
      ]);
      // At the list's end such a word is an adjective of the list's noun.
      expect(names("قصف قرى حولا ومركبا وبليدا وسكنية.")).toEqual(["حولا", "مركبا", "بليدا"]);
    });

    it("reads a family name alone as a person where it is a speech verb's subject", () => {
      const said = entities('وأضاف بلعاوي " أن الشعب الفلسطيني يريد السلام ".');
      expect(said.map((e) => [e.type, e.name.ar, e.origin])).toEqual([
        ["person", "بلعاوي", "tagger"],
      ]);
      // Elsewhere the same lone word is left alone, and after the verb an adjective or a
      // common word is no one.
      expect(entities("وتحدث التقرير عن دور بلعاوي في المفاوضات.")).toEqual([]);
      expect(entities("وقال روسي إن الحرب ستطول.")).toEqual([]);
      expect(entities("وقال مسؤول إن الحرب ستطول.")).toEqual([]);
    });
  });
});

describe("hospitals no list knows", () => {
  const orgs = (text: string) =>
    entities(text)
      .filter((e) => e.type === "org")
      .map((e) => `${e.name.ar} = ${e.name.en}`);

  it("are named by the place, person or words after the head, with their adjectives", () => {
    expect(
      orgs(
        "نقل الجرحى إلى مستشفى الكرامة التخصصي ومستشفى ابن رشد التعليمي ومستشفى الأمير حمزة ومجمع النور الطبي.",
      ),
    ).toEqual([
      "مستشفى الكرامة التخصصي = Al-Karama Specialist Hospital",
      "مستشفى ابن رشد التعليمي = Ibn Reshd Teaching Hospital",
      "مستشفى الأمير حمزة = Prince Hamza Hospital",
      "مجمع النور الطبي = Al-Nour Medical Complex",
    ]);
  });

  it("keeps a known place inside the name as a place of its own", () => {
    const list = entities("وصل المصابون إلى مستشفى حلب الجامعي.");
    expect(list.map((e) => `${e.type}:${e.name.en}`)).toEqual([
      "org:Aleppo University Hospital",
      "place:Aleppo",
    ]);
  });

  it("are not a kind of hospital, a place it stands in, or a bare medical centre", () => {
    expect(
      orgs(
        "نقل الطفل إلى مستشفى الأطفال ثم إلى مستشفى المدينة، وافتتح مستشفى ميداني، وآخر مستشفى بحلب، والمستشفى العام، ومركز الإيواء.",
      ),
    ).toEqual([]);
  });

  it("with the article, are named only by a country's adjective", () => {
    expect(
      orgs("وعولج الجرحى في المستشفى الميداني الأردني، ثم نقلوا إلى المستشفى العسكري."),
    ).toEqual(["المستشفى الميداني الأردني = Jordanian Field Hospital"]);
  });
});

describe("a ministry named without its government", () => {
  const ministries = (...paras: string[]) =>
    entities(...paras)
      .filter((e) => e.type === "org")
      .map((e) => `${e.name.ar} = ${e.name.en}`);

  it("is the government of the country most of the article's places are in", () => {
    expect(
      ministries(
        "قتل خمسة أشخاص في قصف على حمص، وسقطت قذائف على حماة وريف حلب شمال سوريا.",
        "وقالت وزارة الداخلية في بيان إن المهاجمين اعتقلوا، وطالبت وزارة الخارجية والمغتربين بالتحرك.",
      ),
    ).toEqual([
      "وزارة الداخلية = Syrian Interior Ministry",
      "وزارة الخارجية والمغتربين = Syrian Foreign Ministry",
    ]);
  });

  it("names nothing when no country leads the article's places", () => {
    expect(
      ministries("زار الوفد دمشق ثم بغداد وعمان.", "وقالت وزارة الداخلية إن الزيارة انتهت."),
    ).toEqual([]);
  });

  it("leaves a ministry of a named place to that place", () => {
    expect(
      ministries("قتل عشرة في غزة ورفح وخان يونس، بحسب وزارة الصحة في قطاع غزة.").map(
        (s) => s.split(" = ")[1],
      ),
    ).toEqual(["Gaza Strip Health Ministry"]);
  });
});

describe("people described as they are introduced", () => {
  const people = (...paras: string[]) =>
    entities(...paras)
      .filter((e) => e.type === "person")
      .map((e) => e.name.ar);

  it("are the name before «، وهو/وهي» or an age in brackets, kunyas too", () => {
    expect(
      people(
        "ونقلت الوكالة عن سعاد علي، وهي ممرضة في المستشفى، قولها إن الوضع مأساوي.",
        "وقالت أم ياسر، وهي نازحة من البلدة، إنها لم تحمل شيئا. وروى كريم سليم الحوراني، وهو من سكان الحي، ما جرى.",
        "قال فراس عودة (38 عاما) إنه فقد منزله، فيما يرمم أبو سامر (61 عاماً) محله.",
      ),
    ).toEqual(["سعاد علي", "أم ياسر", "كريم سليم الحوراني", "فراس عودة", "أبو سامر"]);
  });

  it("are not a date's month nor a word a first name qualifies", () => {
    expect(
      people(
        "ولد في 13 رجب بمكة، وهو ابن عم الخليفة.",
        "تعبر أعماله عن الحنين إلى قيم جميلة تندثر، وهي قيم الطبقة الوسطى.",
      ),
    ).toEqual([]);
  });
});

describe("a role phrase", () => {
  const people = (text: string) =>
    entities(text)
      .filter((e) => e.type === "person")
      .map((e) => e.name.ar);

  it("runs over «ل» and a noun in construct to a name set off by commas", () => {
    expect(
      people("وقال المتحدث باسم المنسقية العامة لمخيمات النازحين، هارون عيسى، إن الأوضاع صعبة."),
    ).toEqual(["هارون عيسى"]);
  });

  it("takes feminine roles, «حاكم», a place noun before a known place, and an unknown seat", () => {
    expect(
      people(
        "وقالت مندوبة الحكومة في بلدة نائية، سلوى حداد، إن الوضع صعب، فيما قال حاكم إقليم دارفور، جبريل آدم عثمان، إن القتال توقف.",
      ),
    ).toEqual(["سلوى حداد", "جبريل آدم عثمان"]);
  });

  it("runs over «ب» and a named body to a name after a comma and a title, and takes «وكيل»", () => {
    expect(
      people(
        "ويرى الخبير في المياه بجامعة دمشق، الدكتور سامر عودة الحلبي، أن السدود متهالكة، فيما قال وكيل محافظة حماة، نادر عيسى الفارس، إن الأضرار كبيرة.",
      ),
    ).toEqual(["سامر عودة الحلبي", "نادر عيسى الفارس"]);
  });

  it("takes a first name made with «الله» after a definite role, not a blessing", () => {
    expect(people("وقالت المتحدثة أمة الله الشامي إن الوضع صعب.")).toEqual(["أمة الله الشامي"]);
    expect(people("زار رئيس الدولة «حفظه الله» المدينة.")).toEqual([]);
  });

  it("ends with its sentence", () => {
    expect(people("رحب الوزير بجهود المبعوث لتسوية الأزمة السورية. انشئ حساباً خاصاً بك.")).toEqual(
      [],
    );
  });
});

describe("sites no list knows", () => {
  const places = (text: string) =>
    entities(text)
      .filter((e) => e.type === "place")
      .map((e) => `${e.name.ar} = ${e.name.en}`);

  it("are a site's noun and the name after it, with English as English writes it", () => {
    expect(
      places("قصفت الطائرات محيط جبل الزاوية ومطار الطبقة العسكري ومنتجع صلنفة، قرب حوض اليرموك."),
    ).toEqual([
      // Listed, so the gazetteer's own name.
      "جبل الزاوية = Jabal al-Zawiya",
      "مطار الطبقة العسكري = Al-Tabaqa Military Airport",
      "منتجع صلنفة = Salnefa Resort",
      "حوض اليرموك = Al-Jermuk Basin",
    ]);
  });

  it("are not a site a known town names, nor a common noun, nor a word joined by «و»", () => {
    expect(
      places("أغلق مطار دمشق، وبقي جبل من الأنقاض في شارع رئيسي قرب جبل وسهل، والمطار الدولي."),
    ).toEqual(["دمشق = Damascus"]);
  });
});

describe("bodies named by what they are for", () => {
  const orgs = (text: string) =>
    entities(text)
      .filter((e) => e.type === "org")
      .map((e) => e.name.ar);

  it("are a head, its adjectives and a «ل» phrase that opens on a body's noun or holds a name", () => {
    expect(
      orgs(
        "وحذرت اللجنة التحضيرية لنقابة معلمي اليمن، والإدارة العامة للحرس الوطني، والوحدة التنفيذية لإدارة مخيمات النازحين والمهجرين من التصعيد.",
      ),
    ).toEqual([
      "اللجنة التحضيرية لنقابة معلمي اليمن",
      "الإدارة العامة للحرس الوطني",
      "الوحدة التنفيذية لإدارة مخيمات النازحين والمهجرين",
    ]);
  });

  it("include a media centre named for an operation or a front", () => {
    expect(orgs("وقال المركز الإعلامي لعملية عاصفة الصحراء إن القصف مستمر.")).toEqual([
      "المركز الإعلامي لعملية عاصفة الصحراء",
    ]);
  });

  it("are a body in construct with what it does and the place it serves, not an army's", () => {
    const list = entities(
      "وقالت قيادة شرطة محافظة ديالى إن الوضع مستقر، وأعلنت قيادة عمليات نينوى الاستنفار.",
    );
    expect(list.map((e) => `${e.type}:${e.name.en}`)).toEqual([
      "org:Diyala Police Command",
      "place:Diyala",
      "place:Nineveh",
    ]);
  });

  it("are not a body and what it set out to do", () => {
    expect(orgs("وقررت الجمعية العامة لإصدار القرارات التالية، والإدارة الحقيقية للحكم.")).toEqual(
      [],
    );
  });
});

describe("a village after a feminine place noun", () => {
  it("is a short «ة» word without an adjective's shape, not an adjective", () => {
    expect(
      placeNames("نزحوا من بلدة أطمة إلى قرية صغيرة ثم إلى قرية عائمة قرب بلدة واسعة."),
    ).toEqual(["أطمة"]);
  });
});

describe("a dual place noun", () => {
  it("is not a listed person's surname spelled alike («ولايتي» and Velayati)", () => {
    expect(entities("قتل جنديان في ولايتي القصرين وسيدي بوزيد.").map((e) => e.type)).not.toContain(
      "person",
    );
  });
});

describe("a prayer's time", () => {
  it("is no place («صلاة المغرب» is the sunset prayer, not Morocco)", () => {
    expect(placeNames("هاجم المسلحون القرية بعد صلاة المغرب، ثم زار الوزير المغرب.")).toEqual([
      "المغرب",
    ]);
    expect(placeNames("أدى الحضور صلاة المغرب جماعة.")).toEqual([]);
  });
});

describe("places beyond the regional city tables", () => {
  it("knows capitals and first-level divisions in the English news writes", () => {
    expect(
      en(
        entities(
          "أعلنت السلطات في باماكو أن الهجوم وقع في منطقة موبتي، فيما سقطت قذائف على ريف دمشق وعكار وشمال سيناء وكابل.",
        ),
      ),
    ).toEqual(
      expect.arrayContaining(["Bamako", "Mopti", "Rif Dimashq", "Akkar", "North Sinai", "Kabul"]),
    );
  });

  it("reads no short name behind a clitic in an ordinary word, nor a quoted outlet as a place", () => {
    // «بنوك» (banks) is no «ب» + Nuuk; «صحيفة "بابل"» is a paper, Babil a governorate.
    expect(placeNames("ورفضت بنوك العيون في الخارج توريد القرنيات.")).toEqual([]);
    expect(
      placeNames('واتهمت صحيفة " بابل " الإدارة الأميركية، وقصفت الطائرات محافظة بابل.'),
    ).toEqual(["بابل"]);
    expect(
      entities('واتهمت صحيفة " بابل " الإدارة الأميركية.').map((e) => [e.type, e.name.ar]),
    ).toContainEqual(["org", "بابل"]);
  });
});

describe("squares, bridges and roundabouts", () => {
  it("are sites named by the word after them, unless speech uses them figuratively", () => {
    expect(
      placeNames(
        "وتجمع المحتجون في ساحة الحبوبي وسط الناصرية، وأغلقوا جسر الحلفايا وقطعوا مستديرة الملولة.",
      ),
    ).toEqual(["ساحة الحبوبي", "الناصرية", "جسر الحلفايا", "مستديرة الملولة"]);
    expect(
      placeNames("وقال إن ساحة المعركة تشهد تقدما، وإن ميدان القتال واسع، وإن جسر الثقة انهار."),
    ).toEqual([]);
  });
});

describe("bodies named with the place they serve", () => {
  it("reads an office or directorate by its remit and place, and a municipality by its place", () => {
    const list = entities(
      "وأعلن مكتب الصحة بمحافظة الحديدة أن الحصيلة ارتفعت، وقالت دائرة صحة ذي قار إن المستشفيات امتلأت، فيما قالت بلدية جنين إن الشوارع دمرت.",
    );
    expect(list.filter((e) => e.type === "org").map((e) => e.name.en)).toEqual([
      "Hodeidah Health Office",
      "Dhi Qar Health Directorate",
      "Jenin Municipality",
    ]);
    // A media office speaks for its ministry, and is no body of its own.
    expect(
      en(entities("وأعلن المكتب الإعلامي لوزارة الصحة في غزة أن عدد الشهداء ارتفع.")),
    ).not.toContain("Aalami Office for Health Ministry");
  });
});

describe("people named by what they are called, or after whose body they speak for", () => {
  it("reads the name after «تدعى/يدعى», and a role phrase over a person in construct", () => {
    const people = (text: string) =>
      entities(text)
        .filter((e) => e.type === "person")
        .map((e) => e.name.ar);
    expect(people("وقالت نازحة أخرى تدعى أم أحمد إنها نزحت ست مرات.")).toEqual(["أم أحمد"]);
    expect(people("وقال شاب يدعى محمد العلي إن القصف لم يتوقف.")).toEqual(["محمد العلي"]);
    // «طلب عدم ذكر اسمه خشية الانتقام» names nobody.
    expect(people("وقال أحد السكان، الذي طلب عدم ذكر اسمه خشية الانتقام، إن القصف استمر.")).toEqual(
      [],
    );
    expect(people("ونفى المتحدث باسم قوات حفتر أحمد المسماري مسؤولية قواته.")).toEqual([
      "خليفة حفتر",
      "أحمد المسماري",
    ]);
  });
});

describe("a body called by a name", () => {
  it("is no person: «تدعى» names a person only after a noun of people or a role", () => {
    expect(
      entities("كان يوجد منظمة شبيهة تدعى عصبة الأمم.").filter((e) => e.type === "person"),
    ).toEqual([]);
  });
});

describe("words that are no name", () => {
  it("are a noun with a possessive after its «ة», and «ب» with an ordinary word", () => {
    // After the role phrase «الأمين العام للأمم المتحدة», «مطالبتها بإدانة» is what was
    // renewed, not a person.
    expect(
      entities(
        "وجددت الوزارة في رسالتين وجهتهما إلى الأمين العام للأمم المتحدة مطالبتها بإدانة الاعتداءات.",
      ).filter((e) => e.type === "person"),
    ).toEqual([]);
  });

  it("reads ministries whose portfolio is two words joined by «و»", () => {
    expect(
      entities("وقالت وزارة الخارجية والمغتربين السورية إن الاعتداءات مستمرة.").map(
        (e) => e.name.ar,
      ),
    ).toContain("وزارة الخارجية والمغتربين السورية");
  });
});
