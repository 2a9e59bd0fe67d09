/** Small parse5 helpers for asserting on built pages. */
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { type DefaultTreeAdapterMap, parse } from "parse5";

export type Node = DefaultTreeAdapterMap["node"];
export type Element = DefaultTreeAdapterMap["element"];
export type Document = DefaultTreeAdapterMap["document"];

export const isElement = (node: Node): node is Element => "tagName" in node;

export async function readPage(dist: string, path: string): Promise<Document> {
  return parse(await readFile(join(dist, path), "utf8"));
}

/** Every element in document order (templates included). */
export function* elements(node: Node): Generator<Element> {
  if (isElement(node)) yield node;
  const children = "childNodes" in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
  if (isElement(node) && node.tagName === "template" && "content" in node) {
    yield* elements(node.content as Node);
  }
}

export const attr = (el: Element, name: string): string | undefined =>
  el.attrs.find((a) => a.name === name)?.value;

export const all = (root: Node, predicate: (el: Element) => boolean): Element[] =>
  [...elements(root)].filter(predicate);

export const byTag = (root: Node, tag: string): Element[] => all(root, (el) => el.tagName === tag);

export function first(root: Node, predicate: (el: Element) => boolean): Element {
  const found = [...elements(root)].find(predicate);
  if (!found) throw new Error("no such element");
  return found;
}

export function text(node: Node): string {
  if ("value" in node && node.nodeName === "#text") return node.value;
  const children = "childNodes" in node ? node.childNodes : [];
  return children.map(text).join("");
}

export const htmlElement = (doc: Document): Element => first(doc, (el) => el.tagName === "html");

/** The nearest lang/dir on an element or its ancestors. */
export function inherited(el: Element, name: "lang" | "dir"): string | undefined {
  let node: Node | null = el;
  while (node && isElement(node)) {
    const value = attr(node, name);
    if (value !== undefined) return value;
    node = node.parentNode as Node | null;
  }
  return undefined;
}

/** Paths (with "/") of every file under dir with the given extension. */
export async function filesUnder(dir: string, extension: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(extension))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"))
    .sort();
}
