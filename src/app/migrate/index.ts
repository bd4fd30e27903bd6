import { existsSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import type { Clock } from '../../clock.js';
import { UserError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { createKeyv, openKeyvBackend } from '../../store/keyv-factory.js';
import type { PgDatabase } from '../../store/postgres/database.js';
import { openPostgresBackend } from '../postgres-backend.js';
import { openSqliteBackend } from '../sqlite-backend.js';
import { copyArticles, copyTable, TABLES, type StepReport } from './copy.js';
import { verifyCopy, type Verification } from './verify.js';

export interface MigrateOptions {
  /** The SQLite file (NEWSROOM_DB) to copy from. */
  from: string;
  /** The Postgres URL (DATABASE_URL) to copy into. */
  to: string;
  /** Where Keyv state goes (KEYV_URL); unset: the target database. */
  keyvUrl?: string | undefined;
  clock: Clock;
  log: Logger;
  /** Articles compared byte for byte after the copy (default 200; all when there are fewer). */
  sample?: number | undefined;
  /** Articles per transaction (default 200). */
  batch?: number | undefined;
  /** One line per step, for the terminal. */
  progress?: (line: string) => void;
}

export interface MigrateReport {
  steps: StepReport[];
  verification: Verification;
}

/**
 * `newsroom migrate`: copies a whole SQLite newsroom into Postgres without re-ingesting —
 * articles with their raw input, ids, sequence numbers, scopes and duplicate links, band keys,
 * stories, the digest ledger, feeds and Keyv state (guild settings) — then verifies the row
 * counts and a sample of articles byte for byte. Each batch is its own transaction and rows
 * already copied are skipped, so an interrupted copy resumes when run again. Stop the bot first:
 * the copy reads the file as it is.
 */
export async function migrateSqliteToPostgres(o: MigrateOptions): Promise<MigrateReport> {
  if (!existsSync(o.from)) throw new UserError(`No SQLite file at ${o.from}.`, 'not_found');
  const say = o.progress ?? (() => undefined);
  const source = await openSqliteBackend({ path: o.from, clock: o.clock, log: o.log });
  try {
    const target = await openPostgresBackend({ url: o.to, clock: o.clock, log: o.log, variable: '--to' });
    try {
      const file = source.store.db;
      await ensureSameArchive(file, target.store.db);
      const steps: StepReport[] = [];
      steps.push(
        await copyArticles(
          file,
          target.store.db,
          (done, total) => say(`articles: ${done} of ${total}`),
          o.batch,
        ),
      );
      for (const t of TABLES) {
        steps.push(await copyTable(file, target.store.db, t));
        say(`${t.table}: ${steps.at(-1)!.copied}`);
      }
      steps.push(await copyKeyv(file, o.keyvUrl, o.to, o.log));
      say(`keyv: ${steps.at(-1)!.copied}`);
      const verification = await verifyCopy({
        file,
        target: target.store.db,
        sourceStore: source.store,
        targetStore: target.store,
        sample: o.sample ?? 200,
      });
      return { steps, verification };
    } finally {
      await target.store.close();
    }
  } finally {
    await source.store.close();
  }
}

/**
 * The target must be empty or hold an earlier, interrupted copy of this same file: its newest
 * article must be the file's article with the same sequence number.
 */
async function ensureSameArchive(file: Database, target: PgDatabase): Promise<void> {
  const last = (
    await target.query<{ seq: string; id: string }>('SELECT seq, id FROM articles ORDER BY seq DESC LIMIT 1')
  ).rows[0];
  if (!last) return;
  const same = file.prepare('SELECT id FROM articles WHERE seq = ?').pluck().get(Number(last.seq));
  if (same !== last.id)
    throw new UserError(
      'The target database already holds other articles; migrate into an empty database (or the one an interrupted copy of this file left).',
      'bad_input',
    );
}

/** Copies every live Keyv entry of the file, namespace by namespace, with its remaining time to live. */
async function copyKeyv(
  file: Database,
  keyvUrl: string | undefined,
  to: string,
  log: Logger,
): Promise<StepReport> {
  const hasTable = file.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'keyv'").get();
  if (!hasTable) return { table: 'keyv', copied: 0 };
  const namespaces = file
    .prepare("SELECT DISTINCT substr(key, 1, instr(key, ':') - 1) FROM keyv WHERE instr(key, ':') > 0")
    .pluck()
    .all() as string[];
  const backend = await openKeyvBackend({ keyvUrl, databaseUrl: to, log });
  let copied = 0;
  try {
    for (const ns of namespaces) {
      const from = await createKeyv({ db: file, namespace: ns });
      const into = backend.namespace(ns);
      for await (const [key] of from.iterator!(undefined) as AsyncGenerator<[string, unknown]>) {
        const entry = (await from.get(key, { raw: true })) as
          { value: unknown; expires?: number } | undefined;
        if (!entry) continue;
        const ttl = typeof entry.expires === 'number' ? entry.expires - Date.now() : undefined;
        if (ttl !== undefined && ttl <= 0) continue;
        await into.set(key, entry.value, ttl);
        copied++;
      }
    }
  } finally {
    await backend.close();
  }
  return { table: 'keyv', copied };
}
