/** `taqrir start` in a temporary folder: inbox, content and dist inside it, any free port. */
import { join } from "node:path";
import { resolveConfig } from "../../functions/local/config.ts";
import { type RunningLocalApp, startLocalApp } from "../../functions/local/local-app.ts";
import type { Reporter } from "../../functions/local/reporter.ts";

export const startLocalAppIn = (dir: string, reporter: Reporter): Promise<RunningLocalApp> =>
  startLocalApp(
    resolveConfig(
      {
        inbox: join(dir, "inbox"),
        content: join(dir, "content"),
        dist: join(dir, "dist"),
        port: "0",
      },
      {},
    ),
    reporter,
  );
