/**
 * A runner for where extraction cannot be put in a worker with a budget (the extract Lambda:
 * its bundle has no worker file). If the function is stopped mid-file (out of time or
 * memory) nothing in it can say so, and Lambda would try the same file again and again and
 * then drop it in the dead-letter queue. So each attempt leaves a marker, named by the bytes'
 * hash, that only a finished attempt removes: a retry that finds a marker older than the
 * function's time limit knows the last attempt died, and refuses the file with that reason
 * (it is quarantined like any refusal) instead of running into the limit again.
 *
 * A marker younger than the limit may belong to an attempt still running (S3 events are
 * at-least-once, two invocations can hold the same file): that is not a reason to refuse,
 * so the call throws and Lambda retries it later, by when the marker is gone or stale.
 */
import { createHash } from "node:crypto";
import type { ExtractionRunner, RunResult } from "./extraction-runner.ts";
import type { Storage } from "./storage/storage.ts";

export interface AttemptGuardOptions {
  /** Where markers are kept (`attempts/<hash>.json`). */
  readonly markers: Storage;
  /** The function's time limit: an attempt older than this has stopped. */
  readonly staleAfterMs: number;
  readonly now?: () => Date;
}

interface Marker {
  readonly key: string;
  readonly started: string;
}

/** Thrown while another attempt at the same bytes may still be running. */
export class AttemptInFlightError extends Error {
  override readonly name = "AttemptInFlightError";
}

export const markerKey = (bytes: Uint8Array): string =>
  `attempts/${createHash("sha256").update(bytes).digest("hex").slice(0, 32)}.json`;

export function attemptGuardRunner(
  inner: ExtractionRunner,
  options: AttemptGuardOptions,
): ExtractionRunner {
  const now = options.now ?? (() => new Date());
  return {
    async run(bytes, key, decode): Promise<RunResult> {
      const at = markerKey(bytes);
      const found = await readMarker(options.markers, at);
      if (found) {
        const age = now().getTime() - Date.parse(found.started);
        if (!(age >= options.staleAfterMs)) {
          throw new AttemptInFlightError(
            `another attempt at these bytes started ${Math.round(age / 1000)} s ago and may still be running`,
          );
        }
        await options.markers.delete(at);
        return {
          ok: false,
          reason: "timeout",
          message: `the last attempt to read this file (${found.started}) never finished: the extractor was stopped, out of time or memory, so the file is refused rather than tried again (send it as plain text, or split it)`,
          format: null,
        };
      }
      const marker: Marker = { key, started: now().toISOString() };
      await options.markers.put(at, JSON.stringify(marker), {
        contentType: "application/json",
      });
      try {
        return await inner.run(bytes, key, decode);
      } finally {
        await options.markers.delete(at);
      }
    },
    close: () => inner.close(),
  };
}

async function readMarker(storage: Storage, key: string): Promise<Marker | null> {
  const bytes = await storage.get(key);
  if (!bytes) return null;
  try {
    const parsed = JSON.parse(new TextDecoder().decode(bytes)) as Partial<Marker>;
    if (typeof parsed.started === "string" && !Number.isNaN(Date.parse(parsed.started))) {
      return { key: String(parsed.key ?? ""), started: parsed.started };
    }
  } catch {
    // An unreadable marker was still left by an attempt that did not finish.
  }
  return { key: "", started: new Date(0).toISOString() };
}
