// Combines JUnit XML files (one per shard) into one testsuites document, keeping each suite as written (log tails included).
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { UsageError } from '../errors.js';

// Order-preserving form: each node is `{ tag: children[], ':@': attributes }`.
type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const shared = {
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  preserveOrder: true,
  cdataPropName: '#cdata',
} as const;
const parser = new XMLParser({ ...shared, parseTagValue: false, parseAttributeValue: false });
const builder = new XMLBuilder({
  ...shared,
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
  // Otherwise a "true" value is written as a bare attribute (`value`), which is not XML.
  suppressBooleanAttributes: false,
});

export interface JUnitDocument {
  xml: string;
  /** Names the document in errors (a file path). */
  source: string;
}

/**
 * One `<testsuites>` holding every `<testsuite>` of the documents (whose root may be
 * `<testsuites>` or a single `<testsuite>`), with tests, failures, errors, skipped and time summed.
 * Documents are taken in the order of their root's `timestamp` (testwarden writes the run's start)
 * and otherwise as given. A suite testwarden wrote (it has a `testwarden.outcome` property) is one
 * unit: when a later document has a suite of the same name, that one replaces it, as the later
 * report wins in `mergeReports`. Other suites are all kept.
 */
export function mergeJUnit(documents: readonly (string | JUnitDocument)[]): string {
  const parsed = documents.map((d, order) => {
    const { xml, source } = typeof d === 'string' ? { xml: d, source: `#${order + 1}` } : d;
    const root = parseRoot(xml, source);
    const at = Date.parse(root[':@']?.['@timestamp'] ?? '');
    return { root, order, at: Number.isNaN(at) ? undefined : at };
  });
  parsed.sort((a, b) => (a.at ?? 0) - (b.at ?? 0) || a.order - b.order);

  const suites: XmlNode[] = [];
  const unitSuite = new Map<string, number>();
  for (const { root } of parsed) {
    const list = tagOf(root) === 'testsuite' ? [root] : children(root).filter(isSuite);
    for (const suite of list) {
      const name = suite[':@']?.['@name'];
      const known = name !== undefined && isUnitSuite(suite) ? unitSuite.get(name) : undefined;
      if (known !== undefined) {
        suites[known] = suite;
      } else {
        if (name !== undefined && isUnitSuite(suite)) unitSuite.set(name, suites.length);
        suites.push(suite);
      }
    }
  }

  const sum = (attribute: string) =>
    suites.reduce((total, s) => total + (Number(s[':@']?.[attribute]) || 0), 0);
  const stamps = parsed.flatMap((p) => (p.at === undefined ? [] : [p.at]));
  const attributes: Record<string, string> = {
    '@name': 'testwarden',
    '@tests': String(sum('@tests')),
    '@failures': String(sum('@failures')),
    '@errors': String(sum('@errors')),
    '@skipped': String(sum('@skipped')),
    '@time': sum('@time').toFixed(3),
  };
  if (stamps.length > 0) attributes['@timestamp'] = new Date(Math.min(...stamps)).toISOString();
  const document = [
    { '?xml': [{ '#text': '' }], ':@': { '@version': '1.0', '@encoding': 'UTF-8' } },
    { testsuites: suites, ':@': attributes },
  ];
  return builder.build(document) as string;
}

function parseRoot(xml: string, source: string): XmlNode {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new UsageError(
      `junit ${source}: expected well-formed XML, line ${valid.err.line}: ${valid.err.msg}`,
    );
  }
  const nodes = parser.parse(xml) as XmlNode[];
  const root = nodes.find((n) => tagOf(n) === 'testsuites' || tagOf(n) === 'testsuite');
  if (root === undefined) {
    const found = nodes.map(tagOf).filter((t) => t !== '?xml' && t !== '#text');
    throw new UsageError(
      `junit ${source}: expected a <testsuites> or <testsuite> root element, got ${found.length > 0 ? `<${found[0]}>` : 'none'}`,
    );
  }
  return root;
}

function tagOf(node: XmlNode): string {
  return Object.keys(node).find((k) => k !== ':@') ?? '';
}

function children(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

const isSuite = (node: XmlNode) => tagOf(node) === 'testsuite';

function isUnitSuite(suite: XmlNode): boolean {
  return children(suite)
    .filter((c) => tagOf(c) === 'properties')
    .flatMap(children)
    .some((p) => p[':@']?.['@name'] === 'testwarden.outcome');
}
