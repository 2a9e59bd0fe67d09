/**
 * `taqrir` — the command line. Each command is a thin shell over functions in
 * functions/local and functions/core; this file only parses and prints.
 */

import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { articleIdOf } from "../core/article-store.ts";
import { storyCsv } from "../core/consolidate/csv.ts";
import { consolidate } from "../core/consolidate/index.ts";
import { extractSource } from "../core/extraction-runner.ts";
import type { Facts } from "../core/facts.ts";
import { type Format, readUpload } from "../core/formats/index.ts";
import { FsStorage } from "../core/storage/fs-storage.ts";
import { readStoredArticles } from "../core/stored-articles.ts";
import { ConfigError, resolveConfig } from "../local/config.ts";
import { buildLocalSite, ingest, startLocalApp, syncContent } from "../local/local-app.ts";
import { createReporter } from "../local/reporter.ts";
import { s3ModeFromEnv, startS3App } from "../local/s3-app.ts";
import { formatFacts } from "./format-facts.ts";
import { formatReport } from "./format-report.ts";
import { listReleases, rollbackCommand, rollbackTarget } from "./rollback.ts";

const USAGE = `taqrir — Arabic news articles in, a bilingual report out

Usage:
  taqrir extract FILE… [--json]    print the facts found in each file
  taqrir ingest FILE|DIR…          put files into the inbox and extract them
  taqrir build                     bring content/ in line with the inbox, build the site into dist/
  taqrir start [--port N]          seed, extract, build, serve on http://localhost:4321, watch the inbox
  taqrir start --s3 URL|embedded   the same loop on an S3-compatible server (see README)
  taqrir rollback [--to ID] [--list] [--s3 URL]
                                   make the previous (or a given) published release live
                                   again, or list the kept ones (AWS, or an S3 server)
  taqrir report [--json | --csv DIR]
                                   the story across all articles in content/: incidents with
                                   every outlet's figure, entities, quotes, timeline, outlets

Options:
  --inbox DIR       inbox folder            (env TAQRIR_INBOX, default ./inbox)
  --content DIR     content folder          (env TAQRIR_CONTENT, default ./content)
  --dist DIR        built site folder       (env TAQRIR_DIST, default ./dist)
  --port N          port for start          (env TAQRIR_PORT or PORT, default 4321)
  --host ADDR       address for start       (env TAQRIR_HOST, default 127.0.0.1)
  --site-url URL    absolute site URL used in feeds (env TAQRIR_SITE_URL)
  --max-bytes N     largest accepted upload (env TAQRIR_MAX_BYTES, default 2 MB)
  --s3 URL          start: use this S3 endpoint, or "embedded" for s3rver on loopback
                    (env TAQRIR_S3_ENDPOINT; buckets TAQRIR_S3_BUCKET, TAQRIR_S3_SITE_BUCKET)
  --json            extract: print JSON (one object, or an array for several files);
                    report: print the whole story model as JSON
  --to ID           rollback: the release to make live (see --list)
  --list            rollback: list the kept releases instead
  --csv DIR         report: write incidents.csv, entities.csv, quotes.csv, articles.csv and
                    timeline.csv into DIR (UTF-8 with a byte-order mark)
  -h, --help        this text
`;

export async function main(argv: readonly string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    process.stderr.write(`taqrir: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...args] = positionals;
  if (values.help || !command) {
    process.stdout.write(USAGE);
    return command || values.help ? 0 : 2;
  }
  const reporter = createReporter();
  try {
    const config = resolveConfig(values);
    switch (command) {
      case "extract":
        return await extractCommand(args, values.json === true, config.maxBytes);
      case "ingest": {
        if (args.length === 0) throw new ConfigError("ingest needs at least one FILE or DIR");
        const outcomes = await ingest(args, config, reporter);
        reporter.info("run `taqrir build` (or keep `taqrir start` running) to publish them");
        return outcomes.some((o) => o.action === "refused") ? 1 : 0;
      }
      case "report":
        return await reportCommand(config.contentDir, values.json === true, values.csv);
      case "build":
        await syncContent(config, reporter);
        await buildLocalSite(config, reporter);
        return 0;
      case "rollback": {
        const target = rollbackTarget(values.s3 ?? process.env.TAQRIR_S3_ENDPOINT, process.env);
        try {
          if (values.list) process.stdout.write(await listReleases(target));
          else process.stdout.write((await rollbackCommand(target, values.to)).text);
        } finally {
          target.client.destroy();
        }
        return 0;
      }
      case "start": {
        const s3 = values.s3 ?? process.env.TAQRIR_S3_ENDPOINT;
        const app = s3
          ? await startS3App(config, s3ModeFromEnv(s3), reporter)
          : await startLocalApp(config, reporter);
        await new Promise<void>((resolve) => {
          const stop = () => resolve();
          process.once("SIGINT", stop);
          process.once("SIGTERM", stop);
        });
        reporter.info("stopping …");
        await app.close();
        return 0;
      }
      default:
        process.stderr.write(`taqrir: unknown command ${JSON.stringify(command)}\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`taqrir: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`taqrir: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      json: { type: "boolean" },
      help: { type: "boolean", short: "h" },
      inbox: { type: "string" },
      content: { type: "string" },
      dist: { type: "string" },
      port: { type: "string" },
      host: { type: "string" },
      "site-url": { type: "string" },
      "max-bytes": { type: "string" },
      s3: { type: "string" },
      csv: { type: "string" },
      to: { type: "string" },
      list: { type: "boolean" },
    },
  });
}

async function reportCommand(
  contentDir: string,
  json: boolean,
  csvDir: string | undefined,
): Promise<number> {
  if (json && csvDir !== undefined) throw new ConfigError("report takes --json or --csv, not both");
  const { docs, problems } = await readStoredArticles(new FsStorage(contentDir));
  for (const p of problems) process.stderr.write(`taqrir: skipped ${p.key}: ${p.message}\n`);
  if (docs.length === 0) {
    process.stderr.write(
      `taqrir: no articles in ${contentDir}/articles — run \`taqrir build\` or \`taqrir ingest\` first\n`,
    );
  }
  const model = consolidate(docs);
  if (json) {
    process.stdout.write(`${JSON.stringify(model, null, 2)}\n`);
  } else if (csvDir !== undefined) {
    await mkdir(csvDir, { recursive: true });
    for (const [name, text] of Object.entries(storyCsv(model))) {
      await writeFile(join(csvDir, name), text);
      process.stdout.write(`wrote ${join(csvDir, name)}\n`);
    }
  } else {
    process.stdout.write(formatReport(model));
  }
  return 0;
}

type ExtractResult =
  | { file: string; error: string; format?: Format }
  | (Facts & { file: string; format: Format; encoding: string });

async function extractCommand(
  files: readonly string[],
  json: boolean,
  maxBytes: number | undefined,
): Promise<number> {
  if (files.length === 0) throw new ConfigError("extract needs at least one FILE");
  const results: ExtractResult[] = [];
  for (const file of files) results.push(await extractFile(file, maxBytes));
  if (json) {
    const payload = results.length === 1 ? results[0] : results;
    process.stdout.write(`${JSON.stringify(payload, null, 2)}\n`);
  } else {
    process.stdout.write(
      results
        .map((r) => ("error" in r ? `${r.file}\n  error: ${r.error}\n` : formatFacts(r)))
        .join("\n"),
    );
  }
  return results.some((r) => "error" in r) ? 1 : 0;
}

async function extractFile(file: string, maxBytes: number | undefined): Promise<ExtractResult> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    return {
      file,
      error: `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    };
  }
  const limits = maxBytes === undefined ? {} : { maxBytes };
  const read = await readUpload(bytes, { ...limits, name: file });
  if (!read.ok)
    return { file, error: read.message, ...(read.format ? { format: read.format } : {}) };
  const extracted = extractSource(read.source, limits);
  if (!extracted.ok) return { file, error: extracted.message, format: read.source.format };
  const id = articleIdOf(createHash("sha256").update(bytes).digest("hex"));
  return {
    file,
    id,
    format: read.source.format,
    encoding: read.source.encoding,
    ...extracted.extraction.facts,
  };
}
