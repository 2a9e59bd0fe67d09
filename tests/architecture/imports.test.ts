/**
 * The import graph of the project's own modules (functions/, site/src, site/integrations,
 * scripts/, bench/), type-only imports included: no module imports itself through others
 * (a cycle makes load order matter and the layers blur), the shared core never reaches
 * out to the layers built on it (handlers, publish, local, cli), and nothing that runs in a
 * function or the site loads the training code (training/).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const TREES = ["functions", "training", "site/src", "site/integrations", "scripts", "bench"];
const SOURCE = /\.(ts|mjs|astro)$/;
/** import … from "x", import "x", export … from "x" (the first 'from' spec of each statement). */
const IMPORT = /^\s*(?:import|export)\b[^"'`;]*?["']([^"']+)["']/gm;

function modules(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (SOURCE.test(entry.name)) out.push(path);
    }
  };
  for (const tree of TREES) walk(join(ROOT, tree));
  return out.sort();
}

/** Each module's imports of other project modules (resolved paths). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of modules()) {
    const targets: string[] = [];
    for (const m of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const spec = m[1] as string;
      if (!spec.startsWith(".")) continue;
      const target = resolve(dirname(file), spec);
      if (existsSync(target) && SOURCE.test(target)) targets.push(target);
    }
    graph.set(file, targets);
  }
  return graph;
}

/** Strongly connected components of more than one module, or a module importing itself. */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop() as string;
      onStack.delete(w);
      component.push(relative(ROOT, w));
    } while (w !== v);
    if (component.length > 1 || graph.get(v)?.includes(v)) found.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe("the import graph", () => {
  const graph = importGraph();

  it("reads the modules' imports (so the checks below can fail)", () => {
    expect(graph.size).toBeGreaterThan(100);
    const story = graph.get(join(ROOT, "site/src/lib/story.ts")) ?? [];
    expect(story.map((p) => relative(ROOT, p))).toContain("site/src/lib/page-keys.ts");
  });

  it("has no cycles, not even through type-only imports", () => {
    expect(cycles(graph)).toEqual([]);
  });

  it("finds a cycle when there is one", () => {
    const a = join(ROOT, "a.ts");
    const b = join(ROOT, "b.ts");
    expect(
      cycles(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ),
    ).toEqual([["a.ts", "b.ts"]]);
  });

  it("keeps training code out of what the functions and the site load", () => {
    const runtime = [join(ROOT, "functions/"), join(ROOT, "site/")];
    const training = join(ROOT, "training/");
    const loaded = [...graph]
      .filter(([file]) => runtime.some((r) => file.startsWith(r)))
      .flatMap(([file, targets]) =>
        targets
          .filter((t) => t.startsWith(training))
          .map((t) => `${relative(ROOT, file)} → ${relative(ROOT, t)}`),
      );
    expect(loaded).toEqual([]);
    expect([...graph.keys()].some((f) => f.startsWith(training))).toBe(true);
  });

  it("keeps the shared core free of the layers built on it", () => {
    const outer = ["handlers", "publish", "local", "cli"].map((d) => join(ROOT, "functions", d));
    const upward = [...graph]
      .filter(([file]) => file.startsWith(join(ROOT, "functions/core/")))
      .flatMap(([file, targets]) =>
        targets
          .filter((t) => outer.some((o) => t.startsWith(`${o}/`)))
          .map((t) => `${relative(ROOT, file)} → ${relative(ROOT, t)}`),
      );
    expect(upward).toEqual([]);
  });
});
