// Writes report files atomically (temp file + rename), so a reader never sees half a file; a failed write leaves no temp file behind.
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Outputs often lie in the cwd, which units write (an isolated unit as root in its image): the
 * temp file's name cannot be guessed and it is created exclusively (`wx`: a link a unit left in
 * its place is never followed), and the rename replaces a link at `path` instead of writing
 * through it.
 */
export function writeFileAtomic(path: string, content: string): void {
  const folder = dirname(path);
  mkdirSync(folder, { recursive: true });
  const temp = join(
    folder,
    `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    writeFileSync(temp, content, { flag: 'wx' });
    renameSync(temp, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') rmSync(temp, { force: true });
    throw error;
  }
}
