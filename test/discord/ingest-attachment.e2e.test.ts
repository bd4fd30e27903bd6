import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../helpers/fake-discord/index.js';
import { startHarness, type Harness } from './harness.js';

const ADMIN = PERMISSIONS.member | PERMISSIONS.manageGuild;

// A fictional article written for this test.
const NOTES = `---
title: Lighthouse keeper retires after forty years
author: Mira Salo
---

# Lighthouse keeper retires after forty years

Arvo Lind, who kept the Kallio Point light since 1986, handed over the keys on Friday, the
coast authority said. The light will be run remotely from the harbour office.
`;

describe('/ingest of a Markdown attachment', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.dispose();
  });

  it.each([
    ['keeper.md', 'text/markdown; charset=utf-8'],
    ['keeper-2.md', 'application/octet-stream'],
  ])('adds %s sent as %s', async (name, contentType) => {
    const file = h.fake.attach(name, NOTES.replace('Friday', name), contentType);
    const r = h.fake.slash({
      command: 'ingest',
      options: { attachment: file },
      user: h.fake.user('editor'),
      guild: h.guildB,
      permissions: ADMIN,
    });
    const done = await h.fake.state.waitFor(() =>
      r.original?.content && !r.original.content.startsWith('Adding') ? r.original.content : undefined,
    );
    expect(done).toBe('Added 1 article for this server');
    const [hit] = await h.store.search({ text: `kallio ${name}`, guild: h.guildB.id });
    expect(hit?.article.title).toBe('Lighthouse keeper retires after forty years');
    expect(hit?.article.byline).toBe('Mira Salo');
    expect(hit?.article.text).not.toContain('title:');
  });
});
