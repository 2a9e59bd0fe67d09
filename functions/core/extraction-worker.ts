/** The worker thread behind workerRunner: reads and extracts the uploads it is sent. */
import { parentPort } from "node:worker_threads";
import { readAndExtract } from "./extraction-runner.ts";

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
