import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { openPostgresTestApp, type PostgresTestApp } from '../helpers/open-postgres-test-app.js';
import { adminQuery, postgresAvailable, terminateConnections } from '../helpers/postgres.js';
import { BRIDGE_TEXT, draft, SCHOOL_TEXT } from '../store/fixtures.js';

const opened: PostgresTestApp[] = [];
afterEach(async () => {
  for (const a of opened.splice(0)) await a.cleanup();
});

async function app(): Promise<PostgresTestApp> {
  const a = await openPostgresTestApp();
  opened.push(a);
  return a;
}

/** Makes every article body insert wait half a second inside its transaction: a window to pull the plug. */
async function slowBodies(url: string): Promise<void> {
  await adminQuery(
    `CREATE FUNCTION slow_body() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN PERFORM pg_sleep(0.5); RETURN NEW; END $f$`,
    [],
    url,
  );
  await adminQuery(
    'CREATE TRIGGER slow_body BEFORE INSERT ON article_bodies FOR EACH ROW EXECUTE FUNCTION slow_body()',
    [],
    url,
  );
}

/** Ends the application's connections each time one of them is inside a slowed insert, until `stop`. */
function terminateWhileInside(applicationName: string): { stop(): Promise<number> } {
  let running = true;
  let kills = 0;
  const loop = (async () => {
    while (running) {
      const inside = await adminQuery(
        "SELECT 1 FROM pg_stat_activity WHERE application_name = $1 AND wait_event = 'PgSleep'",
        [applicationName],
      );
      if (inside.length > 0) kills += await terminateConnections(applicationName);
      await new Promise((r) => setTimeout(r, 25));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return kills;
    },
  };
}

async function counts(url: string) {
  const [row] = await adminQuery<{ articles: number; bodies: number; bands: number }>(
    `SELECT (SELECT count(*) FROM articles)::int AS articles, (SELECT count(*) FROM article_bodies)::int AS bodies,
      (SELECT count(DISTINCT seq) FROM article_bands)::int AS bands`,
    [],
    url,
  );
  return row!;
}

describe.skipIf(!postgresAvailable)('Postgres connections ended while the app runs', () => {
  it('runs a save again on a new connection when its connection is ended mid-transaction, storing it once', async () => {
    const a = await app();
    await slowBodies(a.url);
    let fired = false;
    const saving = a.store.save(draft({ text: BRIDGE_TEXT, title: 'Bridge' }), { scope: 'global' });
    // Once, during the first attempt only.
    while (!fired) {
      const inside = await adminQuery(
        "SELECT 1 FROM pg_stat_activity WHERE application_name = $1 AND wait_event = 'PgSleep'",
        [a.applicationName],
      );
      if (inside.length > 0) fired = (await terminateConnections(a.applicationName)) > 0;
      else await new Promise((r) => setTimeout(r, 25));
    }
    expect((await saving).status).toBe('added');
    expect(await counts(a.url)).toEqual({ articles: 1, bodies: 1, bands: 1 });
    expect(await a.store.version()).toBe(1);
  });

  it('answers the next command after idle connections were ended', async () => {
    const a = await app();
    await a.store.save(draft({ text: SCHOOL_TEXT, title: 'School' }), { scope: 'global' });
    expect(await a.store.search({ text: 'school' })).toHaveLength(1);
    expect(await terminateConnections(a.applicationName)).toBeGreaterThan(0);
    expect((await a.store.search({ text: 'school' })).map((h) => h.article.title)).toEqual(['School']);
    expect((await a.stories.list({})).length).toBeGreaterThanOrEqual(0);
  });

  it('fails a command that keeps losing its connection with the usual line, half-writes nothing, and the next command works', async () => {
    const a = await app();
    await slowBodies(a.url);
    const file = join(a.dir, 'bridge.txt');
    writeFileSync(file, `Millbrook Bridge to close\n\n${BRIDGE_TEXT}`);
    const killer = terminateWhileInside(a.applicationName);
    const r = await cli(['ingest', file, '--json'], { env: { DATABASE_URL: a.url } });
    expect(await killer.stop()).toBeGreaterThanOrEqual(3);
    expect(r.code).toBe(2);
    // The driver's words for it vary with the moment the connection went: either is the item's error.
    expect(r.json().items).toEqual([
      {
        source: file,
        status: 'failed',
        error: expect.stringMatching(
          /^(terminating connection due to administrator command|Connection terminated unexpectedly)$/,
        ),
      },
    ]);
    expect(await counts(a.url)).toEqual({ articles: 0, bodies: 0, bands: 0 });

    await adminQuery('DROP TRIGGER slow_body ON article_bodies', [], a.url);
    const again = await cli(['ingest', file], { env: { DATABASE_URL: a.url } });
    expect(again.code).toBe(0);
    const search = await cli(['search', 'Millbrook', '--json'], { env: { DATABASE_URL: a.url } });
    expect(search.json().results.map((h: { article: { title: string } }) => h.article.title)).toEqual([
      'Millbrook Bridge to close',
    ]);
  });
});
