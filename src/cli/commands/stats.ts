import type { CliSession } from '../session.js';
import { printJson, printLine, ExitCode } from '../io.js';
import { formatStats } from '../format.js';

/** `newsroom stats`: counts and date range of what the session can see. */
export async function runStats(session: CliSession): Promise<number> {
  const { store } = await session.context();
  const stats = await store.stats({ guild: session.scope });
  if (session.io.json) printJson(session.io, stats);
  else printLine(session.io, formatStats(stats));
  return ExitCode.ok;
}
