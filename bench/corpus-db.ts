import { copyFileSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { SQLITE_MIGRATIONS } from '../src/app/sqlite-backend.js';
import { join } from 'node:path';
import { draftFromText } from '../src/articles/formats/text.js';
import { fixedClock } from '../src/clock.js';
import type { Logger } from '../src/log.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';
import { GENERATOR_VERSION, SyntheticCorpus } from './synthetic.js';

/** How an archive database was filled. */
export interface IngestStats {
  from: number;
  to: number;
  /** Seconds in `draftFromText` (cleaning, dates, language), all articles. */
  draftSeconds: number;
  /** The first `singleCount` articles were stored one `store.save` (one transaction) each… */
  singleCount: number;
  singleSeconds: number;
  /** …the rest with `store.saveMany` in batches of BATCH (one transaction per batch). */
  batchCount: number;
  batchSeconds: number;
  added: number;
  duplicates: number;
}

/** Articles per `saveMany` call, as a bulk ingest would use. */
export const BATCH = 250;
/** Articles stored with single `save` calls at the start of each fill, to show that rate too. */
const SINGLE = 1_000;

export interface CorpusDb {
  size: number;
  path: string;
  /** Set when this run built (part of) the database; undefined when an earlier run's file was reused. */
  ingest?: IngestStats | undefined;
  bytes: number;
}

interface Stamp {
  generator: number;
  seed: number;
  size: number;
}

// The clock every synthetic ingest uses, so ingest dates do not depend on when the bench ran.
export const BENCH_NOW = '2025-01-15T12:00:00.000Z';

/**
 * Databases of the synthetic archive at given sizes under the work folder. A larger one is grown
 * from a copy of the largest smaller one built before, so 10k then 100k ingests 100k articles once.
 * Files from earlier runs are reused unless `fresh` is asked for (the store section times ingest).
 */
export class CorpusDbs {
  readonly synthetic: SyntheticCorpus;
  private readonly built = new Map<number, CorpusDb>();

  constructor(
    private readonly workDir: string,
    private readonly log: Logger,
    seed?: number,
  ) {
    this.synthetic = new SyntheticCorpus(seed);
  }

  pathFor(size: number): string {
    return join(this.workDir, `archive-${size}.db`);
  }

  async get(size: number, options: { fresh?: boolean } = {}): Promise<CorpusDb> {
    const done = this.built.get(size);
    if (done) return done;
    const path = this.pathFor(size);
    if (!options.fresh && this.stampMatches(size)) {
      const db = { size, path, bytes: statSync(path).size };
      this.built.set(size, db);
      return db;
    }
    for (const suffix of ['', '-wal', '-shm', '.json']) rmSync(`${path}${suffix}`, { force: true });
    const base = [...this.built.values()].filter((b) => b.size < size).sort((a, b) => b.size - a.size)[0];
    if (base) copyFileSync(base.path, path);
    const ingest = await this.fill(path, base?.size ?? 0, size);
    writeFileSync(
      `${path}.json`,
      JSON.stringify({ generator: GENERATOR_VERSION, seed: this.synthetic.seed, size } satisfies Stamp),
    );
    const db = { size, path, ingest, bytes: statSync(path).size };
    this.built.set(size, db);
    return db;
  }

  private stampMatches(size: number): boolean {
    const path = this.pathFor(size);
    if (!existsSync(path) || !existsSync(`${path}.json`)) return false;
    const stamp = JSON.parse(readFileSync(`${path}.json`, 'utf8')) as Stamp;
    return stamp.generator === GENERATOR_VERSION && stamp.seed === this.synthetic.seed && stamp.size === size;
  }

  /** Ingests articles [from, to) through the plain-text reader and the store, timing both. */
  private async fill(path: string, from: number, to: number): Promise<IngestStats> {
    const store = await openSqliteStore({
      migrations: SQLITE_MIGRATIONS,
      path,
      clock: fixedClock(BENCH_NOW),
    });
    const stats: IngestStats = {
      from,
      to,
      draftSeconds: 0,
      singleCount: 0,
      singleSeconds: 0,
      batchCount: 0,
      batchSeconds: 0,
      added: 0,
      duplicates: 0,
    };
    const count = (status: string) => {
      if (status === 'added') stats.added++;
      else if (status === 'duplicate') stats.duplicates++;
    };
    const draftOf = (i: number) => {
      const article = this.synthetic.article(i);
      const t0 = performance.now();
      const draft = draftFromText(article.content, article.source, 'text');
      stats.draftSeconds += (performance.now() - t0) / 1000;
      return draft;
    };
    try {
      let i = from;
      for (; i < Math.min(to, from + SINGLE); i++) {
        const draft = draftOf(i);
        const t0 = performance.now();
        const result = await store.save(draft, { scope: 'global' });
        stats.singleSeconds += (performance.now() - t0) / 1000;
        stats.singleCount++;
        count(result.status);
      }
      while (i < to) {
        const drafts = [];
        for (const end = Math.min(to, i + BATCH); i < end; i++) drafts.push(draftOf(i));
        const t0 = performance.now();
        const results = await store.saveMany(drafts, { scope: 'global' });
        stats.batchSeconds += (performance.now() - t0) / 1000;
        stats.batchCount += drafts.length;
        for (const r of results) {
          if (!r.ok) throw r.error;
          count(r.result.status);
        }
        if (i % 10_000 === 0) this.log.info({ articles: i, path }, 'ingesting synthetic archive');
      }
      store.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      await store.close();
    }
    return stats;
  }
}
