// The heartbeat protocol on both sides: beats at once and from a timer, none while the event loop is blocked, `end` on stop, end-of-file as the runner gone, the stop request back; anything else on the pipe is ignored.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { waitFor } from '../../support/wait-for.js';
import { HeartbeatListener, startHeartbeat } from '../../../src/core/lifecycle/heartbeat.js';

/** Both directions of a runner ↔ watchdog link, as streams in this process. */
function pipes() {
  const down = new PassThrough();
  const up = new PassThrough();
  let received = '';
  down.on('data', (chunk: Buffer) => (received += chunk.toString()));
  return {
    runner: { toWatchdog: down, fromWatchdog: up },
    watchdog: { fromRunner: down, toRunner: up },
    received: () => received,
  };
}

const beats = (text: string) => text.split('\n').filter((l) => l === 'beat').length;

describe('startHeartbeat', () => {
  it('beats at once and then from a timer; stop() says end once and beats no more', async () => {
    const { runner, received } = pipes();
    const heartbeat = startHeartbeat(runner, { intervalMs: 10 });
    expect(received()).toBe('beat\n');
    await waitFor('timer beats', () => beats(received()) >= 3);
    await heartbeat.stop();
    await heartbeat.stop();
    const after = received();
    expect(after.endsWith('beat\nend\n')).toBe(true);
    expect(after.match(/end/g)).toHaveLength(1);
    expect(runner.toWatchdog.writableEnded).toBe(true);
  });

  it('beats from the event loop: a blocked loop sends nothing', async () => {
    const { runner, received } = pipes();
    const heartbeat = startHeartbeat(runner, { intervalMs: 5 });
    try {
      await waitFor('timer beats', () => beats(received()) >= 2);
      const before = received().length;
      const until = Date.now() + 100;
      while (Date.now() < until) {
        // Busy: twenty intervals pass without the loop turning.
      }
      expect(received().length).toBe(before);
      await waitFor('the beats to resume', () => received().length > before);
    } finally {
      await heartbeat.stop();
    }
  });

  it('passes the watchdog’s stop request on, and nothing else', async () => {
    const { runner } = pipes();
    const requests: string[] = [];
    const heartbeat = startHeartbeat(runner, {
      intervalMs: 1000,
      onStopRequest: (reason) => requests.push(reason),
    });
    try {
      runner.fromWatchdog.write('stop now\nstop runner-stuck extra\n' + 'x'.repeat(500));
      runner.fromWatchdog.write('\nstop runner');
      runner.fromWatchdog.write('-stuck\n');
      await waitFor('the stop request', () => requests.length > 0);
      expect(requests).toEqual(['runner-stuck']);
    } finally {
      await heartbeat.stop();
    }
  });

  it('a watchdog that is gone is no reason to fail', async () => {
    const { runner } = pipes();
    const heartbeat = startHeartbeat(runner, { intervalMs: 5 });
    const closed = new Promise((r) => runner.toWatchdog.once('close', r));
    runner.toWatchdog.destroy(new Error('EPIPE'));
    await closed;
    await heartbeat.stop();
  });
});

describe('HeartbeatListener', () => {
  it('times the last byte, sees `end`, and asks the runner to stop', async () => {
    let now = 1000;
    const { runner, watchdog } = pipes();
    const listener = new HeartbeatListener(watchdog, () => now);
    expect(listener.lastBeatAt).toBe(1000);
    now = 1500;
    runner.toWatchdog.write('beat\n');
    await waitFor('the beat', () => listener.lastBeatAt === 1500);
    expect(listener.ended).toBe(false);
    let back = '';
    runner.fromWatchdog.on('data', (c: Buffer) => (back += c.toString()));
    listener.requestStop();
    await waitFor('the stop request', () => back === 'stop runner-stuck\n');
    runner.toWatchdog.write('en');
    runner.toWatchdog.write('d\n');
    await listener.wait(5000);
    expect(listener.ended).toBe(true);
    listener.close();
  });

  it('takes only the exact line as the end; wakes at once on end-of-file', async () => {
    const { runner, watchdog } = pipes();
    const listener = new HeartbeatListener(watchdog);
    runner.toWatchdog.write('ended\n end\nEND\n');
    const from = Date.now();
    const woke = listener.wait(10_000);
    runner.toWatchdog.end();
    await woke;
    expect(Date.now() - from).toBeLessThan(1000);
    expect(listener.closed).toBe(true);
    expect(listener.ended).toBe(false);
  });

  it('wait() resolves after its time, or when aborted', async () => {
    const { watchdog } = pipes();
    const listener = new HeartbeatListener(watchdog);
    const from = Date.now();
    await listener.wait(30);
    expect(Date.now() - from).toBeGreaterThanOrEqual(25);
    const abort = new AbortController();
    const waiting = listener.wait(10_000, abort.signal);
    abort.abort();
    await waiting;
    listener.close();
  });
});
