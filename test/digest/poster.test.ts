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
    const post = { kind: 'empty', date: '2026-11-21', marker: 'nd-20261121-abc123' } as const;
    expect(await poster.post('42', post)).toEqual(['m-1']);
    expect(sent).toEqual([
      {
        ...renderEmptyDigestMessage('2026-11-21', undefined, 'nd-20261121-abc123'),
        allowedMentions: { parse: [] },
      },
    ]);
    await expect(poster.post('43', post)).rejects.toThrow('channel 43 is not a channel the bot can post in');
  });
});

describe('the Discord digest poster looking for an earlier post', () => {
  const BOT = '900';
  const message = (id: string, author: string, footer: string | null, createdTimestamp: number) => ({
    id,
    author: { id: author },
    createdTimestamp,
    embeds: footer === null ? [] : [{ footer: { text: footer } }],
  });
  const clientWith = (messages: ReturnType<typeof message>[] | null) =>
    ({
      user: { id: BOT },
      channels: {
        fetch: async () =>
          messages === null
            ? null
            : {
                isTextBased: () => true,
                messages: { fetch: async () => new Map(messages.map((m) => [m.id, m])) },
              },
      },
    }) as unknown as Client;

  it('returns the bot’s own messages carrying the marker, oldest first, and ignores the rest', async () => {
    const poster = discordDigestPoster(
      clientWith([
        message('m-3', BOT, 'ref nd-20261121-abc123 · 4 articles · UTC · offline', 3),
        message('m-2', '901', 'ref nd-20261121-abc123 · copied by someone else', 2),
        message('m-1', BOT, 'ref nd-20261120-abc123 · 2 articles · UTC · offline', 1),
        message('m-0', BOT, null, 0),
      ]),
    );
    expect(await poster.findPosted('42', 'nd-20261121-abc123')).toEqual(['m-3']);
    expect(await poster.findPosted('42', 'nd-20261122-abc123')).toEqual([]);
  });

  it('throws when the channel cannot be read, rather than reporting no post', async () => {
    await expect(discordDigestPoster(clientWith(null)).findPosted('43', 'nd-1')).rejects.toThrow(
      'channel 43 is not a channel the bot can read',
    );
  });
});
