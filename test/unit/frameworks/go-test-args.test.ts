// splitGoTestArgs: the arguments after `--` for `go test`, split into flags (with the values written apart), build flags for `go list`, package patterns and the test binary's `-args`.
import { describe, expect, it } from 'vitest';
import { splitGoTestArgs } from '../../../src/core/frameworks/go-test-args.js';

describe('splitGoTestArgs', () => {
  it('takes a test flag value written apart as the flag value, not a package', () => {
    expect(splitGoTestArgs(['-count', '1', '-run', 'TestX', '-v', './calc'])).toEqual({
      flags: ['-count', '1', '-run', 'TestX', '-v'],
      buildFlags: [],
      packages: ['./calc'],
      binaryArgs: [],
    });
  });

  it('gives go list only the build flags, in either form', () => {
    expect(
      splitGoTestArgs(['-race', '-tags', 'integration', '--count=1', '-ldflags=-s', './...']),
    ).toEqual({
      flags: ['-race', '-tags', 'integration', '--count=1', '-ldflags=-s'],
      buildFlags: ['-race', '-tags', 'integration', '-ldflags=-s'],
      packages: ['./...'],
      binaryArgs: [],
    });
  });

  it('keeps -args and what follows for the test binary', () => {
    expect(splitGoTestArgs(['-test.count', '2', 'example.com/a', '-args', '-flag', 'x'])).toEqual({
      flags: ['-test.count', '2'],
      buildFlags: [],
      packages: ['example.com/a'],
      binaryArgs: ['-args', '-flag', 'x'],
    });
  });

  it('leaves -cover flags out of go list (a test flag in older Go)', () => {
    expect(splitGoTestArgs(['-cover', '-covermode', 'atomic']).buildFlags).toEqual([]);
  });
});
