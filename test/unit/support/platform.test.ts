// The Linux-only guard: off Linux it skips and says why; on Linux it never skips.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { linuxOnly, posixOnly } from '../../support/platform.js';

describe('linuxOnly', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(['darwin', 'win32'] as const)('skips on %s with a notice naming the need', (platform) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(linuxOnly('tree memory', '/proc, setsid', platform)).toBe(true);
    expect(warn).toHaveBeenCalledWith(
      `NOTICE: tree memory skipped: it needs Linux (/proc, setsid); this is ${platform}`,
    );
  });

  it('runs on Linux, silently', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(linuxOnly('tree memory', '/proc', 'linux')).toBe(false);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('posixOnly', () => {
  afterEach(() => vi.restoreAllMocks());

  it('skips on Windows with a notice naming the need', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(posixOnly('the go preset', 'a process group', 'win32')).toBe(true);
    expect(warn).toHaveBeenCalledWith(
      'NOTICE: the go preset skipped: it needs a POSIX system (a process group); this is win32',
    );
  });

  it.each(['linux', 'darwin'] as const)('runs on %s, silently', (platform) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(posixOnly('the go preset', 'a process group', platform)).toBe(false);
    expect(warn).not.toHaveBeenCalled();
  });
});
