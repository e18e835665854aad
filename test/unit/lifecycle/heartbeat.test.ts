// The heartbeat: written at once and from a timer, an `ended` beat on stop, stale while the event loop is blocked, read as untrusted input.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  HEARTBEAT_FILE,
  HeartbeatWatch,
  readHeartbeat,
  startHeartbeat,
} from '../../../src/core/lifecycle/heartbeat.js';
import { startTimeOf } from '../../../src/core/lifecycle/process-identity.js';

import { tempDir } from '../../support/temp-dir.js';
import { waitFor } from '../../support/wait-for.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('startHeartbeat', () => {
  it('writes a beat naming this process at once, then keeps it changing', async () => {
    const dir = tempDir();
    const heartbeat = startHeartbeat(dir, { intervalMs: 20 });
    try {
      const first = readHeartbeat(dir);
      expect(first).toMatchObject({ pid: process.pid, startTime: startTimeOf(process.pid) });
      expect(first?.ended).toBeUndefined();
      await waitFor('a newer beat', () => (readHeartbeat(dir)?.at ?? 0) > first!.at);
    } finally {
      heartbeat.stop();
    }
  });

  it('stop() writes the ended beat once and the timer writes no more', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const dir = tempDir();
    const heartbeat = startHeartbeat(dir, { intervalMs: 1000 });
    const first = readHeartbeat(dir)!.at;
    vi.advanceTimersByTime(3000);
    const later = readHeartbeat(dir)!.at;
    expect(later - first).toBe(3000);
    heartbeat.stop();
    heartbeat.stop();
    const ended = readHeartbeat(dir)!;
    expect(ended.ended).toBe(true);
    vi.advanceTimersByTime(5000);
    expect(readHeartbeat(dir)).toEqual(ended);
  });

  it('beats from the event loop: a blocked loop leaves the beat unchanged', async () => {
    const dir = tempDir();
    const heartbeat = startHeartbeat(dir, { intervalMs: 10 });
    try {
      // Let a timer beat once, so the next one is due during the block.
      const start = readHeartbeat(dir)!.at;
      await waitFor('a timer beat', () => readHeartbeat(dir)!.at > start);
      const before = readHeartbeat(dir)!.at;
      const until = Date.now() + 100;
      while (Date.now() < until) {
        // Busy: ten intervals pass without the loop turning.
      }
      expect(readHeartbeat(dir)!.at).toBe(before);
      await waitFor('the beat to resume', () => readHeartbeat(dir)!.at > before);
    } finally {
      heartbeat.stop();
    }
  });

  it('never recreates a state dir removed under it', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const dir = join(tempDir(), 'state');
    const heartbeat = startHeartbeat(dir, { intervalMs: 10 });
    vi.advanceTimersByTime(50);
    heartbeat.stop();
    expect(readHeartbeat(dir)).toBeUndefined();
  });
});

describe('readHeartbeat', () => {
  it.each([
    ['not JSON', 'nope'],
    ['a string pid', '{"pid":"1","startTime":1,"at":1}'],
    ['no time', '{"pid":1,"startTime":1}'],
    ['null', 'null'],
  ])('ignores %s', (_what, text) => {
    const dir = tempDir();
    writeFileSync(join(dir, HEARTBEAT_FILE), text);
    expect(readHeartbeat(dir)).toBeUndefined();
  });

  it('keeps only a literal true as ended', () => {
    const dir = tempDir();
    writeFileSync(join(dir, HEARTBEAT_FILE), '{"pid":1,"startTime":2,"at":3,"ended":"yes"}');
    expect(readHeartbeat(dir)).toEqual({ pid: 1, startTime: 2, at: 3 });
  });
});

describe('HeartbeatWatch', () => {
  it('measures how long the beat has not changed, on its own clock', () => {
    let now = 1000;
    const watch = new HeartbeatWatch(() => now);
    expect(watch.observe(5)).toBe(0);
    now = 1400;
    expect(watch.observe(5)).toBe(400);
    // A beat whose wall-clock time went backwards is still a change.
    now = 1500;
    expect(watch.observe(2)).toBe(0);
    now = 4500;
    expect(watch.observe(undefined)).toBe(3000);
  });

  it('counts a missing heartbeat as stale from the start', () => {
    let now = 0;
    const watch = new HeartbeatWatch(() => now);
    now = 700;
    expect(watch.observe(undefined)).toBe(700);
  });
});
