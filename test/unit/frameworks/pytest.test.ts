// The pytest preset on real pytest: collection honours the project's ignores, counts equal pytest's JUnit and summary, node-id reruns, a hang named after a kill.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { PresetContext } from '../../../src/core/frameworks/preset.js';
import { pytestPreset } from '../../../src/core/frameworks/presets/pytest.js';
import { FIXTURES, REPORTERS, names, runInvocation } from '../../support/framework-run.js';
import { tempDir } from '../../support/temp-dir.js';
import { posixOnly } from '../../support/platform.js';

const cwd = join(FIXTURES, 'pytest');
const env = { ...process.env, PYTHONDONTWRITEBYTECODE: '1' };
/** The Python first on PATH and Debian's, which carry different pytest versions here. */
const pythons = [['python3'], ['/usr/bin/python3']];
const noCache = ['-p', 'no:cacheprovider'];

describe
  .skipIf(
    posixOnly(
      'the pytest preset on real pytest',
      "runInvocation kills the framework's process group, as a batch is killed",
    ),
  )
  .each(pythons)('pytest preset with %s', (python) => {
  const context: PresetContext = {
    cwd,
    env,
    reportersDir: REPORTERS,
    program: [python, '-m', 'pytest'],
  };

  it('discovers by collection: the file the project ignores is never listed', async () => {
    const found = await pytestPreset.discover(context, noCache);
    expect(found.files).toEqual(['test_math.py', 'test_strings.py']);
    expect(found.tests).toHaveLength(12);
    expect(found.tests).toContainEqual({
      file: 'test_math.py',
      titles: ['TestMath', 'TestAddition', 'test_adds_pairs[2-3-5]'],
      nodeId: 'test_math.py::TestMath::TestAddition::test_adds_pairs[2-3-5]',
    });
  });

  it("counts every test as pytest's JUnit and summary do, xfail and errors included", async () => {
    const junit = join(tempDir(), 'pytest.xml');
    const [command] = pytestPreset.commands(context, undefined, [
      ...noCache,
      `--junitxml=${junit}`,
    ]);
    const run = await runInvocation(command!, { cwd });
    expect(run.code).toBe(1);
    expect(run.results.finished).toBe(true);
    const xml = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(junit, 'utf8'));
    const suite = xml.testsuites?.testsuite ?? xml.testsuite;
    const own = (name: string) => Number(suite[`@_${name}`]);
    const c = run.results.counts;
    expect(c.passed + c.xpass + c.failed + c.skipped + c.xfail + c.errors).toBe(own('tests'));
    expect(c.failed).toBe(own('failures'));
    expect(c.errors).toBe(own('errors'));
    expect(c.skipped + c.xfail).toBe(own('skipped'));
    // pytest's terminal summary, as the plugin read it from pytest itself
    expect(run.results.frameworkSummary).toEqual({
      passed: c.passed,
      failed: c.failed,
      skipped: c.skipped,
      xfailed: c.xfail,
      xpassed: c.xpass,
      error: c.errors,
    });
    expect(c).toEqual({ passed: 6, failed: 2, skipped: 1, todo: 0, xfail: 1, xpass: 1, errors: 1 });
    expect(run.output).toMatch(/2 failed, 6 passed, 1 skipped, 1 xfailed, 1 xpassed, 1 error/);
    const fails = run.results.tests.find((t) => t.nodeId === 'test_math.py::TestMath::test_fails');
    expect(fails?.failure).toMatchObject({ file: 'test_math.py', line: 23 });
    expect(fails?.failure?.message).toContain('assert (2 * 2) == 5');
  });

  it('reruns exactly the chosen node ids, one parametrized case among them', async () => {
    const chosen = [
      {
        file: 'test_math.py',
        titles: ['TestMath', 'test_fails'],
        nodeId: 'test_math.py::TestMath::test_fails',
      },
      {
        file: 'test_math.py',
        titles: ['TestMath', 'TestAddition', 'test_adds_pairs[2-3-5]'],
        nodeId: 'test_math.py::TestMath::TestAddition::test_adds_pairs[2-3-5]',
      },
      { file: 'test_strings.py', titles: ['test_upper'], nodeId: 'test_strings.py::test_upper' },
    ];
    const [command] = pytestPreset.commands(context, { tests: chosen }, noCache);
    const run = await runInvocation(command!, { cwd });
    expect(run.ledger.sort()).toEqual([
      'TestMath::TestAddition::test_adds_pairs[2-3-5]',
      'TestMath::test_fails',
      'test_upper',
    ]);
    expect(names(run.results)).toEqual([
      'test_math.py > TestMath > TestAddition > test_adds_pairs[2-3-5]',
      'test_math.py > TestMath > test_fails',
      'test_strings.py > test_upper',
    ]);
  });

  it('names the test that was running when a hung run was killed', async () => {
    const [command] = pytestPreset.commands(context, { files: ['test_math.py'] }, noCache);
    const run = await runInvocation(command!, {
      cwd,
      env: { FIXTURE_HANG: '1' },
      killWhenStarted: 'test_hangs_when_asked',
    });
    expect(run.signal).toBe('SIGKILL');
    expect(run.results.finished).toBe(false);
    expect(run.results.unfinished).toEqual([
      {
        file: 'test_math.py',
        titles: ['test_hangs_when_asked'],
        nodeId: 'test_math.py::test_hangs_when_asked',
      },
    ]);
  });
});
