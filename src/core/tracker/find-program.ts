// Looks a program up on PATH the way the platform's spawn does (execvp; on Windows libuv's search, which adds .com/.exe), so a missing program is a clear start error even when a wrapper (the cgroup launcher) runs it.
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

/** Undefined when the program can be run; otherwise why not (`spawn x ENOENT` style). */
export function programProblem(
  program: string,
  env: NodeJS.ProcessEnv,
  cwd: string,
  platform: NodeJS.Platform = process.platform,
  exists: (file: string) => boolean = isFile,
): string | undefined {
  if (platform === 'win32') return windowsProgramProblem(program, env, cwd, exists);
  const candidates = program.includes('/')
    ? [path.isAbsolute(program) ? program : path.resolve(cwd, program)]
    : (env.PATH ?? '/usr/local/bin:/usr/bin:/bin')
        .split(path.delimiter)
        .filter(Boolean)
        .map((dir) => path.join(path.resolve(cwd, dir), program));
  let sawNonExecutable = false;
  for (const candidate of candidates) {
    try {
      if (!statSync(candidate).isFile()) continue;
      accessSync(candidate, constants.X_OK);
      return undefined;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EACCES') sawNonExecutable = true;
    }
  }
  return `spawn ${program} ${sawNonExecutable ? 'EACCES' : 'ENOENT'}`;
}

/** `Path`, `PATH` or any other spelling: a copied Windows environment is no longer case-insensitive. */
export function windowsPath(env: NodeJS.ProcessEnv): string {
  const key = Object.keys(env).find((k) => k.toUpperCase() === 'PATH');
  return (key && env[key]) || '';
}

/**
 * Windows: a path (`\`, `/` or a drive letter) or a name searched in the working directory,
 * then on Path, with `.com` and `.exe` tried after the name as given. Batch files (`npm.cmd`)
 * cannot be started without a shell since Node 20.12 (EINVAL): that gets its own answer.
 */
function windowsProgramProblem(
  program: string,
  env: NodeJS.ProcessEnv,
  cwd: string,
  exists: (file: string) => boolean,
): string | undefined {
  const win = path.win32;
  const isPath = /[\\/]/.test(program) || /^[A-Za-z]:/.test(program);
  const dirs = isPath ? [''] : [cwd, ...windowsPath(env).split(';').filter(Boolean)];
  const base = isPath ? win.resolve(cwd, program) : program;
  const hasExt = win.extname(program) !== '';
  const exts = hasExt ? [''] : ['.com', '.exe'];
  let batch = false;
  for (const dir of dirs) {
    const stem = dir === '' ? base : win.join(win.resolve(cwd, dir), base);
    for (const ext of exts) {
      if (exists(stem + ext)) {
        if (/\.(cmd|bat)$/i.test(stem + ext)) batch = true;
        else return undefined;
      }
    }
    if (!hasExt && (exists(`${stem}.cmd`) || exists(`${stem}.bat`))) batch = true;
  }
  return batch
    ? `spawn ${program} EINVAL (a batch file: on Windows run it through --shell or \`cmd /d /s /c\`)`
    : `spawn ${program} ENOENT`;
}

function isFile(candidate: string): boolean {
  try {
    return statSync(candidate).isFile();
  } catch {
    return false;
  }
}
