// Overhears what @actions/core prints while a toolkit call runs, because @actions/cache reports a failed restore or save only there (its results look the same as a miss or a taken key).
import { Buffer } from 'node:buffer';

export type ToolkitLevel = 'debug' | 'info' | 'warning' | 'error';

export interface ToolkitMessage {
  level: ToolkitLevel;
  /** The message with the workflow-command escapes (%25, %0D, %0A) undone. */
  text: string;
}

export interface MessageCapture {
  readonly messages: readonly ToolkitMessage[];
  stop(): void;
}

type Write = typeof process.stdout.write;

const listeners = new Set<(chunk: string) => void>();
let original: Write | undefined;
let installed: Write | undefined;

/**
 * Starts collecting the messages written to stdout until `stop()`; output still reaches stdout
 * unchanged. Anything written meanwhile is collected, so a message may come from elsewhere in the
 * program: use the messages to explain an outcome, and to decide one only where the call's result
 * cannot (a restore that failed returns what a miss returns).
 */
export function captureToolkitMessages(): MessageCapture {
  const messages: ToolkitMessage[] = [];
  let partial = '';
  const listener = (chunk: string): void => {
    const lines = (partial + chunk).split(/\r?\n/);
    partial = lines.pop() ?? '';
    for (const line of lines) {
      const message = parseLine(line);
      if (message) messages.push(message);
    }
  };
  listeners.add(listener);
  install();
  return {
    messages,
    stop: () => {
      if (!listeners.delete(listener)) return;
      const last = parseLine(partial);
      if (last) messages.push(last);
      uninstall();
    },
  };
}

function install(): void {
  if (installed) return;
  original = process.stdout.write;
  const forward = original;
  installed = function (this: unknown, chunk: unknown, ...rest: unknown[]): boolean {
    if (typeof chunk === 'string' || chunk instanceof Uint8Array) {
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      for (const listener of listeners) listener(text);
    }
    return (forward as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as Write;
  process.stdout.write = installed;
}

function uninstall(): void {
  // Put the original back only if nobody wrapped stdout after us; otherwise stay as a pass-through.
  if (listeners.size > 0 || !installed || process.stdout.write !== installed) return;
  process.stdout.write = original as Write;
  installed = undefined;
  original = undefined;
}

const COMMAND = /^::(debug|warning|error|notice)(?: [^:]*)?::(.*)$/;

function parseLine(line: string): ToolkitMessage | undefined {
  if (line.trim() === '') return undefined;
  const command = COMMAND.exec(line);
  if (!command) {
    // Any other workflow command (add-mask, group...) is not a message.
    return line.startsWith('::') ? undefined : { level: 'info', text: line };
  }
  const level = command[1] === 'notice' ? 'info' : (command[1] as ToolkitLevel);
  return { level, text: unescape(command[2] ?? '') };
}

function unescape(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
