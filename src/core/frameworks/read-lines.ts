// Reads a file line by line through one reused buffer, bounded in line length and total bytes.
import { open } from 'node:fs/promises';

export interface LineLimits {
  /** Longer lines are skipped (counted), never turned into strings. */
  maxLineBytes: number;
  /** Bytes read at most; the rest of the file is left unread (reported). */
  maxBytes: number;
}

export interface LinesRead {
  /** Lines longer than the limit, skipped. */
  longLines: number;
  /** The file did not end with a newline: its last line may be cut short (a killed writer). */
  unterminatedLast: boolean;
  /** The file was longer than `maxBytes`. */
  cutAtMaxBytes: boolean;
}

/** Calls `onLine(line, last)` for each line; `last` is true for a final line without a newline. */
export async function forEachLine(
  path: string,
  limits: LineLimits,
  onLine: (line: string, unterminated: boolean) => void,
): Promise<LinesRead> {
  const result: LinesRead = { longLines: 0, unterminatedLast: false, cutAtMaxBytes: false };
  const file = await open(path, 'r');
  try {
    const size = (await file.stat()).size;
    const budget = Math.min(size, limits.maxBytes);
    result.cutAtMaxBytes = size > limits.maxBytes;
    const buffer = Buffer.allocUnsafe(Math.max(1, Math.min(2 * limits.maxLineBytes, budget + 1)));
    let filled = 0;
    let consumed = 0;
    let skipping = false; // inside a line longer than the limit
    for (;;) {
      const want = Math.min(buffer.length - filled, budget - consumed);
      const { bytesRead } =
        want > 0 ? await file.read(buffer, filled, want, null) : { bytesRead: 0 };
      consumed += bytesRead;
      const end = filled + bytesRead;
      let from = 0;
      for (let nl = buffer.indexOf(10, from); nl >= 0 && nl < end; nl = buffer.indexOf(10, from)) {
        if (!skipping) onLine(buffer.toString('utf8', from, nl), false);
        skipping = false;
        from = nl + 1;
      }
      if (bytesRead === 0) {
        if (from < end || skipping) {
          result.unterminatedLast = true;
          if (!skipping) onLine(buffer.toString('utf8', from, end), true);
        }
        return result;
      }
      if (end - from >= limits.maxLineBytes) {
        if (!skipping) result.longLines++;
        skipping = true;
        filled = 0;
      } else {
        buffer.copy(buffer, 0, from, end);
        filled = end - from;
      }
    }
  } finally {
    await file.close();
  }
}
