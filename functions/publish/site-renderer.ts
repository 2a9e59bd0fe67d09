/**
 * The site kept in line with its content by a renderer that stays running (the local loop's
 * publisher). The first update builds the site as buildSite does, and keeps that build's
 * Astro child alive (astro-resident.mjs); every later update asks the child to render only
 * the pages whose data changed, straight into the served folder, which takes a second or
 * two instead of a build's fixed costs (bundling, restoring every unchanged page). Search
 * is indexed after each update, as with `search: "after"`.
 *
 * Anything unusual falls back to a build: the child died or failed, or the served folder is
 * no longer the one it wrote (another build put a new one in place). An article file the
 * schema refuses is set aside, as a build does, and the update tried again without it.
 */
import { randomBytes } from "node:crypto";
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import {
  type BuildSiteOptions,
  buildSite,
  hasExited,
  type KeptBuild,
  reindex,
  type SetAside,
  setAsideRefused,
} from "./build-site.ts";

export interface SiteUpdate {
  /** "built": a build ran (the first update, or a fallback); "updated": only changes. */
  readonly how: "built" | "updated";
  readonly durationMs: number;
  /** Pages and feeds on the site. */
  readonly pages: number;
  /** Files written (an update: only those whose bytes changed) and removed. */
  readonly written: number;
  readonly removed: number;
  readonly setAside: readonly SetAside[];
  /** Settles when the search index covers this update (never rejects). */
  readonly searchIndexed: Promise<number>;
  /** Why an update fell back to a build, when it did. */
  readonly fellBack?: string;
}

type Options = Omit<BuildSiteOptions, "keep" | "search" | "incremental">;

interface Reply {
  readonly type: "updated" | "failed";
  readonly id: number;
  readonly message?: string;
  readonly written?: readonly string[];
  readonly removed?: readonly string[];
  readonly pages?: number;
}

export class SiteRenderer {
  readonly #options: Options;
  #kept: KeptBuild | null = null;
  /** The served folder's inode after this renderer last changed it. */
  #servedIno: number | null = null;
  /** The search index run in progress (or last finished), and one waiting to start after it. */
  #indexing: Promise<number> = Promise.resolve(0);
  #indexQueued: Promise<number> | null = null;
  #nextId = 0;

  constructor(options: Options) {
    this.#options = options;
  }

  /** Brings the served site in line with the content. Updates run one at a time. */
  async update(): Promise<SiteUpdate> {
    const started = performance.now();
    let fellBack: string | undefined;
    if (this.#kept) {
      const outDir = resolve(this.#options.outDir);
      const ino = await stat(outDir).then(
        (s) => s.ino,
        () => null,
      );
      if (ino !== null && ino === this.#servedIno) {
        const setAside: SetAside[] = [];
        const answer = await this.#ask(outDir, setAside);
        if (answer.type === "updated") {
          const searchIndexed = this.#index(outDir);
          return {
            how: "updated",
            durationMs: Math.round(performance.now() - started),
            pages: answer.pages ?? 0,
            written: answer.written?.length ?? 0,
            removed: answer.removed?.length ?? 0,
            setAside,
            searchIndexed,
          };
        }
        fellBack = answer.message ?? "the renderer failed";
      } else {
        fellBack = "the served folder was replaced by another build";
      }
      this.#options.onLog?.(`site renderer: ${fellBack}; building the site instead`);
      await this.#stop();
    }
    return this.#build(started, fellBack);
  }

  /** The running renderer's process id (null before the first update or after close). */
  get pid(): number | null {
    return this.#kept?.child.pid ?? null;
  }

  /** Stops the renderer once the search index it started is made; the site stays served. */
  async close(): Promise<void> {
    await this.#indexing;
    await this.#stop();
  }

  async #stop(): Promise<void> {
    const kept = this.#kept;
    this.#kept = null;
    await kept?.close();
  }

  /**
   * Indexes the served site for search after an update, one run at a time (Pagefind writes
   * a folder of the site); updates that arrive while a run is going share the next run.
   */
  #index(outDir: string): Promise<number> {
    if (this.#indexQueued) return this.#indexQueued;
    const run = this.#indexing.then(() => {
      this.#indexQueued = null;
      return reindex(outDir, randomBytes(4).toString("hex"), this.#options.onLog);
    });
    this.#indexQueued = run;
    this.#indexing = run;
    return run;
  }

  async #build(started: number, fellBack: string | undefined): Promise<SiteUpdate> {
    // A build carries the current index over into the new folder: let any run finish first.
    await this.#indexing;
    const result = await buildSite({ ...this.#options, keep: true, search: "after" });
    this.#kept = result.kept;
    this.#servedIno = (await stat(resolve(this.#options.outDir))).ino;
    this.#indexing = result.searchIndexed ?? Promise.resolve(0);
    return {
      how: "built",
      durationMs: Math.round(performance.now() - started),
      pages: result.pages,
      written: result.pages,
      removed: 0,
      setAside: result.setAside,
      searchIndexed: this.#indexing,
      ...(fellBack ? { fellBack } : {}),
    };
  }

  /** One update by the child; a refused article file is set aside and the update retried. */
  async #ask(outDir: string, setAside: SetAside[]): Promise<Reply> {
    const contentDir = resolve(this.#options.contentDir);
    for (;;) {
      const answer = await this.#send(outDir);
      if (answer.type === "updated") return answer;
      const output = answer.message ?? "";
      if (!(await setAsideRefused(contentDir, output, setAside, this.#options.onLog))) {
        return answer;
      }
    }
  }

  #send(outDir: string): Promise<Reply> {
    const child = (this.#kept as KeptBuild).child;
    const id = this.#nextId++;
    return new Promise((resolvePromise) => {
      const done = (reply: Reply) => {
        child.off("message", onMessage);
        child.off("exit", onExit);
        resolvePromise(reply);
      };
      const onMessage = (message: Reply) => {
        if (message?.id === id) done(message);
      };
      const onExit = (code: number | null, signal: string | null) =>
        done({ type: "failed", id, message: `the renderer stopped (${signal ?? code})` });
      child.on("message", onMessage);
      child.on("exit", onExit);
      if (hasExited(child)) return onExit(child.exitCode, child.signalCode);
      child.send({ type: "update", id, outDir }, (error) => {
        if (error) done({ type: "failed", id, message: `could not reach the renderer: ${error}` });
      });
    });
  }
}
