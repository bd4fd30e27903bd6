import type { Command } from 'commander';
import type { CommandPlugin } from '../program.js';
import type { CliSession } from '../session.js';
import { ExitCode, printJson, printLine } from '../io.js';
import { UserError } from '../../errors.js';

export interface DigestCommandOptions {
  /** `YYYY-MM-DD`; default today in the zone. */
  date?: string | undefined;
  /** IANA zone; default UTC. */
  tz?: string | undefined;
  stories?: string | undefined;
}

/**
 * `newsroom digest`: one day's digest (a calendar day in `--tz`, UTC by default) for the session's
 * scope, as text or `--json`, built with the digest engine (extractive offline, Claude with a key).
 */
export async function runDigest(session: CliSession, options: DigestCommandOptions): Promise<number> {
  const stories = options.stories === undefined ? undefined : Number(options.stories);
  if (stories !== undefined && !Number.isInteger(stories))
    throw new UserError('--stories must be a whole number.');
  const ctx = await session.context();
  const { digestOnDemand } = await import('../../digest/service.js');
  const digest = await digestOnDemand(ctx, await ctx.digestEngine(), {
    date: options.date,
    timeZone: options.tz,
    guild: session.scope,
    stories,
  });
  if (session.io.json) {
    printJson(session.io, digest);
  } else {
    const { renderDigestText } = await import('../../digest/render-text.js');
    printLine(session.io, renderDigestText(digest));
  }
  return ExitCode.ok;
}

/** Adds `newsroom digest` to the program. */
export const digestCommand: CommandPlugin = (program, dispatch) => {
  program
    .command('digest')
    .description(
      "a day's digest: the day's stories by how many outlets covered them, each with a cited summary",
    )
    .option('--date <YYYY-MM-DD>', 'the day (default: today in the time zone)')
    .option('--tz <zone>', 'IANA time zone the day is read in (default UTC)')
    .option('--stories <n>', 'stories at most (1-10, default 5)')
    .action((o: DigestCommandOptions, cmd: Command) => dispatch(cmd, (s) => runDigest(s, o)));
};
