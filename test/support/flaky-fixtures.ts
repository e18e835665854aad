// The Jest and pytest fixture suites as the flaky-test end-to-end tests use them: the tests that always fail (their ledger lines), the one that passes on its second run, and the framework arguments that keep its caches in the test's own folder.
import { join } from 'node:path';

export const FLAKY_FIXTURES = [
  {
    name: 'jest',
    alwaysFailing: ['math fails', 'strings fails'],
    flaky: 'passes on a second try',
    flakyTitles: ['passes on a second try'],
    args: (dir: string) => [`--cacheDirectory=${join(dir, 'jest-cache')}`],
  },
  {
    name: 'pytest',
    alwaysFailing: ['TestMath::test_fails', 'test_fails'],
    flaky: 'test_passes_on_a_second_try',
    flakyTitles: ['test_passes_on_a_second_try'],
    args: (_dir: string) => ['-p', 'no:cacheprovider'],
  },
];
