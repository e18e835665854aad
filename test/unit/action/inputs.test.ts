// The Action's inputs read from INPUT_* as the runner sets them (action.yml defaults filled in): values reach the core's options, and each bad value fails naming the input, the form expected and the value.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import { readInputs } from '../../../src/action/inputs.js';
import { readMergeInputs } from '../../../src/action/merge-inputs.js';
import { inInputTerms } from '../../../src/action/input-terms.js';
import { effectiveCheckpointKey } from '../../../src/action/suite-key.js';
import { inputVariable, readManifest, stepInputs } from '../../support/action-manifest.js';

const manifest = readManifest();
const saved = { ...process.env };

function setInputs(given: Record<string, string>, jobIndex = 0): void {
  const values = stepInputs(manifest, given, {
    github: { job: 'test' },
    strategy: { 'job-index': jobIndex },
    matrix: null,
    job: {},
    runner: {},
  });
  for (const name of Object.keys(manifest.inputs)) delete process.env[inputVariable(name)];
  for (const [name, value] of Object.entries(values)) process.env[inputVariable(name)] = value;
}

const MINIMAL = { command: 'node --test {file}', tests: 'test/*.test.js' };

function failure(given: Record<string, string>): string {
  setInputs({ ...MINIMAL, ...given });
  try {
    readInputs();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`no error for ${JSON.stringify(given)}`);
}

beforeEach(() => setInputs(MINIMAL));
afterEach(() => {
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
});

describe('readInputs', () => {
  it('leaves what no input and no profile sets to the core defaults, as the CLI does', () => {
    const inputs = readInputs();
    expect(inputs.run).toMatchObject({
      command: 'node --test {file}',
      patterns: ['test/*.test.js'],
      cwd: '.',
      jobs: 1,
      retries: 0,
      passRuntimeEnv: false,
      watchdog: true,
      containers: 'track',
    });
    for (const key of [
      'timeoutMs',
      'gracePeriodMs',
      'leaks',
      'tracking',
      'memoryThresholdPercent',
      'thresholdWindowMs',
      'maxFailures',
      'cpuThresholdPercent',
    ] as const)
      expect(inputs.run[key], key).toBeUndefined();
    expect(inputs).toMatchObject({ resume: 'auto', checkpointKey: 'test-0', summary: true });
  });

  it('reads testwarden.toml from working-directory up to the repository root; the profile input picks a profile, inputs override it', () => {
    const root = mkdtempSync(join(tmpdir(), 'tw-inputs-profile-'));
    try {
      mkdirSync(join(root, '.git'));
      mkdirSync(join(root, 'pkg'));
      writeFileSync(
        join(root, 'testwarden.toml'),
        '[profile.default]\ncommand = "sh {file}"\npatterns = ["*.sh"]\njobs = 3\nfail-fast = true\n[profile.ci]\ntimeout = "2m"\nretries = 2\n',
      );
      setInputs({ 'working-directory': join(root, 'pkg'), profile: 'ci', retries: '1' });
      const inputs = readInputs();
      expect(inputs.run).toMatchObject({
        command: 'sh {file}',
        patterns: ['*.sh'],
        jobs: 3,
        maxFailures: 1,
        timeoutMs: 120_000,
        retries: 1,
      });
      expect(inputs.suite).toMatchObject({ command: 'sh {file}', tests: ['*.sh'] });
      setInputs({ 'working-directory': join(root, 'pkg'), 'max-failures': '3' });
      expect(readInputs().run).toMatchObject({ maxFailures: 3, timeoutMs: undefined });
      setInputs({ 'working-directory': join(root, 'pkg'), profile: 'nope' });
      expect(() => readInputs()).toThrow(
        /^profile: expected a profile of .*testwarden\.toml \("default", "ci"\), got "nope"/,
      );
      writeFileSync(join(root, 'testwarden.toml'), '[profile.default]\njobs = "many"\n');
      setInputs({ 'working-directory': join(root, 'pkg'), command: 'sh {file}', tests: '*.sh' });
      expect(() => readInputs()).toThrow(
        /testwarden\.toml \[profile\.default\] jobs: expected a whole number/,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('the profile input without a testwarden.toml is an error naming the input', () => {
    const root = mkdtempSync(join(tmpdir(), 'tw-inputs-profile-'));
    try {
      mkdirSync(join(root, '.git'));
      setInputs({ ...MINIMAL, 'working-directory': root, profile: 'ci' });
      expect(() => readInputs()).toThrow(
        /^profile: expected a testwarden\.toml in .* found none \(got "ci"\)/,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('reads batch with a preset, and shard with it', () => {
    setInputs({ preset: 'pytest', batch: 'auto', jobs: '2', shard: '1/2' });
    expect(readInputs().run).toMatchObject({
      preset: { name: 'pytest', args: [] },
      batch: 'auto',
      jobs: 2,
      shard: { index: 1, total: 2 },
    });
    setInputs({ preset: 'go', batch: ' 3 ' });
    expect(readInputs().run.batch).toBe(3);
  });

  it('reads multi-line tests, booleans in any YAML case, and pass-through options', () => {
    setInputs({
      command: 'pytest {file}',
      tests: 'a/*.py\n\n  b/**/*.py  \n',
      'fail-fast': 'True',
      'pass-runtime-env': 'TRUE',
      'cpu-threshold': '80%',
      'max-memory-per-test': '512M',
      shard: 'index:1/4',
      summary: 'false',
    });
    const { run, summary } = readInputs();
    expect(run).toMatchObject({
      patterns: ['a/*.py', 'b/**/*.py'],
      maxFailures: 1,
      passRuntimeEnv: true,
      cpuThresholdPercent: 80,
      maxMemoryPerTestBytes: 512 * 2 ** 20,
      shard: { index: 2, total: 4 },
      updateTimings: false,
    });
    expect(summary).toBe(false);
  });

  it.each([
    [
      { jobs: 'many' },
      'jobs: expected a whole number from 1 to 1024, auto (the usable cores) or a share of them like 50%, got "many"',
    ],
    [{ 'grace-period': 'soon' }, 'grace-period: expected a duration like 500ms'],
    [{ 'fail-fast': 'yes' }, 'fail-fast: expected true or false, got "yes"'],
    [{ resume: 'sometimes' }, 'resume: expected one of auto, always, never, got "sometimes"'],
    [{ leaks: 'ignore' }, 'leaks: expected one of kill, fail, warn, got "ignore"'],
    [{ 'memory-threshold': '150' }, 'memory-threshold: expected a percentage'],
    [{ command: '' }, 'command: expected a command template'],
    [{ tests: '' }, 'tests: expected glob patterns, one per line (or set list-command), got none'],
    [
      { 'list-command': 'go list ./...' },
      'list-command: expected either patterns or a list command',
    ],
    [{ shard: '5/4' }, 'shard: expected I/N, 1-based'],
    [{ isolation: 'vm' }, 'isolation: expected one of process, container, got "vm"'],
    [{ 'container-cpus': 'two' }, 'container-cpus: expected a number of CPUs above zero'],
    [{ 'checkpoint-key': '' }, 'checkpoint-key: expected a name'],
    [
      { batch: '2' },
      'batch: only used with preset (without one every file is a unit already), got "2"',
    ],
    [
      { command: '', tests: '', preset: 'jest', batch: 'half' },
      'batch: expected a number of files per batch from 1 to 1000000 (1: one file per unit), or auto (batches for --jobs), got "half"',
    ],
  ])('rejects %j', (given, message) => {
    expect(failure(given)).toContain(message);
  });
});

describe('the checkpoint key', () => {
  const suite = {
    command: 'node {file}',
    shell: false,
    tests: ['t/*.js'],
    listCommand: '',
    workingDirectory: '.',
    shard: '',
  };

  it('differs between matrix legs, and between two suites of one job', () => {
    setInputs(MINIMAL, 0);
    const leg0 = readInputs().checkpointKey;
    setInputs(MINIMAL, 1);
    const leg1 = readInputs().checkpointKey;
    expect(leg0).not.toBe(leg1);
    const one = effectiveCheckpointKey('test-0', suite);
    expect(one).toMatch(/^test-0-[0-9a-f]{8}$/);
    expect(effectiveCheckpointKey('test-0', { ...suite, tests: ['u/*.js'] })).not.toBe(one);
    expect(effectiveCheckpointKey('test-0', { ...suite, workingDirectory: 'pkg' })).not.toBe(one);
    expect(effectiveCheckpointKey('test-0', { ...suite })).toBe(one);
  });

  it('differs with the batching of a preset, and stays what it was without one', () => {
    const preset = { ...suite, command: '', tests: [], preset: { name: 'jest', args: [] } };
    const whole = effectiveCheckpointKey('test-0', preset);
    const two = effectiveCheckpointKey('test-0', { ...preset, batch: 2 });
    const auto = effectiveCheckpointKey('test-0', { ...preset, batch: 'auto' });
    expect(
      new Set([whole, two, auto, effectiveCheckpointKey('test-0', { ...preset, batch: 1 })]).size,
    ).toBe(4);
    expect(effectiveCheckpointKey('test-0', { ...preset, batch: 2 })).toBe(two);
    setInputs({ command: '', tests: '', preset: 'jest', batch: '2' });
    const batched = readInputs().suite;
    expect(batched.batch).toBe(2);
    setInputs({ command: '', tests: '', preset: 'jest' });
    const unbatched = readInputs().suite;
    expect(unbatched.batch).toBeUndefined();
    expect(effectiveCheckpointKey('test-0', batched)).not.toBe(
      effectiveCheckpointKey('test-0', unbatched),
    );
  });

  it('differs between the shards of a suite given one checkpoint-key, and stays on a re-run', () => {
    const shardKeys = ['1/3', '2/3', '3/3'].map((shard) => {
      setInputs({ ...MINIMAL, shard, 'checkpoint-key': 'unit-tests' });
      const inputs = readInputs();
      return effectiveCheckpointKey(inputs.checkpointKey, inputs.suite);
    });
    expect(new Set(shardKeys).size).toBe(3);
    setInputs({ ...MINIMAL, shard: '2/3', 'checkpoint-key': 'unit-tests' });
    const again = readInputs();
    expect(effectiveCheckpointKey(again.checkpointKey, again.suite)).toBe(shardKeys[1]);
  });
});

describe('the durations history and the merge step', () => {
  it('names the history after the job, and reads the default branch', () => {
    expect(readInputs().timings).toEqual({ key: 'test', defaultBranch: '' });
    setInputs({ ...MINIMAL, 'timings-key': 'unit', 'default-branch': 'trunk' });
    expect(readInputs().timings).toEqual({ key: 'unit', defaultBranch: 'trunk' });
    expect(readMergeInputs()).toBeUndefined();
  });

  it('reads a merge step, which takes no command', () => {
    setInputs({
      'merge-reports': 'shards/*/report.json\n\nmore/report.json',
      'report-json': 'merged.json',
      'timings-key': 'test-shards',
    });
    expect(readMergeInputs()).toEqual({
      reports: ['shards/*/report.json', 'more/report.json'],
      workingDirectory: '.',
      reportJson: 'merged.json',
      junit: undefined,
      junitInputs: [],
      summary: true,
      timings: { key: 'test-shards', defaultBranch: '' },
    });
  });

  it.each([
    [{ command: 'node {file}' }, 'command: expected nothing when merge-reports is set'],
    [{ shard: '1/2' }, 'shard: expected nothing when merge-reports is set'],
    [{ 'timings-key': '' }, 'timings-key: expected a name for this suite'],
  ])('refuses a merge step with %j', (given, message) => {
    setInputs({ 'merge-reports': 'r/*.json', ...given });
    expect(() => readMergeInputs()).toThrow(message);
  });

  it('removes unattributed containers by default on GitHub-hosted runners only', () => {
    const containers = (given: Record<string, string>, environment?: string) => {
      if (environment === undefined) delete process.env['RUNNER_ENVIRONMENT'];
      else process.env['RUNNER_ENVIRONMENT'] = environment;
      setInputs({ ...MINIMAL, ...given });
      return readInputs().run.containers;
    };
    expect(containers({}, 'github-hosted')).toBe('remove-unattributed');
    expect(containers({}, 'self-hosted')).toBe('track');
    expect(containers({ containers: 'auto' })).toBe('track');
    expect(containers({ containers: 'track' }, 'github-hosted')).toBe('track');
    expect(containers({ containers: 'off' }, 'github-hosted')).toBe('off');
    expect(containers({ containers: 'remove-unattributed' })).toBe('remove-unattributed');
    expect(failure({ containers: 'all' })).toBe(
      'containers: expected one of auto, track, remove-unattributed, off, got "all"',
    );
  });

  it('asks for a cgroup subtree through sudo on GitHub-hosted runners, or when told to', () => {
    const sudo = (given: Record<string, string>, environment?: string) => {
      if (environment === undefined) delete process.env['RUNNER_ENVIRONMENT'];
      else process.env['RUNNER_ENVIRONMENT'] = environment;
      setInputs({ ...MINIMAL, ...given });
      return readInputs().run.cgroupSudo ?? false;
    };
    expect(sudo({}, 'github-hosted')).toBe('auto');
    expect(sudo({}, 'self-hosted')).toBe(false);
    expect(sudo({})).toBe(false);
    expect(sudo({ 'cgroup-sudo': 'true' }, 'self-hosted')).toBe(true);
    expect(sudo({ 'cgroup-sudo': 'false' }, 'github-hosted')).toBe(false);
    expect(sudo({ tracking: 'process' }, 'github-hosted')).toBe(false);
    expect(failure({ 'cgroup-sudo': 'yes' })).toBe(
      'cgroup-sudo: expected one of auto, true, false, got "yes"',
    );
  });

  it('refuses merge-junit without merge-reports', () => {
    setInputs({ ...MINIMAL, 'merge-junit': 'shards/*/junit.xml' });
    expect(() => readMergeInputs()).toThrow('merge-junit: expected nothing without merge-reports');
  });
});

describe('usage messages from the core', () => {
  it('speak of inputs, not CLI flags', () => {
    expect(inInputTerms('--cwd: expected a readable directory, got "x"')).toBe(
      'working-directory: expected a readable directory, got "x"',
    );
    expect(inInputTerms('--tracking: expected auto or process')).toBe(
      'tracking: expected auto or process',
    );
    expect(inInputTerms('--cgroup-sudo: could not prepare a cgroup subtree (x)')).toBe(
      'cgroup-sudo: could not prepare a cgroup subtree (x)',
    );
    expect(
      inInputTerms(
        'patterns ["a"] matched no file under /w (pass --allow-no-units if that is expected)',
      ),
    ).toBe('tests ["a"] matched no file under /w (set allow-no-units: true if that is expected)');
    expect(inInputTerms('command: cannot split "pytest --junitxml --cwd x" into words')).toBe(
      'command: cannot split "pytest --junitxml --cwd x" into words',
    );
  });
});
