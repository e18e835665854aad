// What the CLI is given of its process: output, environment, terminal and signals (the entry point wires the real ones, tests their own).

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
  /** The terminal's width, when stdout is one. */
  columns?: () => number;
  /** Installs signal handlers for the run; returns a function that removes them. */
  onSignals?: (handler: (signal: 'SIGINT' | 'SIGTERM' | 'SIGHUP') => void) => () => void;
}
