import { checkDatabaseFile } from '../../app/database-check.js';
import type { Config } from '../../config.js';
import type { FeedStore } from '../../feeds/feed-store.js';
import type { HealthCheck } from '../../health.js';
import { ExitCode, printJson, printLine } from '../io.js';
import type { CliSession } from '../session.js';

// Every feed's next poll falls before this instant, so "due by then" lists them all.
const END_OF_TIME = '9999-12-31T23:59:59.999Z';
// Failed polls in a row before a feed is reported: one or two are a site's passing trouble.
const FEED_FAILURES_REPORTED = 3;

/**
 * `newsroom doctor`: what a newsroom's admin runs when something seems off. Checks the
 * configuration, the database file, the feeds, the Discord token and command registration, and
 * the Anthropic key; prints each finding with how to fix it. Exit 0 when nothing failed, 2 otherwise.
 */
export async function runDoctor(session: CliSession): Promise<number> {
  const checks: HealthCheck[] = [...configChecks(session.config)];
  const database = checkDatabaseFile(session.databasePath);
  checks.push(...database);
  if (database.some((c) => c.status === 'fail'))
    checks.push({ name: 'feeds', status: 'skipped', detail: 'the database cannot be used' });
  else checks.push(...feedChecks(await (await session.context()).feeds.due(END_OF_TIME, 1000)));
  // Loaded on demand: most commands never need discord.js or the Anthropic SDK.
  const { checkDiscord } = await import('../../discord/health.js');
  checks.push(...(await checkDiscord(session.config)));
  const { checkAnthropic } = await import('../../answers/claude/health.js');
  checks.push(...(await checkAnthropic(session.config, session.log)));
  const ok = !checks.some((c) => c.status === 'fail');
  if (session.io.json) printJson(session.io, { ok, checks });
  else {
    for (const c of checks) {
      printLine(session.io, `${MARK[c.status]} ${c.name}: ${c.detail}`);
      if (c.fix) printLine(session.io, `    fix: ${c.fix}`);
    }
    const problems = checks.filter((c) => c.status === 'fail' || c.status === 'warn').length;
    printLine(session.io, problems === 0 ? 'Everything looks fine.' : `${problems} problem(s) found.`);
  }
  return ok ? ExitCode.ok : ExitCode.partial;
}

const MARK: Record<HealthCheck['status'], string> = {
  ok: 'ok  ',
  warn: 'warn',
  fail: 'FAIL',
  skipped: 'skip',
};

function configChecks(config: Config): HealthCheck[] {
  const checks: HealthCheck[] = [
    { name: 'configuration', status: 'ok', detail: `loaded; database ${config.dbPath}` },
  ];
  if (config.fetch.allowPrivate)
    checks.push({
      name: 'configuration',
      status: 'warn',
      detail: 'NEWSROOM_FETCH_ALLOW_PRIVATE is on: page and feed fetches may reach private addresses',
      fix: 'Unset NEWSROOM_FETCH_ALLOW_PRIVATE outside tests.',
    });
  if (config.discord.token && !config.discord.guildId && !config.discord.applicationId)
    checks.push({
      name: 'configuration',
      status: 'ok',
      detail: 'DISCORD_APPLICATION_ID is unset: it is read from the token',
    });
  return checks;
}

function feedChecks(feeds: Awaited<ReturnType<FeedStore['due']>>): HealthCheck[] {
  const failing = feeds.filter((f) => f.failures >= FEED_FAILURES_REPORTED);
  if (failing.length === 0)
    return [{ name: 'feeds', status: 'ok', detail: `${feeds.length} feed(s), none failing` }];
  return failing.map((f) => ({
    name: 'feed',
    status: 'warn',
    detail: `${f.url} (${f.scope}) failed ${f.failures} times in a row; last: ${f.lastError ?? 'unknown error'}`,
    fix: 'Open the URL in a browser; if the feed moved or ended, remove it (`newsroom feeds remove`) and add the new one.',
  }));
}
