/**
 * Readable, stable ids: a slug of a name («John Kerry» → "john-kerry"), made unique by the
 * registry that hands it out. The first holder keeps the plain slug; a later, different
 * thing with the same slug gets its type or a number appended. An id handed out is never
 * given to anything else, so a URL built from it stays put.
 */
import { transliterateName } from "../extract/translit/index.ts";

export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’‘ʼʿ`]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

/** The slug of a name: its English form, else a transliteration of the Arabic. */
export function nameSlug(name: { readonly ar: string; readonly en: string | null }): string {
  return slugify(name.en ?? "") || slugify(transliterateName(name.ar)) || "unnamed";
}

export class IdRegistry {
  private readonly taken = new Set<string>();

  /** A fresh id from `base`: the base itself, else `base-qualifier`, else `base-2`, `base-3`… */
  claim(base: string, qualifier?: string): string {
    const b = base || "x";
    const tries = qualifier ? [b, `${b}-${qualifier}`] : [b];
    for (const t of tries) {
      if (!this.taken.has(t)) {
        this.taken.add(t);
        return t;
      }
    }
    for (let n = 2; ; n++) {
      const t = `${b}-${n}`;
      if (!this.taken.has(t)) {
        this.taken.add(t);
        return t;
      }
    }
  }
}
