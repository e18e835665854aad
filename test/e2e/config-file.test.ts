// testwarden.toml through the CLI: found from the working directory up to the repository root, profiles over [profile.default], flags over both, every problem a usage error naming the file and the key; `config` and `run --dry-run` run nothing.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { suiteDir } from '../support/files.js';

/** A repository (a `.git` folder) with units in sub/ that each leave a file behind when run. */
function repo(toml: string): string {
  const dir = suiteDir({
    '.git/HEAD': 'ref: refs/heads/main\n',
    'sub/a.sh': 'touch ran-a',
    'sub/b.sh': 'touch ran-b',
    'sub/0.sh': 'touch ran-0; exit 1',
    'sub/deep/.keep': '',
  });
  writeFileSync(join(dir, 'testwarden.toml'), toml);
  return dir;
}

const PROFILES = `
[profile.default]
command = "sh {file}"
patterns = ["a.sh", "b.sh"]
cwd = "sub"
jobs = 2

[profile.ci]
retries = 1
timeout = "1m30s"
fail-fast = true
`;

describe('testwarden.toml', () => {
  it('is found from a folder below the repository root; a profile is over [profile.default], flags over both', async () => {
    const dir = repo(PROFILES);
    const r = await runCli(['config', '--json', '--profile', 'ci', '--timeout', '2m'], {
      cwd: join(dir, 'sub/deep'),
    });
    expect(r.code, r.stderr).toBe(0);
    const view = JSON.parse(r.stdout);
    const file = join(dir, 'testwarden.toml');
    expect(view.configFile).toBe(file);
    expect(view.profile).toBe('ci');
    expect(view.options.command).toEqual({
      value: 'sh {file}',
      source: `${file} [profile.default]`,
    });
    expect(view.options.cwd).toEqual({
      value: join(dir, 'sub'),
      source: `${file} [profile.default]`,
    });
    expect(view.options.jobs).toEqual({ value: '2', source: `${file} [profile.default]` });
    expect(view.options.retries).toEqual({ value: '1', source: `${file} [profile.ci]` });
    expect(view.options.timeout).toEqual({ value: '2m', source: 'command line' });
    expect(view.options['grace-period']).toEqual({ value: '5s', source: 'default' });
    expect(view.units).toEqual(['a.sh', 'b.sh']);
    expect(existsSync(join(dir, 'sub/ran-a'))).toBe(false);
    expect(existsSync(join(dir, 'sub/.testwarden'))).toBe(false);
  });

  it('a run uses the profile; flags replace its choices (patterns, --no-fail-fast)', async () => {
    const dir = repo(PROFILES);
    const r = await runCli(['run', '--profile', 'ci', '--no-watchdog'], { cwd: join(dir, 'sub') });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('testwarden: 2 units');
    expect(r.stdout).toContain(', 2 at a time');
    expect(existsSync(join(dir, 'sub/ran-a')) && existsSync(join(dir, 'sub/ran-b'))).toBe(true);
    expect(existsSync(join(dir, 'sub/ran-0'))).toBe(false);
    // Patterns on the command line replace the profile's: 0.sh fails first, and the profile's
    // fail-fast stops the run there; --no-fail-fast replaces it.
    const args = ['run', '--profile', 'ci', '--retries', '0', '-j', '1', '--no-watchdog'];
    const stopped = await runCli([...args, '0.sh', 'a.sh'], { cwd: join(dir, 'sub') });
    expect(stopped.code).toBe(1);
    expect(stopped.stdout).toMatch(/FAIL\s+0\.sh/);
    expect(stopped.stdout).not.toMatch(/PASS\s+a\.sh/);
    const all = await runCli([...args, '--no-fail-fast', '0.sh', 'a.sh'], {
      cwd: join(dir, 'sub'),
    });
    expect(all.code).toBe(1);
    expect(all.stdout).toMatch(/FAIL\s+0\.sh/);
    expect(all.stdout).toMatch(/PASS\s+a\.sh/);
  });

  it('every on/off option a profile sets, the command line turns the other way (--no-shell, --watchdog, ...)', async () => {
    const dir = repo(`
[profile.default]
command = "sh {file} && touch via-shell"
patterns = ["a.sh", "0.sh"]
shell = true
allow-no-units = true
cgroup-sudo = true
resume = true
watchdog = false
`);
    const sub = join(dir, 'sub');
    const file = `${join(dir, 'testwarden.toml')} [profile.default]`;
    const flags = ['shell', 'allow-no-units', 'cgroup-sudo', 'resume', 'watchdog'];
    const fromFile = JSON.parse((await runCli(['config', '--json'], { cwd: sub })).stdout);
    const turned = await runCli(
      [
        'config',
        '--json',
        '--no-shell',
        '--no-allow-no-units',
        '--no-cgroup-sudo',
        '--no-resume',
        '--watchdog',
      ],
      { cwd: sub },
    );
    expect(turned.code, turned.stderr).toBe(0);
    for (const flag of flags) {
      const inFile = flag !== 'watchdog';
      expect(fromFile.options[flag], flag).toEqual({ value: inFile, source: file });
      expect(JSON.parse(turned.stdout).options[flag], flag).toEqual({
        value: !inFile,
        source: 'command line',
      });
    }
    // Real runs (cgroup-sudo off: this test is not about sudo). The profile's shell runs the
    // `touch` after a passing unit; --no-shell passes `&&`, `touch` and `via-shell` to sh as
    // arguments instead. 0.sh fails, so the checkpoint is of a run that did not complete.
    const run = (...args: string[]) => runCli(['run', '--no-cgroup-sudo', ...args], { cwd: sub });
    const created = (...names: string[]) => names.map((n) => existsSync(join(sub, n)));
    const first = await run();
    expect(first.code, first.stdout + first.stderr).toBe(1);
    expect(created('ran-a', 'ran-0', 'via-shell')).toEqual([true, true, true]);
    expect(created('.testwarden/watchdog.log')).toEqual([false]);
    for (const f of ['ran-a', 'ran-0', 'via-shell']) rmSync(join(sub, f));
    // The profile resumes: a.sh passed, so only 0.sh runs again.
    const resumed = await run();
    expect(resumed.code, resumed.stdout + resumed.stderr).toBe(1);
    expect(created('ran-a', 'ran-0')).toEqual([false, true]);
    // --no-resume runs both again, --no-shell without a shell, --watchdog with the watchdog.
    const fresh = await run('--no-resume', '--no-shell', '--watchdog');
    expect(fresh.code, fresh.stdout + fresh.stderr).toBe(1);
    expect(created('ran-a', 'via-shell', '.testwarden/watchdog.log')).toEqual([true, false, true]);
    // The profile allows a pattern matching nothing; --no-allow-no-units does not.
    expect((await run('--no-resume', 'none-*.sh')).code).toBe(0);
    const none = await run('--no-resume', '--no-allow-no-units', 'none-*.sh');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('none-*.sh');
  });

  it('run --dry-run prints the options and the units of this shard, and runs nothing', async () => {
    const dir = repo(PROFILES);
    const r = await runCli(['run', '--dry-run', '--shard', '2/2', '*.sh'], {
      cwd: join(dir, 'sub'),
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Config file: ${join(dir, 'testwarden.toml')} (profile default)`);
    expect(r.stdout).toMatch(/\n {2}jobs +2 +\S+testwarden\.toml \[profile\.default\]\n/);
    expect(r.stdout).toMatch(/\n {2}shard +2\/2 +command line\n/);
    expect(r.stdout).toContain('Units: 3\n  0.sh\n  a.sh\n  b.sh\n');
    const shard = /Shard 2\/2 \(hash\): (\d) of 3 units\n((?: {2}\S+\n)*)/.exec(r.stdout);
    expect(shard, r.stdout).not.toBeNull();
    const first = await runCli(['config', '--json', '--shard', '1/2', '*.sh'], {
      cwd: join(dir, 'sub'),
    });
    const mine = shard![2]!.trim().split(/\s+/);
    const other = JSON.parse(first.stdout).shard.units as string[];
    expect([...mine, ...other].sort()).toEqual(['0.sh', 'a.sh', 'b.sh']);
    expect(mine.length).toBe(Number(shard![1]));
    for (const f of ['ran-0', 'ran-a', 'ran-b', '.testwarden'])
      expect(existsSync(join(dir, 'sub', f))).toBe(false);
  });

  it('rejects unknown keys, values of the wrong type or form, bad TOML and unknown profiles, naming the file and the key (exit 2)', async () => {
    const cases: [string, string[], RegExp][] = [
      [
        '[profile.default]\njbos = 2\n',
        [],
        /testwarden\.toml \[profile\.default\]: unknown key "jbos" \(expected one of command, .*jobs/,
      ],
      [
        '[profile.default]\ncommand = "sh {file}"\n[profile.ci]\njobs = "lots"\n',
        ['--profile', 'ci'],
        /testwarden\.toml \[profile\.ci\] jobs: expected a whole number from 1 to 1024, .*got "lots"/,
      ],
      [
        '[profile.default]\nretries = true\n',
        [],
        /testwarden\.toml \[profile\.default\] retries: expected a number or a string, got true/,
      ],
      [
        '[profile.default]\npatterns = "a.sh"\n',
        [],
        /\[profile\.default\] patterns: expected a list of strings/,
      ],
      [
        '[profile.default]\ntimeout = "1m banana"\ncommand = "true"\n',
        [],
        /\[profile\.default\] timeout: expected a duration/,
      ],
      [
        '[profile.default]\njobs = \n',
        [],
        /testwarden\.toml: expected TOML, got a syntax error at line 2/,
      ],
      [
        'jobs = 2\n',
        [],
        /testwarden\.toml: unknown key "jobs" \(expected \[profile\.<name>\] tables\)/,
      ],
      [
        '[profile.default]\ncommand = "true"\n',
        ['--profile', 'nope'],
        /--profile: expected a profile of \S+testwarden\.toml \("default"\), got "nope"/,
      ],
    ];
    for (const [toml, args, message] of cases) {
      const dir = repo(toml);
      const r = await runCli(['run', ...args, 'a.sh'], { cwd: join(dir, 'sub') });
      expect(r.code, `${toml}\n${r.stdout}`).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain(join(dir, 'testwarden.toml'));
      expect(existsSync(join(dir, 'sub/ran-a'))).toBe(false);
    }
  });

  it('the search stops at the repository root; --config names a file, --no-config reads none', async () => {
    const outer = suiteDir({ 'testwarden.toml': '[profile.default]\njobs = "bad"\n' });
    mkdirSync(join(outer, 'repo/.git'), { recursive: true });
    writeFileSync(join(outer, 'repo/a.sh'), 'true');
    const inRepo = await runCli(['config', '--json', '-c', 'sh {file}', 'a.sh'], {
      cwd: join(outer, 'repo'),
    });
    expect(inRepo.code, inRepo.stderr).toBe(0);
    expect(JSON.parse(inRepo.stdout).configFile).toBeNull();
    const named = await runCli(
      ['config', '--config', join(outer, 'testwarden.toml'), '-c', 'sh {file}', 'a.sh'],
      {
        cwd: join(outer, 'repo'),
      },
    );
    expect(named.code).toBe(2);
    expect(named.stderr).toContain(
      `${join(outer, 'testwarden.toml')} [profile.default] jobs: expected`,
    );
    const none = await runCli(['config', '--no-config', '-c', 'sh {file}', 'a.sh'], { cwd: outer });
    expect(none.code, none.stderr).toBe(0);
    expect(none.stdout).toContain('Config file: none');
    const profileless = await runCli(['config', '--profile', 'ci', '-c', 'sh {file}', 'a.sh'], {
      cwd: join(outer, 'repo'),
    });
    expect(profileless.code).toBe(2);
    expect(profileless.stderr).toMatch(
      /--profile: expected a testwarden\.toml in .* found none \(got "ci"\)/,
    );
  });
});
