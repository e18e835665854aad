// Text that came from a unit (its log, its name) made plain: terminal escape sequences and control characters removed, one definition for every place such text is shown.
import { stripVTControlCharacters } from 'node:util';

/**
 * C0 controls other than tab and newline, DEL, C1 controls, and the Unicode line separators and
 * bidirectional overrides (which can make shown text read differently from what it is).
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Log text as a reader should see it: colour and cursor sequences gone, CRLF and bare CR as newlines, no other control character. */
export function plainText(text: string): string {
  return stripVTControlCharacters(text).replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

/** A name or message on one line: plain, with newlines and tabs as spaces. */
export function plainLine(text: string): string {
  return plainText(text).replace(/[\n\t]/g, ' ');
}
