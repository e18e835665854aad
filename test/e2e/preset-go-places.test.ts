// `testwarden run --preset go` with the bundled CLI: a failure's file is relative to the working directory (Go names it relative to its package), in the report JSON, the JUnit file and the console; a package that does not build points at the compiler's message.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FIXTURES, presetRunArgs, runCli } from '../support/cli.js';
import { readJson } from '../support/files.js';
import { tempDir } from '../support/temp-dir.js';

interface GoCase {
  file: string;
  titles: string[];
  status: string;
  failure?: { file?: string; line?: number };
}

describe('testwarden run --preset go: failure places', () => {
  it('gives each failure its file relative to the working directory', async () => {
    const out = tempDir('tw-go-places-');
    const goEnv = {
      GOCACHE: join(out, 'go-cache'),
      GOPATH: join(out, 'go-path'),
      GOFLAGS: '-mod=mod',
      GOPROXY: 'off',
      GOTOOLCHAIN: 'local',
    };
    try {
      const run = (fixture: string) =>
        runCli(
          presetRunArgs({
            preset: 'go',
            cwd: join(FIXTURES, fixture),
            stateDir: join(out, `${fixture}-state`),
            report: join(out, `${fixture}.json`),
            junit: join(out, `${fixture}.xml`),
          }),
          { env: goEnv },
        );
      const result = await run('go');
      expect(result.code, result.stderr).toBe(1);
      const cases: GoCase[] = readJson(join(out, 'go.json')).units[0].testCases.tests;
      const failed = cases.filter((t) => t.status === 'failed');
      expect(failed.length).toBeGreaterThan(1);
      const place = (pkg: string) =>
        failed.find((t) => t.file.endsWith(`/${pkg}`) && t.titles[0] === 'TestFails')?.failure;
      expect(place('calc')).toMatchObject({ file: 'calc/calc_test.go', line: 39 });
      expect(place('strs')).toMatchObject({ file: 'strs/strs_test.go', line: 21 });
      expect(result.stdout).toContain('calc/calc_test.go:39');
      const junit = new XMLParser({
        ignoreAttributes: false,
        isArray: (n) => n === 'testcase',
      }).parse(readFileSync(join(out, 'go.xml'), 'utf8')).testsuites;
      const files = (junit.testsuite.testcase as Record<string, string>[])
        .filter((c) => 'failure' in c)
        .map((c) => c['@_file']);
      expect(files).toContain('calc/calc_test.go');

      // The compiler names its files relative to the working directory already.
      const broken = await run('go-load-error');
      expect(broken.code).toBe(1);
      const unit = readJson(join(out, 'go-load-error.json')).units[0];
      expect(unit.testCases.fileErrors).toEqual([
        expect.objectContaining({
          file: 'example.com/twloaderror/broken',
          failure: expect.objectContaining({ file: 'broken/broken_test.go', line: 7 }),
        }),
      ]);
      expect(unit.testCases.tests.find((t: GoCase) => t.status === 'failed').failure).toMatchObject(
        { file: 'ok/ok_test.go', line: 13 },
      );
    } finally {
      spawnSync('chmod', ['-R', 'u+w', out]); // Go's module cache is read-only
    }
  });
});
