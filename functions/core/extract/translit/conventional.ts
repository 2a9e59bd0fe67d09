/**
 * Conventional English forms of frequent Arabic name parts. These win over the model: a
 * reader expects "Mohammed", "Hussein" and "Abdel Rahman", not whatever spelling the
 * Wikidata sample favours. Conventions (one per name part, used consistently):
 *
 * - عبد + divine name → "Abdel X" («عبد الرحمن» → "Abdel Rahman"), except «عبد الله» →
 *   "Abdullah"; bare «عبد» (not followed by an article word, «عبد ربه») → "Abd".
 * - the article ال → "al-" before a name part («الأسد» → "al-Assad"), no sun-letter
 *   assimilation; «الدين» after a name → "al-Din" («صلاح الدين» → "Salah al-Din").
 * - «X الله» after a name other than عبد → one word ("Nasrallah", "Atallah").
 * - particles: «أبو» "Abu", «أم» "Umm", «بن» "bin", «بنت» "bint", «ابن» "ibn" ("Bin",
 *   "Ibn" when first), «ولد» "Ould", «آل» (family) "Al".
 * - the words that begin place names: «جبل» "Jabal", «دير» "Deir", «عين» "Ain", «كفر»
 *   "Kafr", «بيت» "Beit", «وادي» "Wadi", «رأس» "Ras", «بئر» "Bir" («جبل الزاوية» → "Jabal
 *   al-Zawiya" rather than "Jable al-…"); «تل» stays the model's "Tel" (Tel al-Sultan).
 *
 * Keys are written naturally; lookups fold hamza seats, ى/ي and ة/ه so every outlet's
 * spelling hits the same entry.
 */

const FORMS = `
محمد Mohammed
أحمد Ahmed
محمود Mahmoud
حامد Hamed
حمد Hamad
حمدي Hamdi
حسين Hussein
حسن Hassan
حسني Hosni
علي Ali
عمر Omar
عمرو Amr
عثمان Othman
يوسف Youssef
مصطفى Mustafa
إبراهيم Ibrahim
إسماعيل Ismail
إسحاق Ishaq
يعقوب Yacoub
خالد Khaled
سعيد Saeed
سعد Saad
سعود Saud
سليمان Suleiman
سلمان Salman
سلطان Sultan
صالح Saleh
صلاح Salah
طارق Tarek
طلال Talal
طه Taha
عادل Adel
عماد Imad
عزت Izzat
عز Izz
عصام Issam
فيصل Faisal
فهد Fahd
كمال Kamal
جمال Jamal
ماهر Maher
مروان Marwan
ناصر Nasser
نصر Nasr
نبيل Nabil
نجيب Najib
هشام Hisham
وليد Walid
ياسر Yasser
ياسين Yassin
زياد Ziad
رامي Rami
سامي Sami
فادي Fadi
باسل Bassel
بشار Bashar
بشير Bashir
حافظ Hafez
حمزة Hamza
خليل Khalil
رشيد Rashid
راشد Rashed
عيسى Issa
موسى Musa
يحيى Yahya
زكريا Zakaria
إدريس Idris
داود Daoud
هارون Haroun
جعفر Jaafar
حيدر Haidar
عباس Abbas
قاسم Qassem
مهدي Mahdi
هادي Hadi
منصور Mansour
مبارك Mubarak
شريف Sharif
أمين Amin
أمير Amir
أنور Anwar
أيمن Ayman
أسامة Osama
أسد Assad
إياد Iyad
رياض Riyad
معاذ Muadh
بكر Bakr
أبوبكر Abu Bakr
عيد Eid
عوض Awad
عبدالله Abdullah
الله Allah
نصرالله Nasrallah
سمير Samir
جميل Jamil
قيس Qais
نبيه Nabih
رفيق Rafik
شفيق Shafik
توفيق Tawfik
نعيم Naim
حازم Hazem
حاتم Hatem
هيثم Haitham
وائل Wael
مازن Mazen
عمار Ammar
غسان Ghassan
رائد Raed
نضال Nidal
محسن Mohsen
مختار Mukhtar
منير Mounir
ممدوح Mamdouh
مجدي Magdi
فتحي Fathi
رمضان Ramadan
شعبان Shaaban
عرفات Arafat
جبريل Jibril
سيف Saif
شيخ Sheikh
ياسمين Yasmin
لينا Lina
رشا Rasha
هالة Hala
نادية Nadia
سعاد Suad
جميلة Jamila
أمل Amal
غادة Ghada
ريم Reem
مريم Maryam
فاطمة Fatima
عائشة Aisha
زينب Zainab
خديجة Khadija
نور Nour
ليلى Layla
هدى Huda
أسماء Asmaa
رانيا Rania
منى Mona
سارة Sara
رحمن Rahman
رحيم Rahim
عزيز Aziz
كريم Karim
حميد Hamid
مجيد Majid
لطيف Latif
قادر Qader
فتاح Fattah
جبار Jabbar
ستار Sattar
رزاق Razzaq
وهاب Wahab
حكيم Hakim
حليم Halim
غني Ghani
باري Bari
باسط Basit
سلام Salam
منعم Moneim
رؤوف Raouf
إله Ilah
ملك Malik
مالك Malik
واحد Wahid
جليل Jalil
دين Din
تركي Turki
فراس Firas
نزار Nizar
جبران Gebran
ميشال Michel
ميشيل Michel
أنس Anas
هيفاء Haifa
هاشم Hashem
غازي Ghazi
بلال Bilal
جهاد Jihad
سهيل Suhail
حذيفة Hudhaifa
مصعب Musab
مهند Muhannad
رامز Ramez
زايد Zayed
جواد Jawad
مقتدى Muqtada
نوري Nouri
برهم Barham
مسعود Masoud
جبل Jabal
دير Deir
عين Ain
كفر Kafr
بيت Beit
وادي Wadi
رأس Ras
بئر Bir
جسر Jisr
قصر Qasr
سهل Sahl
`;

/** Particles: [form when first, form elsewhere]. */
const PARTICLES = `
أبو Abu Abu
أبي Abi Abi
أم Umm Umm
بن Bin bin
بنت Bint bint
ابن Ibn ibn
ولد Ould Ould
`;

/** The same folding the lookups use: hamza seats to bare alef, ى → ي, ة → ه. */
export function foldKey(letters: readonly string[]): string {
  let out = "";
  for (const ch of letters) {
    if (ch === "أ" || ch === "إ" || ch === "آ") out += "ا";
    else if (ch === "ى") out += "ي";
    else if (ch === "ة") out += "ه";
    else if (ch === "ؤ") out += "و";
    else if (ch === "ئ") out += "ي";
    else out += ch;
  }
  return out;
}

function table(text: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const line of text.split("\n")) {
    const parts = line.trim().split(" ");
    const [arabic, ...english] = parts;
    if (!arabic || english.length === 0) continue;
    map.set(foldKey([...arabic]), english);
  }
  return map;
}

const FORM_TABLE = table(FORMS);
const PARTICLE_TABLE = table(PARTICLES);

/** The conventional English form of one name part (folded key), if it has one. */
export function conventionalForm(key: string): string | undefined {
  return FORM_TABLE.get(key)?.join(" ");
}

/** A particle's form by position (first part of the name or not), if the key is a particle. */
export function particleForm(key: string, first: boolean): string | undefined {
  const forms = PARTICLE_TABLE.get(key);
  if (!forms) return undefined;
  return first ? forms[0] : forms[1];
}

/** Number of curated entries (for the report and tests). */
export const CONVENTIONAL_SIZE = FORM_TABLE.size + PARTICLE_TABLE.size;
