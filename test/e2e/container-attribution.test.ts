// Two runs at once on one engine, each with a unit starting containers through the docker CLI, docker-compose and dockerode: each run removes exactly its own, an outside client's container survives.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCli } from '../support/cli.js';
import { waitFor } from '../support/wait-for.js';
import { tempDir } from '../support/temp-dir.js';
import { useEngineLock } from '../support/engine-lock.js';
import { readJson } from '../support/files.js';

useEngineLock();

const IMAGE = 'localhost/busybox:test';
const engineAnswers =
  spawnSync('docker', ['image', 'inspect', IMAGE], { timeout: 10_000 }).status === 0;
const composeAnswers = spawnSync('docker-compose', ['version'], { timeout: 10_000 }).status === 0;
const dockerode = createRequire(import.meta.url).resolve('dockerode');
/** Full ids of every container these tests made or saw made; removed by id afterwards. */
const made = new Set<string>();

afterEach(() => {
  const ids = [...made];
  made.clear();
  if (ids.length > 0) spawnSync('docker', ['rm', '-f', '-v', ...ids], { stdio: 'ignore' });
});

function exists(id: string): boolean {
  return spawnSync('docker', ['container', 'inspect', id], { stdio: 'ignore' }).status === 0;
}

/** A run folder whose maker unit starts one container each way, records the ids, then waits for `go`. */
function runFolder(tag: string): string {
  const dir = tempDir('tw-attr-');
  writeFileSync(
    join(dir, 'docker-compose.yml'),
    `version: "2.4"\nservices:\n  db:\n    image: ${IMAGE}\n    command: ["sleep", "300"]\n    network_mode: none\n    init: true\n`,
  );
  writeFileSync(
    join(dir, 'sdk.mjs'),
    `import { createRequire } from 'node:module';
const Docker = createRequire(import.meta.url)(${JSON.stringify(dockerode)});
const docker = new Docker(); // DOCKER_HOST decides where it connects
const c = await docker.createContainer({ Image: ${JSON.stringify(IMAGE)}, Cmd: ['sleep', '300'], HostConfig: { NetworkMode: 'none', Init: true } });
await c.start();
console.log(c.id);
`,
  );
  writeFileSync(
    join(dir, 'a-maker.sh'),
    `set -e
docker run -d --init --network none ${IMAGE} sleep 300 >> ids
docker-compose -p ${tag} up -d 2>/dev/null
docker-compose -p ${tag} ps -q >> ids
node sdk.mjs >> ids
touch started-a
until [ -e go ]; do sleep 0.05; done
`,
  );
  writeFileSync(
    join(dir, 'b-idle.sh'),
    `touch started-b
until [ -e go ]; do sleep 0.05; done
`,
  );
  return dir;
}

interface ContainerEntry {
  kind: string;
  id: string;
  action: string;
  unattributed?: boolean;
  candidates?: string[];
}

function containersIn(dir: string): { unit: string; c: ContainerEntry }[] {
  const units = readJson(join(dir, 'r.json')).units as { id: string; leaked: ContainerEntry[] }[];
  return units.flatMap((u) =>
    u.leaked.filter((l) => l.kind === 'container').map((c) => ({ unit: u.id, c })),
  );
}

describe.skipIf((!engineAnswers || !composeAnswers) && !process.env.CI)(
  'exact container attribution',
  () => {
    it('two runs at once each remove exactly their own containers; an outside one survives', async () => {
      const stamp = `${process.pid}${Date.now().toString(36)}`;
      const dirs = [runFolder(`twa${stamp}`), runFolder(`twb${stamp}`)];
      const runs = dirs.map((dir) =>
        startCli(
          [
            'run',
            '--cwd',
            dir,
            '--containers',
            'track',
            '--jobs',
            '2',
            '--report-json',
            'r.json',
            '--no-watchdog',
            '-c',
            'sh {file}',
            '*.sh',
          ],
          { env: { DOCKER_HOST: '', DOCKER_CONTEXT: '' } },
        ),
      );
      for (const dir of dirs)
        await waitFor(
          `the units in ${dir} to start their containers`,
          () => existsSync(join(dir, 'started-a')) && existsSync(join(dir, 'started-b')),
          60_000,
        );
      const ids = dirs.map((dir) => readFileSync(join(dir, 'ids'), 'utf8').trim().split('\n'));
      for (const list of ids) for (const id of list) made.add(id);
      // An outside client, straight on the engine, while both runs' units are running.
      const outside = spawnSync(
        'docker',
        ['run', '-d', '--init', '--network', 'none', IMAGE, 'sleep', '300'],
        { encoding: 'utf8' },
      ).stdout.trim();
      made.add(outside);
      expect(outside).toMatch(/^[0-9a-f]{64}$/);
      for (const dir of dirs) writeFileSync(join(dir, 'go'), '');
      const results = await Promise.all(runs.map((r) => r.done));

      for (const [i, dir] of dirs.entries()) {
        const r = results[i]!;
        expect(r.code, r.stdout + r.stderr).toBe(0);
        expect(ids[i], `ids of run ${i}`).toHaveLength(3);
        const found = containersIn(dir);
        const removed = found.filter(({ c }) => c.action === 'removed');
        // Exactly the three it made, each named under the unit that made it.
        expect(removed.map(({ unit, c }) => [unit, c.id]).sort()).toEqual(
          ids[i]!.map((id) => ['a-maker.sh', id]).sort(),
        );
        expect(removed.every(({ c }) => !c.unattributed)).toBe(true);
        // The outside container appeared while this run's units ran: reported, left alone.
        const stranger = found.filter(({ c }) => c.id === outside);
        expect(stranger, r.stdout).toHaveLength(1);
        expect(stranger[0]!.c).toMatchObject({ action: 'left', unattributed: true });
        expect(r.stdout).toContain('unattributed');
        // The other run's containers are never mentioned.
        const others = new Set(ids[1 - i]);
        expect(found.filter(({ c }) => others.has(c.id))).toEqual([]);
      }
      for (const id of ids.flat()) expect(exists(id), `container ${id}`).toBe(false);
      expect(exists(outside)).toBe(true);
    }, 180_000);

    it('removes an unattributed container only with --containers remove-unattributed', async () => {
      const dir = tempDir('tw-attr-opt-');
      writeFileSync(
        join(dir, 'unit.sh'),
        `touch started
until [ -e go ]; do sleep 0.05; done
`,
      );
      const run = startCli(
        [
          'run',
          '--cwd',
          dir,
          '--containers',
          'remove-unattributed',
          '--report-json',
          'r.json',
          '--no-watchdog',
          '-c',
          'sh {file}',
          '*.sh',
        ],
        { env: { DOCKER_HOST: '', DOCKER_CONTEXT: '' } },
      );
      await waitFor('the unit to start', () => existsSync(join(dir, 'started')), 60_000);
      const outside = spawnSync(
        'docker',
        ['run', '-d', '--init', '--network', 'none', IMAGE, 'sleep', '300'],
        { encoding: 'utf8' },
      ).stdout.trim();
      made.add(outside);
      writeFileSync(join(dir, 'go'), '');
      const r = await run.done;
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(containersIn(dir)).toMatchObject([
        { unit: 'unit.sh', c: { id: outside, action: 'removed', unattributed: true } },
      ]);
      expect(exists(outside)).toBe(false);
    }, 120_000);
  },
);
