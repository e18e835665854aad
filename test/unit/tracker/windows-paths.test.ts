// Windows programs and paths with the platform injected: Path search with .com/.exe, drive letters and `\`, batch files named as such, and the shell --shell runs.
import { describe, expect, it } from 'vitest';
import { expandCommand, parseCommandTemplate } from '../../../src/core/plan/command-template.js';
import { programProblem, windowsPath } from '../../../src/core/tracker/find-program.js';

/** A Windows disk as a set of file paths (case as Windows would print them). */
const disk = new Set([
  'C:\\hostedtoolcache\\windows\\node\\20.19.5\\x64\\node.exe',
  'C:\\hostedtoolcache\\windows\\node\\20.19.5\\x64\\npm.cmd',
  'C:\\Program Files\\Git\\bin\\sh.exe',
  'D:\\a\\repo\\repo\\tools\\run tests.exe',
  'D:\\a\\repo\\repo\\build.bat',
]);
const exists = (file: string) => disk.has(file);
const env = {
  Path: 'C:\\hostedtoolcache\\windows\\node\\20.19.5\\x64;C:\\Program Files\\Git\\bin',
};
const cwd = 'D:\\a\\repo\\repo';
const problem = (program: string) => programProblem(program, env, cwd, 'win32', exists);

describe('programs on Windows', () => {
  it('finds programs on Path (spelled Path, not PATH) with .exe added, as libuv does', () => {
    expect(windowsPath(env)).toBe(env.Path);
    expect(problem('node')).toBeUndefined();
    expect(problem('node.exe')).toBeUndefined();
    expect(problem('sh')).toBeUndefined();
    expect(problem('python')).toBe('spawn python ENOENT');
  });

  it('takes paths with backslashes, forward slashes and drive letters, relative to the working directory', () => {
    expect(problem('tools\\run tests.exe')).toBeUndefined();
    expect(problem('tools/run tests')).toBeUndefined();
    expect(problem('D:\\a\\repo\\repo\\tools\\run tests.exe')).toBeUndefined();
    expect(problem('C:\\hostedtoolcache\\windows\\node\\20.19.5\\x64\\node')).toBeUndefined();
    expect(problem('E:\\missing.exe')).toBe('spawn E:\\missing.exe ENOENT');
  });

  it('says a batch file needs a shell (Node refuses to spawn .cmd/.bat without one)', () => {
    expect(problem('npm')).toMatch(/^spawn npm EINVAL \(a batch file/);
    expect(problem('build.bat')).toMatch(/EINVAL/);
  });

  it('--shell runs sh (Git for Windows) with the same POSIX quoting', () => {
    const t = parseCommandTemplate('node --test {file}', true);
    expect(
      expandCommand(t, { file: "D:\\a\\it's here\\a.test.js", unit: 'u', junit: 'j' }, 'win32'),
    ).toEqual({ program: 'sh', args: ['-c', `node --test 'D:\\a\\it'"'"'s here\\a.test.js'`] });
    expect(expandCommand(t, { file: 'a.js', unit: 'u', junit: 'j' }, 'linux').program).toBe(
      '/bin/sh',
    );
  });
});
