/** One human line per outcome, for the terminal. */
import type { Outcome } from "../core/article-store.ts";

export function describeOutcome(o: Outcome): string {
  switch (o.action) {
    case "written":
      return `✓ ${o.key} → article ${o.id} «${truncate(o.title, 60)}»`;
    case "unchanged":
      return `= ${o.key} → article ${o.id} (unchanged)`;
    case "removed":
      return `✗ ${o.key} removed → article ${o.id} taken off the site`;
    case "detached":
      return `- ${o.key} removed → article ${o.id} stays (another file has the same text)`;
    case "refused":
      return o.replaced
        ? `! ${o.key} refused: ${o.message}. It replaced the file that gave article ${o.replaced}, which is taken off the site; fix the file and drop it in again.`
        : `! ${o.key} refused: ${o.message}. Nothing else was changed; fix the file and drop it in again.`;
    case "ignored":
      return `· ${o.key}: ${o.why}`;
  }
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
