/**
 * Nouns that name a kind of news outlet («قناة الجزيرة», «بوابة الأهرام», «وكالة سبأ»): a
 * media name that is also a common word counts after one (entities.ts), and a dateline's
 * unbracketed credit can open with one (dateline.ts).
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
