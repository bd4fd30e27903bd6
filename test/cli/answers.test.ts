import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cli, tempDb } from '../helpers/cli.js';

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const seeds = fileURLToPath(new URL('../../../shared/corpus/seeds/', import.meta.url));

interface Citation {
  articleId: string;
  start: number;
  end: number;
  text: string;
  source: number;
  /** The version cited: the content hash of the text the offsets index into. */
  contentHash: string;
}
interface Item {
  text: string;
  quote?: string;
  speaker?: string;
  date?: string;
  dateText?: string;
  citations: Citation[];
}

/** Checks the answer invariants against the stored texts, independently of the verifier. */
async function expectInvariants(
  db: string,
  answer: { items: Item[]; sources: Array<{ n: number; articleId: string }> },
) {
  const stored = new Map<string, { text: string; contentHash: string }>();
  for (const s of answer.sources)
    stored.set(s.articleId, (await cli(['--db', db, '--json', 'show', s.articleId])).json());
  const textOf = (id: string) => stored.get(id)!.text;
  const norm = (s: string) =>
    s
      .replace(/[“”„‟″]/g, '"')
      .replace(/[‘’‚‛′]/g, "'")
      .replace(/[‐‑‒–—―]/g, '-')
      .replace(/\s+/g, ' ');
  for (const item of answer.items) {
    expect(item.citations.length).toBeGreaterThan(0);
    for (const c of item.citations) {
      expect(textOf(c.articleId).slice(c.start, c.end)).toBe(c.text);
      expect(c.contentHash).toBe(stored.get(c.articleId)!.contentHash);
      expect(answer.sources.find((s) => s.n === c.source)?.articleId).toBe(c.articleId);
    }
    if (item.quote) expect(item.citations.some((c) => norm(c.text).includes(norm(item.quote!)))).toBe(true);
  }
}

describe('answers on the command line (sample newsroom)', () => {
  const t = tempDb();
  beforeAll(async () => {
    expect((await cli(['--db', t.db, 'ingest', examples])).code).toBe(0);
  });
  afterAll(() => t.cleanup());

  it('summarizes with 3 to 7 cited sentences from several outlets', async () => {
    const r = await cli(['--db', t.db, '--json', 'summarize', 'harbor', 'bridge', 'closure']);
    expect(r.code).toBe(0);
    const answer = r.json();
    expect(answer).toMatchObject({ kind: 'summary', engine: 'extractive', query: 'harbor bridge closure' });
    expect(answer.items.length).toBeGreaterThanOrEqual(3);
    expect(answer.items.length).toBeLessThanOrEqual(7);
    expect(new Set(answer.sources.map((s: { outlet: string }) => s.outlet)).size).toBeGreaterThan(1);
    await expectInvariants(t.db, answer);
  });

  it('lists who said what with verbatim quotes under full names', async () => {
    const answer = (await cli(['--db', t.db, '--json', 'whosaid', 'bridge'])).json();
    const speakers = new Set(answer.items.map((i: Item) => i.speaker));
    expect(speakers).toContain('Elena Ruiz');
    expect(speakers).toContain('Tomas Okafor');
    expect(
      answer.items.some((i: Item) => i.quote === 'I would rather have angry drivers than a tragedy'),
    ).toBe(true);
    await expectInvariants(t.db, answer);
  });

  it('filters who said what by a surname', async () => {
    const answer = (await cli(['--db', t.db, '--json', 'whosaid', 'bridge', '--speaker', 'okafor'])).json();
    expect(answer.items.length).toBeGreaterThan(0);
    expect(new Set(answer.items.map((i: Item) => i.speaker))).toEqual(new Set(['Tomas Okafor']));
  });

  it('gives a timeline in date order with every date cited', async () => {
    const answer = (await cli(['--db', t.db, '--json', 'timeline', 'bridge'])).json();
    const dates = answer.items.map((i: Item) => i.date);
    expect(dates.length).toBeGreaterThan(2);
    expect([...dates].sort()).toEqual(dates);
    await expectInvariants(t.db, answer);
  });

  it('answers a pinned article in full', async () => {
    const answer = (
      await cli(['--db', t.db, '--json', 'whosaid', '--article', 'example-valleyradio-2026-03-05'])
    ).json();
    expect(new Set(answer.items.map((i: Item) => i.citations[0]!.articleId)).size).toBe(1);
    expect(answer.items.map((i: Item) => i.speaker)).toEqual(
      expect.arrayContaining(['Tomas Okafor', 'Grace Whitfield']),
    );
  });

  it('exits 1 with a clear message when nothing matches', async () => {
    const r = await cli(['--db', t.db, '--json', 'summarize', 'zeppelin', 'regatta']);
    expect(r.code).toBe(1);
    expect(r.json().error.message).toMatch(/^No stored articles match/);
  });

  it('refuses the Claude engine without an API key', async () => {
    const r = await cli(['--db', t.db, 'summarize', 'bridge', '--engine', 'claude']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ANTHROPIC_API_KEY/);
  });

  it('renders footnote markers and a numbered source list as text', async () => {
    const r = await cli(['--db', t.db, 'summarize', 'ferry']);
    expect(r.stdout).toMatch(/\[1\]/);
    expect(r.stdout).toMatch(/^Sources$/m);
    expect(r.stdout).toMatch(/^\[1\] .+ — .+, 2026-03-\d\d, https:\/\//m);
  });

  it('answers the same way in the console', async () => {
    const r = await cli(['--db', t.db, 'console'], {
      stdinText: '/whosaid query:bridge speaker:whitfield\n',
    });
    expect(r.stdout).toContain('Grace Whitfield');
    expect(r.stdout).toContain('People deserve to know how this was missed');
  });
});

describe.skipIf(!existsSync(seeds))('answers over the two seed articles', () => {
  const t = tempDb();
  afterAll(() => t.cleanup());

  it('names Kirby and Watson, gives July without a year, and cites both seeds', async () => {
    expect((await cli(['--db', t.db, 'ingest', seeds])).code).toBe(0);
    const quotes = (await cli(['--db', t.db, '--json', 'whosaid', 'North Korea Russia arms'])).json();
    const speakers = quotes.items.map((i: Item) => i.speaker);
    expect(speakers).toContain('John Kirby');
    expect(speakers).toContain('Adrienne Watson');
    expect(
      quotes.items.some(
        (i: Item) => i.speaker === 'John Kirby' && i.quote === 'significant quantities and multiple types',
      ),
    ).toBe(true);
    await expectInvariants(t.db, quotes);

    const timeline = (await cli(['--db', t.db, '--json', 'timeline', 'North Korea Russia'])).json();
    const july = timeline.items.filter((i: Item) => i.dateText === 'In July');
    expect(july.length).toBeGreaterThan(0);
    expect(july.every((i: Item) => i.date === 'XXXX-07')).toBe(true);
    expect(timeline.items.every((i: Item) => !/^20\d\d/.test(i.date ?? ''))).toBe(true);

    const summary = (await cli(['--db', t.db, '--json', 'summarize', 'north korea'])).json();
    expect(summary.sources).toHaveLength(2);
    await expectInvariants(t.db, summary);
  });

  it('resolves July to 2023 and sorts it before September when a publication date is given', async () => {
    const t2 = tempDb();
    try {
      expect((await cli(['--db', t2.db, 'ingest', seeds, '--published', '2023-09-05'])).code).toBe(0);
      const timeline = (await cli(['--db', t2.db, '--json', 'timeline', 'North Korea Russia'])).json();
      const dates: string[] = timeline.items.map((i: Item) => i.date);
      expect(timeline.items.find((i: Item) => i.dateText === 'In July')?.date).toBe('2023-07');
      const july = dates.indexOf('2023-07');
      const september = dates.findIndex((d) => d.startsWith('2023-09'));
      expect(september).toBeGreaterThan(july);
    } finally {
      t2.cleanup();
    }
  });
});
