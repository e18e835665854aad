// The bundled CLI run as a real process over real unit processes: process model, outcomes, counts, reports and exit codes.
import { existsSync, readFileSync, rmSync, writeFileSync, chmodSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { CLI, FIXTURES, isAlive, runCli } from '../support/cli.js';
import { tempDir } from '../support/temp-dir.js';
import { reportSchema } from '../support/report-schema.js';
import { readJson, suiteDir } from '../support/files.js';

describe('testwarden run: process model', () => {
  it('kills a timed-out unit together with its grandchildren', async () => {
    const dir = suiteDir({
      'tree.js': `
        const { spawn } = require('node:child_process');
        const fs = require('node:fs');
        const child = spawn('sh', ['-c', 'sleep 300 & echo $! > grandchild.pid; wait'], { stdio: 'ignore' });
        fs.writeFileSync('child.pid', String(child.pid));
        setInterval(() => {}, 1000);`,
    });
    const r = await runCli([
      'run',
      '--cwd',
      dir,
      '--timeout',
      '1s',
      '--grace-period',
      '2s',
      '--report-json',
      'r.json',
      '-c',
      'node {file}',
      'tree.js',
    ]);
    expect(r.code).toBe(1);
    const report = readJson(join(dir, 'r.json'));
    expect(report.units[0].outcome).toBe('timed-out');
    for (const f of ['child.pid', 'grandchild.pid']) {
      const pid = Number(readFileSync(join(dir, f), 'utf8'));
      expect(isAlive(pid), `${f} ${pid}`).toBe(false);
    }
  });

  it('SIGKILLs a unit that ignores SIGTERM after the grace period (about timeout + grace)', async () => {
    const dir = suiteDir({
      'stubborn.js': `process.on('SIGTERM', () => {}); console.log('ready'); setInterval(() => {}, 1000);`,
    });
    const r = await runCli([
      'run',
      '--cwd',
      dir,
      '--timeout',
      '1s',
      '--grace-period',
      '1500ms',
      '--report-json',
      'r.json',
      '-c',
      'node {file}',
      'stubborn.js',
    ]);
    const unit = readJson(join(dir, 'r.json')).units[0];
    expect(unit.outcome).toBe('timed-out');
    expect(unit.signal).toBe('SIGKILL');
    expect(unit.durationMs).toBeGreaterThanOrEqual(2400);
    expect(unit.durationMs).toBeLessThan(4500);
    expect(r.stdout).toContain('timed out after 1.0s');
  });

  it('does not wait for a leaked child that holds stdout open, and reports and kills it', async () => {
    const dir = suiteDir({
      'holder.js': `
        const { spawn } = require('node:child_process');
        const c = spawn('sleep', ['120'], { stdio: ['ignore', 'inherit', 'inherit'], detached: true });
        require('node:fs').writeFileSync('leak.pid', String(c.pid));
        c.unref();`,
    });
    const r = await runCli([
      'run',
      '--cwd',
      dir,
      '--report-json',
      'r.json',
      '-c',
      'node {file}',
      'holder.js',
    ]);
    expect(r.code).toBe(0);
    expect(r.durationMs).toBeLessThan(10_000);
    const unit = readJson(join(dir, 'r.json')).units[0];
    const pid = Number(readFileSync(join(dir, 'leak.pid'), 'utf8'));
    expect(unit.leaked).toEqual([{ kind: 'process', pid, command: 'sleep 120', action: 'killed' }]);
    expect(isAlive(pid)).toBe(false);
    expect(r.stdout).toContain(`leaked process ${pid} (killed): sleep 120`);
  });

  it('streams 100 MB of output to the log without growing the runner', async () => {
    const dir = suiteDir({
      'loud.js': `const b = Buffer.alloc(1 << 20, 0x61); for (let i = 0; i < 100; i++) process.stdout.write(b);`,
      'quiet.js': `process.stdout.write('x');`,
    });
    const peak = async (file: string) => {
      const out = join(dir, `${file}.rss`);
      const m = await runMeasured(out, ['run', '--cwd', dir, '-c', 'node {file}', file]);
      expect(m.code).toBe(0);
      return Number(readFileSync(out, 'utf8'));
    };
    const quiet = await peak('quiet.js');
    const loud = await peak('loud.js');
    const logs = readdirSync(join(dir, '.testwarden', 'logs'));
    const loudLog = logs.find((f) => f.startsWith('loud'))!;
    expect(readFileSync(join(dir, '.testwarden', 'logs', loudLog)).length).toBe(100 * 2 ** 20);
    expect(loud - quiet).toBeLessThan(20 * 1024);
  });

  it('runs two units at once with --jobs 2', async () => {
    const waitForOther = (me: string, other: string) => `
      const fs = require('node:fs');
      fs.writeFileSync('${me}.started', '');
      const deadline = Date.now() + 8000;
      const t = setInterval(() => {
        if (fs.existsSync('${other}.started')) { clearInterval(t); process.exit(0); }
        if (Date.now() > deadline) { console.error('the other unit never ran alongside'); process.exit(1); }
      }, 10);`;
    const dir = suiteDir({ 'a.js': waitForOther('a', 'b'), 'b.js': waitForOther('b', 'a') });
    const r = await runCli(['run', '--cwd', dir, '--jobs', '2', '-c', 'node {file}', '*.js']);
    expect(r.stdout).toContain('2 passed');
    expect(r.code).toBe(0);
  });

  it('reports a unit that fails once and passes on retry as flaky', async () => {
    const dir = suiteDir({
      'flaky.js': `
        const fs = require('node:fs');
        const n = fs.existsSync('count') ? Number(fs.readFileSync('count', 'utf8')) : 0;
        fs.writeFileSync('count', String(n + 1));
        if (n === 0) { console.log('first try fails'); process.exit(1); }`,
    });
    const r = await runCli([
      'run',
      '--cwd',
      dir,
      '--retries',
      '2',
      '--report-json',
      'r.json',
      '-c',
      'node {file}',
      'flaky.js',
    ]);
    expect(r.code).toBe(0);
    const report = readJson(join(dir, 'r.json'));
    expect(report.units[0]).toMatchObject({ outcome: 'passed', flaky: true, attempts: 2 });
    expect(report.totals.flaky).toBe(1);
    expect(r.stdout).toMatch(/RETRY\s+flaky\.js \(attempt 1: exited with code 1\)/);
    expect(r.stdout).toContain('FLAKY');
    // A flaky unit is one of the passed ones.
    expect(r.stdout).toMatch(/Units: 1 passed, 1 of them flaky \(1 in all\)/);
    // The JUnit file of a flaky unit (a "true" property) is well-formed XML.
    rmSync(join(dir, 'count'));
    const junit = await runCli([
      'run',
      '--cwd',
      dir,
      '--retries',
      '2',
      '--junit',
      'j.xml',
      '-c',
      'node {file}',
      'flaky.js',
    ]);
    expect(junit.code).toBe(0);
    const xml = readFileSync(join(dir, 'j.xml'), 'utf8');
    expect(xml).toContain('name="testwarden.flaky" value="true"');
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('stops scheduling after the first failure with --fail-fast', async () => {
    const dir = suiteDir({ '1-fails.js': 'process.exit(3)', '2-ok.js': '', '3-ok.js': '' });
    const r = await runCli([
      'run',
      '--cwd',
      dir,
      '--fail-fast',
      '--report-json',
      'r.json',
      '-c',
      'node {file}',
      '*.js',
    ]);
    expect(r.code).toBe(1);
    const report = readJson(join(dir, 'r.json'));
    expect(report.reason).toBe('fail-fast');
    expect(report.units.map((u: { outcome: string }) => u.outcome)).toEqual([
      'failed',
      'skipped',
      'skipped',
    ]);
    expect(report.units[0].exitCode).toBe(3);
    expect(existsSync(join(dir, '.testwarden'))).toBe(true);
  });

  it('stops after N failures with --max-failures', async () => {
    const dir = suiteDir({
      'a.js': 'process.exit(1)',
      'b.js': 'process.exit(1)',
      'c.js': 'process.exit(1)',
      'd.js': '',
    });
    const r = await runCli([
      'run',
      '--cwd',
      dir,
      '--max-failures',
      '2',
      '--report-json',
      'r.json',
      '-c',
      'node {file}',
      '*.js',
    ]);
    const report = readJson(join(dir, 'r.json'));
    expect(r.code).toBe(1);
    expect(report.totals).toMatchObject({ failed: 2, skipped: 2 });
  });
});

async function runMeasured(out: string, args: string[]) {
  const { spawn } = await import('node:child_process');
  return new Promise<{ code: number | null }>((resolve) => {
    const child = spawn(process.execPath, [join(FIXTURES, 'measure-rss.mjs'), out, CLI, ...args], {
      stdio: 'ignore',
    });
    child.on('close', (code) => resolve({ code }));
  });
}

describe('testwarden run: counts and reports', () => {
  it('takes counts from JUnit, TAP and summary lines, and writes a report and JUnit file of the documented shape', async () => {
    const dir = suiteDir({
      'junit.test.mjs': `import test from 'node:test'; test('a', () => {}); test('b', () => {}); test('c', { skip: true }, () => {});`,
      'tap.test.mjs': `import test from 'node:test'; test('a', () => {}); test('b', () => { throw new Error('no'); });`,
      'summary.sh': `echo "running"; echo "7 passed, 2 skipped"`,
      'plain.sh': `echo "nothing to count"`,
    });
    const r = await runCli([
      'run',
      '--cwd',
      dir,
      '--report-json',
      'out/report.json',
      '--junit',
      'out/junit.xml',
      '--shell',
      '-c',
      'case {file} in *.mjs) exec node --test --test-reporter=tap --test-reporter-destination=stdout --test-reporter=junit --test-reporter-destination="$TESTWARDEN_JUNIT" {file};; *) exec sh {file};; esac',
      '*.mjs',
      '*.sh',
    ]);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    const report = reportSchema.parse(readJson(join(dir, 'out/report.json')));
    const byId = Object.fromEntries(report.units.map((u) => [u.id, u]));
    expect(byId['junit.test.mjs']!.tests).toEqual({ passed: 2, failed: 0, skipped: 1, errors: 0 });
    expect(byId['tap.test.mjs']!.tests).toMatchObject({ failed: 1 });
    expect(byId['summary.sh']!.tests).toEqual({ passed: 7, failed: 0, skipped: 2, errors: 0 });
    expect(byId['plain.sh']!.tests).toEqual({ passed: 1, failed: 0, skipped: 0, errors: 0 });
    expect(report.totals).toMatchObject({ units: 4, passed: 3, failed: 1 });
    expect(report.status).toBe('failed');
    expect(report.exitCode).toBe(1);

    const xml = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@',
      isArray: (n) => n === 'testsuite',
    }).parse(readFileSync(join(dir, 'out/junit.xml'), 'utf8'));
    expect(xml.testsuites['@tests']).toBe('4');
    expect(xml.testsuites['@failures']).toBe('1');
    const failed = xml.testsuites.testsuite.find(
      (s: Record<string, string>) => s['@name'] === 'tap.test.mjs',
    );
    expect(failed.testcase.failure['@type']).toBe('failed');
    expect(failed.testcase.failure['#text']).toContain('not ok');
  });

  it('sets the TESTWARDEN_* environment for each unit', async () => {
    const dir = suiteDir({
      'env.js': `require('node:fs').writeFileSync('env.json', JSON.stringify(Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('TESTWARDEN') || k.startsWith('ACTIONS_')))))`,
    });
    const r = await runCli(['run', '--cwd', dir, '-c', 'node {file}', 'env.js'], {
      env: {
        ACTIONS_RUNTIME_TOKEN: 'secret',
        ACTIONS_RESULTS_URL: 'http://x/',
        ACTIONS_STEP_DEBUG: 'true',
      },
    });
    expect(r.code).toBe(0);
    const env = readJson(join(dir, 'env.json'));
    expect(env).toMatchObject({
      TESTWARDEN: '1',
      TESTWARDEN_UNIT: 'env.js',
      TESTWARDEN_ATTEMPT: '1',
      ACTIONS_STEP_DEBUG: 'true',
    });
    expect(env.TESTWARDEN_RUN_ID).toMatch(/^tw-/);
    expect(env.TESTWARDEN_JUNIT).toContain(join(dir, '.testwarden', 'junit'));
    expect(env.ACTIONS_RUNTIME_TOKEN).toBeUndefined();
    expect(env.ACTIONS_RESULTS_URL).toBeUndefined();
  });

  it('runs units listed by --list-command', async () => {
    const dir = suiteDir({ 'ok.sh': 'exit 0' });
    const r = await runCli([
      'run',
      '--cwd',
      dir,
      '--report-json',
      'r.json',
      '--list-command',
      'printf "alpha\\nbeta\\n\\nalpha\\n"',
      '-c',
      'sh -c "test -n \\"$0\\"" {unit}',
    ]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(readJson(join(dir, 'r.json')).units.map((u: { id: string }) => u.id)).toEqual([
      'alpha',
      'beta',
    ]);
  });

  it('fails a unit whose program cannot start, with the reason', async () => {
    // The program comes from the unit (`{unit}`), so only starting it can tell.
    const dir = suiteDir({});
    const r = await runCli([
      'run',
      '--cwd',
      dir,
      '--report-json',
      'r.json',
      '--list-command',
      'echo no-such-program-xyz',
      '-c',
      '{unit}',
    ]);
    expect(r.code).toBe(1);
    expect(readJson(join(dir, 'r.json')).units[0].message).toMatch(
      /could not start "no-such-program-xyz": spawn no-such-program-xyz ENOENT/,
    );
  });
});

describe('testwarden run: exit codes and bad input', () => {
  it.each([
    [
      ['--timeout', 'banana'],
      /--timeout: expected a duration like 500ms, 90s, 1m30s, 10m, 1h or a number of seconds, or off, got "banana"/,
    ],
    [
      ['--jobs', '0'],
      /--jobs: expected a whole number from 1 to 1024, auto \(the usable cores\) or a share of them like 50%, got "0"/,
    ],
    [['--retries', 'x'], /--retries: expected a whole number from 0 to 100, got "x"/],
    [['--grace-period', '5 s'], /--grace-period: expected a duration/],
    [['--leaks', 'maybe'], /--leaks: expected one of kill, fail, warn, got "maybe"/],
    [['--max-failures', '0'], /--max-failures: expected a whole number >= 1, or off, got "0"/],
  ])('%j is a usage error (exit 2) and nothing runs', async (extra, message) => {
    const dir = suiteDir({ 'a.js': `require('node:fs').writeFileSync('ran', '')` });
    const r = await runCli(['run', '--cwd', dir, ...extra, '-c', 'node {file}', 'a.js']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(existsSync(join(dir, 'ran'))).toBe(false);
  });

  it('rejects an unbalanced quote in the template', async () => {
    const dir = suiteDir({ 'a.js': '' });
    const r = await runCli(['run', '--cwd', dir, '-c', `node "{file}`, 'a.js']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--command: expected a command template with balanced quotes');
  });

  it('rejects a --cwd that is missing or unreadable', async () => {
    const r = await runCli(['run', '--cwd', '/no/such/dir', '-c', 'true', '*.js']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--cwd: expected a readable directory, got "/no/such/dir"');
    const file = join(tempDir(), 'plain-file');
    writeFileSync(file, '');
    const r2 = await runCli(['run', '--cwd', file, '-c', 'true', '*.js']);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('not a directory');
  });

  it('treats patterns matching nothing as an error unless --allow-no-units', async () => {
    const dir = suiteDir({ 'a.js': '' });
    const r = await runCli(['run', '--cwd', dir, '-c', 'node {file}', '*.py']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('patterns ["*.py"] matched no file');
    const ok = await runCli(['run', '--cwd', dir, '--allow-no-units', '-c', 'node {file}', '*.py']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('0 passed');
  });

  it('rejects a state dir it cannot write', async () => {
    const dir = suiteDir({ 'a.js': '' });
    writeFileSync(join(dir, 'blocker'), '');
    const r = await runCli([
      'run',
      '--cwd',
      dir,
      '--state-dir',
      'blocker/state',
      '-c',
      'node {file}',
      'a.js',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--state-dir: expected a folder testwarden can write to');
  });

  it('fails a --list-command that fails', async () => {
    const dir = suiteDir({});
    const r = await runCli([
      'run',
      '--cwd',
      dir,
      '--list-command',
      'echo broken >&2; exit 4',
      '-c',
      'true',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--list-command: .* exited with code 4:\nbroken/);
  });

  it('prints help and version with exit 0, and unknown options are usage errors', async () => {
    const help = await runCli(['run', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--grace-period <duration>');
    const version = await runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(readJson(join(CLI, '../../../package.json')).version);
    const unknown = await runCli(['run', '--frobnicate', '-c', 'true']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown option '--frobnicate'");
  });

  it('exits 0 when every unit passes', async () => {
    const dir = suiteDir({ 'a.js': '', 'b.js': '' });
    const r = await runCli(['run', '--cwd', dir, '-c', 'node', '*.js']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\[2\/2\] PASS/);
    chmodSync(dir, 0o755);
  });
});
