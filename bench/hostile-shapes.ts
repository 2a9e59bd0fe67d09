/**
 * Single-line shapes of hostile text, each made to any size: runs of quote marks, speech
 * cues, digits, names, figures, dates, markup. The tests extract each at two sizes and count
 * the work (tests/extract/extract.test.ts); the bench times each at 1 MB (`hostile_1m_max_s`).
 */

/** `unit` repeated to about `bytes` bytes of UTF-8. */
const repeat = (unit: string, bytes: number) =>
  unit.repeat(Math.max(1, Math.ceil(bytes / Buffer.byteLength(unit))));

export interface HostileShape {
  readonly name: string;
  /** The shape at about `bytes` bytes. */
  text(bytes: number): string;
}

const repeated = (name: string, unit: string): HostileShape => ({
  name,
  text: (bytes) => repeat(unit, bytes),
});

export const HOSTILE_SHAPES: readonly HostileShape[] = [
  repeated("repeated quote marks", '«“"»”'),
  repeated("repeated «قال »", "قال "),
  {
    name: "long digit runs",
    text: (bytes) => `${repeat("٣", bytes / 2)} ${repeat("9", bytes / 2)}`,
  },
  {
    name: "nested openers then text",
    text: (bytes) => `${repeat("«", bytes / 2)}${repeat("كلمة ", bytes / 2)}`,
  },
  repeated("role words and names", "وقال المتحدث باسم الوزارة زيد عمر "),
  repeated("casualty phrases", "مقتل أكثر من 10 أشخاص وإصابة نحو 20 آخرين "),
  repeated("dates", "في 22 أيار/مايو 2016 "),
  repeated("gazetteer names", "وزارة الخارجية الروسية والولايات المتحدة "),
  repeated(
    "number words and breakdowns",
    "قتل واحد وعشرون شخصا بينهم ثلاثة آلاف طفل ومئة وخمسون امرأة وعشرات الآلاف ",
  ),
  repeated("dual nouns and vague plurals", "سقوط قتيلين وجريحين ومئات المدنيين "),
  repeated("Hijri dates", "في 5 رمضان 1437 هـ الموافق 10 يونيو 2016 م "),
  repeated("weekdays and relative words", "الثلاثاء الماضي أمس الأول اليوم غدا يوم الخميس "),
  repeated("dateline shapes", "دمشق - 12 أيار/مايو 2016 (أ ف ب) - "),
  {
    name: "frontmatter opener then dashes",
    text: (bytes) => `---\n${repeat("date: ---\n", bytes)}`,
  },
  repeated("HTML tags without ends", '<meta property="x" content="'),
  repeated("reversed and ASCII quote marks", "”كلام“ ''قول'' „نص“ »رأي« "),
  repeated("long words, no spaces", "بينهم"),
];
