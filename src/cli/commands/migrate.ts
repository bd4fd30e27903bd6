import type { Command } from 'commander';
import { isPostgresUrl } from '../../app/app.js';
import { redactUrl } from '../../config.js';
import { UserError } from '../../errors.js';
import { ExitCode, printJson, printLine } from '../io.js';
import type { CommandPlugin } from '../program.js';
import type { CliSession } from '../session.js';

export interface MigrateCommandOptions {
  from?: string | undefined;
  to?: string | undefined;
  sample?: string | undefined;
}

/**
 * `newsroom migrate --from <sqlite file> --to <postgres url>`: copies the whole newsroom and
 * verifies it; run again to resume an interrupted copy. Exit 0 when verified, 2 when the copy
 * differs from the file (each difference printed).
 */
export async function runMigrate(session: CliSession, o: MigrateCommandOptions): Promise<number> {
  const from = o.from ?? session.config.dbPath;
  const to = o.to ?? session.config.databaseUrl;
  if (!to || !isPostgresUrl(to))
    throw new UserError(
      'migrate needs --to postgres://… (or DATABASE_URL) naming the database to copy into.',
    );
  if (isPostgresUrl(from))
    throw new UserError('--from takes the SQLite file to copy from, not a database URL.');
  const sample = o.sample === undefined ? undefined : Number(o.sample);
  if (sample !== undefined && (!Number.isInteger(sample) || sample < 1))
    throw new UserError(`--sample takes a positive whole number (got "${String(o.sample)}").`);
  const { migrateSqliteToPostgres } = await import('../../app/migrate/index.js');
  session.io.stderr.write(`Copying ${from} into ${redactUrl(to)}\n`);
  const report = await migrateSqliteToPostgres({
    from,
    to,
    keyvUrl: session.config.keyvUrl,
    clock: session.clock,
    log: session.log,
    sample,
    progress: (line) => session.io.stderr.write(`  ${line}\n`),
  });
  const v = report.verification;
  if (session.io.json) {
    printJson(session.io, {
      copied: report.steps,
      counts: v.counts,
      sampled: v.sampled,
      mismatches: v.mismatches,
    });
  } else {
    for (const c of v.counts) printLine(session.io, `${c.table.padEnd(16)} ${String(c.target).padStart(9)}`);
    printLine(
      session.io,
      v.mismatches.length === 0
        ? `Verified: every count matches, and ${v.sampled} articles are identical byte for byte.`
        : `The copy differs from the file:\n${v.mismatches.map((m) => `  ${m}`).join('\n')}`,
    );
  }
  return v.mismatches.length === 0 ? ExitCode.ok : ExitCode.partial;
}

/** Adds `newsroom migrate` to the program. */
export const migrateCommand: CommandPlugin = (program, dispatch) => {
  program
    .command('migrate')
    .description('copy a SQLite newsroom into Postgres, verify it (run again to resume)')
    .option('--from <file>', 'the SQLite file to copy (default NEWSROOM_DB)')
    .option('--to <url>', 'the postgres:// database to copy into (default DATABASE_URL)')
    .option('--sample <n>', 'articles compared byte for byte afterwards', '200')
    .action((o: MigrateCommandOptions, cmd: Command) => dispatch(cmd, (s) => runMigrate(s, o)));
};
