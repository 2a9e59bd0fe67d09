/** What both Lambda entry points share: their logger's shape and reading their settings. */

/** The logging calls the handlers make (Powertools' Logger, or a recorder in tests). */
export interface StructuredLogger {
  info(message: string, extra: Record<string, unknown>): void;
  warn(message: string, extra: Record<string, unknown>): void;
  error(message: string, extra: Record<string, unknown>): void;
}

/** A setting sst.config.ts must have given the function; a clear error when it did not. */
export function requiredEnv(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`${name} is not set: sst.config.ts sets it for this function`);
  return value;
}
