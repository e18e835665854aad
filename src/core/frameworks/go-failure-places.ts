// Go names the file of a test's failure relative to its package (`calc_test.go:39`): this makes it relative to the working directory, through `go list`'s package folders, so annotations and reports point at a file that exists.
import { isAbsolute, join, relative, sep } from 'node:path';
import type { TestFailure } from './test-events.js';
import type { PresetContext } from './preset.js';
import { runDiscovery } from './run-discovery.js';

/** Package import path → its folder relative to the working directory (`/`-separated; `` for the working directory itself). */
export type PackageFolders = ReadonlyMap<string, string>;

/** The folders of the given packages, as `go list` knows them. */
export async function goPackageFolders(
  context: Pick<PresetContext, 'cwd' | 'env' | 'program'>,
  packages: readonly string[],
): Promise<PackageFolders> {
  const folders = new Map<string, string>();
  if (packages.length === 0) return folders;
  const stdout = await runDiscovery({
    argv: [
      ...(context.program ?? ['go']),
      'list',
      '-e',
      '-f',
      '{{.ImportPath}}\t{{.Dir}}',
      ...packages,
    ],
    cwd: context.cwd,
    env: context.env,
    preset: 'go',
    timeoutMs: 60_000,
  });
  for (const line of stdout.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const dir = line.slice(tab + 1).trim();
    if (!isAbsolute(dir)) continue;
    folders.set(line.slice(0, tab), relative(context.cwd, dir).split(sep).join('/'));
  }
  return folders;
}

/**
 * Failures whose file is a bare name (Go's `t.Error` place, relative to the test's package) are
 * given the package's folder; a path with a folder (the compiler's, relative to the working
 * directory already) is left as it is.
 */
/** Packages with a failure placed by a bare file name. */
export function packagesToPlace(
  tests: readonly { file: string; failure?: TestFailure }[],
): string[] {
  const packages = new Set<string>();
  for (const t of tests) if (t.failure?.file && !t.failure.file.includes('/')) packages.add(t.file);
  return [...packages];
}

export function placeGoFailures(
  tests: readonly { file: string; failure?: TestFailure }[],
  folders: PackageFolders,
): void {
  for (const test of tests) {
    const failure = test.failure;
    if (!failure?.file || failure.file.includes('/')) continue;
    const folder = folders.get(test.file);
    if (folder === undefined) continue;
    failure.file = folder === '' ? failure.file : join(folder, failure.file).split(sep).join('/');
  }
}
