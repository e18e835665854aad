// Turns the --command template into argv for one unit: split once like a POSIX shell splits words, placeholders filled per element, no shell unless --shell.
import { quote, split } from 'shlex';
import { UsageError } from '../errors.js';
import { quotedPlaceholders } from './shell-template-quotes.js';

export const PLACEHOLDERS = ['{file}', '{unit}', '{junit}'] as const;
const PLACEHOLDER = /\{(file|unit|junit)\}/g;

export interface CommandTemplate {
  readonly source: string;
  readonly shell: boolean;
  /** Words of the template (no shell) or the one script (shell). */
  readonly words: readonly string[];
  readonly hasPlaceholder: boolean;
}

export interface PlaceholderValues {
  file: string;
  unit: string;
  junit: string;
}

/** Validates and splits a template; a UsageError names --command and the problem. */
export function parseCommandTemplate(source: string, shell: boolean): CommandTemplate {
  if (source.trim() === '') {
    throw new UsageError(
      '--command: expected a command template such as "node --test {file}", got an empty string',
    );
  }
  let words: string[];
  try {
    words = split(source);
  } catch (error) {
    throw new UsageError(
      `--command: expected a command template with balanced quotes, got ${JSON.stringify(source)} (${(error as Error).message})`,
      { cause: error },
    );
  }
  if (words.length === 0) {
    throw new UsageError(
      `--command: expected a command template with a program to run, got ${JSON.stringify(source)}`,
    );
  }
  const unknown = /\{[A-Za-z_][\w-]*\}/g.exec(source.replace(PLACEHOLDER, ''));
  if (unknown) {
    throw new UsageError(
      `--command: expected placeholders ${PLACEHOLDERS.join(', ')}, got ${JSON.stringify(unknown[0])} in ${JSON.stringify(source)}`,
    );
  }
  const hasPlaceholder = PLACEHOLDER.test(source);
  PLACEHOLDER.lastIndex = 0;
  if (shell) rejectQuotedPlaceholders(source);
  return { source, shell, words: shell ? [source] : words, hasPlaceholder };
}

/**
 * The shell `--shell` runs. The template language is POSIX (words split like `sh`, values
 * single-quoted), so on Windows it is `sh` from Path, Git for Windows' (on every GitHub Windows
 * runner, the `shell: bash` of workflows): neither cmd nor PowerShell can take a single-quoted
 * value as one inert word.
 */
export function shellProgram(platform: NodeJS.Platform = process.platform): string {
  return platform === 'win32' ? 'sh' : '/bin/sh';
}

/** The program and arguments that run one unit. */
export function expandCommand(
  template: CommandTemplate,
  values: PlaceholderValues,
  platform: NodeJS.Platform = process.platform,
): { program: string; args: string[] } {
  if (template.shell) {
    let script = fill(template.source, values, quote);
    if (!template.hasPlaceholder) script = `${script} ${quote(values.file)}`;
    return { program: shellProgram(platform), args: ['-c', script] };
  }
  const argv = template.words.map((word) => fill(word, values, (v) => v));
  if (!template.hasPlaceholder) argv.push(values.file);
  const [program, ...args] = argv as [string, ...string[]];
  return { program, args };
}

function fill(text: string, values: PlaceholderValues, escape: (v: string) => string): string {
  return text.replace(PLACEHOLDER, (_m, name: keyof PlaceholderValues) => escape(values[name]));
}

/** Inside quotes a substituted '…' value is not a word of its own: `"{file}"` would run `$(…)` in a file name. */
function rejectQuotedPlaceholders(source: string): void {
  const [first] = quotedPlaceholders(source, PLACEHOLDER);
  if (!first) return;
  throw new UsageError(
    `--command: with --shell, ${first.placeholder} must stand outside quotes and backticks (testwarden quotes the value itself; inside ${first.context} a file name could run commands), got ${JSON.stringify(source)}`,
  );
}
