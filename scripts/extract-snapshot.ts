/**
 * `npm run snapshot:extract -- --out FILE` records what the extractor makes of every article
 * it can be checked on; `-- --compare FILE` runs it again and lists every article whose output
 * differs (exit 1). For changes meant to keep extraction byte-identical (issue 22's reshaping
 * of the extractor): snapshot before, compare after.
 *
 * The articles: the bundled samples, the regression articles (tests/fresh/articles), the
 * bench's 10,000 recombined articles (bench/corpus.ts) and, when ../shared/data is there,
 * ANERcorp re-joined into articles. Each output (facts and paragraphs) is kept as a SHA-256 of
 * its JSON, with a digest per corpus.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { buildCorpus, loadUnseenCorpus } from "../bench/corpus.ts";
import { extractArticle } from "../functions/core/extract/index.ts";

const ROOT = join(import.meta.dirname, "..");

/** Every article to check, by corpus, as [name, text]. */
function corpora(): Record<string, [string, string][]> {
  const folder = (dir: string) =>
    readdirSync(join(ROOT, dir))
      .filter((n) => n.endsWith(".txt"))
      .sort()
      .map((n): [string, string] => [n, readFileSync(join(ROOT, dir, n), "utf8")]);
  const numbered = (texts: readonly string[]) =>
    texts.map((text, i): [string, string] => [String(i).padStart(5, "0"), text]);
  const unseen = loadUnseenCorpus();
  return {
    samples: folder("samples"),
    regression: folder("tests/fresh/articles"),
    bench: numbered(buildCorpus(10_000).articles),
    ...(unseen ? { anercorp: numbered(unseen.articles) } : {}),
  };
}

const sha = (text: string) => createHash("sha256").update(text).digest("hex");

type Snapshot = Record<string, { digest: string; articles: Record<string, string> }>;

function snapshot(): Snapshot {
  const out: Snapshot = {};
  for (const [corpus, articles] of Object.entries(corpora())) {
    const digests: Record<string, string> = {};
    for (const [name, text] of articles) {
      // A refusal is an output too: its message is recorded in place of the facts.
      let output: string;
      try {
        output = JSON.stringify(extractArticle(text, { maxBytes: 4 * 1024 * 1024 }));
      } catch (error) {
        output = `refused: ${(error as Error).message}`;
      }
      digests[name] = sha(output);
    }
    out[corpus] = { digest: sha(JSON.stringify(digests)), articles: digests };
    console.error(`${corpus}: ${articles.length} articles, ${out[corpus].digest.slice(0, 16)}`);
  }
  return out;
}

const { values } = parseArgs({ options: { out: { type: "string" }, compare: { type: "string" } } });
if (!values.out && !values.compare) {
  console.error("usage: extract-snapshot.ts --out FILE | --compare FILE");
  process.exit(2);
}
const now = snapshot();
if (values.out) writeFileSync(values.out, `${JSON.stringify(now)}\n`);
if (values.compare) {
  const before = JSON.parse(readFileSync(values.compare, "utf8")) as Snapshot;
  let differing = 0;
  for (const corpus of new Set([...Object.keys(before), ...Object.keys(now)])) {
    const a = before[corpus]?.articles ?? {};
    const b = now[corpus]?.articles ?? {};
    const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    const changed = names.filter((n) => a[n] !== b[n]);
    differing += changed.length;
    const shown = changed.slice(0, 10).join(", ");
    console.log(
      `${corpus}: ${names.length - changed.length}/${names.length} identical${changed.length ? `; differing: ${shown}${changed.length > 10 ? " …" : ""}` : ""}`,
    );
  }
  process.exit(differing === 0 ? 0 : 1);
}
