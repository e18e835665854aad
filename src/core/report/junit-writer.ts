// Writes one JUnit XML file for the run: a testsuite per unit with one testcase, as Jenkins, GitLab and the common Actions report viewers read it.
import { XMLBuilder } from 'fast-xml-parser';
import type { RunReport, UnitResult } from '../types.js';
import { xmlText } from '../text/xml.js';
import { isFailure } from './failure.js';
import { readTailLines } from './log-tail.js';

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
  // Otherwise a "true" value is written as a bare attribute (`value`), which is not XML.
  suppressBooleanAttributes: false,
});

const clean = xmlText;
const seconds = (ms: number) => (ms / 1000).toFixed(3);

export function renderJUnit(report: RunReport, options: { tailLines?: number } = {}): string {
  const suites = report.units.map((u) => suite(u, options.tailLines ?? 50));
  const failures = report.units.filter((u) => isFailure(u)).length;
  const skipped = report.units.filter((u) => u.outcome === 'skipped').length;
  const doc = {
    '?xml': { '@version': '1.0', '@encoding': 'UTF-8' },
    testsuites: {
      '@name': 'testwarden',
      '@tests': report.units.length,
      '@failures': failures,
      '@errors': 0,
      '@skipped': skipped,
      '@time': seconds(report.durationMs),
      '@timestamp': report.startedAt,
      testsuite: suites,
    },
  };
  return builder.build(doc) as string;
}

function suite(u: UnitResult, tailLines: number) {
  const testcase: Record<string, unknown> = {
    '@name': clean(u.id),
    '@classname': clean(u.id),
    '@file': clean(u.id),
    '@time': seconds(u.durationMs),
  };
  const properties = [
    { '@name': 'testwarden.outcome', '@value': u.outcome },
    { '@name': 'testwarden.attempts', '@value': String(u.attempts) },
    { '@name': 'testwarden.flaky', '@value': String(u.flaky) },
    { '@name': 'testwarden.fromCheckpoint', '@value': String(u.fromCheckpoint) },
    {
      '@name': 'testwarden.tests',
      '@value': `${u.tests.passed} passed, ${u.tests.failed} failed, ${u.tests.skipped} skipped`,
    },
  ];
  if (u.outcome === 'skipped') {
    testcase.skipped = { '@message': clean(u.message ?? 'skipped') };
  } else if (isFailure(u)) {
    const tail = u.log ? readTailLines(u.log, tailLines).join('\n') : '';
    testcase.failure = {
      '@message': clean(u.message ?? u.outcome),
      '@type': u.outcome,
      '#text': clean(tail),
    };
  }
  if (u.leaked.length > 0) {
    testcase['system-err'] = clean(
      u.leaked
        .map((l) =>
          l.kind === 'process'
            ? `leaked process ${l.pid} (${l.action}): ${l.command}`
            : `${l.unattributed ? 'unattributed' : 'leaked'} container ${l.name} ${l.id} (${l.action})`,
        )
        .join('\n'),
    );
  }
  return {
    '@name': clean(u.id),
    '@tests': 1,
    '@failures': isFailure(u) ? 1 : 0,
    '@errors': 0,
    '@skipped': u.outcome === 'skipped' ? 1 : 0,
    '@time': seconds(u.durationMs),
    properties: { property: properties },
    testcase,
  };
}
