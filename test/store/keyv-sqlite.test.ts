import BetterSqlite3 from 'better-sqlite3';
import keyvTestSuite, { keyvIteratorTests } from '@keyv/test-suite';
import Keyv from 'keyv';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vitest from 'vitest';
import { afterAll, describe, expect, it } from 'vitest';
import { createKeyv, openKeyvBackend } from '../../src/store/keyv-factory.js';
import { KeyvSqlite } from '../../src/store/keyv-sqlite.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { SQLITE_MIGRATIONS } from '../../src/app/sqlite-backend.js';

const dir = mkdtempSync(join(tmpdir(), 'newsroom-keyv-'));
const shared = new BetterSqlite3(join(dir, 'compliance.db'));
afterAll(() => {
  shared.close();
  rmSync(dir, { recursive: true, force: true });
});

// Keyv's own compliance suite (API, values, namespaces, iteration), run against this adapter.
const store = () => new KeyvSqlite({ db: shared });
keyvTestSuite(vitest, Keyv, store);
keyvIteratorTests(vitest, Keyv, store);

describe('createKeyv', () => {
  it('keeps state in the article database, apart per namespace, across re-opening', async () => {
    const path = join(dir, 'app.db');
    const articles = await openSqliteStore({ path, migrations: SQLITE_MIGRATIONS });
    const settings = await createKeyv<{ channel: string }>({ db: articles.db, namespace: 'settings' });
    const cache = await createKeyv<string>({ db: articles.db, namespace: 'cache' });
    await settings.set('guild:1', { channel: 'news' });
    await cache.set('guild:1', 'cached answer');
    await cache.clear();
    expect(await settings.get('guild:1')).toEqual({ channel: 'news' });
    expect(await cache.get('guild:1')).toBeUndefined();
    await articles.close();
    const again = await createKeyv<{ channel: string }>({ path, namespace: 'settings' });
    expect(await again.get('guild:1')).toEqual({ channel: 'news' });
    await again.disconnect();
  });

  it('drops expired rows from the table when clearing', async () => {
    const db = new BetterSqlite3(':memory:');
    const kv = await createKeyv<string>({ db, namespace: 'x' });
    await kv.set('short', 'v', 1);
    await kv.set('long', 'v');
    await new Promise((r) => setTimeout(r, 5));
    expect(await kv.get('short')).toBeUndefined();
    await createKeyv({ db, namespace: 'other' }).then((o) => o.clear());
    expect(db.prepare('SELECT key FROM keyv').pluck().all()).toEqual(['x:long']);
    db.close();
  });

  it('refuses a KEYV_URL naming an unsupported backend, with a message naming what is supported', async () => {
    await expect(openKeyvBackend({ keyvUrl: 'carrier-pigeon://coop' })).rejects.toMatchObject({
      name: 'UserError',
      message:
        'KEYV_URL uses "carrier-pigeon", which is not a supported Keyv backend: use redis://…, postgres://…, or leave it unset.',
    });
  });
});
