// --isolation container through the bundled CLI and a real engine: units run in the image with their cwd mounted, timeouts end the container, bad settings are usage errors.
import { spawnSync } from 'node:child_process';
import { lstatSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, startCli } from '../support/cli.js';
import { tempDir } from '../support/temp-dir.js';
import { useEngineLock } from '../support/engine-lock.js';
import { readJson } from '../support/files.js';
import { noticeSkipped } from '../support/skip-notice.js';

useEngineLock();

const IMAGE = 'localhost/busybox:test';
const engineAnswers =
  spawnSync('docker', ['image', 'inspect', IMAGE], { timeout: 10_000 }).status === 0;
if (!engineAnswers && !process.env.CI) {
  noticeSkipped('--isolation container tests', `no docker engine with ${IMAGE} answers`);
}

/** Containers of one run, by its label. */
function containersOfRun(runId: string): string[] {
  const r = spawnSync(
    'docker',
    ['ps', '-a', '--filter', `label=testwarden.run=${runId}`, '--format', '{{.Names}}'],
    { encoding: 'utf8' },
  );
  return r.stdout.split('\n').filter(Boolean);
}

describe.skipIf(!engineAnswers && !process.env.CI)('--isolation container', () => {
  const base = (dir: string) => [
    'run',
    '--cwd',
    dir,
    '--isolation',
    'container',
    '--container-image',
    IMAGE,
    '--no-watchdog',
    '--report-json',
    'r.json',
  ];

  it('runs each unit in the image with its cwd mounted and the marker set', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'inside.sh'),
      'echo "$TESTWARDEN_UNIT $(pwd)" > seen.txt; test -f /bin/busybox',
    );
    const r = await runCli([...base(dir), '-c', 'sh {file}', 'inside.sh']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'seen.txt'), 'utf8').trim()).toBe(`inside.sh ${dir}`);
    expect(containersOfRun(readJson(join(dir, 'r.json')).runId)).toEqual([]);
  });

  it('keeps the state dir inside cwd out of the unit’s reach, except its own JUnit file', async () => {
    const dir = tempDir();
    // Root in the image tries what a hostile unit would: read and extend the registry, swap the heartbeat for a folder.
    writeFileSync(
      join(dir, 'hostile.sh'),
      `s=.testwarden
{
  if [ -s "$s/registry.jsonl" ]; then echo registry-readable; else echo registry-hidden; fi
  echo '{"kind":"cgroup","runId":"x","path":"/sys/fs/cgroup/unified/victim"}' >> "$s/registry.jsonl" && echo appended
  rm -rf "$s/heartbeat.json" && mkdir "$s/heartbeat.json" && echo replaced
  echo '{}' > "$s/checkpoint.json" && echo checkpoint-written
} > probe.txt 2>&1
echo '<testsuite name="s" tests="2"><testcase name="a"/><testcase name="b"/></testsuite>' > "$TESTWARDEN_JUNIT"
`,
    );
    const args = base(dir).filter((a) => a !== '--no-watchdog');
    const r = await runCli([...args, '-c', 'sh {file}', 'hostile.sh']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const probe = readFileSync(join(dir, 'probe.txt'), 'utf8');
    expect(probe).toContain('registry-hidden');
    expect(probe).not.toMatch(/appended|replaced|checkpoint-written/);
    expect(probe).toContain('Read-only file system');
    const state = join(dir, '.testwarden');
    expect(readFileSync(join(state, 'registry.jsonl'), 'utf8')).not.toContain('victim');
    expect(
      statSync(join(state, 'heartbeat.json'), { throwIfNoEntry: false })?.isDirectory(),
    ).not.toBe(true);
    expect(readJson(join(state, 'checkpoint.json'))).toHaveProperty('formatVersion');
    // Its own JUnit file was writable: the counts come from it.
    const unit = readJson(join(dir, 'r.json')).units[0];
    expect(unit.tests).toEqual({ passed: 2, failed: 0, skipped: 0, errors: 0 });
  });

  it('writes its reports in the cwd through no link the unit left there', async () => {
    const dir = tempDir();
    const victim = join(tempDir(), 'precious.txt');
    writeFileSync(victim, 'precious\n');
    // Root in the image, with the cwd mounted: it learns the runner's pid (here from the test; a
    // unit could also plant a link for every likely pid) and links the report's temp file to a
    // host file outside the cwd, which the container itself cannot reach; the report too.
    writeFileSync(
      join(dir, 'plants.sh'),
      `while [ ! -s runner.pid ]; do sleep 0.05; done
ln -s ${JSON.stringify(victim)} ".r.json.$(cat runner.pid).tmp"
ln -s ${JSON.stringify(victim)} r.json
`,
    );
    const run = startCli([...base(dir), '-c', 'sh {file}', 'plants.sh']);
    writeFileSync(join(dir, 'runner.pid'), `${run.child.pid}`);
    const r = await run.done;
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    expect(lstatSync(join(dir, 'r.json')).isFile()).toBe(true);
    expect(readJson(join(dir, 'r.json')).units[0].outcome).toBe('passed');
  });

  it('writes no report into a host folder the unit linked in place of the report folder', async () => {
    const dir = tempDir();
    const elsewhere = tempDir();
    writeFileSync(join(elsewhere, 'r.json'), 'precious\n');
    // Root in the image swaps the report's folder in the cwd for a link to a host folder.
    writeFileSync(join(dir, 'swaps.sh'), `rm -rf out && ln -s ${JSON.stringify(elsewhere)} out\n`);
    const args = base(dir).filter((a) => a !== 'r.json' && a !== '--report-json');
    const r = await runCli([...args, '--report-json', 'out/r.json', '-c', 'sh {file}', 'swaps.sh']);
    expect(readFileSync(join(elsewhere, 'r.json'), 'utf8')).toBe('precious\n');
    expect(r.code, r.stdout + r.stderr).toBe(4);
    expect(r.stdout + r.stderr).toMatch(
      /as before the units ran \(a link put in its place\); not written/,
    );
  });

  it('ends a timed-out unit through the engine', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'hangs.sh'), 'trap "" TERM; sleep 300');
    const r = await runCli([
      ...base(dir),
      '--timeout',
      '1s',
      '--grace-period',
      '1s',
      '-c',
      'sh {file}',
      'hangs.sh',
    ]);
    expect(r.code).toBe(1);
    const report = readJson(join(dir, 'r.json'));
    expect(report.units[0].outcome).toBe('timed-out');
    expect(report.units[0].durationMs).toBeLessThan(8000);
    expect(containersOfRun(report.runId)).toEqual([]);
  });

  it('applies --container-memory', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'hog.sh'), 'dd if=/dev/zero of=/dev/null bs=200M count=1');
    const r = await runCli([
      ...base(dir),
      '--container-memory',
      '64m',
      '-c',
      'sh {file}',
      'hog.sh',
    ]);
    expect(r.code).toBe(1);
    expect(readJson(join(dir, 'r.json')).units[0].exitCode).toBe(137);
  });

  it('rejects a missing image, bad limits and container options without container isolation', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.sh'), 'true');
    const missing = await runCli([
      'run',
      '--cwd',
      dir,
      '--isolation',
      'container',
      '--container-image',
      'localhost/no-such-image:none',
      '-c',
      'sh {file}',
      'a.sh',
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(
      '--container-image: docker has no image "localhost/no-such-image:none"',
    );
    const noImage = await runCli([
      'run',
      '--cwd',
      dir,
      '--isolation',
      'container',
      '-c',
      'sh {file}',
      'a.sh',
    ]);
    expect(noImage.stderr).toContain('--container-image: expected an image');
    const badMemory = await runCli([
      ...base(dir),
      '--container-memory',
      'lots',
      '-c',
      'sh {file}',
      'a.sh',
    ]);
    expect(badMemory.code).toBe(2);
    expect(badMemory.stderr).toContain('--container-memory: expected');
    const stray = await runCli([
      'run',
      '--cwd',
      dir,
      '--container-image',
      IMAGE,
      '-c',
      'sh {file}',
      'a.sh',
    ]);
    expect(stray.code).toBe(2);
    expect(stray.stderr).toContain('--container-image: only used with --isolation container');
    const badMode = await runCli([
      'run',
      '--cwd',
      dir,
      '--isolation',
      'vm',
      '-c',
      'sh {file}',
      'a.sh',
    ]);
    expect(badMode.stderr).toContain('--isolation: expected one of process, container, got "vm"');
  });
});
