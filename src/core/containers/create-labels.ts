// Which engine API requests create something that can carry labels, and the rewrite of their JSON body that stamps testwarden's labels on it.

import { posix } from 'node:path';

/** Where the labels go in a request's JSON body. */
export interface LabelTarget {
  what: 'container' | 'network' | 'volume';
  /** docker's API and podman's compat API say `Labels`; podman's own (libpod) API `labels` (`Label` for volumes). */
  field: string;
}

// An optional API version prefix (`/v1.41`), then the endpoint; the query string may follow.
const CREATES: [RegExp, LabelTarget][] = [
  [/^(?:\/v[\d.]+)?\/containers\/create$/, { what: 'container', field: 'Labels' }],
  [/^(?:\/v[\d.]+)?\/libpod\/containers\/create$/, { what: 'container', field: 'labels' }],
  [/^(?:\/v[\d.]+)?\/networks\/create$/, { what: 'network', field: 'Labels' }],
  [/^(?:\/v[\d.]+)?\/libpod\/networks\/create$/, { what: 'network', field: 'labels' }],
  [/^(?:\/v[\d.]+)?\/volumes\/create$/, { what: 'volume', field: 'Labels' }],
  [/^(?:\/v[\d.]+)?\/libpod\/volumes\/create$/, { what: 'volume', field: 'Label' }],
];

/**
 * The path the engine routes a request target by: without its query, percent-decoded (its router
 * matches the decoded path, so `/containers/%63reate` is a create) and cleaned (`//`, `.`, `..`, a
 * trailing `/`).
 * Undefined when it does not decode: the engine refuses such a target itself.
 */
function routePath(target: string): string | undefined {
  const path = target.split('?', 1)[0]!;
  try {
    return posix.normalize(decodeURIComponent(path)).replace(/(?<=.)\/+$/, '');
  } catch {
    return undefined;
  }
}

/** The label target of a request, or undefined when it creates nothing labelled. */
export function labelTarget(method: string, target: string): LabelTarget | undefined {
  if (method !== 'POST') return undefined;
  const path = routePath(target);
  if (path === undefined) return undefined;
  return CREATES.find(([pattern]) => pattern.test(path))?.[1];
}

/**
 * Hijacked requests: after the response head the connection carries raw bytes both ways
 * (`attach`, and `exec/…/start` unless it detaches). Clients normally also send
 * `Connection: Upgrade`, but the engine hijacks these endpoints either way.
 */
export function hijackKind(method: string, target: string): 'attach' | 'exec-start' | undefined {
  if (method !== 'POST') return undefined;
  const path = routePath(target);
  if (path === undefined) return undefined;
  if (/^(?:\/v[\d.]+)?(?:\/libpod)?\/containers\/[^/]+\/attach$/.test(path)) return 'attach';
  if (/^(?:\/v[\d.]+)?(?:\/libpod)?\/exec\/[^/]+\/start$/.test(path)) return 'exec-start';
  return undefined;
}

export type StampResult = { ok: true; body: Buffer } | { ok: false; why: string };

/**
 * The body with `labels` merged into its label object; ours win over a label of the same
 * name the client sent, so a client cannot claim another run or unit through this endpoint.
 * The engine (Go's encoding/json) takes any key that case-folds to the field's name as the field
 * (`labels`, `LABELS`, `Labelſ` are all `Labels`), merging them in the order they come: every
 * such key is folded into the one field here, and ours are applied last.
 */
export function stampLabels(
  body: Buffer,
  target: LabelTarget,
  labels: Readonly<Record<string, string>>,
): StampResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.length === 0 ? '{}' : body.toString('utf8'));
  } catch (error) {
    return { ok: false, why: `the body is not JSON (${(error as Error).message})` };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    return { ok: false, why: 'the body is not a JSON object' };
  const record = parsed as Record<string, unknown>;
  const field = foldKey(target.field);
  const merged: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    if (foldKey(key) !== field) continue;
    const existing = record[key];
    if (existing === undefined || existing === null) {
      // A null map leaves the engine's as it was.
    } else if (typeof existing !== 'object' || Array.isArray(existing)) {
      return { ok: false, why: `its ${JSON.stringify(key)} is not an object` };
    } else Object.assign(merged, existing);
    delete record[key];
  }
  record[target.field] = { ...merged, ...labels };
  return { ok: true, body: Buffer.from(JSON.stringify(record), 'utf8') };
}

/** A key as Go's encoding/json compares it with a field name: each character lower-, then upper-cased (Unicode simple folding). */
function foldKey(key: string): string {
  let folded = '';
  for (const c of key) folded += c.toLowerCase().toUpperCase();
  return folded;
}
