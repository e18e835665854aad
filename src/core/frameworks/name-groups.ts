// Files whose tests a rerun names, grouped so that one name pattern never reaches a test of another file it was not meant for (Jest, Vitest and Mocha apply one pattern to every file of a process).
import type { TestId } from './test-events.js';
import { spacedName } from './preset.js';

/**
 * The chosen tests cut into groups of files, one framework process each: a file joins a group
 * when no test of it that is not chosen has the full name of a test chosen in another file of
 * the group, and the reverse. Usually one group (names differ from file to file). `known` is
 * every test the unit has (the records of a run that reported to its end); `foldCase`: the
 * framework compares names ignoring case (Jest). Tests of one file that share a full name are
 * left as they are: no pattern can tell them apart.
 */
export function nameGroups(
  chosen: readonly TestId[],
  known: readonly TestId[],
  foldCase: boolean,
): TestId[][] {
  const nameOf = (t: TestId) => {
    const name = spacedName(t.titles);
    return foldCase ? name.toLowerCase() : name;
  };
  const chosenKeys = new Set(chosen.map((t) => JSON.stringify([t.file, ...t.titles])));
  /** Per file: the names chosen in it, and the names of its tests not chosen. */
  const files = new Map<string, { chosen: Set<string>; others: Set<string>; tests: TestId[] }>();
  const fileOf = (file: string) => {
    let entry = files.get(file);
    if (!entry) files.set(file, (entry = { chosen: new Set(), others: new Set(), tests: [] }));
    return entry;
  };
  for (const t of chosen) {
    const entry = fileOf(t.file);
    entry.chosen.add(nameOf(t));
    entry.tests.push(t);
  }
  for (const t of known) {
    if (t.titles.length === 0 || !files.has(t.file)) continue;
    if (!chosenKeys.has(JSON.stringify([t.file, ...t.titles])))
      fileOf(t.file).others.add(nameOf(t));
  }
  const groups: { names: Set<string>; others: Set<string>; tests: TestId[] }[] = [];
  for (const [, entry] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const fits = (g: (typeof groups)[number]) =>
      ![...entry.chosen].some((n) => g.others.has(n)) &&
      ![...entry.others].some((n) => g.names.has(n));
    const group = groups.find(fits);
    if (group) {
      for (const n of entry.chosen) group.names.add(n);
      for (const n of entry.others) group.others.add(n);
      group.tests.push(...entry.tests);
    } else {
      groups.push({
        names: new Set(entry.chosen),
        others: new Set(entry.others),
        tests: [...entry.tests],
      });
    }
  }
  return groups.map((g) => g.tests);
}
