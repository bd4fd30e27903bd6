import { describe, expect, it } from 'vitest';
import type { Client } from 'discord.js';
import { discordDigestPoster } from '../../src/discord/digest/poster.js';
import { renderEmptyDigestMessage } from '../../src/discord/digest/render.js';

describe('the Discord digest poster', () => {
  it('sends to the channel with mentions disabled and returns the message id', async () => {
    const sent: unknown[] = [];
    const client = {
      channels: {
        fetch: async (id: string) =>
          id === '42'
            ? { isSendable: () => true, send: async (m: unknown) => (sent.push(m), { id: 'm-1' }) }
            : null,
      },
    } as unknown as Client;
    const poster = discordDigestPoster(client);
    const post = { kind: 'empty', date: '2026-11-21' } as const;
    expect(await poster.post('42', post)).toEqual(['m-1']);
    expect(sent).toEqual([{ ...renderEmptyDigestMessage('2026-11-21'), allowedMentions: { parse: [] } }]);
    await expect(poster.post('43', post)).rejects.toThrow('channel 43 is not a channel the bot can post in');
  });
});
