import type { Database } from 'better-sqlite3';
import { GLOBAL_SCOPE } from '../../articles/article.js';
import type { ArticleStore, ArticleVersion } from '../../store/article-store.js';
import type { PgDatabase } from '../../store/postgres/database.js';
import { TABLES, uncopied } from './copy.js';

/** One table's row count in the file and in the database. */
export interface CountCheck {
  table: string;
  source: number;
  target: number;
}

export interface Verification {
  counts: CountCheck[];
  /** Articles compared field by field, text and raw input byte for byte. */
  sampled: number;
  /** What differs, one line each; empty when the copy is faithful. */
  mismatches: string[];
}

/** Every field equal (strings compare code unit by code unit: the same bytes once encoded). */
function sameVersion(a: ArticleVersion, b: ArticleVersion): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof ArticleVersion>;
  return [...keys].every((k) => a[k] === b[k]);
}

/**
 * Checks a copy: that every table and column of the file has a place in it (see `uncopied`),
 * every table's row count, and a sample of articles spread over the whole archive
 * (every article when there are at most `sample`), compared field by field through both stores —
 * text, raw input and earlier versions as bytes.
 */
export async function verifyCopy(o: {
  file: Database;
  target: PgDatabase;
  sourceStore: ArticleStore;
  targetStore: ArticleStore;
  sample: number;
}): Promise<Verification> {
  const mismatches: string[] = uncopied(o.file).map((c) => `${c}: in the file but not copied`);
  const counts: CountCheck[] = [];
  const count = async (table: string, sourceSql: string) => {
    const source = Number(o.file.prepare(sourceSql).pluck().get());
    const target = Number(
      (await o.target.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n,
    );
    counts.push({ table, source, target });
    if (source !== target) mismatches.push(`${table}: ${source} rows in the file, ${target} in the database`);
  };
  await count('articles', 'SELECT count(*) FROM articles');
  await count('article_bodies', 'SELECT count(*) FROM article_bodies');
  await count(
    'article_bands',
    'SELECT count(*) FROM (SELECT band_key, seq FROM article_bands UNION SELECT band_key, seq FROM article_bands_recent)',
  );
  for (const t of TABLES) await count(t.table, `SELECT count(*) FROM ${t.table}`);
  const duplicates = Number(
    o.file.prepare('SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL').pluck().get(),
  );
  const linked = Number(
    (await o.target.query<{ n: string }>('SELECT count(*) AS n FROM articles WHERE duplicate_of IS NOT NULL'))
      .rows[0]!.n,
  );
  if (duplicates !== linked)
    mismatches.push(`duplicate links: ${duplicates} in the file, ${linked} in the database`);

  const all = o.file
    .prepare<[], { id: string; scope: string }>('SELECT id, scope FROM articles ORDER BY seq')
    .all();
  const step = Math.max(1, Math.ceil(all.length / Math.max(1, o.sample)));
  const picked = all.filter((_, i) => i % step === 0 || i === all.length - 1);
  for (const { id, scope } of picked) {
    const filter = { guild: scope === GLOBAL_SCOPE ? undefined : scope };
    const [a, b] = await Promise.all([o.sourceStore.get(id, filter), o.targetStore.get(id, filter)]);
    const [ra, rb] = await Promise.all([o.sourceStore.getRaw(id), o.targetStore.getRaw(id)]);
    if (!a || !b) {
      mismatches.push(`${id}: missing from the ${a ? 'database' : 'file'}`);
      continue;
    }
    if (!Buffer.from(a.text, 'utf8').equals(Buffer.from(b.text, 'utf8')))
      mismatches.push(`${id}: text differs`);
    if (!ra || !rb || !Buffer.from(ra.content, 'utf8').equals(Buffer.from(rb.content, 'utf8')))
      mismatches.push(`${id}: raw input differs`);
    else if (ra.kind !== rb.kind || ra.source !== rb.source)
      mismatches.push(`${id}: raw input source differs`);
    for (const key of Object.keys(a) as Array<keyof typeof a>)
      if (key !== 'text' && a[key] !== b[key]) mismatches.push(`${id}: ${key} differs`);
    // Earlier versions too: texts byte for byte, in order.
    const [va, vb] = await Promise.all([
      o.sourceStore.versions(id, filter),
      o.targetStore.versions(id, filter),
    ]);
    if (va.length !== vb.length)
      mismatches.push(`${id}: ${va.length} earlier versions in the file, ${vb.length} in the database`);
    else if (va.some((v, i) => !sameVersion(v, vb[i]!))) mismatches.push(`${id}: an earlier version differs`);
  }
  return { counts, sampled: picked.length, mismatches };
}
