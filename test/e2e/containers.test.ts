// Containers a unit leaves, through the bundled CLI and a real engine: a detached container and the one a killed attached client leaves running.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { tempDir } from '../support/temp-dir.js';
import { useEngineLock } from '../support/engine-lock.js';
import { readJson } from '../support/files.js';
import { suiteToken } from '../support/suite-scope.js';
import { noticeSkipped } from '../support/skip-notice.js';

useEngineLock();

const IMAGE = 'localhost/busybox:test';
const engineAnswers =
  spawnSync('docker', ['image', 'inspect', IMAGE], { timeout: 10_000 }).status === 0;
if (!engineAnswers && !process.env.CI) {
  noticeSkipped('container leak tests', `no docker engine with ${IMAGE} answers`);
}
const made: string[] = [];

/** Whether a container with this name exists (any state). */
function exists(name: string): boolean {
  const r = spawnSync(
    'docker',
    ['ps', '-a', '--filter', `name=^${name}$`, '--format', '{{.Names}}'],
    { encoding: 'utf8' },
  );
  return r.stdout.trim() === name;
}

afterEach(() => {
  // Only containers these tests named.
  for (const name of made.splice(0)) spawnSync('docker', ['rm', '-f', name], { stdio: 'ignore' });
});

describe.skipIf(!engineAnswers && !process.env.CI)('container leaks', () => {
  it('finds and removes a detached container and one whose attached client was killed', async () => {
    const tag = `tw-e2e-${suiteToken()}-${process.pid}-${Date.now().toString(36)}`;
    const detached = `${tag}-detached`;
    const attached = `${tag}-attached`;
    made.push(detached, attached);
    const dir = tempDir();
    writeFileSync(
      join(dir, 'a-detached.sh'),
      `docker run -d --network none --name ${detached} ${IMAGE} sleep 300 >/dev/null`,
    );
    writeFileSync(
      join(dir, 'b-attached.sh'),
      `docker run --rm --network none --name ${attached} ${IMAGE} sleep 300 >/dev/null 2>&1 &
client=$!
until [ "$(docker inspect -f '{{.State.Running}}' ${attached} 2>/dev/null)" = true ]; do sleep 0.05; done
kill -9 $client`,
    );
    writeFileSync(join(dir, 'c-clean.sh'), 'true');
    const r = await runCli([
      'run',
      '--cwd',
      dir,
      '--containers',
      'track',
      '--report-json',
      'r.json',
      '--no-watchdog',
      '-c',
      'sh {file}',
      '*.sh',
    ]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const units = readJson(join(dir, 'r.json')).units as {
      id: string;
      leaked: { kind: string; name: string; action: string }[];
    }[];
    const containersOf = (id: string) =>
      units.find((u) => u.id === id)!.leaked.filter((l) => l.kind === 'container');
    expect(containersOf('a-detached.sh')).toMatchObject([{ name: detached, action: 'removed' }]);
    expect(containersOf('b-attached.sh'), r.stdout).toMatchObject([
      { name: attached, action: 'removed' },
    ]);
    expect(containersOf('c-clean.sh')).toEqual([]);
    expect(exists(detached)).toBe(false);
    expect(exists(attached)).toBe(false);
    expect(r.stdout).toContain(`container ${detached} (removed)`);
  });

  it('a 48 MB docker cp into a container, twice, passes intact through the unit’s endpoint (the bundled relay thread)', async () => {
    const name = `tw-e2e-${suiteToken()}-${process.pid}-${Date.now().toString(36)}-cp`;
    made.push(name);
    const dir = tempDir();
    // Two copies: the first starts the endpoint's relay thread, the second is handed to it
    // after its first MiB. Each is checked byte for byte inside the container.
    writeFileSync(
      join(dir, 'copy.sh'),
      `set -e
case "$DOCKER_HOST" in unix://*/var/run/docker.sock|"") echo "not the unit's endpoint: $DOCKER_HOST"; exit 9;; esac
head -c 50331648 /dev/urandom > big.bin
docker run -d --network none --name ${name} ${IMAGE} sleep 300 >/dev/null
docker cp big.bin ${name}:/tmp/one.bin
docker cp big.bin ${name}:/tmp/two.bin
want=$(md5sum big.bin | cut -d' ' -f1)
for f in one two; do
  got=$(docker exec ${name} md5sum /tmp/$f.bin | cut -d' ' -f1)
  [ "$got" = "$want" ] || { echo "/tmp/$f.bin: $got, want $want"; exit 1; }
done
echo copies-intact`,
    );
    const r = await runCli([
      'run',
      '--cwd',
      dir,
      '--containers',
      'track',
      '--report-json',
      'r.json',
      '--no-watchdog',
      '-c',
      'sh {file}',
      'copy.sh',
    ]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(exists(name)).toBe(false);
  }, 120_000);

  it('--containers off leaves them alone, and cleanup finds none to blame', async () => {
    const name = `tw-e2e-${suiteToken()}-${process.pid}-${Date.now().toString(36)}-off`;
    made.push(name);
    const dir = tempDir();
    writeFileSync(
      join(dir, 'a.sh'),
      `docker run -d --network none --name ${name} ${IMAGE} sleep 300 >/dev/null`,
    );
    const r = await runCli([
      'run',
      '--cwd',
      dir,
      '--containers',
      'off',
      '--report-json',
      'r.json',
      '--no-watchdog',
      '-c',
      'sh {file}',
      'a.sh',
    ]);
    expect(r.code).toBe(0);
    expect(readJson(join(dir, 'r.json')).units[0].leaked).toEqual([]);
    expect(exists(name)).toBe(true);
  });
});
