// Counts the test cases of a JUnit XML file a unit wrote (any nesting of testsuites/testsuite/testcase).
import { XMLParser } from 'fast-xml-parser';
import type { TestCounts } from '../types.js';

const parser = new XMLParser({
  ignoreAttributes: true,
  isArray: (name) => name === 'testsuite' || name === 'testcase' || name === 'testsuites',
  processEntities: false,
});

type Node = Record<string, unknown>;

/** Test counts from JUnit XML text, or undefined when it is not JUnit XML with at least one test case. */
export function countJUnit(xml: string): TestCounts | undefined {
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch {
    return undefined;
  }
  const counts: TestCounts = { passed: 0, failed: 0, skipped: 0, errors: 0 };
  let cases = 0;
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    const obj = node as Node;
    for (const testcase of asArray(obj.testcase)) {
      cases++;
      const tc = (testcase ?? {}) as Node | string;
      if (typeof tc === 'object' && 'failure' in tc) counts.failed++;
      else if (typeof tc === 'object' && 'error' in tc) counts.errors++;
      else if (typeof tc === 'object' && 'skipped' in tc) counts.skipped++;
      else counts.passed++;
    }
    for (const child of [...asArray(obj.testsuites), ...asArray(obj.testsuite)]) visit(child);
  };
  visit(doc);
  return cases > 0 ? counts : undefined;
}

function asArray(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
