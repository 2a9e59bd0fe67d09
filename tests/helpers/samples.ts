/** The bundled samples run through the real pipeline (decode, extract, write) into a content folder. */
import { copyFile, mkdir, readdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { FsStorage } from "../../functions/core/storage/fs-storage.ts";

export const SAMPLES_DIR = fileURLToPath(new URL("../../samples/", import.meta.url));

/** Copies the samples into `inboxDir` and reconciles them into `contentDir`; returns their ids. */
export async function extractSamples(inboxDir: string, contentDir: string): Promise<string[]> {
  await mkdir(inboxDir, { recursive: true });
  for (const name of await readdir(SAMPLES_DIR)) {
    await copyFile(join(SAMPLES_DIR, name), join(inboxDir, name));
  }
  // Imported here: the article store loads the extractor and its models.
  const { reconcile } = await import("../../functions/core/article-store.ts");
  const outcomes = await reconcile(
    { inbox: new FsStorage(inboxDir, { prefix: "inbox/" }), content: new FsStorage(contentDir) },
    "inbox/",
  );
  return outcomes.flatMap((o) => (o.action === "written" ? [o.id] : []));
}
