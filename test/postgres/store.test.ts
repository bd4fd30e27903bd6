import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../../src/articles/article.js';
import { POSTGRES_MIGRATIONS } from '../../src/app/postgres-backend.js';
import { fixedClock } from '../../src/clock.js';
import { migratePostgres } from '../../src/store/postgres/migrate.js';
import { openPostgresStore, PgDatabase, type PostgresArticleStore } from '../../src/store/postgres/index.js';
import { adminQuery, createTestSchema, postgresAvailable, type TestSchema } from '../helpers/postgres.js';
import { draft } from '../store/fixtures.js';

const NOW = '2024-06-01T12:00:00.000Z';
const schemas: TestSchema[] = [];
const stores: PostgresArticleStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  for (const s of schemas.splice(0)) await s.drop();
});

async function freshSchema(): Promise<TestSchema> {
  const s = await createTestSchema();
  schemas.push(s);
  return s;
}

/** A store on its own connection pool: to Postgres, another process. */
async function open(url: string): Promise<PostgresArticleStore> {
  const store = await openPostgresStore({ url, clock: fixedClock(NOW), migrations: POSTGRES_MIGRATIONS });
  stores.push(store);
  return store;
}

/** Distinct texts long enough for near-duplicate detection (no two share a five-word run). */
function texts(n: number): string[] {
  return Array.from({ length: n }, (_, i) =>
    [0, 1, 2]
      .map((p) => Array.from({ length: 30 }, (_, j) => `w${i}p${p}n${j}`).join(' ') + '.')
      .join('\n\n'),
  );
}

/** The same text with two words changed, as a copy editor would. */
function edited(text: string): string {
  return text.replace(/n3 /, 'n3 and ').replace(/n20 /, 'n20 also ');
}

describe.skipIf(!postgresAvailable)('the Postgres store', () => {
  it('finds words by their English stem and marks the stemmed words in the passages', async () => {
    const store = await open((await freshSchema()).url);
    const text =
      'The island was cut off.\n\nOne ferry still ran on Sunday, the council said.\n\nNothing else changed.';
    const { id } = await store.save(draft({ text, title: 'Island cut off' }), { scope: 'global' });
    for (const q of ['ferries', 'FERRY', 'ferrying', 'councils']) {
      const [hit] = await store.search({ text: q });
      expect(hit?.article.id, q).toBe(id);
      expect(
        hit!.passages.map((p) => text.slice(p.start, p.end)),
        q,
      ).toEqual(['One ferry still ran on Sunday, the council said.']);
    }
    expect((await store.search({ text: 'ferries' }))[0]!.snippet).toBe(
      'One **ferry** still ran on Sunday, the council said.',
    );
  });

  it('applies each migration once when several processes start on a new database at once', async () => {
    const { url } = await freshSchema();
    const dbs = await Promise.all([1, 2, 3].map(() => PgDatabase.open({ url, max: 2 })));
    try {
      const applied = await Promise.all(dbs.map((db) => migratePostgres(db, POSTGRES_MIGRATIONS)));
      expect(applied.flat().sort((a, b) => a - b)).toEqual(POSTGRES_MIGRATIONS.map((m) => m.version));
      expect(applied.filter((a) => a.length > 0)).toHaveLength(1);
      const rows = await adminQuery<{ version: number }>(
        'SELECT version FROM schema_migrations ORDER BY version',
        [],
        url,
      );
      expect(rows.map((r) => r.version)).toEqual(POSTGRES_MIGRATIONS.map((m) => m.version));
    } finally {
      for (const db of dbs) await db.close();
    }
  });

  it('refuses a database written by a newer program', async () => {
    const { url } = await freshSchema();
    await open(url);
    await adminQuery("INSERT INTO schema_migrations (version, name) VALUES (1000, 'future')", [], url);
    await expect(open(url)).rejects.toThrow(/newer than this program supports/);
  });

  it('never stores two originals when two processes save the same texts under other URLs at once', async () => {
    const { url } = await freshSchema();
    const [a, b] = await Promise.all([open(url), open(url)]);
    const all = texts(12);
    const copies = (outlet: string, edit: (t: string) => string): ArticleDraft[] =>
      all.map((t, i) =>
        draft({ text: edit(t), title: `Report ${i}`, url: `https://${outlet}.example/${i}`, outlet }),
      );
    const [ra, rb] = await Promise.all([
      Promise.all(copies('first', (t) => t).map((d) => a.save(d, { scope: 'global' }))),
      Promise.all(copies('second', edited).map((d) => b.save(d, { scope: 'global' }))),
    ]);
    for (let i = 0; i < all.length; i++) {
      const pair = [ra[i]!, rb[i]!];
      expect(pair.map((r) => r.status).sort(), `report ${i}`).toEqual(['added', 'duplicate']);
      const original = pair.find((r) => r.status === 'added')!;
      expect(pair.find((r) => r.status === 'duplicate')!.duplicateOf).toBe(original.id);
    }
    const stats = await a.stats();
    expect([stats.articles, stats.duplicates]).toEqual([12, 12]);
  });

  it('decides one added and one unchanged when two processes save the same article at once', async () => {
    const { url } = await freshSchema();
    const [a, b] = await Promise.all([open(url), open(url)]);
    const drafts = texts(10).map((t, i) =>
      draft({ text: t, title: `Report ${i}`, url: `https://same.example/${i}` }),
    );
    const [ra, rb] = await Promise.all([
      a.saveMany(drafts, { scope: 'global' }),
      b.saveMany([...drafts].reverse(), { scope: 'global' }),
    ]);
    const statuses = [...ra, ...rb].map((r) => (r.ok ? r.result.status : 'failed'));
    expect(statuses.filter((s) => s === 'added')).toHaveLength(10);
    expect(statuses.filter((s) => s === 'unchanged')).toHaveLength(10);
    expect(await b.version()).toBe(10);
    expect(await a.version()).toBe(10);
  });
});
