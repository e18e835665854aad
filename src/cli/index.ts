#!/usr/bin/env node
// Entry point of the `testwarden` command: wires the process (argv, streams, signals) to the CLI and sets the exit code.
import { main } from './program.js';

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

const code = await main(process.argv.slice(2), {
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
