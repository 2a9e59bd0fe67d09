/** The worker thread behind workerRunner: reads and extracts the uploads it is sent. */
import { parentPort, workerData } from "node:worker_threads";
import { readAndExtract } from "./extraction-runner.ts";

// Asked to warm up: one short extraction loads the models now, not on the first upload
// (most of a first file's second). A message that arrives meanwhile waits its turn.
if ((workerData as { warm?: boolean } | undefined)?.warm) {
  const text = "قال وزير الخارجية في دمشق إن الهدنة صامدة منذ يوم الاثنين.";
  void readAndExtract(new TextEncoder().encode(text), "warm-up.txt", {}).catch(() => {});
}

parentPort?.on(
  "message",
  async (message: {
    id: number;
    bytes: Uint8Array;
    key: string;
    options: { maxBytes?: number };
  }) => {
    try {
      const result = await readAndExtract(message.bytes, message.key, message.options);
      parentPort?.postMessage({ id: message.id, result });
    } catch (error) {
      parentPort?.postMessage({
        id: message.id,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  },
);
