// Where a unit lives for GitHub: its path relative to the workspace (annotations attach there), when the unit is a file.
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** The unit's file relative to the workspace with `/`, or undefined (a package name, a folder, outside the workspace). */
export function unitFile(unitId: string, cwd: string, workspace: string): string | undefined {
  const path = resolve(cwd, unitId);
  const rel = relative(workspace, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  try {
    if (!existsSync(path) || !statSync(path).isFile()) return undefined;
  } catch {
    return undefined;
  }
  return rel.split(sep).join('/');
}
