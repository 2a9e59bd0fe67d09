/**
 * Where the local loop keeps its folders and serves its site. Flags win over
 * environment variables, which win over the defaults (folders beside the repo).
 */
import { resolve } from "node:path";
import { REPO_DIR } from "../publish/build-site.ts";

export const BUNDLED_SAMPLES = resolve(REPO_DIR, "samples");

export interface LocalConfig {
  readonly inboxDir: string;
  readonly contentDir: string;
  readonly distDir: string;
  readonly port: number;
  readonly host: string;
  readonly siteUrl: string;
  readonly maxBytes: number | undefined;
}

export interface ConfigFlags {
  readonly inbox?: string | undefined;
  readonly content?: string | undefined;
  readonly dist?: string | undefined;
  readonly port?: string | undefined;
  readonly host?: string | undefined;
  readonly "site-url"?: string | undefined;
  readonly "max-bytes"?: string | undefined;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function resolveConfig(
  flags: ConfigFlags,
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): LocalConfig {
  const dir = (flag: string | undefined, variable: string, fallback: string) =>
    resolve(cwd, flag ?? env[variable] ?? resolve(REPO_DIR, fallback));
  const port = parseInteger(flags.port ?? env.TAQRIR_PORT ?? env.PORT ?? "4321", "port", 0, 65535);
  const host = flags.host ?? env.TAQRIR_HOST ?? "127.0.0.1";
  const maxBytesText = flags["max-bytes"] ?? env.TAQRIR_MAX_BYTES;
  return {
    inboxDir: dir(flags.inbox, "TAQRIR_INBOX", "inbox"),
    contentDir: dir(flags.content, "TAQRIR_CONTENT", "content"),
    distDir: dir(flags.dist, "TAQRIR_DIST", "dist"),
    port,
    host,
    siteUrl: flags["site-url"] ?? env.TAQRIR_SITE_URL ?? `http://localhost:${port || 4321}`,
    maxBytes:
      maxBytesText === undefined ? undefined : parseInteger(maxBytesText, "max-bytes", 1, 2 ** 31),
  };
}

function parseInteger(text: string, name: string, min: number, max: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(
      `--${name} must be a whole number from ${min} to ${max}, not ${JSON.stringify(text)}`,
    );
  }
  return n;
}
