/**
 * What the CLI says while it works: one line per step, and progress on long
 * steps. On a terminal progress redraws one line; in logs (CI, pipes) it
 * prints at most every tenth of the way so the log stays readable.
 */
export interface Reporter {
  info(message: string): void;
  warn(message: string): void;
  progress(label: string, done: number, total: number): void;
}

export function createReporter(stream: NodeJS.WriteStream = process.stderr): Reporter {
  const live = stream.isTTY === true;
  let lastShown = -1;
  let drawing = false;
  const clear = () => {
    if (drawing) stream.write("\r\x1b[2K");
    drawing = false;
  };
  return {
    info(message) {
      clear();
      stream.write(`${message}\n`);
    },
    warn(message) {
      clear();
      stream.write(`warning: ${message}\n`);
    },
    progress(label, done, total) {
      const line = `${label} ${done}/${total}`;
      if (live) {
        stream.write(`\r\x1b[2K${line}`);
        drawing = done < total;
        if (!drawing) stream.write("\n");
        return;
      }
      const tenth = total === 0 ? 10 : Math.floor((done * 10) / total);
      if (tenth !== lastShown || done === total) {
        lastShown = done === total ? -1 : tenth;
        stream.write(`${line}\n`);
      }
    },
  };
}

export const silentReporter: Reporter = { info() {}, warn() {}, progress() {} };
