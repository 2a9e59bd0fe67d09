/**
 * Cue words: role nouns, place nouns, organisation nouns, speech verbs and prepositions that
 * announce a name next to them («وزير …», «مدينة …», «قال …»). A word's cue class is a
 * feature of its own and of its neighbours.
 */
import { bareStem } from "./clitics.ts";

/** Role nouns, place nouns, organisation nouns and speech verbs, as clitic-free stems. */
const CUES: readonly (readonly [string, string])[] = [
  [
    "role",
    "وزير وزيره رئيس رئيسه متحدث متحدثه ناطق مدير مديره امين سفير شيخ ملك ملكه امير اميره سيد سيده دكتور نائب قائد زعيم مستشار عقيد لواء عميد جنرال مدرب لاعب فنان فنانه كاتب شاعر مخرج مبعوث امام بابا سلطان ممثل مندوب مراسل نجم مطرب مغني بطل وكيل محافظ حاكم قاضي محامي استاذ صحفي مفتي رئيسا وزيرا سفيرا بطريرك كاردينال حاخام مفوض منسق اسقف عاهل ولي امبراطور مرشح رجل سيناتور",
  ],
  [
    "place",
    "مدينه بلده قريه حي محافظه منطقه ولايه عاصمه مخيم اقليم جزيره نهر بحر جبل شارع ميناء مطار ضاحيه مقاطعه ساحه قضاء ناحيه سهل وادي بحيره خليج مدن بلدات قري مناطق",
  ],
  [
    "org",
    "وكاله شركه منظمه حزب جامعه وزاره مجلس جيش جبهه حركه اتحاد نادي منتخب صحيفه جريده قناه بنك مصرف هيئه لجنه موسسه جمعيه معهد مركز فريق محكمه برلمان اكاديميه مجموعه تلفزيون اذاعه مجله بورصه صندوق كتيبه لواء فيلق شبكه",
  ],
  ["say", "قال قالت اكد اكدت اضاف اضافت اعلن اعلنت صرح صرحت اوضح اوضحت ذكر ذكرت افاد افادت"],
  ["prep", "في من الي علي عن مع بين عند لدي حول قرب داخل خارج نحو"],
];
const CUE_OF = new Map<string, string>();
for (const [cls, words] of CUES) {
  for (const w of words.split(" ")) if (!CUE_OF.has(w)) CUE_OF.set(w, cls);
}
/** Cue class → its small number (0 is «no cue»), for the tagger's cache keys. */
export const CUE_ID = new Map<string, number>(CUES.map(([cls], k) => [cls, k + 1]));

/** Cue class of a word, also behind a one-letter clitic («بمدينة», «لوكالة», «ووزير»). */
export function cueOf(norm: string, bare: string): string {
  const direct = CUE_OF.get(bare) ?? CUE_OF.get(norm);
  if (direct !== undefined) return direct;
  if (norm.length >= 4 && /^[وفبلك]/.test(norm)) {
    const rest = norm.slice(1);
    return CUE_OF.get(rest) ?? CUE_OF.get(bareStem(rest).bare) ?? "";
  }
  return "";
}
