// Test paths after `--` with --batch or --shard: which arguments name discovered files or folders, per framework, and the usage error that names them.
import { describe, expect, it } from 'vitest';
import { pathArguments, pathArgumentsError } from '../../../src/core/plan/preset-path-args.js';

const files = ['test/unit/a.test.js', 'test/unit/b.test.js', 'test/e2e/c.test.js'];

describe('paths after -- with batches', () => {
  it('are discovered files, folders holding one, and the whole folder', () => {
    expect(
      pathArguments(
        'jest',
        ['test/unit', './test/e2e/c.test.js', '/repo/test/', '.', 'test/unit/'],
        '/repo',
        files,
      ),
    ).toEqual(['test/unit', './test/e2e/c.test.js', '/repo/test/', '.', 'test/unit/']);
  });

  it('are not options, option values that name no test file, or other words', () => {
    expect(
      pathArguments(
        'jest',
        ['--config', 'jest.config.js', '--testNamePattern=unit', '-t', 'adds', 'test/unit2', ''],
        '/repo',
        files,
      ),
    ).toEqual([]);
    // Written apart, an option's value that is a test folder looks like a path.
    expect(pathArguments('jest', ['--roots', 'test'], '/repo', files)).toEqual(['test']);
  });

  it('follow each framework: pytest node ids, Vitest lines, Go packages, node globs; never Mocha', () => {
    expect(
      pathArguments('pytest', ['test/unit/a.test.js::T::t[1]', '-k', 'a'], '/r', files),
    ).toEqual(['test/unit/a.test.js::T::t[1]']);
    expect(pathArguments('vitest', ['test/e2e/c.test.js:12'], '/r', files)).toEqual([
      'test/e2e/c.test.js:12',
    ]);
    expect(
      pathArguments(
        'go',
        ['./...', './pkg', 'example.com/m/pkg', '-run', 'TestX', '-count', '1'],
        '/r',
        ['example.com/m/pkg'],
      ),
    ).toEqual(['./...', './pkg', 'example.com/m/pkg']);
    expect(pathArguments('node', ['test/**/*.test.js'], '/r', files)).toEqual([
      'test/**/*.test.js',
    ]);
    expect(pathArguments('jest', ['src/*.js'], '/r', files)).toEqual([]);
    expect(pathArguments('mocha', ['test/unit'], '/r', files)).toEqual([]);
  });

  it('are refused naming the option, the paths and the way out', () => {
    expect(pathArgumentsError('pytest', '--shard', ['tests', 'a.py']).message).toBe(
      '--shard: expected no test paths after -- with --preset pytest (each batch runs only its own files; a path given after -- would run in every batch beside them), got "tests", "a.py". Choose the files in the framework\'s configuration, or run without --shard; an option\'s value that looks like a path is taken as one unless written --option=value',
    );
  });
});
