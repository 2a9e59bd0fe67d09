/**
 * The embedded deployment: what S3 notifications, the extract Lambda, the SQS
 * batching window and the publish Lambda do in AWS, done in one process.
 * Events are applied one at a time (so two events for one article never race),
 * and a burst of them becomes one rebuild after a quiet spell.
 */
import { type ArticleStoreDeps, type Outcome, reconcile } from "../core/article-store.ts";
import type { StorageEvent } from "../core/storage-event.ts";
import { toS3Record } from "../core/storage-event.ts";
import { handleRecord } from "../handlers/extract.ts";
import { describeOutcome } from "./describe.ts";
import type { Reporter } from "./reporter.ts";

export interface LocalLoopOptions {
  readonly store: ArticleStoreDeps;
  readonly inboxPrefix: string;
  readonly rebuild: () => Promise<void>;
  readonly reporter: Reporter;
  /** Quiet time after the last content change before rebuilding. */
  readonly debounceMs?: number;
}

export class LocalLoop {
  readonly #options: LocalLoopOptions;
  #queue: Promise<void> = Promise.resolve();
  #rebuildTimer: NodeJS.Timeout | undefined;
  #building: Promise<void> | undefined;
  #rebuildAgain = false;
  #closed = false;

  constructor(options: LocalLoopOptions) {
    this.#options = options;
  }

  /** Queues an event; resolves once it is applied (not once the site is rebuilt). */
  push(event: StorageEvent): Promise<Outcome> {
    const run = this.#queue.then(async () => {
      // As an S3 notification record, through the same handler the Lambda runs.
      let outcome = await handleRecord(toS3Record(event), this.#options.store);
      // A removed *folder* reports only its own name: sweep the inbox to catch its files.
      if (outcome.action === "ignored" && event.kind === "removed") {
        const swept = await reconcile(this.#options.store, this.#options.inboxPrefix);
        const changed = swept.filter(isChange);
        for (const o of changed) this.#options.reporter.info(describeOutcome(o));
        if (changed.length > 0) outcome = changed[0] as Outcome;
      } else {
        this.#options.reporter.info(describeOutcome(outcome));
      }
      if (isChange(outcome)) this.#scheduleRebuild();
      return outcome;
    });
    this.#queue = run.then(
      () => undefined,
      (error: unknown) =>
        this.#options.reporter.warn(`could not apply ${event.kind} ${event.key}: ${String(error)}`),
    );
    return run;
  }

  /** Resolves when every queued event is applied and no rebuild is pending or running. */
  async idle(): Promise<void> {
    for (;;) {
      await this.#queue;
      if (this.#rebuildTimer === undefined && this.#building === undefined) return;
      await (this.#building ?? new Promise((r) => setTimeout(r, 20)));
    }
  }

  close(): void {
    this.#closed = true;
    clearTimeout(this.#rebuildTimer);
    this.#rebuildTimer = undefined;
  }

  #scheduleRebuild(): void {
    if (this.#closed) return;
    clearTimeout(this.#rebuildTimer);
    this.#rebuildTimer = setTimeout(() => {
      this.#rebuildTimer = undefined;
      this.#startRebuild();
    }, this.#options.debounceMs ?? 300);
  }

  #startRebuild(): void {
    if (this.#building) {
      this.#rebuildAgain = true;
      return;
    }
    this.#building = this.#options
      .rebuild()
      .catch((error: unknown) =>
        this.#options.reporter.warn(
          `site rebuild failed, the previous site stays up: ${String(error)}`,
        ),
      )
      .finally(() => {
        this.#building = undefined;
        if (this.#rebuildAgain && !this.#closed) {
          this.#rebuildAgain = false;
          this.#startRebuild();
        }
      });
  }
}

/** Outcomes that change the site: a refused overwrite that replaced a published file too. */
export const isChange = (o: Outcome): boolean =>
  o.action === "written" ||
  o.action === "removed" ||
  o.action === "detached" ||
  (o.action === "refused" && o.replaced !== undefined);
