/**
 * Letter-level features of a word: its shape (Arabic letters, digits, Latin, punctuation),
 * its length bucket, and whether it starts with an Arabic letter.
 */

/** Shape classes in order of appearance, runs collapsed: «a», «ad», «Lp»… (at most 4, then «+»). */
export function shapeOf(w: string): string {
  let out = "";
  let last = "";
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    let k: string;
    if (c >= 0x0621 && c <= 0x064a) k = "a";
    else if ((c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669)) k = "d";
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) k = "L";
    else if (c >= 0x064b && c <= 0x0670) k = "";
    else k = "p";
    if (k !== "" && k !== last) {
      out += k;
      last = k;
    }
  }
  return out.length > 4 ? `${out.slice(0, 4)}+` : out;
}

/** Length bucket of a normalised word. */
export function lenBucket(n: number): string {
  if (n <= 3) return String(n);
  if (n <= 5) return "4-5";
  if (n <= 7) return "6-7";
  return "8+";
}

/** Does the word start with an Arabic letter (U+0621–U+064A)? */
export function startsArabic(norm: string): boolean {
  const c = norm.charCodeAt(0);
  return c >= 0x0621 && c <= 0x064a;
}
