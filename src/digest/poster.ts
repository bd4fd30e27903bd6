import type { DigestMessage } from './discord/render.js';

/** Sends a digest message to a channel; returns the ids of the messages sent. */
export interface DigestPoster {
  post(channelId: string, message: DigestMessage): Promise<string[]>;
}
