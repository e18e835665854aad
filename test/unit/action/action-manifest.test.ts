// action.yml and the workflows checked with GitHub's own parser, against the Action's contract, its constants and docs/action.md (whose tables are generated from action.yml).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { convertActionTemplate, parseAction } from '@actions/workflow-parser/actions/index';
import { describe, expect, it } from 'vitest';
import { format, resolveConfig } from 'prettier';
import { parse } from 'yaml';
import { Input, Output } from '../../../src/action/constants.js';
import { readManifest, stepInputs, type ActionManifest } from '../../support/action-manifest.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const manifest = readManifest();

/** The Action's contract (docs/action.md). */
const CONTRACT_INPUTS = [
  'command',
  'tests',
  'working-directory',
  'jobs',
  'timeout',
  'grace-period',
  'retries',
  'fail-fast',
  'max-failures',
  'resume',
  'checkpoint-key',
  'leaks',
  'containers',
  'isolation',
  'container-image',
  'container-memory',
  'container-cpus',
  'memory-threshold',
  'cpu-threshold',
  'threshold-window',
  'max-memory-per-test',
  'shard',
  'junit',
  'report-json',
  'watchdog',
  'heartbeat-timeout',
  'tracking',
  'summary',
  'pass-runtime-env',
];
const CONTRACT_OUTPUTS = [
  'status',
  'exit-code',
  'reason',
  'resumed',
  'units',
  'passed',
  'failed',
  'timed-out',
  'skipped',
  'flaky',
  'leaked',
  'from-checkpoint',
  'report-json',
  'junit',
  'checkpoint-key',
];

describe('action.yml', () => {
  it("passes GitHub's action schema", () => {
    const parsed = parseAction(
      { name: 'action.yml', content: read('action.yml') },
      new NoOperationTraceWriter(),
    );
    expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    const action = convertActionTemplate(parsed.context, parsed.value!);
    expect(action.runs).toMatchObject({
      using: 'node24',
      main: 'dist/main/index.js',
      post: 'dist/post/index.js',
      postIf: 'always()',
    });
    expect(action.branding).toMatchObject({ icon: expect.any(String), color: expect.any(String) });
  });

  it('declares every input and output of its contract, each described, with a quoted default', () => {
    expect(Object.keys(manifest.inputs)).toEqual(expect.arrayContaining(CONTRACT_INPUTS));
    expect(Object.keys(manifest.outputs).sort()).toEqual([...CONTRACT_OUTPUTS].sort());
    for (const [name, input] of Object.entries(manifest.inputs)) {
      expect(input.description, name).not.toBe('');
      expect(input.default, name).toBeDefined();
      // `command` too: a merge step (merge-reports) has none, and readInputs names it when missing.
      expect(input.required, name).toBe(false);
    }
    for (const [name, output] of Object.entries(manifest.outputs))
      expect(output.description, name).not.toBe('');
    const defaults = read('action.yml').match(/^ {4}default: .*$/gm) ?? [];
    expect(defaults).toHaveLength(Object.keys(manifest.inputs).length);
    for (const line of defaults) expect(line).toMatch(/^ {4}default: '.*'$/);
  });

  it('defaults timings-key and default-branch from the github context, as the runner evaluates them', () => {
    const contexts = {
      github: { job: 'test', event: { repository: { default_branch: 'trunk' } } },
      strategy: { 'job-index': 2 },
      matrix: null,
      job: {},
      runner: {},
    };
    expect(stepInputs(manifest, {}, contexts)).toMatchObject({
      'timings-key': 'test',
      'default-branch': 'trunk',
      'checkpoint-key': 'test-2',
    });
    // An event without a repository (none here) leaves it empty: no fallback branch.
    const bare = stepInputs(manifest, {}, { ...contexts, github: { job: 'test' } });
    expect(bare['default-branch']).toBe('');
  });

  it('names the same inputs and outputs as src/action/constants.ts', () => {
    expect(Object.values(Input).sort()).toEqual(Object.keys(manifest.inputs).sort());
    expect(Object.values(Output).sort()).toEqual(Object.keys(manifest.outputs).sort());
  });
});

describe('workflows', () => {
  const files = readdirSync(join(ROOT, '.github/workflows')).filter((f) => /\.ya?ml$/.test(f));

  it.each(files)("%s passes GitHub's workflow schema", (file) => {
    const path = `.github/workflows/${file}`;
    const parsed = parseWorkflow({ name: path, content: read(path) }, new NoOperationTraceWriter());
    expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual([]);
  });

  it.each(files)(
    '%s gives `uses: ./` only inputs action.yml declares, and every required one',
    (file) => {
      const workflow = parse(read(`.github/workflows/${file}`)) as {
        jobs: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>;
      };
      for (const job of Object.values(workflow.jobs)) {
        for (const step of job.steps ?? []) {
          if (step.uses !== './') continue;
          const given = Object.keys(step.with ?? {});
          expect(Object.keys(manifest.inputs)).toEqual(expect.arrayContaining(given));
          const required = Object.entries(manifest.inputs)
            .filter(([, i]) => i.required)
            .map(([n]) => n);
          expect(given).toEqual(expect.arrayContaining(required));
        }
      }
    },
  );

  it('check-dist and e2e exist; the unit tests and the Action run on Linux, macOS and Windows', () => {
    expect(files).toEqual(expect.arrayContaining(['check-dist.yml', 'e2e.yml']));
    const everyOs = /os: \[ubuntu-latest, macos-latest, windows-latest\]/;
    expect(read('.github/workflows/e2e.yml')).toMatch(everyOs);
    expect(read('.github/workflows/ci.yml')).toMatch(everyOs);
    const ci = parse(read('.github/workflows/ci.yml')) as {
      jobs: Record<string, { 'runs-on': string; steps: { run?: string }[] }>;
    };
    expect(ci.jobs.unit!['runs-on']).toBe('${{ matrix.os }}');
    expect(ci.jobs.unit!.steps.map((s) => s.run)).toContain('npx vitest run test/unit');
  });
});

/** The tables of docs/action.md, between `<!-- inputs:start -->` / `<!-- inputs:end -->` and the same for outputs. */
function renderTables(m: ActionManifest): { inputs: string; outputs: string } {
  const cell = (text: string) =>
    text
      .replace(/\|/g, '\\|')
      .replace(/\s*\n\s*/g, ' ')
      .trim();
  const inputs = [
    '| Input | Default | Description |',
    '| --- | --- | --- |',
    ...Object.entries(m.inputs).map(
      ([name, i]) =>
        `| \`${name}\`${i.required ? ' (required)' : ''} | ${i.default ? `\`${cell(i.default)}\`` : ''} | ${cell(i.description)} |`,
    ),
  ].join('\n');
  const outputs = [
    '| Output | Description |',
    '| --- | --- |',
    ...Object.entries(m.outputs).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`),
  ].join('\n');
  return { inputs, outputs };
}

describe('docs/action.md', () => {
  it('has the inputs and outputs tables of action.yml (TESTWARDEN_UPDATE_DOCS=1 rewrites them)', async () => {
    const path = join(ROOT, 'docs/action.md');
    let text = readFileSync(path, 'utf8');
    // Formatted as Prettier formats the page, so `prettier --check` and this test agree.
    const options = { ...(await resolveConfig(path)), parser: 'markdown' };
    const raw = renderTables(manifest);
    const tables = {
      inputs: (await format(raw.inputs, options)).trimEnd(),
      outputs: (await format(raw.outputs, options)).trimEnd(),
    };
    for (const kind of ['inputs', 'outputs'] as const) {
      const block = new RegExp(
        `(<!-- ${kind}:start -->\\n\\n)[\\s\\S]*?(\\n\\n<!-- ${kind}:end -->)`,
      );
      expect(text, `docs/action.md lacks the ${kind} markers`).toMatch(block);
      if (process.env['TESTWARDEN_UPDATE_DOCS'] === '1')
        text = text.replace(block, `$1${tables[kind]}$2`);
      expect(block.exec(text)?.[0], `docs/action.md's ${kind} table differs from action.yml`).toBe(
        `<!-- ${kind}:start -->\n\n${tables[kind]}\n\n<!-- ${kind}:end -->`,
      );
    }
    if (process.env['TESTWARDEN_UPDATE_DOCS'] === '1') writeFileSync(path, text);
  });
});
