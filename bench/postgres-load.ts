import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { draftFromText } from '../src/articles/formats/text.js';
import { articleIdFor, contentHash } from '../src/articles/identity.js';
import type { Logger } from '../src/log.js';
import type { PgDatabase } from '../src/store/postgres/index.js';
import { dayNumber } from '../src/store/sqlite/rows.js';
import { BENCH_NOW } from './corpus-db.js';
import type { SyntheticCorpus } from './synthetic.js';

const run = promisify(execFile);

/** Memory for the one GIN build (this session only; the server default is 64 MB). */
export const INDEX_MEMORY = '2GB';

/** Articles per COPY batch: a few tens of MB of TSV. */
const BATCH = 10_000;

export interface LoadStats {
  articles: number;
  loadSeconds: number;
  indexSeconds: number;
  analyzeSeconds: number;
  /** Set when an earlier run's archive was kept. */
  reused?: boolean;
}

/**
 * Bulk-loads synthetic articles [from, to) into a migrated, empty Postgres store for search
 * timing at sizes the ingest path would take hours to fill: each batch is read through
 * `draftFromText` as ingest does, written as TSV and loaded with `\copy` (psql) into a staging
 * table, then moved into `articles` and `article_bodies` with the same weighted vector the writer
 * builds. The GIN index is dropped first and built once at the end. Near-duplicate band keys are
 * not computed (search does not read them). Two batches are in flight: one being generated here
 * while Postgres moves the previous one.
 */
export async function bulkLoad(o: {
  db: PgDatabase;
  url: string;
  synthetic: SyntheticCorpus;
  from: number;
  to: number;
  workDir: string;
  log: Logger;
}): Promise<LoadStats> {
  const t0 = performance.now();
  await o.db.query('DROP INDEX IF EXISTS articles_search');
  await o.db.query(
    'CREATE UNLOGGED TABLE IF NOT EXISTS load_articles (LIKE articles INCLUDING DEFAULTS, text text, raw bytea)',
  );
  await o.db.query('ALTER TABLE load_articles ALTER COLUMN search DROP NOT NULL');
  let moving: Promise<unknown> = Promise.resolve();
  for (let start = o.from; start < o.to; start += BATCH) {
    const end = Math.min(o.to, start + BATCH);
    const file = join(o.workDir, `load-${start}.tsv`);
    writeFileSync(file, tsv(o.synthetic, start, end));
    await moving;
    moving = move(o.url, o.db, file).finally(() => rmSync(file, { force: true }));
    if (end % 100_000 === 0)
      o.log.info(
        { articles: end, minutes: Number(((performance.now() - t0) / 60_000).toFixed(1)) },
        'bulk-loading the postgres archive',
      );
  }
  await moving;
  await o.db.query('DROP TABLE load_articles');
  await o.db.query(
    "SELECT setval(pg_get_serial_sequence('articles', 'seq'), (SELECT max(seq) FROM articles))",
  );
  const loadSeconds = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  o.log.info({ articles: o.to - o.from, loadSeconds }, 'building the GIN index');
  const client = await o.db.checkout();
  try {
    // Per session: a GIN build with room for its whole pending list writes far fewer merge passes.
    await client.query(`SET maintenance_work_mem = '${INDEX_MEMORY}'`);
    await client.query('CREATE INDEX articles_search ON articles USING gin (search)');
  } finally {
    client.release();
  }
  const indexSeconds = (performance.now() - t1) / 1000;
  const t2 = performance.now();
  await o.db.query('VACUUM ANALYZE articles');
  return {
    articles: o.to - o.from,
    loadSeconds,
    indexSeconds,
    analyzeSeconds: (performance.now() - t2) / 1000,
  };
}

async function move(url: string, db: PgDatabase, file: string): Promise<void> {
  await run('psql', [
    url,
    '-v',
    'ON_ERROR_STOP=1',
    '-qc',
    `\\copy load_articles (seq, id, title, outlet, published_at, published_at_source, ingested_at, sort_day, language, content_hash, scope, text, raw) FROM '${file}'`,
  ]);
  await db.transaction(async (tx) => {
    await tx.query(`INSERT INTO articles (seq, id, title, outlet, published_at, published_at_source, ingested_at, sort_day,
        language, content_hash, scope, is_example, search)
      SELECT seq, id, title, outlet, published_at, published_at_source, ingested_at, sort_day, language, content_hash,
        scope, false, setweight(to_tsvector('newsroom', title), 'A') || setweight(to_tsvector('newsroom', text), 'B')
      FROM load_articles ON CONFLICT (id) DO NOTHING`);
    // A synthetic text that came out the same twice is stored once, as ingest would (a duplicate aside).
    await tx.query(`INSERT INTO article_bodies (seq, text, raw_kind, raw_source, raw_content)
      SELECT l.seq, l.text, 'text', 'synthetic/' || (l.seq - 1) || '.txt', l.raw FROM load_articles l
      WHERE EXISTS (SELECT 1 FROM articles a WHERE a.seq = l.seq)`);
    await tx.query('TRUNCATE load_articles');
  });
}

/** One batch as COPY text format: tab-separated, backslash escapes, bytea as hex. */
function tsv(synthetic: SyntheticCorpus, from: number, to: number): string {
  const lines: string[] = [];
  for (let i = from; i < to; i++) {
    const a = synthetic.article(i);
    const d = draftFromText(a.content, a.source, 'text');
    const hash = contentHash(d.text);
    lines.push(
      [
        String(i + 1),
        articleIdFor(d, 'global', hash),
        d.title,
        d.outlet ?? '\\N',
        d.publishedAt ?? '\\N',
        d.publishedAtSource,
        BENCH_NOW,
        String(dayNumber(d.publishedAt) ?? dayNumber(BENCH_NOW)),
        d.language ?? '\\N',
        hash,
        'global',
        d.text,
        `\\\\x${Buffer.from(a.content, 'utf8').toString('hex')}`,
      ]
        .map((v, k) => (k === 12 || v === '\\N' ? v : escape(v)))
        .join('\t'),
    );
  }
  return `${lines.join('\n')}\n`;
}

function escape(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}
