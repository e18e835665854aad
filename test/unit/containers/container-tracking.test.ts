// Finding and removing the containers a unit leaves, against the real engines: `run -d`, a killed attached `run --rm` client, labels, exited containers.
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { runEngine, type ContainerEngine } from '../../../src/core/containers/engine.js';
import {
  attributeContainers,
  findRunContainers,
  findUnitContainers,
  removeContainers,
  snapshotContainers,
} from '../../../src/core/containers/container-tracking.js';
import {
  ContainerLedger,
  ENGINES,
  SKIP_ENGINE_TESTS,
  TEST_IMAGE,
  startSleeper,
  stateOf,
  testName,
} from './engine-fixture.js';
import { useEngineLock } from '../../support/engine-lock.js';
import { waitFor } from '../../support/wait-for.js';

useEngineLock();

describe.skipIf(SKIP_ENGINE_TESTS)('container tracking (real engine)', () => {
  describe.each(ENGINES.map((e) => [e.kind, e] as const))(
    '%s',
    (_kind, engine: ContainerEngine) => {
      const ledger = new ContainerLedger(engine);
      afterEach(() => ledger.cleanup());

      it('sees a container started with `run -d` as new, and removes it', async () => {
        const before = await snapshotContainers(engine);
        const name = ledger.add(testName('detached'));
        await startSleeper(engine, name);

        const found = await findUnitContainers(engine, { before });
        const mine = found.filter((c) => c.name === name);
        expect(mine).toHaveLength(1);
        expect(mine[0]).toMatchObject({ state: 'running', foundBy: ['new'], autoRemove: false });
        expect(mine[0]?.createdAt).toBeGreaterThanOrEqual(before.takenAt - 1000);

        const started = Date.now();
        const removed = await removeContainers(engine, mine);
        const tookMs = Date.now() - started;
        expect(removed).toEqual([{ kind: 'container', id: mine[0]?.id, name, action: 'removed' }]);
        expect(await stateOf(engine, name)).toBeUndefined();
        expect(tookMs).toBeLessThan(5000);
      });

      it('finds the container of a killed attached `run --rm` client still running, and removes it', async () => {
        const before = await snapshotContainers(engine);
        const name = ledger.add(testName('attached'));
        const client = spawn(
          engine.command,
          ['run', '--rm', '--init', '--name', name, TEST_IMAGE, 'sleep', '300'],
          {
            stdio: 'ignore',
          },
        );
        const clientExit = new Promise((resolve) => client.once('exit', resolve));
        await waitFor('the container to run', async () =>
          (await stateOf(engine, name)) === 'running' ? true : undefined,
        );
        client.kill('SIGKILL');
        await clientExit;
        // The client is gone; the container is not.
        expect(await stateOf(engine, name)).toBe('running');

        const mine = (await findUnitContainers(engine, { before })).filter((c) => c.name === name);
        expect(mine).toHaveLength(1);
        expect(mine[0]?.autoRemove).toBe(true);
        const removed = await removeContainers(engine, mine);
        expect(removed.map((r) => r.action)).toEqual(['removed']);
        expect(await stateOf(engine, name)).toBeUndefined();
      });

      it("finds containers by the run's labels, and not another unit's", async () => {
        const runId = testName('run');
        const name = ledger.add(testName('labelled'));
        await startSleeper(engine, name, [
          '--label',
          `testwarden.run=${runId}`,
          '--label',
          'testwarden.unit=test/a,b=c.test.js',
        ]);
        const byUnit = await findUnitContainers(engine, { runId, unitId: 'test/a,b=c.test.js' });
        expect(byUnit.map((c) => [c.name, c.foundBy])).toEqual([[name, ['label']]]);
        expect(byUnit[0]?.labels).toMatchObject({
          'testwarden.run': runId,
          'testwarden.unit': 'test/a,b=c.test.js',
        });
        expect(await findUnitContainers(engine, { runId, unitId: 'test/b.test.js' })).toEqual([]);
        expect((await findRunContainers(engine, runId)).map((c) => c.name)).toEqual([name]);

        const removed = await removeContainers(engine, byUnit);
        expect(removed.map((r) => r.action)).toEqual(['removed']);
        expect(await findRunContainers(engine, runId)).toEqual([]);
      });

      it('reports an exited container started without --rm, but not one started with --rm', async () => {
        const before = await snapshotContainers(engine);
        const kept = ledger.add(testName('exited'));
        const autoRemoved = ledger.add(testName('rm'));
        await runEngine(engine, ['run', '--name', kept, TEST_IMAGE, 'true']);
        await runEngine(engine, ['run', '--rm', '--name', autoRemoved, TEST_IMAGE, 'true']);

        const mine = (await findUnitContainers(engine, { before })).filter(
          (c) => c.name === kept || c.name === autoRemoved,
        );
        expect(mine.map((c) => [c.name, c.state])).toEqual([[kept, 'exited']]);
        const removed = await removeContainers(engine, mine);
        expect(removed.map((r) => r.action)).toEqual(['removed']);
      });

      it('counts a container that is already gone as removed', async () => {
        const missing = { id: '0'.repeat(64), name: 'never-existed' };
        expect(await removeContainers(engine, [missing])).toEqual([
          { kind: 'container', id: missing.id, name: 'never-existed', action: 'removed' },
        ]);
      });
    },
  );
});

describe('attributeContainers', () => {
  const windows = [
    { unitId: 'a', start: 1_000, end: 5_000 },
    { unitId: 'b', start: 4_000, end: 9_000 },
    { unitId: 'c', start: 20_000 },
  ];

  it('gives a container to the one unit running when it was created', () => {
    const got = attributeContainers([{ createdAt: 2_500, labels: {} }], windows, 0);
    expect(got[0]?.candidates).toEqual(['a']);
  });

  it('lists every overlapping unit, and trusts the unit label over time', () => {
    const got = attributeContainers(
      [
        { createdAt: 4_500, labels: {} },
        { createdAt: 4_500, labels: { 'testwarden.unit': 'b' } },
        { createdAt: 30_000, labels: {} },
        { createdAt: 12_000, labels: {} },
        { createdAt: undefined, labels: {} },
      ],
      windows,
      0,
    );
    expect(got.map((g) => g.candidates)).toEqual([['a', 'b'], ['b'], ['c'], [], ['a', 'b', 'c']]);
  });

  it('widens windows by the slack for second-granular creation times', () => {
    expect(attributeContainers([{ createdAt: 9_500, labels: {} }], windows)[0]?.candidates).toEqual(
      ['b'],
    );
  });
});
