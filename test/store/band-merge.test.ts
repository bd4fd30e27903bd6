import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../../src/articles/article.js';
import { fixedClock } from '../../src/clock.js';
import { migrate } from '../../src/store/sqlite/migrate.js';
import { SQLITE_MIGRATIONS as MIGRATIONS } from '../../src/app/sqlite-backend.js';
import { SqliteArticleStore } from '../../src/store/sqlite/store.js';
import { ArticleWriter, prepareDraft } from '../../src/store/sqlite/writer.js';
import { BRIDGE_TEXT, draft, FESTIVAL_TEXT, lightlyEdited, SCHOOL_TEXT } from './fixtures.js';

const NOW = '2024-06-01T12:00:00.000Z';
let db: BetterSqlite3.Database;
afterEach(() => db.close());

function setup(merge: { mergeAt: number; checkEvery: number }) {
  db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS);
  const writer = new ArticleWriter(db, merge);
  const save = (d: ArticleDraft) => {
    const result = db.transaction(() => writer.save(prepareDraft(d, { scope: 'global', now: NOW })))();
    if (writer.mergeDue()) db.transaction(() => writer.mergeBands())();
    return result;
  };
  const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return { writer, save, count };
}

describe('recent band keys', () => {
  it('stay in the recent table until there are enough of them', () => {
    const { save, count } = setup({ mergeAt: 1_000, checkEvery: 1 });
    save(draft({ text: BRIDGE_TEXT, title: 'Bridge' }));
    save(draft({ text: SCHOOL_TEXT, title: 'School' }));
    expect(count('article_bands_recent')).toBe(40);
    expect(count('article_bands')).toBe(0);
  });

  it('move to the large table in one merge, all of them', () => {
    const { save, count } = setup({ mergeAt: 40, checkEvery: 20 });
    save(draft({ text: BRIDGE_TEXT, title: 'Bridge' }));
    expect(count('article_bands_recent')).toBe(20);
    save(draft({ text: SCHOOL_TEXT, title: 'School' }));
    expect(count('article_bands_recent')).toBe(0);
    expect(count('article_bands')).toBe(40);
  });

  it('find an original whose keys are in either table', () => {
    const { save } = setup({ mergeAt: 40, checkEvery: 20 });
    const bridge = save(draft({ text: BRIDGE_TEXT, title: 'Bridge' }));
    save(draft({ text: SCHOOL_TEXT, title: 'School' })); // merged: the bridge's keys are in the large table now
    const festival = save(draft({ text: FESTIVAL_TEXT, title: 'Lanterns' })); // recent
    expect(save(draft({ text: lightlyEdited(BRIDGE_TEXT), title: 'Bridge, again' }))).toMatchObject({
      status: 'duplicate',
      duplicateOf: bridge.id,
    });
    const editedFestival = FESTIVAL_TEXT.replace('over the weekend', 'over the long weekend').replace(
      'on Sunday',
      'late on Sunday',
    );
    expect(editedFestival).not.toBe(FESTIVAL_TEXT);
    expect(save(draft({ text: editedFestival, title: 'Lanterns, again' }))).toMatchObject({
      status: 'duplicate',
      duplicateOf: festival.id,
    });
  });

  it('of a removed article leave both tables', () => {
    const { writer, save, count } = setup({ mergeAt: 40, checkEvery: 20 });
    save(draft({ text: BRIDGE_TEXT, title: 'Bridge' }));
    save(draft({ text: SCHOOL_TEXT, title: 'School' }));
    save(draft({ text: FESTIVAL_TEXT, title: 'Lanterns' }));
    db.transaction(() => {
      writer.remove(1);
      writer.remove(3);
    })();
    expect(count('article_bands_recent')).toBe(0);
    expect(count('article_bands')).toBe(20);
  });
});

describe('the store merging recent band keys', () => {
  it('merges after a batch in a transaction of its own and turns foreign keys back on', async () => {
    db = new BetterSqlite3(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS);
    const store = new SqliteArticleStore({
      db,
      path: ':memory:',
      clock: fixedClock(NOW),
      bandMerge: { mergeAt: 40, checkEvery: 20 },
    });
    const results = await store.saveMany(
      [
        draft({ text: BRIDGE_TEXT, title: 'Bridge' }),
        draft({ text: SCHOOL_TEXT, title: 'School' }),
        draft({ text: FESTIVAL_TEXT, title: 'Lanterns' }),
      ],
      { scope: 'global' },
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(db.prepare('SELECT count(*) FROM article_bands_recent').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM article_bands').pluck().get()).toBe(60);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    // Removing an article still takes its merged keys with it (the foreign key cascades).
    expect(await store.remove(results[0]!.ok ? results[0]!.result.id : '')).toBe(true);
    expect(db.prepare('SELECT count(*) FROM article_bands').pluck().get()).toBe(40);
  });
});
