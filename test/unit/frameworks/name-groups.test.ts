// Tests to run again by name, grouped so one process's name pattern reaches no other test it was not meant for.
import { describe, expect, it } from 'vitest';
import { nameGroups } from '../../../src/core/frameworks/name-groups.js';

const t = (file: string, ...titles: string[]) => ({ file, titles });

describe('nameGroups', () => {
  const known = [
    t('a.test.js', 'adds'),
    t('a.test.js', 'math', 'adds'),
    t('a.test.js', 'subtracts'),
    t('b.test.js', 'adds'),
    t('b.test.js', 'math', 'adds'),
    t('c.test.js', 'divides'),
  ];

  it('one group when no chosen name is another file’s test', () => {
    const chosen = [t('a.test.js', 'subtracts'), t('c.test.js', 'divides')];
    expect(nameGroups(chosen, known, false)).toEqual([chosen]);
  });

  it('files whose names would run each other’s other tests go apart', () => {
    // `adds` chosen in a would run `adds` of b; `math adds` chosen in b would run `math adds` of a.
    const chosen = [
      t('a.test.js', 'adds'),
      t('b.test.js', 'math', 'adds'),
      t('c.test.js', 'divides'),
    ];
    expect(nameGroups(chosen, known, false)).toEqual([
      [t('a.test.js', 'adds'), t('c.test.js', 'divides')],
      [t('b.test.js', 'math', 'adds')],
    ]);
  });

  it('the same name chosen in both files is one group (each runs its own)', () => {
    const chosen = [t('a.test.js', 'adds'), t('b.test.js', 'adds')];
    expect(nameGroups(chosen, known, false)).toEqual([chosen]);
  });

  it('Jest compares names ignoring case', () => {
    const cased = [...known, t('c.test.js', 'Subtracts')];
    const chosen = [t('a.test.js', 'subtracts'), t('c.test.js', 'divides')];
    expect(nameGroups(chosen, cased, false)).toHaveLength(1);
    expect(nameGroups(chosen, cased, true)).toHaveLength(2);
  });
});
