/** The methodology page's text, in both languages: how facts are found and joined, and the limits. */
import type { Lang } from "./strings.ts";

export interface Section {
  readonly heading: string;
  readonly paragraphs: readonly string[];
}

export const METHODOLOGY: Record<Lang, readonly Section[]> = {
  en: [
    {
      heading: "From a file to facts",
      paragraphs: [
        "Each uploaded article is decoded (UTF-8, UTF-16 or Windows-1256), cleaned of page furniture (mastheads, repeated headlines, subscribe prompts, related links) and read for facts: people, organisations and places with their English names, casualty figures with their qualifiers (at least, more than, about), places and cited sources, dates, quotes and who said them, and the outlet that published it.",
        "Names come from a curated gazetteer, a tagger trained on the ANERcorp corpus and cue-word rules; English names the gazetteer lacks are transliterated by a trained model and marked as such. Nothing is translated: the English edition shows the facts, and the Arabic text as written.",
      ],
    },
    {
      heading: "From articles to the report",
      paragraphs: [
        'The same text uploaded twice is one article. A syndicated copy with small edits is grouped with its original ("also published by") and never counted twice.',
        "A person, organisation or place is one page across every spelling: the gazetteer's name, the same Arabic after normalising hamza, alef, ya and ta marbuta, or a transliteration that differs by one vowel letter in a long word. A family name or an acronym alone never joins two articles' entities.",
        "Figures from different articles are one incident when they have the same kind, share a town or village, are dated within three days (or are both undated, with closer counts), and their counts are within half of each other. The incident shows every outlet's figure and the source it cited, and the range from the lowest to the highest count — never their sum. Each incident says which rules joined its reports.",
        "The timeline lists every date the articles give with the sentence that gives it; a date written without its year takes the year nearest the article's publication date.",
      ],
    },
    {
      heading: "Known limits",
      paragraphs: [
        "The extraction is automatic and makes mistakes: names no list or model knows are missed, and some quotes are given to the wrong speaker. Every fact links to the article it came from; check the article before citing a fact.",
        'Places have no hierarchy: a neighbourhood and its city are different places for incidents. A dated report never joins an undated one. Cumulative tolls ("since 2011") are incidents like any other.',
      ],
    },
  ],
  ar: [
    {
      heading: "من الملف إلى الوقائع",
      paragraphs: [
        "تفك كل مقالة مرفوعة من ترميزها (UTF-8 أو UTF-16 أو Windows-1256)، وتنظف من عناصر الصفحة (الترويسة والعناوين المكررة ودعوات الاشتراك والروابط ذات الصلة)، ثم تستخرج منها الوقائع: الأشخاص والمنظمات والأماكن بأسمائها الإنجليزية، وأعداد الضحايا بصيغها (على الأقل، أكثر من، نحو) وأماكنها والجهات التي نقلت عنها، والتواريخ، والأقوال وقائلوها، والجهة الإعلامية التي نشرت المقالة.",
        "تأتي الأسماء من معجم محقق ومن مصنف مدرب على مدونة ANERcorp ومن قواعد الكلمات الدالة؛ والأسماء الإنجليزية التي لا يعرفها المعجم تنقل آليا بنموذج مدرب ويشار إلى ذلك. لا شيء يترجم: النسخة الإنجليزية تعرض الوقائع، والنص العربي كما ورد.",
      ],
    },
    {
      heading: "من المقالات إلى التقرير",
      paragraphs: [
        "النص نفسه إذا رفع مرتين مقالة واحدة. والنسخة الموزعة من مقالة مع تعديلات طفيفة تجمع مع أصلها («نُشر أيضا في») ولا تحسب مرتين.",
        "لكل شخص أو منظمة أو مكان صفحة واحدة مهما اختلف الإملاء: اسم المعجم، أو العربية نفسها بعد توحيد الهمزة والألف والياء والتاء المربوطة، أو نقحرة تختلف بحرف علة واحد في كلمة طويلة. اسم العائلة وحده أو الاختصار وحده لا يجمع كيانين من مقالتين.",
        "تعد أعداد المقالات المختلفة حادثة واحدة إذا اتفقت في النوع، واشتركت في بلدة أو قرية، وكان تاريخاها في حدود ثلاثة أيام (أو كانتا دون تاريخ مع تقارب أشد في العدد)، ولم يزد أحد العددين على الآخر بأكثر من نصفه. تعرض الحادثة رقم كل مصدر والجهة التي نقل عنها، ونطاق الأعداد من أدناها إلى أعلاها، لا مجموعها، وتذكر سبب جمع تقاريرها.",
        "يعرض التسلسل الزمني كل تاريخ ورد في المقالات مع الجملة التي ذكرته؛ والتاريخ المكتوب دون سنة يأخذ السنة الأقرب إلى تاريخ نشر المقالة.",
      ],
    },
    {
      heading: "حدود معروفة",
      paragraphs: [
        "الاستخراج آلي ويخطئ: تفوته أسماء لا يعرفها معجم ولا نموذج، وتنسب بعض الأقوال إلى غير قائلها. كل واقعة مربوطة بالمقالة التي جاءت منها؛ راجع المقالة قبل الاستشهاد بها.",
        "لا تسلسل هرميا للأماكن: الحي ومدينته مكانان مختلفان في الحوادث. والتقرير المؤرخ لا يجمع مع تقرير دون تاريخ. والحصائل التراكمية («منذ 2011») حوادث كغيرها.",
      ],
    },
  ],
};
