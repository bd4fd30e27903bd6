import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VerifiedAnswer } from '../../src/answers/answer.js';
import type { App } from '../../src/app/app.js';
import { ingest } from '../../src/articles/ingest.js';
import { citationChanges } from '../../src/corrections/changes.js';
import type { NewPostedAnswer } from '../../src/corrections/posted-answers.js';
import { openPostgresTestApp } from '../helpers/open-postgres-test-app.js';
import { openTestApp } from '../helpers/open-test-app.js';
import { postgresAvailable } from '../helpers/postgres.js';

const NOW = '2026-05-04T10:00:00.000Z';
const GUILD = '200000000000000001';
const OTHER_GUILD = '200000000000000002';

const PIER = [
  'The Saltmarsh pier will reopen on Tuesday after repairs, the harbour board said.',
  'Divers checked the pilings twice and found no further damage.',
  'The board thanked the volunteers who cleared the debris.',
];
const MILL = [
  'The Weaver mill museum will charge five pounds for entry from June, the trust said.',
  'Children under twelve will still get in free on weekdays.',
  'The trust plans a new exhibition on the mill workers’ strike of 1911.',
];

type TestApp = App & { dir: string; clock: { set(to: string): void }; cleanup(): Promise<void> };

/** The same suite on both stores; the Postgres one is skipped when its server is unreachable. */
const BACKENDS: Array<{ name: string; available: boolean; open: () => Promise<TestApp> }> = [
  { name: 'sqlite', available: true, open: () => openTestApp({ now: NOW }) },
  { name: 'postgres', available: postgresAvailable, open: () => openPostgresTestApp({ now: NOW }) },
];

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`posted answers on ${backend.name}`, () => {
    let app: TestApp;
    beforeEach(async () => {
      app = await backend.open();
    });
    afterEach(async () => {
      await app?.cleanup();
    });

    /** Ingests one article through the ingest path the bot and the CLI use (its afterSave included). */
    async function ingestText(slug: string, paragraphs: readonly string[], scope?: string) {
      const file = join(app.dir, `${slug}-${Math.random().toString(36).slice(2)}.json`);
      writeFileSync(
        file,
        JSON.stringify({
          title: slug,
          text: paragraphs.join('\n\n'),
          url: `https://example.test/${slug}`,
          outlet: 'Test Post',
        }),
      );
      const [item] = (await ingest(app, [file], scope ? { scope } : {})).items;
      return item!;
    }

    async function answerAbout(id: string, guild?: string): Promise<VerifiedAnswer> {
      const engine = await app.answerEngine('extractive');
      return engine.answer({ kind: 'summary', query: '', articles: [id], ...(guild ? { guild } : {}) });
    }

    const post = (
      key: string,
      answer: VerifiedAnswer,
      over: Partial<NewPostedAnswer> = {},
    ): NewPostedAnswer => ({
      key,
      guildId: GUILD,
      channelId: '300000000000000001',
      messageId: `4000000000000000${key.length}`,
      interactionId: '500000000000000001',
      userId: '600000000000000001',
      answer,
      read: 1,
      postedAt: NOW,
      ...over,
    });

    it('keeps a post with every cited span and the version it cited; a second track of the key changes nothing', async () => {
      const { id } = await ingestText('pier', PIER);
      const answer = await answerAbout(id!);
      const article = (await app.store.get(id!))!;
      await app.postedAnswers.track(post('aaaaaaaaaa', answer));
      await app.postedAnswers.track(post('aaaaaaaaaa', { ...answer, query: 'changed' }, { messageId: '9' }));
      const kept = (await app.postedAnswers.get('aaaaaaaaaa'))!;
      expect(kept).toMatchObject({ guildId: GUILD, page: 0, flaggedAt: null, editedAt: null, postedAt: NOW });
      expect(kept.answer).toEqual(JSON.parse(JSON.stringify(answer)));
      expect(kept.messageId).not.toBe('9');
      const spans = await app.postedAnswers.citing(id!);
      const cited = answer.items.flatMap((i) => i.citations);
      expect(spans).toHaveLength(new Set(cited.map((c) => c.start)).size);
      for (const s of spans) {
        expect(s).toMatchObject({ key: 'aaaaaaaaaa', articleId: id, contentHash: article.contentHash });
        expect(article.text.slice(s.start, s.end)).toBe(s.text);
      }
      await app.postedAnswers.setPage('aaaaaaaaaa', 2);
      expect((await app.postedAnswers.get('aaaaaaaaaa'))!.page).toBe(2);
      expect(await app.postedAnswers.get('bbbbbbbbbb')).toBeNull();
    });

    it('flags a post when an update changes a span it cites, once; an update that keeps every cited span flags nothing', async () => {
      const pier = (await ingestText('pier', PIER)).id!;
      const mill = (await ingestText('mill', MILL)).id!;
      const pierAnswer = await answerAbout(pier);
      const millAnswer = await answerAbout(mill);
      await app.postedAnswers.track(post('pierpierpi', pierAnswer));
      await app.postedAnswers.track(post('millmillmi', millAnswer));
      const flagged: string[][] = [];
      app.corrections.onFlagged((keys) => flagged.push(keys));

      const citedPier = pierAnswer.items[0]!.citations[0]!.text;
      app.clock.set('2026-05-05T10:00:00.000Z');
      expect(
        (
          await ingestText(
            'pier',
            PIER.map((p) => (p === citedPier ? p.replace('Tuesday', 'Thursday') : p)),
          )
        ).status,
      ).toBe('updated');
      expect((await ingestText('mill', [...MILL, 'The café reopens in July.'])).status).toBe('updated');

      expect(flagged).toEqual([['pierpierpi']]);
      expect((await app.postedAnswers.get('pierpierpi'))!.flaggedAt).toBe('2026-05-05T10:00:00.000Z');
      expect((await app.postedAnswers.get('millmillmi'))!.flaggedAt).toBeNull();
      expect((await app.postedAnswers.pendingEdits(10)).map((p) => p.key)).toEqual(['pierpierpi']);
      // A flagged post is not looked at again; flagging it twice flags nothing.
      expect(await app.postedAnswers.citing(pier)).toEqual([]);
      expect(await app.postedAnswers.flag(['pierpierpi'], NOW)).toEqual([]);
      await app.postedAnswers.markEdited('pierpierpi', '2026-05-05T10:01:00.000Z');
      expect(await app.postedAnswers.pendingEdits(10)).toEqual([]);
      expect((await app.postedAnswers.get('pierpierpi'))!.editedAt).toBe('2026-05-05T10:01:00.000Z');
    });

    it('says what replaced a changed citation (verbatim in the current version) or that it was removed', async () => {
      const pier = (await ingestText('pier', PIER)).id!;
      const answer = await answerAbout(pier);
      const cited = [...new Set(answer.items.flatMap((i) => i.citations.map((c) => c.text)))];
      expect(cited.length).toBeGreaterThanOrEqual(2);
      const [first, second] = cited as [string, string];
      const rewritten = first.replace(/\.$/, ', a spokesperson said on Monday.');
      await ingestText(
        'pier',
        PIER.filter((p) => p !== second).map((p) => (p === first ? rewritten : p)),
      );
      const current = (await app.store.get(pier))!;
      const changes = await citationChanges(answer, app.store, {});
      expect(changes.map((c) => [c.cited, c.fate, c.now.map((s) => s.text)])).toEqual(
        expect.arrayContaining([
          [first, 'replaced', [rewritten]],
          [second, 'removed', []],
        ]),
      );
      for (const c of changes) {
        expect(c.contentHash).toBe(current.contentHash);
        expect(c.source).toBe(1);
        for (const s of c.now) expect(current.text.slice(s.start, s.end)).toBe(s.text);
      }
      // Seen from a server where the article is not visible, nothing is said about it.
      const own = (await ingestText('own', MILL, OTHER_GUILD)).id!;
      const ownAnswer = await answerAbout(own, OTHER_GUILD);
      await ingestText('own', MILL.slice(1), OTHER_GUILD);
      expect(await citationChanges(ownAnswer, app.store, { guild: GUILD })).toEqual([]);
      expect(await citationChanges(ownAnswer, app.store, { guild: OTHER_GUILD })).toHaveLength(1);
    });

    it('forgets posts older than a given time and a removed server’s posts, with their cited spans', async () => {
      const pier = (await ingestText('pier', PIER)).id!;
      const answer = await answerAbout(pier);
      await app.postedAnswers.track(post('oldoldoldo', answer, { postedAt: '2026-04-01T09:00:00.000Z' }));
      await app.postedAnswers.track(post('newnewnewn', answer, { postedAt: '2026-05-01T09:00:00.000Z' }));
      await app.postedAnswers.track(post('elsewhere1', answer, { guildId: OTHER_GUILD }));
      expect(await app.postedAnswers.purge('2026-04-04T10:00:00.000Z')).toBe(1);
      expect(await app.postedAnswers.get('oldoldoldo')).toBeNull();
      expect(new Set((await app.postedAnswers.citing(pier)).map((s) => s.key))).toEqual(
        new Set(['newnewnewn', 'elsewhere1']),
      );
      expect(await app.postedAnswers.forget(OTHER_GUILD)).toBe(1);
      expect(new Set((await app.postedAnswers.citing(pier)).map((s) => s.key))).toEqual(
        new Set(['newnewnewn']),
      );
      expect(await app.postedAnswers.get('newnewnewn')).not.toBeNull();
    });
  });
}
