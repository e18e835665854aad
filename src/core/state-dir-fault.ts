// A state dir that stops being writable mid-run (disk full, folder removed, read-only): recorded once, it stops the run cleanly instead of ending it as a bug.
import { isAbsolute, relative } from 'node:path';

/**
 * The error codes that say the file system under the state dir failed, not testwarden: no space
 * or quota left, the folder (or a parent) removed or replaced, remounted read-only, an I/O error,
 * permissions taken away, a file grown past the limit, a network mount gone stale.
 */
const STATE_DIR_CODES = new Set([
  'ENOSPC',
  'EDQUOT',
  'ENOENT',
  'ENOTDIR',
  'EROFS',
  'EIO',
  'EACCES',
  'EPERM',
  'EFBIG',
  'ESTALE',
]);

/** The first write to the state dir that failed: the file, the system's code and its message. */
export class StateDirError extends Error {
  override name = 'StateDirError';
  readonly path: string;
  readonly code: string;
  constructor(path: string, cause: NodeJS.ErrnoException) {
    super(`writing ${JSON.stringify(path)} failed (${cause.message})`, {
      cause,
    });
    this.path = path;
    this.code = cause.code ?? '';
  }
}

/**
 * The file-system failure inside `root` that `error` (or one of its causes) carries, if any.
 * A failed write on an open file names no path (ENOSPC from write(2)): `path` is the file the
 * caller was writing. Anything else, including a failure outside the state dir, is not one.
 */
export function stateDirError(
  error: unknown,
  root: string,
  path?: string,
): StateDirError | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; depth++) {
    const errno = e as NodeJS.ErrnoException;
    const where = errno.path ?? path;
    if (errno.code && STATE_DIR_CODES.has(errno.code) && where && inside(where, root))
      return new StateDirError(where, errno);
    e = e.cause;
  }
  return undefined;
}

function inside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Latches the first state-dir failure of a run. `record` answers whether an error was one (the
 * caller then carries on without that write: the run is being stopped) or not (the caller
 * rethrows it); `onFault` runs once, for the first failure.
 */
export class StateDirFault {
  readonly #root: string;
  readonly #onFault: (error: StateDirError) => void;
  #first: StateDirError | undefined;

  constructor(root: string, onFault: (error: StateDirError) => void) {
    this.#root = root;
    this.#onFault = onFault;
  }

  /** The first failure, once there was one. */
  get error(): StateDirError | undefined {
    return this.#first;
  }

  record = (error: unknown, path?: string): boolean => {
    const found = stateDirError(error, this.#root, path);
    if (!found) return false;
    if (!this.#first) {
      this.#first = found;
      this.#onFault(found);
    }
    return true;
  };
}
