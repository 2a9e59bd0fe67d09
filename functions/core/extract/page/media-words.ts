/**
 * Nouns that name a kind of news outlet («قناة الجزيرة», «بوابة الأهرام», «وكالة سبأ»): a
 * media name that is also a common word counts after one (entities.ts), and a dateline's
 * unbracketed credit can open with one (dateline/credit.ts).
 */
export const MEDIA_NOUNS: readonly string[] = [
  "قناة",
  "صحيفة",
  "جريدة",
  "موقع",
  "وكالة",
  "شبكة",
  "بوابة",
  "تلفزيون",
  "إذاعة",
  "مجلة",
  "فضائية",
];

/**
 * Words that end an outlet's brand («الجزيرة نت», «شفق نيوز», «الأخبار إنفو», «إندبندنت
 * عربية»), with their English: a name ending in one is shaped like an outlet (outlet/name.ts).
 * «عربية» and «عربي» count only after a name the gazetteer lists as media: after any other
 * word they are an adjective («قمة عربية»).
 */
export const MEDIA_SUFFIXES: readonly (readonly [string, string])[] = [
  ["نت", "Net"],
  ["نيوز", "News"],
  ["إنفو", "Info"],
  ["انفو", "Info"],
  ["برس", "Press"],
  ["أونلاين", "Online"],
  ["بوست", "Post"],
  ["تايمز", "Times"],
  ["ميديا", "Media"],
  ["مباشر", "Mubasher"],
];
export const MEDIA_ADJECTIVES: readonly (readonly [string, string])[] = [
  ["عربية", "Arabia"],
  ["عربي", "Arabic"],
];

/**
 * Credits that name no outlet: agencies in general, "exclusive", "our correspondent", the
 * desk, translations, social media («دمشق - خاص», «المصدر: وكالات», «(مراسلنا)»).
 */
export const NOT_OUTLETS: readonly string[] = [
  "وكالات",
  "خاص",
  "خاصة",
  "حصري",
  "مراسلنا",
  "مراسلتنا",
  "مراسلونا",
  "مراسل",
  "مراسلة",
  "المراسل",
  "مراسلون",
  "محرر",
  "المحرر",
  "متابعات",
  "متابعة",
  "ترجمة",
  "مترجم",
  "عاجل",
  "تحديث",
  "محدث",
  "مواقع",
  "وسائل",
  "صحف",
  "الصحف",
  "إعلام",
  "الإعلام",
  "شبكات",
  "التواصل",
  "الموقع",
  "القسم",
  "قسم",
  "أرشيف",
  "أرشيفية",
  "صورة",
  "تصوير",
  "فيديو",
  "مصادر",
  "المصادر",
  "إنترنت",
  "الإنترنت",
  "الخدمة",
  "خدمة",
];

/**
 * Wire services and state news agencies, by their gazetteer English names: every outlet
 * reports what someone "told Reuters" or "said to Interfax", so being told something names
 * them as a source, not as the publisher (outlet/told.ts). Their own copy credits them in the
 * dateline or through their correspondent («أفاد مراسل الأناضول»).
 */
export const WIRE_SERVICES: readonly string[] = [
  ...["Reuters", "Agence France-Presse", "Associated Press", "Deutsche Presse-Agentur"],
  ...["United Press International", "Interfax", "TASS", "RIA Novosti", "Sputnik", "Xinhua"],
  ...["Kyodo", "ANSA", "EFE", "Anadolu Agency", "IRNA", "Tasnim News Agency"],
  ...["Fars News Agency", "Middle East News Agency", "SANA", "National News Agency", "WAFA"],
  ...["Saba News Agency", "Emirates News Agency", "Saudi Press Agency", "Qatar News Agency"],
  ...["Iraqi News Agency", "KUNA", "Petra", "Maghreb Arabe Presse", "Algeria Press Service"],
  ...["Tunis Afrique Presse", "Bahrain News Agency", "Oman News Agency"],
];
