import { UserError } from '../../errors.js';

/**
 * Turns SQLite's failures of the file itself (damaged, full, locked, unreadable) into one clear
 * line saying what to do, so the command line and the bot report them without a stack trace.
 * Anything else is returned unchanged: it is a bug, and logged as one.
 */
export function storeFault(err: unknown, path: string): unknown {
  const code = err instanceof Error && 'code' in err ? String(err.code) : '';
  const detail = err instanceof Error ? err.message : '';
  const base = code.replace(/_.*$/, '') === 'SQLITE' ? code.split('_').slice(0, 2).join('_') : code;
  switch (base) {
    case 'SQLITE_NOTADB':
    case 'SQLITE_CORRUPT':
      return new UserError(
        `The database file ${path} is damaged (${detail}): restore it from a backup, or move it aside to start a new one; \`newsroom doctor\` checks it.`,
        'unavailable',
      );
    case 'SQLITE_FULL':
      return new UserError(
        `The disk holding the database ${path} is full (${detail}): free some space, then run the same ingest again — what was stored is kept and skipped as unchanged.`,
        'unavailable',
      );
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new UserError(
        `The database ${path} is locked by another process (${detail}): stop the other newsroom process or wait for it, then try again.`,
        'unavailable',
      );
    case 'SQLITE_CANTOPEN':
    case 'SQLITE_READONLY':
    case 'SQLITE_PERM':
    case 'SQLITE_IOERR':
      return new UserError(
        `The database ${path} cannot be read or written (${detail}): check that the file and its folder exist and are writable.`,
        'unavailable',
      );
    default:
      return err;
  }
}
