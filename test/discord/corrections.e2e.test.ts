import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/articles/ingest.js';
import type { CorrectionNotices } from '../../src/corrections/notices.js';
import type { PostedAnswer } from '../../src/corrections/posted-answers.js';
import { EXPIRED_MESSAGE } from '../../src/discord/answer-button-handler.js';
import { startCorrectionNotices } from '../../src/discord/corrections/notices.js';
import type { Ticker } from '../../src/ticker.js';
import type { FakeMessage, FakeUser, InteractionRecord } from '../helpers/fake-discord/index.js';
import { logEvents } from '../helpers/log-events.js';
import { NOW, startHarness, type Harness } from './harness.js';
import { embedLimitViolations } from './limits.js';

const NOTICE = 'A cited article was updated after this answer — see Sources';

// One fictional article per test (distinct texts: the same text under another URL is a duplicate).
const ARTICLES: Record<string, string[]> = {
  kept: [
    'The Quayside ferry will run every twenty minutes from Monday, the harbour office said on Tuesday.',
    'Tickets on the Quayside ferry stay free until the end of the month, harbour master Ines Valdez said.',
    'Crews repainted the Quayside landing stage over the weekend and replaced two mooring posts.',
  ],
  changed: [
    'The Brookfield library will open on Sundays from next month, the council said on Wednesday.',
    'Librarian Tomasz Reyes said volunteers would staff the reading room on those afternoons.',
    'The roof of the children’s wing was repaired in the spring after a winter of leaks.',
  ],
  removed: [
    'The Eastgate market will move to the old tram depot in March, traders were told on Thursday.',
    'Market manager Olu Baptiste said forty stalls had already signed up for the new site.',
    'Parking at the depot will be free on weekends during the first three months.',
  ],
  untouched: [
    'The Hillcrest stadium will get new floodlights before the autumn season, the club said on Friday.',
    'Groundskeeper Mara Lindqvist said the pitch would be reseeded in June.',
    'Season ticket prices stay at last year’s level, the club’s treasurer confirmed.',
  ],
  purged: [
    'The Northbank cycle path will be resurfaced over two weeks in August, the roads office said.',
    'Engineer Dev Sandhu said the path would stay open on one side during the work.',
    'A new bridge for cyclists over the canal is planned for the following year.',
  ],
};

type Button = { custom_id: string; label: string };
const button = (m: FakeMessage, label: string): Button => {
  const found = (m.components as Array<{ components: Button[] }>)
    .flatMap((r) => r.components)
    .find((b) => b.label === label);
  if (!found) throw new Error(`no ${label} button`);
  return found;
};
const keyOf = (m: FakeMessage) => button(m, 'Sources').custom_id.split(':')[1]!;
const footerOf = (m: FakeMessage): string => String(m.embeds.at(-1)?.footer?.text ?? '');

describe('corrections: posted answers flagged when a cited article is updated, against the fake Discord', () => {
  let h: Harness;
  let dir: string;
  let notices: CorrectionNotices;
  let user: FakeUser;
  const events = logEvents('debug');
  beforeAll(async () => {
    h = await startHarness({ log: events.log });
    dir = mkdtempSync(join(tmpdir(), 'newsroom-corrections-'));
    user = h.fake.user('editor');
    // The tick is driven by the test; flagging in this process starts an edit pass by itself.
    const ticker: Ticker = { start: () => ({ stop() {} }) };
    notices = startCorrectionNotices(h.bot.ctx, { client: h.bot.client, ticker, log: h.bot.ctx.log });
  });
  afterAll(async () => {
    notices?.stop();
    await h?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Ingests one article (a JSON input with a fixed URL, so a second ingest is an update). */
  async function ingestArticle(slug: string, paragraphs: readonly string[] = ARTICLES[slug]!) {
    const file = join(dir, `${slug}-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(
      file,
      JSON.stringify({
        title: `Town notes (${slug})`,
        text: paragraphs.join('\n\n'),
        url: `https://quay.test/${slug}`,
        outlet: 'Quay Courier',
        published_at: '2026-11-20',
      }),
    );
    const report = await ingest(h.bot.ctx, [file]);
    return report.items[0]!;
  }

  /** A public /summarize of one pinned article in server A, and the post kept for it. */
  async function postAnswer(
    articleId: string,
  ): Promise<{ message: FakeMessage; post: PostedAnswer; record: InteractionRecord }> {
    const record = h.fake.slash({
      command: 'summarize',
      options: { query: 'town notes', article: articleId },
      user,
      guild: h.guildA,
    });
    const outcome = await h.outcome(record);
    if (!('answer' in outcome)) throw new Error(`no answer: ${outcome.ephemeral}`);
    const message = outcome.answer;
    await events.loggedWhere(
      (l) => l.key === keyOf(message) && (l.msg === 'posted answer kept for corrections' || l.level >= 50),
    );
    const kept = await h.bot.ctx.postedAnswers.get(keyOf(message));
    if (!kept) throw new Error('the posted answer was not kept');
    return { message, post: kept, record };
  }

  /** The first span the answer cites from one article. */
  const citedOf = (post: PostedAnswer, articleId: string): string =>
    post.answer.items.flatMap((i) => i.citations).find((c) => c.articleId === articleId)!.text;

  /** The log line of the edit pass about one post: marked, gone, or failed. */
  const markedOrFailed = (key: string) =>
    events.loggedWhere(
      (l) => l.key === key && /^(posted answer|could not mark)/.test(l.msg) && !l.msg.includes('kept'),
    );

  async function sourcesView(message: FakeMessage): Promise<string> {
    const press = h.fake.click({
      message,
      customId: button(message, 'Sources').custom_id,
      user,
      guild: h.guildA,
    });
    const callback = await h.callback(press);
    expect(callback.data.flags).toBe(64);
    return (callback.data.embeds as Array<{ description: string }>).map((e) => e.description).join('\n');
  }

  it('keeps a public answer with its message ids and every cited span with the version it cited', async () => {
    const added = await ingestArticle('kept');
    expect(added.status).toBe('added');
    const { message, post } = await postAnswer(added.id!);
    const article = (await h.store.get(added.id!))!;
    expect(post).toMatchObject({
      guildId: h.guildA.id,
      channelId: h.guildA.channelId,
      messageId: message.id,
      flaggedAt: null,
      editedAt: null,
    });
    const citations = post.answer.items.flatMap((i) => i.citations);
    expect(citations.length).toBeGreaterThan(0);
    for (const c of citations) {
      expect(c.contentHash).toBe(article.contentHash);
      expect(article.text.slice(c.start, c.end)).toBe(c.text);
    }
    expect(await h.bot.ctx.postedAnswers.citing(added.id!)).toHaveLength(
      new Set(citations.map((c) => `${c.start}:${c.end}`)).size,
    );
  });

  it('edits the footer of the posted message when an update changes a cited sentence, and the Sources view gives the new wording', async () => {
    const added = await ingestArticle('changed');
    const { message, post, record } = await postAnswer(added.id!);
    expect(footerOf(message)).not.toContain(NOTICE);
    // Long after the answer: its interaction token has run out, the message is edited without it.
    record.expired = true;
    const cited = citedOf(post, added.id!);
    const sentence = ARTICLES.changed!.find((p) => p.includes(cited))!;
    const rewritten = sentence.replace(/\.$/, ', a spokesperson added.');
    expect(rewritten).not.toBe(sentence);

    const updated = await ingestArticle(
      'changed',
      ARTICLES.changed!.map((p) => (p === sentence ? rewritten : p)),
    );
    expect(updated).toMatchObject({ status: 'updated', id: added.id });

    const marked = await markedOrFailed(post.key);
    expect(marked.msg).toBe('posted answer marked: a cited article was updated');
    const edit = h.fake.state.channelEdits.find((e) => e.messageId === message.id)!;
    expect(edit.channelId).toBe(h.guildA.channelId);
    // The message itself now carries the notice, its buttons untouched, within Discord's limits.
    expect(footerOf(message)).toMatch(new RegExp(`^${NOTICE} · extractive · \\d+ articles? cited`));
    expect(button(message, 'Sources')).toBeDefined();
    expect(embedLimitViolations(message.embeds)).toEqual([]);
    const kept = (await h.bot.ctx.postedAnswers.get(post.key))!;
    expect(kept.flaggedAt).not.toBeNull();
    expect(kept.editedAt).not.toBeNull();

    const view = await sourcesView(message);
    expect(view).toContain(`↳ Updated after this answer. Cited: “${cited}” Now: “${rewritten}”`);
    const copy = h.fake.click({
      message,
      customId: button(message, 'Copy').custom_id,
      user,
      guild: h.guildA,
    });
    const n = post.answer.sources.find((x) => x.articleId === added.id)!.n;
    expect(await h.ephemeral(copy)).toContain(`- [${n}] cited: “${cited}” — now: “${rewritten}”`);
    // The new wording is verbatim in the stored current version.
    expect((await h.store.get(added.id!))!.text).toContain(rewritten);
  });

  it('marks a cited sentence the update took out as removed in the update', async () => {
    const added = await ingestArticle('removed');
    const { message, post } = await postAnswer(added.id!);
    const cited = citedOf(post, added.id!);
    const updated = await ingestArticle(
      'removed',
      ARTICLES.removed!.filter((p) => !p.includes(cited)),
    );
    expect(updated.status).toBe('updated');
    expect((await markedOrFailed(post.key)).msg).toBe('posted answer marked: a cited article was updated');
    expect(footerOf(message)).toMatch(new RegExp(`^${NOTICE}`));
    expect(await sourcesView(message)).toContain(
      `↳ Updated after this answer. Cited: “${cited}” — removed in the update.`,
    );
  });

  it('edits nothing when an update leaves every cited span as it was', async () => {
    const added = await ingestArticle('untouched');
    const { message, post } = await postAnswer(added.id!);
    const edits = h.fake.state.channelEdits.length;
    const updated = await ingestArticle('untouched', [
      ...ARTICLES.untouched!,
      'The harbour office will publish the winter timetable in December.',
    ]);
    expect(updated.status).toBe('updated');
    // A full pass over everything pending edits nothing, and the answer is not flagged.
    expect(await notices.tick()).toBe(0);
    expect(h.fake.state.channelEdits.length).toBe(edits);
    expect(footerOf(message)).not.toContain(NOTICE);
    expect((await h.bot.ctx.postedAnswers.get(post.key))!.flaggedAt).toBeNull();
    expect(await sourcesView(message)).not.toContain('Updated after this answer');
  });

  it('forgets posted answers after 30 days (the buttons then expire), not before', async () => {
    const added = await ingestArticle('purged');
    const { message, post } = await postAnswer(added.id!);
    const day = 86_400_000;
    h.clock.set(new Date(Date.parse(NOW) + 29 * day));
    await notices.tick();
    expect(await h.bot.ctx.postedAnswers.get(post.key)).not.toBeNull();
    // Kept in the store, the answer's buttons outlive the one-day in-memory session.
    expect(await sourcesView(message)).toContain('Town notes (purged)');

    h.clock.set(new Date(Date.parse(NOW) + 30 * day + 60_000));
    await notices.tick();
    expect(await h.bot.ctx.postedAnswers.get(post.key)).toBeNull();
    expect(await h.bot.ctx.postedAnswers.citing(added.id!)).toEqual([]);
    const press = h.fake.click({
      message,
      customId: button(message, 'Sources').custom_id,
      user,
      guild: h.guildA,
    });
    expect(await h.ephemeral(press)).toBe(EXPIRED_MESSAGE);
    h.clock.set(NOW);
  });
});
