/**
 * Clitic stripping for features and mention keys: a conjunction, a preposition+article or the
 * article comes off, conservatively, so that «والوزير» and «الوزير» share the stem «وزير».
 */

/** Split a normalised word into clitics and a bare stem (conservative: stems stay ≥ 2–3 letters). */
export function bareStem(norm: string): { clitic: string; bare: string } {
  let w = norm;
  let clitic = "";
  if ((w.startsWith("و") || w.startsWith("ف")) && w.length > 3) {
    clitic = w[0] ?? "";
    w = w.slice(1);
  }
  if (w.startsWith("لل") && w.length > 4) {
    clitic += "لل";
    w = w.slice(2);
  } else if (/^[بكل]ال/.test(w) && w.length > 5) {
    clitic += `${w[0]}ال`;
    w = w.slice(3);
  } else if (w.startsWith("ال") && w.length > 4) {
    clitic += "ال";
    w = w.slice(2);
  }
  return { clitic, bare: w };
}
