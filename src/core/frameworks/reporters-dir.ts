// Finds the reporters shipped with testwarden: dist/reporters next to the running bundle, or src/reporters in a checkout.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A file every copy of the reporters folder holds. */
const MARKER = 'events-writer.cjs';

/**
 * Walks up from this module's folder: the bundle lives in dist/<entry>/ (reporters in
 * dist/reporters), the sources in src/core/frameworks/ (src/reporters), the library build in
 * lib/core/frameworks/ (the package's dist/reporters).
 */
export function findReportersDir(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (let up = 0; up < 6; up++) {
    for (const candidate of [join(dir, 'reporters'), join(dir, 'dist', 'reporters')]) {
      if (existsSync(join(candidate, MARKER))) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(
    `testwarden's test reporters were not found above ${from} (looked for reporters/${MARKER})`,
  );
}
