import type { Digest } from './digest.js';

/** What the scheduler hands to a poster: a day's digest, or the note for a day without news. */
export type DigestPost =
  | { kind: 'digest'; digest: Digest; note?: string | undefined }
  | { kind: 'empty'; date: string; note?: string | undefined };

/** Sends a digest to a channel (the surface renders it); returns the ids of the messages sent. */
export interface DigestPoster {
  post(channelId: string, post: DigestPost): Promise<string[]>;
}
