import { redactUrl } from '../../config.js';

/** A failure of the server or of the connection to it, as opposed to a bad statement. */
interface PgLikeError {
  code?: string;
  message?: string;
}

// SQLSTATE class 08 (connection exception), and the server shutting a session down:
// 57P01 admin_shutdown (pg_terminate_backend, a restart), 57P02 crash_shutdown, 57P03 cannot_connect_now.
const LOST_CODES = /^(08|57P0[123]$)/;
const LOST_SOCKET = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'ENOTCONN']);
const LOST_MESSAGE = /Connection terminated|connection error and is not queryable|Client was closed/i;

/** True when the connection went away (the statement may be tried again on a new one). */
export function isConnectionLost(err: unknown): boolean {
  const e = err as PgLikeError | null;
  if (!e || typeof e !== 'object') return false;
  if (typeof e.code === 'string' && (LOST_CODES.test(e.code) || LOST_SOCKET.has(e.code))) return true;
  return typeof e.message === 'string' && LOST_MESSAGE.test(e.message);
}

/** True for a transaction Postgres rolled back to resolve a conflict: running it again is the cure. */
export function isRetryableConflict(err: unknown): boolean {
  const code = (err as PgLikeError | null)?.code;
  return code === '40P01' || code === '40001';
}

/**
 * Why a connection attempt failed, in a few words and never with the password: from the error
 * code where there is one, else its message with the URL's password masked.
 */
export function connectFailureReason(err: unknown, url: string): string {
  const e = (err ?? {}) as PgLikeError & { errors?: unknown[] };
  // Node reports a refused dual-stack connection as an AggregateError of the per-address errors.
  if (!e.code && Array.isArray(e.errors) && e.errors.length > 0)
    return connectFailureReason(e.errors[0], url);
  switch (e.code) {
    case 'ECONNREFUSED':
      return 'connection refused (is the server running and listening there?)';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'unknown host';
    case 'ETIMEDOUT':
      return 'timed out';
    case '28P01':
    case '28000':
      return 'authentication failed (check the user name and password)';
    case '3D000':
      return 'the database does not exist';
    case '42501':
      return 'permission denied';
    case '57P03':
      return 'the server is starting up or shutting down';
  }
  if (/timeout/i.test(e.message ?? '')) return 'timed out';
  return scrub(e.message ?? String(err), url);
}

/** Removes the URL's password (raw and URL-decoded) from a message, and masks any URL in it. */
export function scrub(message: string, url: string): string {
  let out = message;
  for (const secret of passwordsOf(url)) out = out.split(secret).join('***');
  return out.replace(/[a-z][a-z0-9+.-]*:\/\/\S+/gi, (u) => redactUrl(u)).split('\n')[0]!;
}

function passwordsOf(url: string): string[] {
  const redacted = redactUrl(url);
  if (redacted === url) return [];
  const found: string[] = [];
  try {
    const u = new URL(url);
    if (u.password) found.push(u.password, decodeURIComponent(u.password));
    const param = u.searchParams.get('password');
    if (param) found.push(param);
  } catch {
    // Not parseable: the redacted form is all that can be shown.
  }
  return found.filter((p) => p.length > 0);
}
