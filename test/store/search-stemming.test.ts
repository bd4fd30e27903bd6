import BetterSqlite3 from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { foldToken } from '../../src/articles/index-terms.js';
import { porterStem } from '../../src/articles/porter-stem.js';
import { migrate } from '../../src/store/sqlite/migrate.js';
import { SQLITE_MIGRATIONS as MIGRATIONS } from '../../src/app/sqlite-backend.js';
import { openSqliteStore, SqliteArticleStore } from '../../src/store/sqlite/index.js';
import { draft, SCHOOL_TEXT } from './fixtures.js';
import { openTestApp, type TestApp } from '../helpers/open-test-app.js';
import { NOW } from './backends.js';

const opened: TestApp[] = [];
afterEach(async () => {
  for (const app of opened.splice(0)) await app.cleanup();
});

/** A fresh SQLite store in a temp folder, closed and deleted after the test. */
async function tempStore(): Promise<{ store: SqliteArticleStore }> {
  const app = await openTestApp({ now: NOW });
  opened.push(app);
  return { store: app.store };
}

/** A fictional article written for these tests. */
const FERRY_TEXT = [
  'Port Ellery, June 2 — Two new ferries entered service on the Ellery Sound crossing on Monday, the harbour board said, after negotiations with the builder ran three months late.',
  'The board ferried more than nine thousand passengers in the first week. Captain Ines Ruvolo said the crossings were calmer than on the old boats.',
  'Commuters had complained for years about cancelled sailings. "We were promised reliability, and now we are getting it," said Tomasz Weir, who travels daily.',
].join('\n\n');

async function ferryStore() {
  const ctx = await tempStore();
  await ctx.store.save(draft({ text: FERRY_TEXT, title: 'New boats join the Sound crossing' }), {
    scope: 'global',
  });
  await ctx.store.save(draft({ text: SCHOOL_TEXT, title: 'Riverside extends the school day' }), {
    scope: 'global',
  });
  return ctx;
}

const spansText = (text: string, spans: ReadonlyArray<{ start: number; end: number }>) =>
  spans.map((s) => text.slice(s.start, s.end));

describe('stemmed search', () => {
  it('finds "ferries" and "ferried" when searching for ferry', async () => {
    const { store } = await ferryStore();
    const [hit, ...rest] = await store.search({ text: 'ferry' });
    expect(rest).toEqual([]);
    expect(hit!.article.title).toBe('New boats join the Sound crossing');
    expect(hit!.snippet).toContain('**ferries**');
    expect(spansText(hit!.article.text, hit!.passages)).toEqual(FERRY_TEXT.split('\n\n').slice(0, 2));
  });

  it('matches inflections in both directions', async () => {
    const { store } = await ferryStore();
    for (const q of ['negotiation', 'complains', 'cancel', 'crossing', 'passenger', 'reliable']) {
      expect(
        (await store.search({ text: q })).map((h) => h.article.title),
        q,
      ).toEqual(['New boats join the Sound crossing']);
    }
  });

  it('keeps phrases in order, each word stemmed', async () => {
    const { store } = await ferryStore();
    expect(await store.search({ text: '"new ferry"' })).toHaveLength(1);
    expect(await store.search({ text: '"ferry new"' })).toEqual([]);
  });

  it('finds the word family of a typed beginning', async () => {
    const { store } = await ferryStore();
    for (const q of ['negotiat*', 'ferr*', 'passeng*', 'reliab*']) {
      const [hit] = await store.search({ text: q });
      expect(hit?.article.title, q).toBe('New boats join the Sound crossing');
    }
    expect(await store.search({ text: 'ferrx*' })).toEqual([]);
  });

  it('does not widen a beginning to words outside its family when FTS5 would stem it shorter', async () => {
    const { store } = await tempStore();
    const herb = 'Cooks in Port Ellery still flavour the spring cakes with tansy from the dunes.';
    const ship = 'A tanker ran aground near Port Ellery, and the tango festival was cancelled.';
    await store.save(draft({ text: herb, title: 'Herb' }), { scope: 'global' });
    await store.save(draft({ text: ship, title: 'Ship' }), { scope: 'global' });
    // FTS5 would stem the token "tans" to "tan" and match tanker and tango too.
    expect((await store.search({ text: 'tansy*' })).map((h) => h.article.title)).toEqual(['Herb']);
    expect((await store.search({ text: 'tan*' })).map((h) => h.article.title).sort()).toEqual([
      'Herb',
      'Ship',
    ]);
    expect(await store.search({ text: 'tansyq*' })).toEqual([]);
    expect((await store.search({ text: 'tansyq* tanker' })).map((h) => h.article.title)).toEqual(['Ship']);
  });

  it('marks exactly the words the index matched, at their offsets in the stored text', async () => {
    const { store } = await ferryStore();
    const [hit] = await store.search({ text: 'ferry captain' });
    const bold = [...hit!.snippet.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1]);
    expect(bold).toEqual(['ferried', 'Captain']);
    const text = hit!.article.text;
    expect(spansText(text, hit!.passages)).toEqual([
      FERRY_TEXT.split('\n\n')[1],
      FERRY_TEXT.split('\n\n')[0],
    ]);
  });

  it('never fails on words the stemmer shortens or leaves alone', async () => {
    const { store } = await ferryStore();
    for (const q of [
      'ies',
      's*',
      'ing*',
      'ed*',
      'e*',
      'ationalization*',
      'x'.repeat(70),
      'y*',
      'sses',
      '“ferry”*',
    ]) {
      await expect(store.search({ text: q }), q).resolves.toBeInstanceOf(Array);
    }
  });
});

describe('the stemmer used outside the database', () => {
  function sqliteStems(words: readonly string[]): string[] {
    const db = new BetterSqlite3(':memory:');
    db.exec(`CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'porter unicode61 remove_diacritics 2');
      CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance');`);
    const insert = db.prepare('INSERT INTO t (rowid, x) VALUES (?, ?)');
    words.forEach((w, i) => insert.run(i + 1, w));
    const byDoc = new Map(
      (db.prepare('SELECT doc, term FROM v').all() as Array<{ doc: number; term: string }>).map((r) => [
        r.doc,
        r.term,
      ]),
    );
    db.close();
    return words.map((_, i) => byDoc.get(i + 1)!);
  }

  it('stems every word exactly as the FTS5 porter tokenizer does', () => {
    const words = `ferries ferried ferry caresses ponies ties caress cats feed agreed plastered bled
      motoring sing conflated troubled sized hopping tanned falling hissing fizzed failing filing
      happy sky relational conditional rational valenci hesitanci digitizer conformabli radicalli
      differentli vileli analogousli vietnamization predication operator feudalism decisiveness
      hopefulness callousness formaliti sensitiviti sensibiliti triplicate formative formalize
      electriciti electrical hopeful goodness revival allowance inference airliner gyroscopic
      adjustable defensible irritant replacement adjustment dependent adoption homologou
      communism activate angulariti homologous effective bowdlerize probate rate cease controll roll
      generalizations negotiations aed eed ied oed 1990s über naïve café straße ελληνικά`.split(/\s+/);
    const folded = words.map(foldToken);
    expect(folded.map(porterStem)).toEqual(sqliteStems(folded));
  });

  const corpus = join(process.cwd(), '..', 'shared', 'corpus');
  describe.skipIf(!existsSync(corpus))('on the real corpus (../shared/corpus)', () => {
    it('stems every word of the corpus articles as FTS5 does', () => {
      const words = new Set<string>();
      for (const collection of ['polnear', 'wikinews', 'seeds']) {
        for (const file of readdirSync(join(corpus, collection))) {
          const { text } = JSON.parse(readFileSync(join(corpus, collection, file), 'utf8')) as {
            text: string;
          };
          for (const m of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) words.add(foldToken(m[0]));
        }
      }
      const list = [...words];
      expect(list.length).toBeGreaterThan(3000);
      expect(list.map(porterStem)).toEqual(sqliteStems(list));
    });
  });
});

describe('upgrading a database indexed without stemming', () => {
  it('re-indexes every stored article, duplicates included, so they are found by stem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsroom-stem-upgrade-'));
    const path = join(dir, 'news.db');
    try {
      // The database as the previous program left it: every migration before the stemmed index.
      const db = new BetterSqlite3(path);
      migrate(
        db,
        MIGRATIONS.filter((m) => m.name !== 'stemmed-fulltext'),
      );
      const old = new SqliteArticleStore({ db, path, clock: fixedClock(NOW) });
      await old.save(draft({ text: FERRY_TEXT, title: 'New boats join the Sound crossing' }), {
        scope: 'global',
      });
      await old.save(draft({ text: FERRY_TEXT, title: 'Copy', url: 'https://wire.example/ferries' }), {
        scope: 'global',
      });
      expect(await old.search({ text: 'ferry' })).toEqual([]);
      await old.close();

      const upgraded = await openSqliteStore({ path, clock: fixedClock(NOW), migrations: MIGRATIONS });
      const hits = await upgraded.search({ text: 'ferry', includeDuplicates: true });
      expect(hits.map((h) => h.article.title).sort()).toEqual(['Copy', 'New boats join the Sound crossing']);
      expect(upgraded.db.prepare('SELECT count(*) FROM articles_fts').pluck().get()).toBe(2);
      expect(upgraded.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
      await upgraded.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
