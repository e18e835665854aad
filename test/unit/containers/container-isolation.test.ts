// `--isolation container` against the real engines: the built command runs in the image with cwd mounted and the markers set, limits apply, stops are quick.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContainerEngine } from '../../../src/core/containers/engine.js';
import {
  buildIsolatedCommand,
  containerName,
  describeEngineExit,
  ensureImage,
  stopContainer,
  type IsolationOptions,
} from '../../../src/core/containers/container-isolation.js';
import { UsageError } from '../../../src/core/errors.js';
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

interface Ran {
  code: number | null;
  output: string;
}

function runClient(
  program: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): { done: Promise<Ran>; kill: () => void } {
  // podman's conmon writes an `oom` file into its working directory: keep that out of the checkout.
  const child = spawn(program, args, { env, cwd: tmpdir(), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const done = new Promise<Ran>((resolve) =>
    child.once('close', (code) => resolve({ code, output })),
  );
  return { done, kill: () => child.kill('SIGKILL') };
}

describe('buildIsolatedCommand', () => {
  const engine: ContainerEngine = { kind: 'docker', command: 'docker', version: '20.10' };
  const base: IsolationOptions = {
    engine,
    runId: 'run 1',
    unitId: 'test/a.test.js',
    attempt: 2,
    image: 'img',
    cwd: '/w',
    program: 'node',
    args: ['--test', '-e'],
  };

  it('passes the markers by name, labels the container and keeps the unit argv after the image', () => {
    const { program, args, name } = buildIsolatedCommand({ ...base, memory: '64M', cpus: 0.5 });
    expect(program).toBe('docker');
    expect(name).toBe(containerName('run 1', 'test/a.test.js', 2));
    expect(name).toMatch(/^testwarden-run-1-[0-9a-f]{12}$/);
    expect(args).toEqual([
      'run', '--rm', '--init', '--name', name,
      '--label', 'testwarden.run=run 1', '--label', 'testwarden.unit=test/a.test.js', '--label', 'testwarden.attempt=2',
      '-v', '/w:/w', '-w', '/w',
      '--memory', '64m', '--memory-swap', '64m', '--cpus', '0.5',
      '-e', 'TESTWARDEN', '-e', 'TESTWARDEN_RUN_ID', '-e', 'TESTWARDEN_UNIT', '-e', 'TESTWARDEN_ATTEMPT', '-e', 'TESTWARDEN_JUNIT',
      'img', 'node', '--test', '-e',
    ]); // prettier-ignore
    expect(containerName('run 1', 'test/a.test.js', 3)).not.toBe(name);
  });

  it('rejects bad limits naming the option', () => {
    expect(() => buildIsolatedCommand({ ...base, memory: 'lots' })).toThrow(
      '--container-memory: expected',
    );
    expect(() => buildIsolatedCommand({ ...base, cpus: '-1' })).toThrow(
      '--container-cpus: expected',
    );
  });

  it('explains the engine exit codes', () => {
    expect(describeEngineExit(engine, 125)).toContain('could not start');
    expect(describeEngineExit(engine, 1)).toBeUndefined();
  });
});

describe.skipIf(SKIP_ENGINE_TESTS)('container isolation (real engine)', () => {
  describe.each(ENGINES.map((e) => [e.kind, e] as const))(
    '%s',
    (_kind, engine: ContainerEngine) => {
      const ledger = new ContainerLedger(engine);
      const dirs: string[] = [];
      afterEach(async () => {
        await ledger.cleanup();
        for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
      });

      const isolate = (
        over: Partial<IsolationOptions> & Pick<IsolationOptions, 'program' | 'args'>,
      ) => {
        const cwd = mkdtempSync(join(tmpdir(), 'tw-iso-'));
        dirs.push(cwd);
        const runId = testName('iso');
        const options: IsolationOptions = {
          engine,
          runId,
          unitId: 'test/x.test.js',
          attempt: 1,
          image: TEST_IMAGE,
          cwd,
          ...over,
        };
        const cmd = buildIsolatedCommand(options);
        ledger.add(cmd.name);
        const env = {
          ...process.env,
          TESTWARDEN: '1',
          TESTWARDEN_RUN_ID: runId,
          TESTWARDEN_UNIT: options.unitId,
          TESTWARDEN_ATTEMPT: '1',
          TESTWARDEN_JUNIT: join(cwd, 'secret-junit.xml'),
        };
        const owner = { runId, unitId: options.unitId, attempt: options.attempt };
        return { cmd, cwd, env, owner, client: runClient(cmd.program, cmd.args, env) };
      };

      it('runs the command in the image with cwd mounted and the marker env inside', async () => {
        const script = 'pwd; echo "$TESTWARDEN_UNIT|$TESTWARDEN|$TESTWARDEN_JUNIT" > marker.txt';
        const { cmd, cwd, env, client } = isolate({ program: 'sh', args: ['-c', script] });
        const { code, output } = await client.done;
        expect(code, output).toBe(0);
        expect(output.trim()).toBe(cwd);
        expect(readFileSync(join(cwd, 'marker.txt'), 'utf8')).toBe(
          `test/x.test.js|1|${env.TESTWARDEN_JUNIT}\n`,
        );
        expect(cmd.args.some((a) => a.includes('secret-junit'))).toBe(false);
        // --rm: nothing of it is left once the client returned.
        await waitFor('the container to be removed', async () =>
          (await stateOf(engine, cmd.name)) ? undefined : true,
        );
      });

      it('OOM-kills a unit over --memory: non-zero exit', async () => {
        const { client } = isolate({
          program: 'dd',
          args: ['if=/dev/zero', 'of=/dev/null', 'bs=200M', 'count=1'],
          memory: '64m',
        });
        const { code, output } = await client.done;
        expect(code, output).not.toBe(0);
        expect(code).toBe(137);
      });

      it('stops a unit on timeout within a fraction of the grace period (--init forwards SIGTERM)', async () => {
        const { cmd, owner, client } = isolate({ program: 'sleep', args: ['300'] });
        await waitFor('the container to run', async () =>
          (await stateOf(engine, cmd.name)) === 'running' ? true : undefined,
        );
        const started = Date.now();
        const result = await stopContainer(engine, cmd.name, 5000, owner);
        const tookMs = Date.now() - started;
        expect(result).toEqual({ graceful: true, removed: true });
        expect(tookMs).toBeLessThan(2500);
        const { code } = await client.done;
        expect(code).not.toBe(0);
      });

      it('removes a container that ignores SIGTERM once the grace period is over', async () => {
        const { cmd, owner, client } = isolate({
          program: 'sh',
          args: ['-c', 'trap "" TERM; while :; do sleep 1; done'],
        });
        await waitFor('the container to run', async () =>
          (await stateOf(engine, cmd.name)) === 'running' ? true : undefined,
        );
        const result = await stopContainer(engine, cmd.name, 300, owner);
        expect(result).toEqual({ graceful: false, removed: true });
        await client.done;
      });

      it("leaves alone a container that has the name but not the attempt's labels (by full id, never by name)", async () => {
        const owner = { runId: testName('iso'), unitId: 'test/x.test.js', attempt: 1 };
        const name = containerName(owner.runId, owner.unitId, owner.attempt);
        const cases: [string[], string][] = [
          [[], 'no testwarden.run label'],
          [['--label', 'testwarden.run=another-run'], 'testwarden.run label names another run'],
          [
            ['--label', `testwarden.run=${owner.runId}`, '--label', 'testwarden.unit=other.js'],
            'testwarden.unit label is not "test/x.test.js"',
          ],
          [
            [
              ...['--label', `testwarden.run=${owner.runId}`],
              ...['--label', 'testwarden.unit=test/x.test.js', '--label', 'testwarden.attempt=2'],
            ],
            'testwarden.attempt label is not "1"',
          ],
        ];
        for (const [labels, why] of cases) {
          ledger.add(name);
          await startSleeper(engine, name, labels);
          const result = await stopContainer(engine, name, 0, owner);
          expect(result).toMatchObject({ removed: false });
          expect(result.refused).toContain(why);
          expect(await stateOf(engine, name)).toBe('running');
          await ledger.cleanup();
        }
        // With the labels it was made with, the same container is stopped and removed.
        ledger.add(name);
        await startSleeper(engine, name, [
          ...[
            '--label',
            `testwarden.run=${owner.runId}`,
            '--label',
            'testwarden.unit=test/x.test.js',
          ],
          ...['--label', 'testwarden.attempt=1'],
        ]);
        expect(await stopContainer(engine, name, 0, owner)).toMatchObject({ removed: true });
        expect(await stateOf(engine, name)).toBeUndefined();
      });

      it('says clearly when the image is missing', async () => {
        await expect(ensureImage(engine, TEST_IMAGE)).resolves.toBeUndefined();
        const missing = 'localhost/testwarden-missing:none';
        const error = await ensureImage(engine, missing).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(UsageError);
        expect((error as Error).message).toContain(
          `--container-image: ${engine.kind} has no image "${missing}"`,
        );
      });
    },
  );
});
