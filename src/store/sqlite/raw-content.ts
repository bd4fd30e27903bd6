import { deflateRawSync, inflateRawSync } from 'node:zlib';

// Below this size compression saves too little to be worth a BLOB.
const MIN_COMPRESS = 1_024;

/**
 * The raw input is kept only for re-cleaning later and is rarely read, so it is stored
 * deflate-compressed (a BLOB) when that makes it smaller; short inputs stay plain text. Reading
 * accepts both, so databases written before compression still read back.
 */
export function encodeRaw(content: string): string | Buffer {
  if (content.length < MIN_COMPRESS) return content;
  const packed = deflateRawSync(Buffer.from(content, 'utf8'), { level: 1 });
  return packed.length < Buffer.byteLength(content, 'utf8') ? packed : content;
}

export function decodeRaw(stored: string | Buffer): string {
  return typeof stored === 'string' ? stored : inflateRawSync(stored).toString('utf8');
}
