/**
 * What the HTML and Word readers share: removing elements that are never article text before
 * a parse (linearly, whatever the markup), and turning a DOM subtree into paragraphs — every
 * block element, list item, heading and run of text between <br>s is one paragraph.
 */

/** Elements whose content is never article text; dropped before parsing. */
const NEVER_TEXT = ["script", "style", "noscript", "svg", "template", "iframe", "object", "math"];

/**
 * The markup without those elements. One left-to-right pass with indexOf: an element left
 * open runs to the end and ends the pass, so hostile markup cannot make it quadratic.
 */
export function stripNonText(html: string): string {
  const lower = html.toLowerCase();
  let out = "";
  let at = 0;
  for (;;) {
    let next = -1;
    let name = "";
    for (const n of NEVER_TEXT) {
      const i = lower.indexOf(`<${n}`, at);
      if (i >= 0 && (next < 0 || i < next)) {
        const after = lower.charCodeAt(i + n.length + 1);
        // «<script» and «<script …», not «<scripted».
        if (after === 62 || after === 47 || after <= 32) {
          next = i;
          name = n;
        }
      }
    }
    if (next < 0) return out + html.slice(at);
    out += html.slice(at, next);
    const close = lower.indexOf(`</${name}`, next);
    if (close < 0) return out;
    const end = lower.indexOf(">", close);
    if (end < 0) return out;
    at = end + 1;
  }
}

const BLOCK = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
]);

/** The minimal node shape both linkedom and the browser DOM have. */
interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

/** Paragraphs of a subtree, in document order. Iterative: deep nesting cannot overflow the stack. */
export function blockTexts(root: DomNode, skip: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  let current = "";
  const flush = () => {
    const t = current.replace(/\s+/g, " ").trim();
    if (t !== "") out.push(t);
    current = "";
  };
  // A stack of [node, entering]; leaving a block flushes it.
  const stack: [DomNode, boolean][] = [[root, true]];
  while (stack.length > 0) {
    const [node, entering] = stack.pop() as [DomNode, boolean];
    if (node.nodeType === 3) {
      current += node.textContent ?? "";
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = node.nodeName.toLowerCase();
    if (skip.has(tag)) continue;
    if (tag === "br") {
      flush();
      continue;
    }
    const block = BLOCK.has(tag);
    if (!entering) {
      if (block) flush();
      continue;
    }
    if (block) flush();
    stack.push([node, false]);
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i] as DomNode, true]);
  }
  flush();
  return out;
}
