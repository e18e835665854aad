// Unit text printed to the runner's stdout by the Action: made inert, so no byte of it is read as a workflow command.
import { randomBytes } from 'node:crypto';
import { plainLine } from './control-chars.js';

/**
 * The runner acts on a line that starts with `::` (after spaces) and, in its older syntax, on
 * `##[` anywhere in a line. One line of unit text: no newline (which would start a line of its
 * own), and a zero-width space breaking `##[` and a leading `::`, so it reads the same.
 */
export function inertLine(text: string): string {
  return plainLine(text)
    .replace(/##\[/g, '##\u200b[')
    .replace(/^(\s*):/, '$1\u200b:');
}

/**
 * Lines of a log to print as they are: between `::stop-commands::<token>` and `::<token>::` the
 * runner prints commands as text instead of obeying them. The token is random, so the log cannot
 * end the block early; each line is also made inert, for a runner that ignores the block.
 */
export function inertBlock(lines: readonly string[]): string[] {
  const token = `testwarden-${randomBytes(8).toString('hex')}`;
  return [`::stop-commands::${token}`, ...lines.map(inertLine), `::${token}::`];
}
