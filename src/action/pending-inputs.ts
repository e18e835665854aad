// Inputs that action.yml declares (SPEC §6) but the core cannot act on yet: their values are checked, and a value asking for what this build cannot do fails the step.
import { UsageError, invalidOption } from '../core/errors.js';
import { parseSize } from '../core/plan/units-of-measure.js';
import { Input } from './constants.js';

interface PendingInput {
  name: string;
  /** Throws a UsageError naming the input when the value is malformed. */
  check(value: string): void;
  /** Whether the value asks for nothing beyond what this build does (its default, or "off"). */
  harmless(value: string): boolean;
}

const oneOf =
  (...allowed: string[]) =>
  (name: string, value: string) => {
    if (!allowed.includes(value)) throw invalidOption(name, `one of ${allowed.join(', ')}`, value);
  };
const optional =
  (check: (name: string, value: string) => unknown) => (name: string, value: string) => {
    if (value !== '') check(name, value);
  };

function checkCpus(name: string, value: string): void {
  const cpus = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || !(cpus > 0)) {
    throw invalidOption(name, 'a number of CPUs above zero, such as 1.5', value);
  }
}

const pending = (
  name: string,
  check: (name: string, value: string) => unknown,
  harmless: (value: string) => boolean,
): PendingInput => ({ name, check: (value) => void check(name, value), harmless });

const isEmpty = (value: string) => value === '';

/** Each with the rule for "asks for nothing new"; defaults as in action.yml. */
export const PENDING_INPUTS: readonly PendingInput[] = [
  pending(Input.isolation, oneOf('process', 'container'), (v) => v === 'process'),
  pending(Input.containerImage, () => undefined, isEmpty),
  pending(Input.containerMemory, optional(parseSize), isEmpty),
  pending(Input.containerCpus, optional(checkCpus), isEmpty),
];

/**
 * Checks every pending input; throws a UsageError for a malformed value, or for a well-formed one
 * this build cannot honour ("not supported yet"). `read` returns the trimmed input ('' if unset).
 */
export function checkPendingInputs(read: (name: string) => string): void {
  for (const input of PENDING_INPUTS) {
    const value = read(input.name);
    input.check(value);
    if (!input.harmless(value)) {
      throw new UsageError(
        `${input.name}: input ${input.name} is not supported yet by this version of testwarden; leave it at its default (got ${JSON.stringify(value)})`,
      );
    }
  }
}
