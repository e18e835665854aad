// Where there is no /proc (macOS, other Unixes; Windows best effort), tree-kill walks a live process's tree with `ps`; its limits are documented in docs/tracking.md.
import treeKill from 'tree-kill';
import { programProblem } from './find-program.js';

let psMissing: boolean | undefined;

/**
 * Signals every descendant of `pid` that `ps` still shows under it. It cannot see children
 * whose parent already exited (re-parented to init), and it needs `ps`: without it tree-kill
 * would crash the process with an uncaught `spawn ps ENOENT`, so nothing is done then.
 */
export function killTree(pid: number, signal: NodeJS.Signals): Promise<void> {
  // Windows: tree-kill runs `taskkill /T /F` (best effort: no grace period there).
  if (process.platform !== 'win32') {
    psMissing ??= programProblem('ps', process.env, process.cwd()) !== undefined;
    if (psMissing) return Promise.resolve();
  }
  return new Promise((resolve) => treeKill(pid, signal, () => resolve()));
}
