/** The `taqrir` command as a user runs it: a child process, its stdout, stderr and exit code. */
import { execFile, execFileSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Facts } from "../../functions/core/facts.ts";
import { tempDir } from "../helpers/temp-dir.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "bin", "taqrir.mjs");
const SAMPLE = join(ROOT, "samples", "002_661c46d4ddf144fc.txt");
const OTHER = join(ROOT, "samples", "004_18a2c8e27a3ab171.txt");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], node = process.execPath): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      node,
      [BIN, ...args],
      { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

let dir: { path: string; cleanup: () => Promise<void> };
let empty: string;
beforeAll(async () => {
  dir = await tempDir("cli");
  empty = join(dir.path, "empty.txt");
  await writeFile(empty, "");
});
afterAll(() => dir.cleanup());

const ExtractJson = Facts.extend({});

describe("taqrir extract", () => {
  it("--json names a file's format and the metadata it gave (a saved web page)", async () => {
    const page = join(dir.path, "page.html");
    await writeFile(
      page,
      `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>عنوان | موقع</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"لافروف يلتقي دي ميستورا في موسكو","datePublished":"2016-05-24","publisher":{"name":"روسيا اليوم"},"author":{"name":"مراسل"},"url":"https://example.org/n/1"}</script>
</head><body><nav>الرئيسية</nav><article><h1>لافروف يلتقي دي ميستورا في موسكو</h1>
<p>التقى وزير الخارجية الروسي سيرغي لافروف المبعوث الأممي ستافان دي ميستورا في موسكو اليوم لبحث سبل إنقاذ الهدنة في سوريا.</p>
<p>وقال لافروف إن "السوريين وحدهم من يقررون مستقبل بلادهم" مضيفا أن روسيا والولايات المتحدة تعملان على حل الأزمة.</p></article></body></html>`,
    );
    const { code, stdout } = await run(["extract", page, "--json"]);
    expect(code).toBe(0);
    const facts = JSON.parse(stdout) as Record<string, unknown>;
    expect(facts).toMatchObject({
      format: "html",
      encoding: "utf-8",
      published: "2016-05-24",
      url: "https://example.org/n/1",
      author: "مراسل",
      title: { ar: "لافروف يلتقي دي ميستورا في موسكو" },
      outlet: { ar: "روسيا اليوم", via: "metadata" },
    });
    expect(ExtractJson.parse(facts).entities.some((e) => e.name.en === "Sergey Lavrov")).toBe(true);
  });

  it("--json prints one facts object for one file, valid against the schema", async () => {
    const { code, stdout } = await run(["extract", SAMPLE, "--json"]);
    expect(code).toBe(0);
    const facts = ExtractJson.parse(JSON.parse(stdout));
    expect(facts.id).toMatch(/^[0-9a-f]{16}$/);
    expect(facts.entities.some((e) => e.name.en === "Sergey Lavrov")).toBe(true);
  });

  it("--json prints an array for several files, and the same id for the same bytes", async () => {
    const { code, stdout } = await run(["extract", SAMPLE, OTHER, SAMPLE, "--json"]);
    expect(code).toBe(0);
    const list = JSON.parse(stdout) as unknown[];
    expect(list).toHaveLength(3);
    const [a, b, c] = list.map((x) => ExtractJson.parse(x));
    expect(a?.id).toBe(c?.id);
    expect(a?.id).not.toBe(b?.id);
  });

  it("a file that cannot be processed yields an error object; the rest still print; exit is non-zero", async () => {
    const missing = join(dir.path, "missing.txt");
    const { code, stdout } = await run(["extract", empty, SAMPLE, missing, "--json"]);
    expect(code).toBe(1);
    const [bad, good, gone] = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(bad).toMatchObject({ file: empty, error: expect.stringContaining("empty") });
    expect(ExtractJson.safeParse(good).success).toBe(true);
    expect(gone).toMatchObject({ error: expect.stringContaining("ENOENT") });
  });

  it("without --json prints a readable summary with English names", async () => {
    const { code, stdout } = await run(["extract", SAMPLE]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Title: /);
    expect(stdout).toMatch(/People: .*Lavrov/);
    expect(stdout).toMatch(/Places: .*Aleppo/);
  });
});

describe("taqrir usage", () => {
  it("explains itself and refuses unknown commands and bad options", async () => {
    expect((await run(["--help"])).stdout).toContain("taqrir extract FILE");
    const unknown = await run(["publish-everything"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command");
    const badPort = await run(["build", "--port", "http"]);
    expect(badPort.code).toBe(2);
    expect(badPort.stderr).toContain("--port must be a whole number");
  });
});

/** The system Node, when it is older than the project needs: the guard is checked against it. */
function oldSystemNode(): string | undefined {
  try {
    const version = execFileSync("/usr/bin/node", ["--version"], { encoding: "utf8" }).trim();
    const [major = 0, minor = 0] = version.replace(/^v/, "").split(".").map(Number);
    return major < 22 || (major === 22 && minor < 12) ? "/usr/bin/node" : undefined;
  } catch {
    return undefined;
  }
}
const oldNode = oldSystemNode();

describe("Node version guard", () => {
  it.runIf(oldNode)("stops with a clear message on a Node older than 22.12", async () => {
    const { code, stderr } = await run(["--help"], oldNode);
    expect(code).toBe(1);
    expect(stderr).toContain("taqrir needs Node >= 22.12");
    expect(stderr).toContain("npm install");
  });
});
