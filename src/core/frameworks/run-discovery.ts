// Runs a framework's listing command (jest --listTests, go list, ...) in its own process group, bounded in time and output.
import { spawn } from 'node:child_process';
import { UsageError } from '../errors.js';

export interface DiscoveryRun {
  argv: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The preset's name, for messages. */
  preset: string;
  timeoutMs?: number;
  /** Exit codes that mean "listed fine" besides 0 (pytest: 5 = no tests). */
  okCodes?: readonly number[];
}

const MAX_OUTPUT = 64 * 1024 * 1024;

/** Stdout of the command; a failure to start, a bad exit or a timeout is a UsageError naming the preset and command. */
export function runDiscovery(run: DiscoveryRun): Promise<string> {
  const shown = run.argv.join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn(run.argv[0]!, run.argv.slice(1), {
      cwd: run.cwd,
      env: run.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let why: string | undefined;
    const stop = (reason: string) => {
      why ??= reason;
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(
      () => stop(`did not finish within ${run.timeoutMs ?? 120_000} ms`),
      run.timeoutMs ?? 120_000,
    );
    child.stdout.on('data', (b: Buffer) => {
      size += b.length;
      if (size > MAX_OUTPUT) stop(`printed more than ${MAX_OUTPUT} bytes`);
      else out.push(b);
    });
    child.stderr.on('data', (b: Buffer) => {
      if (err.length < 256) err.push(b);
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(
        new UsageError(`--preset ${run.preset}: could not start ${shown}: ${error.message}`, {
          cause: error,
        }),
      );
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      why ??= 'finished';
      const stderr = Buffer.concat(err).toString('utf8').trim().split('\n').slice(-10).join('\n');
      if (why !== 'finished') {
        reject(new UsageError(`--preset ${run.preset}: listing tests with ${shown} ${why}`));
      } else if (code === 0 || (code !== null && run.okCodes?.includes(code))) {
        resolve(Buffer.concat(out).toString('utf8'));
      } else {
        reject(
          new UsageError(
            `--preset ${run.preset}: listing tests with ${shown} exited with ${signal ?? `code ${code}`}${stderr ? `:\n${stderr}` : ''}`,
          ),
        );
      }
    });
  });
}
