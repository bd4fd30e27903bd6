import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftOf, type Fixture } from './fixtures.js';
import { NOW, startHarness, type Harness } from './harness.js';

const PIER: Fixture = {
  title: 'Pier reopens after repairs',
  outlet: 'Quay Herald',
  url: 'https://quayherald.test/pier-reopens',
  publishedAt: '2026-02-03',
  paragraphs: ['The pier will reopen on Monday.', 'Divers checked it twice.'],
};

describe('/article show lists corrections, against the fake Discord', () => {
  let h: Harness;
  let id: string;
  beforeAll(async () => {
    h = await startHarness();
    id = (await h.store.save(draftOf(PIER), { scope: 'global', now: NOW })).id;
    const corrected = {
      ...PIER,
      paragraphs: ['The pier will reopen on Tuesday.', 'Divers checked it twice.'],
    };
    expect((await h.store.save(draftOf(corrected), { scope: 'global', now: NOW })).status).toBe('updated');
  });
  afterAll(async () => {
    await h?.dispose();
  });

  it('shows how often the article was updated and how much the last update changed', async () => {
    const r = h.fake.slash({
      command: 'article',
      subcommand: 'show',
      options: { article: id },
      user: h.fake.user('reader'),
      guild: h.guildB,
    });
    const cb = await h.callback(r);
    expect(cb.data.flags).toBe(64);
    expect(cb.data.embeds[0].fields).toContainEqual({
      name: 'Versions',
      value: 'Updated 1 time; last: 1 sentence changed',
      inline: false,
    });
  });

  it('shows no Versions field for an article never updated', async () => {
    const [hit] = await h.store.search({ text: 'arms deal officials', limit: 1 });
    const r = h.fake.slash({
      command: 'article',
      subcommand: 'show',
      options: { article: hit!.article.id },
      user: h.fake.user('reader2'),
      guild: h.guildB,
    });
    const fields = (await h.callback(r)).data.embeds[0].fields as Array<{ name: string }>;
    expect(fields.map((f) => f.name)).not.toContain('Versions');
  });
});
