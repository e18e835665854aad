// Text as XML 1.0 allows it (JUnit files): unit output may contain anything, XML forbids most control characters.
import { plainText } from './control-chars.js';

// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/g;

/** Plain text with what XML 1.0 cannot hold removed; the XML builder escapes the rest. */
export function xmlText(text: string): string {
  return plainText(text).replace(INVALID_XML, '');
}
