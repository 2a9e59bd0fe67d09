/**
 * `npm run bench:compare -- <rev A> <rev B>` — is B faster than A, on this drifting host?
 *
 * A revision is anything `git archive` takes (HEAD~2, a branch, a commit) or "." for the
 * working tree. Each revision other than "." is exported to a temporary directory (sharing this
 * checkout's node_modules). bench/alternate.ts then loads both versions into one process pinned
 * to one CPU and alternates them over the same inputs — twice, once in each loading order,
 * because the version loaded second runs a few percent faster. Prints, per order, articles/s on
 * the bench corpus (warm caches) and on unseen news (when ../shared/data is there), and B's
 * change against A averaged over the two orders. Separate `npm run bench` runs minutes apart
 * differ by ±15% here, too much to see a 5% step. One caveat: the two versions share the
 * processor's caches, which blunts differences on the memory-bound unseen pass and can hide a
 * change whose gain is a smaller cache footprint altogether (one such round measured −2% here
 * and about +27% as separate `npm run bench` runs); for those, alternated separate runs in
 * both orders are the measurement (BENCHMARKS.md).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");

interface Side {
  readonly root: string;
  readonly warm: number;
  readonly unseen: number | null;
}

function exportRevision(rev: string): { root: string; cleanup: () => void } {
  if (rev === ".") return { root: ROOT, cleanup: () => {} };
  const dir = mkdtempSync(join(tmpdir(), "taqrir-compare-"));
  const archive = execFileSync("git", ["archive", rev], { cwd: ROOT, maxBuffer: 1 << 30 });
  execFileSync("tar", ["-x", "-C", dir], { input: archive });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  return { root: dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function alternate(first: string, second: string): Side[] {
  const script = join(ROOT, "bench", "alternate.ts");
  const pinned =
    process.platform === "linux" && spawnSync("taskset", ["-c", "0", "true"]).status === 0;
  const [cmd, args] = pinned
    ? ["taskset", ["-c", "0", process.execPath, script, first, second]]
    : [process.execPath, [script, first, second]];
  const run = spawnSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  if (run.status !== 0) throw new Error(`bench/alternate.ts failed (${run.status})`);
  return JSON.parse(run.stdout) as Side[];
}

const revs = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (revs.length !== 2) {
  console.error('usage: npm run bench:compare -- <rev A> <rev B>   ("." is the working tree)');
  process.exit(2);
}
const json = process.argv.includes("--json");
const [a, b] = revs.map(exportRevision) as [
  ReturnType<typeof exportRevision>,
  ReturnType<typeof exportRevision>,
];
try {
  if (a.root === b.root) throw new Error("the two revisions must differ (one process loads both)");
  const ab = alternate(a.root, b.root);
  const ba = alternate(b.root, a.root).reverse();
  const change = (key: "warm" | "unseen") => {
    const ratios = [ab, ba].map((sides) => {
      const [x, y] = sides.map((s) => s[key]);
      return x && y ? y / x : null;
    });
    if (ratios.some((r) => r === null)) return null;
    const mean = ((ratios[0] as number) + (ratios[1] as number)) / 2;
    return Number(((mean - 1) * 100).toFixed(1));
  };
  const result = {
    a: revs[0],
    b: revs[1],
    a_first: { a: ab[0], b: ab[1] },
    b_first: { a: ba[0], b: ba[1] },
    warm_change_percent: change("warm"),
    unseen_change_percent: change("unseen"),
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } else {
    const show = (s: Side | undefined) =>
      `${s?.warm} warm${s?.unseen === null ? "" : `, ${s?.unseen} unseen`}`;
    console.log(`A = ${revs[0]}, B = ${revs[1]} (articles/s, one process, pinned)`);
    console.log(`  A loaded first: A ${show(ab[0])}; B ${show(ab[1])}`);
    console.log(`  B loaded first: A ${show(ba[0])}; B ${show(ba[1])}`);
    console.log(
      `  B against A, both orders averaged: ${result.warm_change_percent}% warm` +
        (result.unseen_change_percent === null ? "" : `, ${result.unseen_change_percent}% unseen`),
    );
  }
} finally {
  a.cleanup();
  b.cleanup();
}
