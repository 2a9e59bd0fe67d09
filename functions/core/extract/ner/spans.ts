/** Entity spans of a tag sequence: what the extractor and the scorer both read tags as. */
export interface Span {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

/** Entity spans of a BIO sequence, conlleval-style (an I-X after a non-X starts an entity). */
export function spansOf(tags: readonly string[]): Span[] {
  const out: Span[] = [];
  let type = "";
  let start = -1;
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? (tags[i] ?? "O") : "O";
    const ty = t === "O" ? "" : t.slice(2);
    const begins = t.startsWith("B-") || (t.startsWith("I-") && ty !== type);
    if (type !== "" && (t === "O" || begins)) {
      out.push({ type, start, end: i });
      type = "";
    }
    if (begins) {
      type = ty;
      start = i;
    }
  }
  return out;
}
