#!/usr/bin/env node
// Entry point of the `testwarden` command: wires the process (argv, streams, signals) to the CLI and sets the exit code.
import { main } from './program.js';

const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
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
