import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A fresh folder under the system temp dir, removed by the returned cleanup. */
export async function tempDir(
  label: string,
): Promise<{ path: string; cleanup: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), `taqrir-${label}-`));
  return { path, cleanup: () => rm(path, { recursive: true, force: true }) };
}
