import type http from 'node:http';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { UserError } from '../../errors.js';
import { formatBytes } from '../sources/read-file.js';

/** Reads the body, decompressing it, and stops as soon as it exceeds the cap. */
export async function readCapped(res: http.IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = (): UserError =>
    new UserError(`response is larger than the ${formatBytes(maxBytes)} limit`);
  const declared = Number(res.headers['content-length']);
  const encoding = (res.headers['content-encoding'] ?? 'identity').toLowerCase().trim();
  if (encoding === 'identity' && Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    throw tooLarge();
  }
  const stream: Readable =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? res.pipe(createGunzip())
      : encoding === 'deflate'
        ? res.pipe(createInflate())
        : encoding === 'br'
          ? res.pipe(createBrotliDecompress())
          : res;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) throw tooLarge();
      chunks.push(chunk as Buffer);
    }
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`could not read the response: ${(err as Error).message}`);
  } finally {
    res.destroy();
    if (stream !== res) stream.destroy();
  }
  return Buffer.concat(chunks);
}
