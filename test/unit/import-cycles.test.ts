// No import cycles in src/, type-only imports included: each folder's layering stays one-way.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCircular, parseDependencyTree } from 'dpdm';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

async function cyclesIn(context: string, pattern: string): Promise<string[][]> {
  const tree = await parseDependencyTree(pattern, {
    context,
    tsconfig: join(ROOT, 'tsconfig.json'),
    transform: false,
    skipDynamicImports: false,
  });
  return parseCircular(tree);
}

describe('import cycles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tw-cycles-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('src/ has none', async () => {
    const cycles = await cyclesIn(ROOT, 'src/**/*.ts');
    expect(cycles.map((c) => c.join(' -> '))).toEqual([]);
  });

  it('the check sees a cycle made of type-only imports through .js specifiers', async () => {
    writeFileSync(join(dir, 'a.ts'), "import type { B } from './b.js';\nexport type A = B[];\n");
    writeFileSync(join(dir, 'b.ts'), "import type { A } from './a.js';\nexport type B = A | 1;\n");
    writeFileSync(join(dir, 'c.ts'), "import type { A } from './a.js';\nexport const c: A = [];\n");
    const cycles = await cyclesIn(dir, join(dir, '*.ts'));
    expect(cycles).toHaveLength(1);
    expect(cycles[0]!.map((f) => f.replace(/^.*\//, '')).sort()).toEqual(['a.ts', 'b.ts']);
  });
});
