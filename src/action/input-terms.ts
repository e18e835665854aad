// The core's messages name CLI flags (`--cwd`, `--tracking`); in the Action they are inputs.
import { Input } from './constants.js';

/** The core's flags for options the Action sets by inputs of the same name, and the two that differ. */
const FLAG_TO_INPUT = new Map<string, string>([
  ...Object.values(Input).map((name) => [`--${name}`, name] as const),
  ['--cwd', Input.workingDirectory],
  ['--state-dir', 'the state dir'],
]);

/**
 * The core's usage messages name CLI flags (`--cwd`, `--tracking`); in the Action they are inputs.
 * Quoted values (a command template with its own `--flags`) are left as they are.
 */
export function inInputTerms(message: string): string {
  return message
    .split(/("(?:[^"\\]|\\.)*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/--[a-z][a-z-]*/g, (flag) => FLAG_TO_INPUT.get(flag) ?? flag)
            .replace(/^patterns /, `${Input.tests} `)
            .replace(/\(pass allow-no-units /, `(set ${Input.allowNoUnits}: true `),
    )
    .join('');
}
