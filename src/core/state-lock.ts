// One run at a time in a state dir: a lock taken before anything in the folder is read, changed or deleted, and freed by the kernel when its holder dies.
import { createHash } from 'node:crypto';
import { mkdirSync, realpathSync } from 'node:fs';
import { createConnection, createServer, type Server } from 'node:net';
import { unwritableStateDir } from './state-dir.js';
import { isSameProcessAlive } from './tracker/proc-table.js';
import { pendingEntries, Registry } from './tracker/registry.js';

export interface StateLock {
  /** Lets the next run in; idempotent. */
  release(): Promise<void>;
}

export type LockResult =
  | { locked: true; lock: StateLock }
  /** Another live process holds the folder; `pid` when it could be learned. */
  | { locked: false; pid: number | undefined };

/**
 * On Linux the lock is an abstract unix socket named after the folder's real path: binding it
 * succeeds for one process only, and the kernel frees it when that process ends, however it
 * ends (no stale lock file after a SIGKILL, nothing a unit can forge by writing the folder).
 * The holder answers a connection with its pid. Elsewhere a runner the registry records as
 * alive (pid with its start time) holds the folder.
 */
export async function lockStateDir(root: string): Promise<LockResult> {
  try {
    mkdirSync(root, { recursive: true });
  } catch (error) {
    throw unwritableStateDir(root, error);
  }
  if (process.platform !== 'linux') {
    const recorded = liveRecordedRunner(root);
    return recorded === undefined
      ? { locked: true, lock: { release: async () => undefined } }
      : { locked: false, pid: recorded };
  }
  const address = lockAddress(realpathSync(root));
  const server = createServer((socket) => socket.end(`${process.pid}\n`));
  const bound = await new Promise<boolean>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EADDRINUSE' ? resolve(false) : reject(error),
    );
    server.listen(address, () => resolve(true));
  });
  if (!bound) return { locked: false, pid: await askHolder(address) };
  server.unref();
  let released: Promise<void> | undefined;
  return { locked: true, lock: { release: () => (released ??= close(server)) } };
}

/**
 * The abstract socket's name, filling the whole of `sun_path` (108 bytes with the leading NUL):
 * Node 20 binds an abstract name padded with NULs to that length, Node 24 binds it at its own
 * length, so a shorter name would be two different locks for a run and a post step (or a
 * cleanup) on different Node versions. At full length both bind the same address.
 */
function lockAddress(realRoot: string): string {
  const hash = createHash('sha256').update(realRoot).digest('hex');
  return `\0testwarden-state-${hash}`.padEnd(SUN_PATH_BYTES, '-');
}

/** The size of `sockaddr_un.sun_path` on Linux. */
const SUN_PATH_BYTES = 108;

/** The pid of a runner the registry names that is still alive with its recorded start time. */
function liveRecordedRunner(root: string): number | undefined {
  const runs = pendingEntries(new Registry(root).read()).runs;
  return runs.find((r) => r.pid !== process.pid && isSameProcessAlive(r.pid, r.startTime))?.pid;
}

function askHolder(address: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    let text = '';
    const socket = createConnection(address);
    const done = () => {
      const pid = Number(text.trim());
      resolve(Number.isInteger(pid) && pid > 0 ? pid : undefined);
    };
    socket.setTimeout(1000, () => socket.destroy());
    socket.on('data', (b: Buffer) => (text += b.toString('latin1').slice(0, 20)));
    socket.once('error', () => resolve(undefined));
    socket.once('close', done);
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
