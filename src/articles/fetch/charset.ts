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
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return meta ? meta[1]! : null;
}

/** Decodes bytes with a charset label; unknown labels fall back to UTF-8. Malformed bytes become U+FFFD. */
export function decodeBytes(bytes: Uint8Array, charset: string): string {
  const label = isKnown(charset) ? charset : 'utf-8';
  return new TextDecoder(label).decode(bytes);
}

function isKnown(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}
