/** The story model of the five samples: the acceptance cases, computed from extraction. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ArticleDocument } from "../../functions/core/article-document.ts";
import { consolidate, type StoryModel } from "../../functions/core/consolidate/index.ts";
import { at, docOf, SAMPLES, sampleDocs } from "./docs.ts";

/** Windows-1256 bytes for a text, by inverting the platform's own decoder. */
function encode1256(text: string): Uint8Array {
  const decoder = new TextDecoder("windows-1256");
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  const out: number[] = [];
  for (const ch of text) {
    const b = table.get(ch);
    if (b === undefined)
      throw new Error(`no Windows-1256 byte for U+${ch.codePointAt(0)?.toString(16)}`);
    out.push(b);
  }
  return new Uint8Array(out);
}

let docs: ArticleDocument[];
let model: StoryModel;
const ids = () => docs.map((d) => d.frontmatter.id);

beforeAll(() => {
  docs = sampleDocs();
  model = consolidate(docs);
});

describe("the samples' story", () => {
  it("makes Aleppo's 250 killed (samples 001 and 002) one incident with two reports", () => {
    const [, s001, s002] = ids();
    const aleppo = model.entities.find((e) => e.name.en === "Aleppo");
    const matches = model.incidents.filter(
      (i) => i.kind === "killed" && i.reports.some((r) => r.count === 250),
    );
    expect(matches).toHaveLength(1);
    const inc = matches[0];
    expect(inc?.places).toContain(aleppo?.id);
    expect(inc?.reports.map((r) => [r.article, r.qualifier])).toEqual([
      [s001, "exact"],
      [s002, "more_than"],
    ]);
    expect(inc?.range).toEqual({ min: 250, max: 250 });
    // The second report says which rule joined it.
    expect(inc?.reports[1]?.joined).toMatch(/Aleppo/);
    // Sample 002's source is an entity of the model.
    expect(inc?.reports[1]?.source?.entity).toBe(
      model.entities.find((e) => e.name.en === "Syrian Observatory for Human Rights")?.id,
    );
  });

  it("makes the 154 killed in Jableh and Tartus one incident", () => {
    const matches = model.incidents.filter((i) => i.reports.some((r) => r.count === 154));
    expect(matches).toHaveLength(1);
    const names = matches[0]?.places.map((id) => model.entities.find((e) => e.id === id)?.name.en);
    expect(names).toEqual(expect.arrayContaining(["Jableh", "Tartus"]));
    expect(matches[0]?.kind).toBe("killed");
  });

  it("keeps different counts in one place apart (Aleppo's 3, 28 and 250 killed)", () => {
    const aleppo = model.entities.find((e) => e.name.en === "Aleppo")?.id as string;
    const counts = model.incidents
      .filter((i) => i.kind === "killed" && i.places.includes(aleppo))
      .map((i) => i.range.max)
      .sort((a, b) => a - b);
    expect(counts).toEqual([3, 28, 250]);
  });

  it("has one entity for every spelling of de Mistura, Lavrov and Kerry", () => {
    const spellings: Record<string, string[]> = {
      "Staffan de Mistura": ["ستيفان دي ميستورا", "ستافان دى ميستورا", "دي مستورا"],
      "Sergey Lavrov": ["سيرجي لافروف", "سيرغي لافروف"],
      "John Kerry": ["جون كيري", "جون كيرى"],
    };
    for (const [en, forms] of Object.entries(spellings)) {
      const found = model.entities.filter((e) => e.name.en === en);
      expect(found, en).toHaveLength(1);
      const entity = found[0];
      const written = [entity?.name.ar, ...(entity?.aliases.map((a) => a.ar) ?? [])];
      for (const f of forms) {
        // Some spellings differ from a listed alias only by normalisation (ى/ي).
        expect(
          written.some((w) => w?.replace(/ى/g, "ي") === f.replace(/ى/g, "ي")),
          `${en}: ${f}`,
        ).toBe(true);
      }
      // Every sample that names the person lists it.
      const naming = docs.filter((d) => d.frontmatter.entities.some((e) => e.name.en === en));
      expect(entity?.articles).toEqual(naming.map((d) => d.frontmatter.id));
    }
    const people = model.entities.filter((e) => e.type === "person");
    expect(people.filter((e) => /Mistura|Lavrov|Kerry/.test(e.name.en ?? ""))).toHaveLength(3);
  });

  it("adds no article for sample 001 re-uploaded in Windows-1256 under another name", () => {
    const name = "001_7e28444f50e46fbb";
    const text = readFileSync(join(SAMPLES, `${name}.txt`), "utf8");
    const again = docOf(encode1256(text), "inbox/copy-1256.txt", at(10));
    expect(again.frontmatter.source.encoding).toBe("windows-1256");
    expect(again.frontmatter.id).not.toBe(docs[1]?.frontmatter.id);
    const withCopy = consolidate([...docs, again]);
    expect(withCopy.articles).toHaveLength(5);
    const article = withCopy.articles.find((a) => a.id === docs[1]?.frontmatter.id);
    expect(article?.files).toEqual([`inbox/${name}.txt`, "inbox/copy-1256.txt"]);
    expect(article?.sameText).toEqual([again.frontmatter.id]);
    // Nothing is counted twice: incidents, entities and quotes are those of the five samples.
    expect(withCopy.incidents).toEqual(model.incidents);
    expect(withCopy.entities).toEqual(model.entities);
    expect(withCopy.quotes).toEqual(model.quotes);
  });

  it("links each article's own entities, figures and quotes to the model, in order", () => {
    const byId = new Map(model.entities.map((e) => [e.id, e]));
    for (const [i, doc] of docs.entries()) {
      const article = model.articles[i];
      const facts = doc.frontmatter;
      expect(article?.entities).toHaveLength(facts.entities.length);
      facts.entities.forEach((e, k) => {
        const linked = byId.get(article?.entities[k] as string);
        expect(linked?.type).toBe(e.type);
        expect(linked?.articles).toContain(facts.id);
      });
      expect(article?.incidents).toHaveLength(facts.figures.length);
      facts.figures.forEach((f, k) => {
        const inc = model.incidents.find((x) => x.id === article?.incidents[k]);
        expect(inc?.reports.some((r) => r.article === facts.id && r.count === f.count)).toBe(true);
      });
      expect(article?.quotes).toHaveLength(facts.quotes.length);
    }
  });

  it("resolves quotes' speakers to entities of the model", () => {
    const byId = new Map(model.entities.map((e) => [e.id, e]));
    const lavrov = model.quotes.filter(
      (q) => q.speaker && byId.get(q.speaker)?.name.en === "Sergey Lavrov",
    );
    expect(lavrov.length).toBeGreaterThanOrEqual(4);
    for (const q of model.quotes) if (q.speaker) expect(byId.has(q.speaker)).toBe(true);
  });

  it("puts dated sentences on the timeline with the entities they name", () => {
    const may22 = model.timeline.find((t) => t.date === "--05-22");
    expect(may22?.precision).toBe("day-no-year");
    const named = may22?.entities.map((id) => model.entities.find((e) => e.id === id)?.name.en);
    expect(named).toEqual(
      expect.arrayContaining(["Eastern Ghouta", "Damascus", "Moscow", "Washington"]),
    );
  });
});
