// action.yml as the runner reads it: the inputs with their defaults, `${{ }}` in a default evaluated against the job's contexts (github, strategy, matrix, runner, job).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import { parse } from 'yaml';

export const ACTION_YML = fileURLToPath(new URL('../../action.yml', import.meta.url));

export interface ManifestInput {
  description: string;
  required: boolean;
  default: string | undefined;
}

export interface ActionManifest {
  name: string;
  inputs: Record<string, ManifestInput>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string; post?: string; 'post-if'?: string };
}

export function readManifest(path = ACTION_YML): ActionManifest {
  const raw = parse(readFileSync(path, 'utf8')) as {
    name: string;
    inputs?: Record<string, { description?: string; required?: boolean; default?: unknown }>;
    outputs?: Record<string, { description?: string }>;
    runs: ActionManifest['runs'];
  };
  const inputs: Record<string, ManifestInput> = {};
  for (const [name, input] of Object.entries(raw.inputs ?? {})) {
    inputs[name] = {
      description: input.description ?? '',
      required: input.required === true,
      default: input.default === undefined ? undefined : String(input.default),
    };
  }
  const outputs: Record<string, { description: string }> = {};
  for (const [name, output] of Object.entries(raw.outputs ?? {}))
    outputs[name] = { description: output.description ?? '' };
  return { name: raw.name, inputs, outputs, runs: raw.runs };
}

/** The contexts an input default may use (action.yml schema: github, strategy, matrix, job, runner). */
export type DefaultContexts = Record<'github' | 'strategy' | 'matrix' | 'job' | 'runner', unknown>;

const CONTEXT_NAMES = ['github', 'strategy', 'matrix', 'job', 'runner'];

/** Replaces each `${{ expr }}` in `template` by its value, as the runner does for input defaults. */
export function evaluateTemplate(template: string, contexts: DefaultContexts): string {
  const context = JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary;
  return template.replace(/\$\{\{(.*?)\}\}/g, (_, source: string) => {
    const lexed = new Lexer(source.trim()).lex();
    const expression = new Parser(lexed.tokens, CONTEXT_NAMES, []).parse();
    return new Evaluator(expression, context).evaluate().coerceString();
  });
}

/** Every input's value for a step: `with:` values, else the manifest's default (evaluated). */
export function stepInputs(
  manifest: ActionManifest,
  given: Record<string, string>,
  contexts: DefaultContexts,
): Record<string, string> {
  for (const name of Object.keys(given)) {
    if (!(name in manifest.inputs)) throw new Error(`action.yml has no input named ${name}`);
  }
  const values: Record<string, string> = {};
  for (const [name, input] of Object.entries(manifest.inputs)) {
    const value = given[name] ?? input.default;
    if (value !== undefined) values[name] = evaluateTemplate(value, contexts);
  }
  return values;
}

/** INPUT_<NAME>: spaces to `_`, upper-cased, hyphens kept (actions/runner). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
