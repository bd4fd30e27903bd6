import { createHash } from 'node:crypto';
import type { Digest } from './digest.js';

/**
 * What the scheduler hands to a poster: a day's digest, or the note for a day without news. The
 * marker identifies the (server, date) digest; the surface shows it with the message so a later
 * attempt can find a post that went out but was never recorded.
 */
export type DigestPost =
  | { kind: 'digest'; digest: Digest; marker: string; note?: string | undefined }
  | { kind: 'empty'; date: string; marker: string; note?: string | undefined };

/** Sends a digest to a channel (the surface renders it); returns the ids of the messages sent. */
export interface DigestPoster {
  post(channelId: string, post: DigestPost): Promise<string[]>;
  /**
   * The ids of the bot's own recent messages in the channel that carry `marker` (empty when none).
   * Throws when the channel cannot be read: the caller must then not assume the digest is absent.
   */
  findPosted(channelId: string, marker: string): Promise<string[]>;
}

/** The marker of a server's digest for a date: short, stable across attempts and processes. */
export function digestMarker(guildId: string, date: string): string {
  const server = createHash('sha256').update(guildId).digest('hex').slice(0, 6);
  return `nd-${date.replaceAll('-', '')}-${server}`;
}
