#!/usr/bin/env node
// Entry point of the `testwarden` command: wires the process (argv, streams, signals) to the CLI and sets the exit code.
import { WATCHDOG_SUBCOMMAND } from '../core/lifecycle/watchdog-args.js';
import { enableCompileCache } from './compile-cache.js';

// Before the rest of the bundle loads: on Node ≥ 22.1 later runs reuse its compiled code.
enableCompileCache(process.env);

// The detached watchdog a run starts is this same script: it loads only the watchdog's code,
// not the whole CLI, so that it costs the tests it guards as little CPU as it can.
const argv = process.argv.slice(2);
const { main } =
  argv[0] === WATCHDOG_SUBCOMMAND
    ? await import('./watchdog-main.js')
    : await import('./program.js');

const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

// A closed pipe (`testwarden run … | head`) must not crash the run and orphan its units:
// output stops, the run goes on to its end and its cleanup.
const closed = new Set<NodeJS.WriteStream>();
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') closed.add(stream);
    else throw error;
  });
}
const writeTo = (stream: NodeJS.WriteStream) => (text: string) => {
  if (!closed.has(stream)) stream.write(text);
};

const code = await main(argv, {
  stdout: writeTo(process.stdout),
  stderr: writeTo(process.stderr),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  columns: () => process.stdout.columns || 80,
  onSignals: (handler) => {
    const listeners = signals.map((signal) => {
      const listener = () => handler(signal);
      process.on(signal, listener);
      return [signal, listener] as const;
    });
    return () => listeners.forEach(([signal, listener]) => process.off(signal, listener));
  },
});
process.exitCode = code;
// Everything a command does is awaited by now: once the output has left (a pipe can be
// asynchronous, on macOS), exit rather than wait for the runtime to tear down its heap (about
// 0.1 s on a loaded machine, which a run's watchdog pays too, and its runner waits for that).
await Promise.all(
  [process.stdout, process.stderr].map(
    (stream) => new Promise<void>((resolve) => stream.write('', () => resolve())),
  ),
);
process.exit(code);
