// Finds a JavaScript framework's command the way npm scripts do: node_modules/.bin in the working directory or above.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The project's own `node_modules/.bin/<name>`, else `npx --no-install <name>` (never downloads). */
export function localBin(cwd: string, name: string): string[] {
  for (let dir = cwd; ; dir = dirname(dir)) {
    const bin = join(dir, 'node_modules', '.bin', name);
    if (existsSync(bin)) return [bin];
    if (dirname(dir) === dir) return ['npx', '--no-install', name];
  }
}
