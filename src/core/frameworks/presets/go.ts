// Go: `go list` discovers packages with tests, `go test -json` is the event stream itself, anchored `-run` selects per package.
import { UsageError } from '../../errors.js';
import {
  chunksWithin,
  MAX_ARG_CHARS,
  selectedFiles,
  type Invocation,
  type Preset,
} from '../preset.js';
import { packagesOrAll, splitGoTestArgs } from '../go-test-args.js';
import { runDiscovery } from '../run-discovery.js';

/** Escapes text for Go's regexp (regexp.QuoteMeta). */
export function quoteGoRegexp(text: string): string {
  return text.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
}

export const goPreset: Preset = {
  name: 'go',
  // `-run` can name subtests, but one pattern for several parents selects the cross product:
  // a test is rerun with all its subtests.
  granularity: 'top-level-test',
  async discover(context, extraArgs = []) {
    const args = splitGoTestArgs(extraArgs);
    const argv = [
      ...(context.program ?? ['go']),
      'list',
      '-f',
      '{{if or .TestGoFiles .XTestGoFiles}}{{.ImportPath}}{{end}}',
      // Test flags (`-count=1`, `-run X`, `-v`) are not go list's: only build flags and packages.
      ...args.buildFlags,
      ...packagesOrAll(args),
    ];
    const stdout = await runDiscovery({ argv, cwd: context.cwd, env: context.env, preset: 'go' });
    const files = stdout
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    if (files.some((f) => /\s/.test(f))) {
      throw new UsageError(
        `--preset go: ${argv.join(' ')} printed something other than package paths`,
      );
    }
    return { files: files.sort() };
  },
  commands(context, selection, extraArgs = []) {
    const args = splitGoTestArgs(extraArgs);
    const base = [...(context.program ?? ['go']), 'test', '-json', ...args.flags];
    const tests = selection?.tests ?? [];
    const whole = selectedFiles({ files: selection?.files ?? [] });
    const invocations: Invocation[] = [];
    // The test binary's `-args …` stay last.
    const all = packagesOrAll(args);
    if (tests.length === 0) {
      return [
        {
          argv: [...base, ...(whole.length > 0 ? whole : all), ...args.binaryArgs],
          env: {},
          events: 'go-json',
        },
      ];
    }
    // -run applies to every package named: packages are grouped by the exact set of tests they rerun.
    const byPackage = new Map<string, Set<string>>();
    for (const test of tests) {
      if (whole.includes(test.file)) continue;
      const names = byPackage.get(test.file) ?? new Set<string>();
      names.add(test.titles[0] ?? '');
      byPackage.set(test.file, names);
    }
    // A package with more names than one argument holds gets several -run patterns, one process
    // each: together they run exactly its tests (its TestMain and init run once per process).
    const byPattern = new Map<string, string[]>();
    for (const [pkg, names] of byPackage) {
      const quoted = [...names].sort().map(quoteGoRegexp);
      for (const chunk of chunksWithin(quoted, (n) => n.length, MAX_ARG_CHARS - 16)) {
        const pattern = `^(?:${chunk.join('|')})$`;
        byPattern.set(pattern, [...(byPattern.get(pattern) ?? []), pkg]);
      }
    }
    if (whole.length > 0)
      invocations.push({
        argv: [...base, ...whole, ...args.binaryArgs],
        env: {},
        events: 'go-json',
      });
    for (const [pattern, packages] of byPattern) {
      invocations.push({
        argv: [...base, '-run', pattern, ...packages, ...args.binaryArgs],
        env: {},
        events: 'go-json',
      });
    }
    return invocations;
  },
};
