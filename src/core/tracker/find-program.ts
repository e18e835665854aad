// Looks a program up on PATH the way execvp does, so a missing program is a clear start error even when a wrapper (the cgroup launcher) runs it.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join, resolve } from 'node:path';

/** Undefined when the program can be run; otherwise why not (`spawn x ENOENT` style). */
export function programProblem(
  program: string,
  env: NodeJS.ProcessEnv,
  cwd: string,
): string | undefined {
  const candidates = program.includes('/')
    ? [isAbsolute(program) ? program : resolve(cwd, program)]
    : (env.PATH ?? '/usr/local/bin:/usr/bin:/bin')
        .split(delimiter)
        .filter(Boolean)
        .map((dir) => join(resolve(cwd, dir), program));
  let sawNonExecutable = false;
  for (const path of candidates) {
    try {
      if (!statSync(path).isFile()) continue;
      accessSync(path, constants.X_OK);
      return undefined;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EACCES') sawNonExecutable = true;
    }
  }
  return `spawn ${program} ${sawNonExecutable ? 'EACCES' : 'ENOENT'}`;
}
