/**
 * Character set detection and decoding for fetched pages and HTML files: a BOM first, then the
 * Content-Type header's charset, then a `<meta charset>` / http-equiv or XML declaration in the
 * first bytes, else UTF-8. Node ships full ICU, so legacy encodings (windows-1252, shift_jis) decode.
 */

const SNIFF_BYTES = 2048;

/** The charset label a byte sequence should be decoded with (lower-case, as declared). */
export function detectCharset(bytes: Uint8Array, contentType?: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  const header = contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType) : null;
  if (header && isKnown(header[1]!)) return header[1]!.toLowerCase();
  const declared = declaredCharset(bytes);
  if (declared && isKnown(declared)) return declared.toLowerCase();
  return 'utf-8';
}

/** A charset declared inside the document: `<meta charset>`, http-equiv Content-Type, or `<?xml encoding>`. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // Latin-1 maps each byte to one character, so ASCII markup reads the same in any encoding.
  const head = Buffer.from(bytes.subarray(0, SNIFF_BYTES)).toString('latin1');
  const meta =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return meta ? meta[1]! : null;
}

/** Decodes bytes with a charset label; unknown labels fall back to UTF-8. Malformed bytes become U+FFFD. */
export function decodeBytes(bytes: Uint8Array, charset: string): string {
  const decoder = new TextDecoder(isKnown(charset) ? charset : 'utf-8');
  // Node 20 decodes windows-1252 (and its aliases latin1, iso-8859-1, ascii) as ISO-8859-1,
  // leaving 0x80–0x9F as C1 controls; news pages use those bytes for €, curly quotes and dashes.
  if (decoder.encoding === 'windows-1252') return decodeWindows1252(bytes);
  return decoder.decode(bytes);
}

// WHATWG windows-1252 for 0x80–0x9F (the five undefined bytes map to their C1 code points).
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes)
    .toString('latin1')
    .replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

function isKnown(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}
