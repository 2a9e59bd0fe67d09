/**
 * Short synthetic articles in the house styles of outlets that neither the fresh articles nor
 * the samples come from. They were written before the outlet reader was run on the fresh
 * articles, so that each cue is covered by at least one case the rules were not fitted to,
 * and each negative names a way a wrong guess could creep in.
 *
 * `expected`: the outlet's English name (or, for an outlet no list knows, its Arabic as it
 * should be kept) and the cue that names it; null when nothing in the text names the outlet.
 */

export interface OutletFixture {
  readonly name: string;
  readonly text: string;
  readonly expected: { readonly en?: string; readonly ar?: string; readonly via: string } | null;
}

const BODY =
  "وأوضح المسؤول أن فرق الإنقاذ تواصل عملها منذ ساعات الصباح الأولى لانتشال العالقين تحت الأنقاض، مشيرا إلى أن الأحوال الجوية تعيق الوصول إلى بعض المناطق المتضررة.";
const BODY2 =
  "وكانت السلطات قد أعلنت حالة الطوارئ في المنطقة منذ الأسبوع الماضي، ودعت السكان إلى الابتعاد عن مجاري الأودية والالتزام بتعليمات الدفاع المدني.";

export const OUTLET_FIXTURES: readonly OutletFixture[] = [
  // --- metadata ---------------------------------------------------------------------------
  {
    name: "frontmatter outlet: key, an outlet the gazetteer knows only behind a media word",
    text: [
      "---",
      "title: أمطار غزيرة تغمر شوارع الدوحة",
      "date: 2024-02-11",
      "outlet: الراية",
      "---",
      "شهدت العاصمة القطرية أمس أمطارا غزيرة غمرت عددا من الشوارع الرئيسية وأدت إلى تعطل حركة المرور لساعات.",
      BODY,
    ].join("\n"),
    expected: { en: "Al-Raya", via: "metadata" },
  },
  {
    name: "frontmatter source: key with an outlet no list knows",
    text: [
      "---",
      "title: فيضانات في الجنوب الشرقي",
      "source: موقع العمق المغربي",
      "---",
      "اجتاحت سيول جارفة عددا من الدواوير في الجنوب الشرقي للمملكة ليلة الأحد، ما أدى إلى انقطاع عدد من الطرق.",
      BODY,
    ].join("\n"),
    expected: { ar: "العمق المغربي", via: "metadata" },
  },
  {
    name: "HTML og:site_name in English and Arabic",
    text: [
      "<html><head>",
      '<meta property="og:site_name" content="القدس العربي | Al-Quds Al-Arabi">',
      '<meta property="article:published_time" content="2024-03-02T09:00:00+00:00">',
      "</head><body><article>",
      "<p>أعلنت وزارة الداخلية الأردنية أمس عن ضبط شحنة كبيرة من المواد المخدرة على الحدود الشمالية للمملكة.</p>",
      `<p>${BODY}</p>`,
      "</article></body></html>",
    ].join("\n"),
    expected: { en: "Al-Quds Al-Arabi", via: "metadata" },
  },
  {
    name: "HTML JSON-LD publisher with a nested logo before its name",
    text: [
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",',
      '"datePublished":"2024-01-20T10:00:00+03:00","publisher":{"@type":"Organization",',
      '"logo":{"@type":"ImageObject","url":"https://example.org/logo.png"},"name":"هسبريس"}}</script>',
      "<p>أعلنت السلطات المغربية عن إطلاق برنامج جديد لدعم الفلاحين المتضررين من الجفاف في عدد من الجهات.</p>",
      `<p>${BODY}</p>`,
    ].join("\n"),
    expected: { en: "Hespress", via: "metadata" },
  },
  // --- dateline ---------------------------------------------------------------------------
  {
    name: 'dateline: place, dash, a quoted paper («الدوحة - "الراية"»)',
    text: [
      'الدوحة - "الراية": أعلنت وزارة البلدية عن خطة لتطوير الحدائق العامة في مختلف مناطق الدولة خلال العام الجاري.',
      BODY,
      BODY2,
    ].join("\n"),
    expected: { en: "Al-Raya", via: "dateline" },
  },
  {
    name: "dateline: a bracketed agency no list knows («تونس (وات) -»)",
    text: [
      "تونس (وات) - أعلنت وزارة الفلاحة التونسية عن تخصيص اعتمادات إضافية لمجابهة نقص مياه الري في ولايات الوسط.",
      BODY,
      BODY2,
    ].join("\n"),
    expected: { ar: "وات", via: "dateline" },
  },
  {
    name: "dateline on its own line: a two-word outlet no list knows («نواكشوط – الأخبار إنفو»)",
    text: [
      "أمطار غزيرة تقطع الطريق الرابط بين العاصمة والشرق",
      "نواكشوط – الأخبار إنفو",
      "قطعت أمطار غزيرة تهاطلت مساء أمس الطريق الرابط بين العاصمة نواكشوط ومدن الشرق الموريتاني لساعات طويلة.",
      BODY,
    ].join("\n"),
    expected: { ar: "الأخبار إنفو", via: "dateline" },
  },
  {
    name: "dateline: a one-word outlet after a known place («الرباط – هسبريس»)",
    text: [
      "الرباط – هسبريس",
      "صادق مجلس الحكومة خلال اجتماعه الأسبوعي على مشروع مرسوم يتعلق بتنظيم قطاع النقل العمومي للمسافرين.",
      BODY,
    ].join("\n"),
    expected: { en: "Hespress", via: "dateline" },
  },
  {
    name: "dateline: Kuwaiti wire shape with a date and a bracketed agency",
    text: [
      "الكويت، 5 يناير (كونا) - أعلنت الإدارة العامة للإطفاء عن السيطرة على حريق اندلع في مخزن بمنطقة الشويخ الصناعية.",
      BODY,
    ].join("\n"),
    expected: { en: "KUNA", via: "dateline" },
  },
  // --- credit lines -----------------------------------------------------------------------
  {
    name: "end credit line: the paper first, then the agencies it drew on",
    text: [
      "سيول تجتاح مناطق في جنوب الكويت",
      "اجتاحت سيول قوية مناطق في جنوب البلاد مساء أمس بعد هطول أمطار غزيرة استمرت لساعات متواصلة.",
      BODY,
      BODY2,
      "(الأنباء، كونا)",
    ].join("\n"),
    expected: { ar: "الأنباء", via: "credit" },
  },
  {
    name: "«المصدر: موقع X» below the body",
    text: [
      "ارتفاع أسعار الخبز في القاهرة",
      "شهدت أسعار الخبز غير المدعم في القاهرة ارتفاعا ملحوظا خلال الأسبوع الجاري وسط شكاوى من المواطنين.",
      BODY,
      "المصدر: موقع مدى مصر",
    ].join("\n"),
    expected: { ar: "مدى مصر", via: "credit" },
  },
  // --- told -------------------------------------------------------------------------------
  {
    name: "told: an outlet no list knows, quoted after «لـ», twice",
    text: [
      "انقطاع الكهرباء عن أحياء في بيروت",
      'قال مسؤول في مؤسسة كهرباء لبنان لـ"صوت بيروت إنترناشونال" إن الانقطاع سيستمر حتى نهاية الأسبوع بسبب نقص الوقود.',
      'وأضاف في حديث لـ"صوت بيروت إنترناشونال" أن المؤسسة تنتظر وصول شحنة جديدة من الفيول خلال أيام.',
      BODY2,
    ].join("\n"),
    expected: { ar: "صوت بيروت إنترناشونال", via: "told" },
  },
  {
    name: "told: «في اتصال مع» a paper the gazetteer lists behind a media word",
    text: [
      "وزير الطاقة: لا زيادة في التعرفة",
      "نفى وزير الطاقة في اتصال هاتفي مع «النهار» وجود أي نية لرفع تعرفة الكهرباء خلال الأشهر المقبلة.",
      BODY,
      BODY2,
    ].join("\n"),
    expected: { en: "An-Nahar", via: "told" },
  },
  // --- masthead ---------------------------------------------------------------------------
  {
    name: "masthead: a known outlet alone on the first line",
    text: [
      "العربية نت",
      "إغلاق مطار دبي مؤقتا بسبب الأحوال الجوية",
      "أعلنت هيئة الطيران المدني في دبي أمس إغلاق المطار مؤقتا بسبب الأحوال الجوية السيئة التي تشهدها الإمارة.",
      BODY,
    ].join("\n"),
    expected: { en: "Al Arabiya Net", via: "masthead" },
  },
  // --- negatives --------------------------------------------------------------------------
  {
    name: 'negative: a paper merely cited («نقلت صحيفة "نيويورك تايمز" عن مسؤول»)',
    text: [
      "واشنطن تدرس عقوبات جديدة",
      'نقلت صحيفة "نيويورك تايمز" عن مسؤول أمريكي قوله إن الإدارة تدرس فرض عقوبات جديدة على شركات الشحن.',
      "وبحسب وكالة رويترز، فإن القرار قد يصدر خلال الأسبوع المقبل بعد مشاورات مع الحلفاء الأوروبيين.",
      "ووفقا لوكالة رويترز أيضا، فإن الشركات المعنية تعمل في عدة موانئ.",
      BODY2,
    ].join("\n"),
    expected: null,
  },
  {
    name: "negative: «عواصم - وكالات» and «المصدر : وكالات»",
    text: [
      "عواصم - وكالات - دعت الأمم المتحدة أمس إلى وقف فوري لإطلاق النار في المنطقة والسماح بدخول المساعدات الإنسانية.",
      BODY,
      BODY2,
      "المصدر : وكالات",
    ].join("\n"),
    expected: null,
  },
  {
    name: "negative: «غزة - خاص» names no outlet",
    text: [
      "غزة - خاص",
      "يعيش آلاف النازحين في خيام مهترئة على شاطئ البحر في ظل نقص حاد في المياه والغذاء والدواء منذ أسابيع.",
      BODY,
    ].join("\n"),
    expected: null,
  },
  {
    name: "negative: a place-dash-headline line is not a credit («غزة - قصف عنيف»)",
    text: [
      "غزة - قصف عنيف",
      "تعرضت مناطق متفرقة من القطاع لقصف عنيف طوال ليلة أمس أسفر عن دمار واسع في المنازل والبنى التحتية.",
      BODY,
    ].join("\n"),
    expected: null,
  },
  {
    name: 'negative: «تابع لـ"…"» is affiliation, «المصدر: الائتلاف» a body, not an outlet',
    text: [
      "اشتباكات في ريف حلب",
      'اندلعت اشتباكات عنيفة بين فصيل تابع لـ"الجيش الوطني" وقوات النظام في ريف حلب الشمالي مساء أمس.',
      BODY,
      "المصدر: الائتلاف الوطني",
    ].join("\n"),
    expected: null,
  },
];
