import { copyFileSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
  /** Seconds in `draftFromText` (cleaning, dates, language) and in `store.save`. */
  draftSeconds: number;
  saveSeconds: number;
  added: number;
  duplicates: number;
}

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
    writeFileSync(`${path}.json`, JSON.stringify({ generator: GENERATOR_VERSION, seed: this.synthetic.seed, size } satisfies Stamp));
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
    const store = await openSqliteStore({ path, clock: fixedClock(BENCH_NOW) });
    const stats: IngestStats = { from, to, draftSeconds: 0, saveSeconds: 0, added: 0, duplicates: 0 };
    try {
      for (let i = from; i < to; i++) {
        const article = this.synthetic.article(i);
        const t0 = performance.now();
        const draft = draftFromText(article.content, article.source, 'text');
        const t1 = performance.now();
        const result = await store.save(draft, { scope: 'global' });
        const t2 = performance.now();
        stats.draftSeconds += (t1 - t0) / 1000;
        stats.saveSeconds += (t2 - t1) / 1000;
        if (result.status === 'added') stats.added++;
        else if (result.status === 'duplicate') stats.duplicates++;
        if ((i + 1) % 10_000 === 0) this.log.info({ articles: i + 1, path }, 'ingesting synthetic archive');
      }
      store.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      await store.close();
    }
    return stats;
  }
}
