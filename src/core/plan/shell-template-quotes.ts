// Finds placeholders that a --shell template puts inside quotes or backticks, where the single-quoted value testwarden substitutes would no longer be one inert word.

/** Where the shell would be reading when it meets a placeholder. */
export type QuotedContext = 'single quotes' | 'double quotes' | 'backticks';

export interface QuotedPlaceholder {
  placeholder: string;
  context: QuotedContext;
  /** Index of the placeholder in the template. */
  at: number;
}

/**
 * Scans a POSIX shell script the way `sh` tokenizes quotes: '…' ends at the next ', "…" honours
 * backslash before " $ ` \, a backslash outside quotes escapes one character. A placeholder met
 * inside any quoting (or a `…` substitution, whose end the shell finds before it parses quotes)
 * is returned: there the substituted '…' value is no longer a word of its own. Inside "…" the
 * single quotes are literal, so `$(…)` and backticks in a file name would run.
 */
export function quotedPlaceholders(script: string, placeholder: RegExp): QuotedPlaceholder[] {
  const found: QuotedPlaceholder[] = [];
  const stack: QuotedContext[] = [];
  const pattern = new RegExp(placeholder.source, 'y');
  for (let i = 0; i < script.length; i++) {
    const context = stack.at(-1);
    pattern.lastIndex = i;
    const match = pattern.exec(script);
    if (match) {
      if (context) found.push({ placeholder: match[0], context, at: i });
      i += match[0].length - 1;
      continue;
    }
    const c = script[i];
    if (context === 'single quotes') {
      if (c === "'") stack.pop();
    } else if (c === '\\') {
      i++;
    } else if (c === '"') {
      if (context === 'double quotes') stack.pop();
      else stack.push('double quotes');
    } else if (c === '`') {
      if (context === 'backticks') stack.pop();
      else stack.push('backticks');
    } else if (c === "'" && context !== 'double quotes') {
      stack.push('single quotes');
    }
  }
  return found;
}
