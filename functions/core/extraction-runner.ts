/**
 * Reading and extracting one upload, where it runs. `inlineRunner` does it in the calling
 * thread. `workerRunner` does it in a worker thread with a time budget: a server keeps
 * answering while a file is read, and a file that takes longer than the budget is refused
 * with a reason (the worker is stopped and a fresh one started for the next file) instead of
 * stalling the loop, or running a Lambda into its timeout and its dead-letter queue.
 */
import { Worker } from "node:worker_threads";
import { DEFAULT_MAX_BYTES, type DecodeOptions, formatBytes } from "./decode.ts";
import { type Extraction, InputTooLargeError } from "./extract/contract.ts";
import { extractArticle } from "./extract/index.ts";
import {
  type ArticleSource,
  type Format,
  type RefusalReason,
  readUpload,
} from "./formats/index.ts";

export type RunResult =
  | {
      readonly ok: true;
      readonly extraction: Extraction;
      readonly format: Format;
      readonly encoding: string;
    }
  | {
      readonly ok: false;
      readonly reason: RefusalReason;
      readonly message: string;
      readonly format: Format | null;
    };

export interface ExtractionRunner {
  run(bytes: Uint8Array, key: string, options: DecodeOptions): Promise<RunResult>;
  close(): Promise<void>;
}

export type Extracted =
  | { readonly ok: true; readonly extraction: Extraction }
  | { readonly ok: false; readonly reason: RefusalReason; readonly message: string };

/**
 * Runs the extractor on a read upload under the article size limit, with the metadata its
 * format gave. A legacy-encoded file under the limit can decode to more UTF-8 than the limit
 * (Windows-1256 letters take two bytes in UTF-8), and a page's text can be larger than its
 * markup suggested: that is refused, not thrown.
 */
export function extractSource(source: ArticleSource, options: DecodeOptions = {}): Extracted {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    // A format's title heads the text, as a plain-text article's headline does: the names in
    // it are the article's too. Plain text keeps its own lines as written.
    const lines =
      source.format !== "text" && source.title
        ? [source.title, ...source.paragraphs]
        : source.paragraphs;
    const extraction = extractArticle(
      lines.join("\n"),
      { maxBytes },
      {
        title: source.title,
        published: source.published,
        publishers: source.outlet ? [source.outlet] : [],
        url: source.url,
        author: source.author,
      },
    );
    return { ok: true, extraction };
  } catch (error) {
    if (!(error instanceof InputTooLargeError)) throw error;
    return {
      ok: false,
      reason: "too-large",
      message: `the text is ${formatBytes(error.bytes)} once decoded to UTF-8, over the ${formatBytes(maxBytes)} limit for one article`,
    };
  }
}

/** Reads and extracts in this thread. */
export async function readAndExtract(
  bytes: Uint8Array,
  key: string,
  options: DecodeOptions,
): Promise<RunResult> {
  const read = await readUpload(bytes, { ...options, name: key });
  if (!read.ok) return read;
  const extracted = extractSource(read.source, options);
  if (!extracted.ok) return { ...extracted, format: read.source.format };
  return {
    ok: true,
    extraction: extracted.extraction,
    format: read.source.format,
    encoding: read.source.encoding,
  };
}

export const inlineRunner: ExtractionRunner = {
  run: readAndExtract,
  close: async () => {},
};

/** The budget for one upload, by default: far above any real article's few milliseconds. */
export const DEFAULT_BUDGET_MS = 30_000;

interface Job {
  readonly resolve: (result: RunResult) => void;
  readonly reject: (error: Error) => void;
}

/**
 * One worker, reused file after file (loading the extractor's tables costs a few hundred
 * milliseconds), jobs one at a time in order.
 */
export function workerRunner(
  options: {
    readonly budgetMs?: number;
    /** Start the worker now and load its models, so the first file waits for neither. */
    readonly warm?: boolean;
  } = {},
): ExtractionRunner {
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
  let worker: Worker | null = null;
  let next = 0;
  const jobs = new Map<number, Job>();
  let queue: Promise<unknown> = Promise.resolve();

  const start = (): Worker => {
    const w = new Worker(new URL("./extraction-worker.ts", import.meta.url), {
      workerData: { warm: options.warm === true },
    });
    w.on("message", (message: { id: number; result?: RunResult; error?: string }) => {
      const job = jobs.get(message.id);
      if (!job) return;
      jobs.delete(message.id);
      if (message.result) job.resolve(message.result);
      else job.reject(new Error(message.error ?? "the extraction worker failed"));
    });
    w.on("error", (error: unknown) => {
      const failure = error instanceof Error ? error : new Error(String(error));
      for (const job of jobs.values()) job.reject(failure);
      jobs.clear();
      worker = null;
    });
    w.unref();
    return w;
  };

  const runOne = (bytes: Uint8Array, key: string, decode: DecodeOptions): Promise<RunResult> =>
    new Promise<RunResult>((resolve, reject) => {
      worker ??= start();
      const w = worker;
      const id = next++;
      const timer = setTimeout(() => {
        jobs.delete(id);
        worker = null;
        void w.terminate();
        resolve({
          ok: false,
          reason: "timeout",
          message: `reading and extracting the file took longer than ${budgetMs / 1000} s, so it was stopped: the file is refused (send it as plain text, or split it)`,
          format: null,
        });
      }, budgetMs);
      jobs.set(id, {
        resolve: (result) => {
          clearTimeout(timer);
          resolve(result);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      w.postMessage({ id, bytes, key, options: decode });
    });

  if (options.warm) worker = start();
  return {
    run(bytes, key, decode) {
      const result = queue.then(() => runOne(bytes, key, decode));
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      await queue;
      await worker?.terminate();
      worker = null;
    },
  };
}
