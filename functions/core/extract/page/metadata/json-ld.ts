/**
 * The publisher's name in JSON-LD (`"publisher": {"name": …}`), found by a bounded scan of
 * the characters after its key: not a JSON parser, since page scripts are often not valid
 * JSON and only a name is wanted.
 */

/** Where a JSON-LD publisher's name is looked for after its key. */
const LD_PUBLISHER_SPAN = 1000;

/**
 * The name in a JSON-LD `"publisher": {…}` (or `[{…}]`, or a plain string) starting at `at`
 * in `head`: the first `"name"` directly inside the publisher's object, skipping nested
 * objects such as its logo. Looks at LD_PUBLISHER_SPAN characters at most.
 */
export function ldPublisherName(head: string, at: number): string | null {
  const span = head.slice(at, at + LD_PUBLISHER_SPAN);
  const open = /^"publisher"\s*:\s*(\[\s*)?(["{])/i.exec(span);
  if (!open) return null;
  let i = open[0].length - 1;
  if (span[i] === '"') {
    const end = span.indexOf('"', i + 1);
    return end > i ? span.slice(i + 1, end) : null;
  }
  let depth = 0;
  let inString = false;
  for (; i < span.length; i++) {
    const c = span[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") {
      depth--;
      if (depth === 0) return null;
    } else if (c === '"') {
      if (depth === 1) {
        const m = /^"name"\s*:\s*"([^"\\]{1,100})"/.exec(span.slice(i, i + 120));
        if (m?.[1]) return m[1];
      }
      inString = true;
    }
  }
  return null;
}
